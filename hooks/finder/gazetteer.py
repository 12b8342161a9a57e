"""The places the finder knows (`data/finder/gazetteer.json`, from GeoNames), looked up by any of their names."""

from __future__ import annotations

import difflib
import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from hooks.finder.names import fold


@dataclass(frozen=True)
class Place:
    """A populated place: GeoNames id, local name, country, region code, municipality, coordinates."""

    id: int
    name: str
    country: str
    region: str
    municipality: str
    lat: float
    lon: float
    population: int
    other: tuple[str, ...]

    def names(self) -> tuple[str, ...]:
        return (self.name, *((self.municipality,) if self.municipality else ()), *self.other)


@dataclass(frozen=True)
class Gazetteer:
    places: tuple[Place, ...]
    regions: dict[str, str]
    by_name: dict[tuple[str, str], tuple[Place, ...]]
    by_id: dict[int, Place]

    def find(self, name: str, country: str, geonames_id: int | None = None) -> Place | None:
        """The place called `name` in `country`: its own name first, then the most populous of its namesakes."""
        if geonames_id is not None:
            place = self.by_id.get(geonames_id)
            return place if place and place.country == country else None
        found = self.by_name.get((country, fold(name)), ())
        return min(found, key=lambda p: (fold(p.name) != fold(name), -p.population)) if found else None

    def close_to(self, name: str, country: str) -> list[str]:
        """Names of the country's places that look like `name`, for a hint."""
        names = {p.name: fold(p.name) for p in self.places if p.country == country}
        matches = difflib.get_close_matches(fold(name), list(names.values()), n=3, cutoff=0.75)
        return [n for n, f in names.items() if f in matches][:3]


def load(data_dir: Path) -> Gazetteer:
    return _load(data_dir / "finder" / "gazetteer.json")


@lru_cache(maxsize=4)
def _load(path: Path) -> Gazetteer:
    raw = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {"places": [], "regions": {}}
    places = tuple(Place(p["id"], p["name"], p["country"], p["region"], p["municipality"], p["lat"], p["lon"],
                         p["population"], tuple(p["other"])) for p in raw["places"])
    by_name: dict[tuple[str, str], list[Place]] = {}
    for place in places:
        for name in {fold(n) for n in place.names()}:
            by_name.setdefault((place.country, name), []).append(place)
    return Gazetteer(places, raw["regions"], {k: tuple(v) for k, v in by_name.items()}, {p.id: p for p in places})
