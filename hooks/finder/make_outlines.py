"""Write `data/finder/outlines.json`, the five countries' outlines for the coverage map (run once, kept).

    npm install --ignore-scripts        # world-atlas is a devDependency
    python -m hooks.finder.make_outlines

From Natural Earth's 1:50m countries (public domain), as TopoJSON in the
`world-atlas` npm package: the TopoJSON arcs are decoded, Åland is drawn with
Finland, Svalbard and Jan Mayen are left out (no services there, and they would
stretch the map), islands smaller than `MIN_AREA_KM2` are dropped, and every
ring is simplified (Douglas-Peucker) to `TOLERANCE_KM` in the map's projection.
The result is a few dozen KB, read by the build and drawn as inline SVG.
"""

from __future__ import annotations

import json
from pathlib import Path

from hooks.finder.projection import project

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "node_modules" / "world-atlas" / "countries-50m.json"
OUT = ROOT / "data" / "finder" / "outlines.json"
COUNTRIES = {"208": "DK", "246": "FI", "248": "FI", "352": "IS", "578": "NO", "752": "SE"}
MAX_LATITUDE = 72.0  # mainland Norway ends at 71.2° N; Svalbard and Jan Mayen lie beyond or west of it
MIN_LONGITUDE = -25.0
MIN_AREA_KM2 = 150.0
TOLERANCE_KM = 2.5

Ring = list[tuple[float, float]]


def _arcs(topology: dict) -> list[Ring]:
    """TopoJSON's delta-encoded, quantised arcs as (lon, lat) lists."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    out = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        out.append(points)
    return out


def _ring(indexes: list[int], arcs: list[Ring]) -> Ring:
    points: Ring = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc[1:] if points else arc)
    return points


def _area_km2(ring: Ring) -> float:
    xy = [project(lon, lat) for lon, lat in ring]
    return abs(sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(xy, xy[1:] + xy[:1]))) / 2


def _simplify(points: Ring, tolerance: float) -> Ring:
    """Douglas-Peucker on the projected points (iterative, to keep long coasts off the call stack)."""
    xy = [project(lon, lat) for lon, lat in points]
    # A ring starts and ends at the same point: split it first at the point farthest from there.
    x0, y0 = xy[0]
    middle = max(range(len(xy)), key=lambda i: (xy[i][0] - x0) ** 2 + (xy[i][1] - y0) ** 2)
    keep = {0, middle, len(points) - 1}
    stack = [(0, middle), (middle, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (x0, y0), (x1, y1) = xy[first], xy[last]
        length = ((x1 - x0) ** 2 + (y1 - y0) ** 2) ** 0.5 or 1e-9
        far, distance = first, 0.0
        for index in range(first + 1, last):
            x, y = xy[index]
            d = abs((x1 - x0) * (y0 - y) - (x0 - x) * (y1 - y0)) / length
            if d > distance:
                far, distance = index, d
        if distance > tolerance:
            keep.add(far)
            stack += [(first, far), (far, last)]
    return [points[i] for i in sorted(keep)]


def outlines() -> dict[str, list[list[Ring]]]:
    topology = json.loads(SOURCE.read_text(encoding="utf-8"))
    arcs = _arcs(topology)
    shapes: dict[str, list[list[Ring]]] = {}
    for geometry in topology["objects"]["countries"]["geometries"]:
        code = COUNTRIES.get(str(geometry.get("id")))
        if code is None:
            continue
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        for polygon in polygons:
            outer = _ring(polygon[0], arcs)
            if max(lat for _, lat in outer) > MAX_LATITUDE or min(lon for lon, _ in outer) < MIN_LONGITUDE:
                continue
            if _area_km2(outer) < MIN_AREA_KM2:
                continue
            rings = [outer] + [_ring(hole, arcs) for hole in polygon[1:]]
            rings = [[(round(lon, 3), round(lat, 3)) for lon, lat in _simplify(r, TOLERANCE_KM)] for r in rings]
            shapes.setdefault(code, []).append([r for r in rings if len(r) >= 4])
    return dict(sorted(shapes.items()))


def main() -> None:
    data = {"source": "Natural Earth 1:50m countries (public domain), from the world-atlas npm package 2.0.2",
            "countries": outlines()}
    OUT.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
