"""The five countries' outlines (`data/finder/outlines.json`, Natural Earth): drawn on the map, and used to
tell whether a point lies in a country."""

from __future__ import annotations

import json
from functools import lru_cache
from math import hypot
from pathlib import Path

from hooks.finder.projection import project

Ring = list[tuple[float, float]]
# The outlines are simplified and leave out small islands (Tromsøya, the skerries); a point this close
# to a country's outline still counts as in it.
COAST_KM = 25.0


@lru_cache(maxsize=4)
def load(data_dir: Path) -> dict[str, list[list[Ring]]]:
    path = data_dir / "finder" / "outlines.json"
    raw = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {"countries": {}}
    return {code: [[[tuple(p) for p in ring] for ring in polygon] for polygon in polygons]
            for code, polygons in raw["countries"].items()}


def _inside(x: float, y: float, ring: list[tuple[float, float]]) -> bool:
    inside = False
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
        if (y0 > y) != (y1 > y) and x < x0 + (y - y0) * (x1 - x0) / (y1 - y0):
            inside = not inside
    return inside


def _distance(x: float, y: float, ring: list[tuple[float, float]]) -> float:
    best = float("inf")
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
        dx, dy = x1 - x0, y1 - y0
        t = max(0.0, min(1.0, ((x - x0) * dx + (y - y0) * dy) / (dx * dx + dy * dy or 1e-9)))
        best = min(best, hypot(x - x0 - t * dx, y - y0 - t * dy))
    return best


def in_country(lat: float, lon: float, code: str, shapes: dict[str, list[list[Ring]]]) -> bool:
    """Inside the country's outline, or within `COAST_KM` of it (in the map's equal-area projection)."""
    x, y = project(lon, lat)
    for polygon in shapes.get(code, []):
        rings = [[project(*point) for point in ring] for ring in polygon]
        if _inside(x, y, rings[0]) and not any(_inside(x, y, hole) for hole in rings[1:]):
            return True
        if _distance(x, y, rings[0]) <= COAST_KM:
            return True
    return False
