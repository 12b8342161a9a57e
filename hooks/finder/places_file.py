"""`find-help/places.json`: what the finder's script needs of the gazetteer, in the page's language.

Each place as [name, other names joined by '|', country, region code, latitude,
longitude, population]; region and country names in the reader's language. The
script fetches it on first use of the search field, so it is not part of any
page's first view.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from hooks.finder import gazetteer
from hooks.finder.coverage import COUNTRIES, region_name


def places_json(data_dir: Path, regions: dict[str, Any], language: str, names: dict[str, str]) -> str:
    known = gazetteer.load(data_dir)
    rows = [[p.name, "|".join(p.other + ((p.municipality,) if p.municipality else ())), p.country, p.region,
             p.lat, p.lon, p.population] for p in known.places]
    data = {"credits": "GeoNames (geonames.org), CC BY 4.0",
            "countries": {code: names.get(code, code) for code in COUNTRIES},
            "regions": {code: region_name(code, regions, language) for code in regions},
            "places": rows}
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))
