"""The service locations in `data/locations/<slug>.yml`, one file per directory entry, resolved against the
gazetteer: each office gets its coordinates, region and municipality from there (or its own coordinates,
where its source gives them)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from hooks import data_files
from hooks.finder.gazetteer import Gazetteer, load as load_gazetteer

SCHEMA = "locations.schema.json"


@dataclass(frozen=True)
class Office:
    """One place a service is delivered."""

    entry: str  # the directory entry's slug (docs/practice/<entry>.md)
    name: str
    place: str  # as the organisation writes it
    country: str
    region: str  # GeoNames first-level division code (data/finder/regions.yml)
    municipality: str
    lat: float
    lon: float
    source: str
    checked: str
    geonames: int


@dataclass(frozen=True)
class National:
    """A country an entry serves as a whole, by phone, chat or online."""

    entry: str
    country: str
    how: tuple[str, ...]
    source: str
    checked: str


def files(data_dir: Path) -> list[data_files.DataFile]:
    """Every locations file, parsed and checked against its schema (one per entry, by file name)."""
    folder = data_dir / "locations"
    return [data_files.load_cached(path, f"data/locations/{path.name}", SCHEMA)
            for path in sorted(folder.glob("*.yml"))] if folder.is_dir() else []


def entry_of(parsed: data_files.DataFile) -> str:
    return Path(parsed.path).stem


def resolve(parsed: data_files.DataFile, gazetteer: Gazetteer) -> list[tuple[int, Office | None]]:
    """(index, office) for every office of a valid file; None where the gazetteer does not know the place."""
    data = parsed.valid or {}
    out: list[tuple[int, Office | None]] = []
    for index, item in enumerate(data.get("offices") or []):
        place = gazetteer.find(str(item["place"]), item["country"], item.get("geonames"))
        if place is None:
            out.append((index, None))
            continue
        lat, lon = item.get("coordinates") or (place.lat, place.lon)
        out.append((index, Office(entry_of(parsed), str(item["name"]), str(item["place"]), item["country"],
                                  place.region, str(item.get("municipality") or ""), float(lat),
                                  float(lon), str(item["source"]), str(item["checked"]), place.id)))
    return out


def offices(data_dir: Path) -> list[Office]:
    """Every office the data places, sorted by country, region, place and name."""
    gazetteer = load_gazetteer(data_dir)
    found = [office for parsed in files(data_dir) for _, office in resolve(parsed, gazetteer) if office]
    return sorted(found, key=lambda o: (o.country, o.region, o.place, o.name))


def national(data_dir: Path) -> list[National]:
    out = []
    for parsed in files(data_dir):
        for item in (parsed.valid or {}).get("national") or []:
            out.append(National(entry_of(parsed), item["country"], tuple(item["how"]), str(item["source"]),
                                str(item["checked"])))
    return sorted(out, key=lambda n: (n.country, n.entry))
