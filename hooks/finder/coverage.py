"""Service locations per region: the coverage table, the regions with none, and the comparison row."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hooks import data_files
from hooks.finder.locations import Office
from hooks.monitoring import COUNTRIES

REGIONS_SCHEMA = "regions.schema.json"


@dataclass(frozen=True)
class Region:
    code: str
    country: str
    name: str  # in the reader's language where it has its own name (Nyland), else the local name
    offices: tuple[Office, ...]


def load_regions(data_dir: Path) -> data_files.DataFile:
    """The region names (data/finder/regions.yml), checked against their schema."""
    return data_files.load_cached(data_dir / "finder" / "regions.yml", "data/finder/regions.yml", REGIONS_SCHEMA)


def region_name(code: str, regions: dict[str, Any], language: str) -> str:
    record = regions.get(code) or {}
    return str(record.get(language) or record.get("name") or code)


def by_region(offices: list[Office], regions: dict[str, Any], language: str) -> dict[str, list[Region]]:
    """Every region of every country (those with no office too), by country, sorted by name."""
    out: dict[str, list[Region]] = {code: [] for code in COUNTRIES}
    for code in regions:
        country = code.split(".")[0]
        here = tuple(o for o in offices if o.region == code)
        out[country].append(Region(code, country, region_name(code, regions, language), here))
    for country in out:
        out[country].sort(key=lambda r: r.name)
    return out


def without(regions_of_country: list[Region]) -> list[Region]:
    """The regions of one country where the directory lists no office."""
    return [r for r in regions_of_country if not r.offices]
