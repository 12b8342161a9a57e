"""The service locations as files to reuse: JSON, CSV (spreadsheet-safe) and GeoJSON."""

from __future__ import annotations

import json
from typing import Any

from hooks.finder.locations import National, Office
from hooks.security import spreadsheet

FIELDS = ("entry", "name", "place", "municipality", "region", "country", "lat", "lon", "geonames", "source", "checked")


def _row(office: Office, regions: dict[str, Any]) -> dict[str, Any]:
    return {"entry": office.entry, "name": office.name, "place": office.place, "municipality": office.municipality,
            "region": str((regions.get(office.region) or {}).get("name", office.region)), "country": office.country,
            "lat": office.lat, "lon": office.lon, "geonames": office.geonames, "source": office.source,
            "checked": office.checked}


def as_json(offices: list[Office], national: list[National], regions: dict[str, Any]) -> str:
    data = {"offices": [_row(o, regions) for o in offices],
            "national": [{"entry": n.entry, "country": n.country, "how": list(n.how), "source": n.source,
                          "checked": n.checked} for n in national],
            "credits": "Places: GeoNames (geonames.org), CC BY 4.0."}
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def as_csv(offices: list[Office], regions: dict[str, Any]) -> str:
    rows: list[list[str] | tuple[str, ...]] = [FIELDS]
    rows += [[str(_row(o, regions)[f]) for f in FIELDS] for o in offices]
    return spreadsheet.csv_text(rows)


def as_geojson(offices: list[Office], regions: dict[str, Any]) -> str:
    features = [{"type": "Feature", "geometry": {"type": "Point", "coordinates": [o.lon, o.lat]},
                 "properties": {k: v for k, v in _row(o, regions).items() if k not in ("lat", "lon")}}
                for o in offices]
    return json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False, indent=1) + "\n"
