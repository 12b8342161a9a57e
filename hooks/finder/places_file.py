"""`find-help/places.json`: what the finder's script needs of the gazetteer.

Each place as [name, other names joined by '|', country, region code, latitude,
longitude, population]. One file for every language (mkdocs-static-i18n
publishes a generated file once, at the site root): the names of regions and
countries in the reader's language are on the page (`render.finder`). The script
fetches it on first use of the search field, so it is not part of any page's
first view.
"""

from __future__ import annotations

import json
from pathlib import Path

from hooks.finder import gazetteer


def places_json(data_dir: Path) -> str:
    known = gazetteer.load(data_dir)
    rows = [[p.name, "|".join(p.other + ((p.municipality,) if p.municipality else ())), p.country, p.region,
             p.lat, p.lon, p.population] for p in known.places]
    data = {"credits": "GeoNames (geonames.org), CC BY 4.0", "places": rows}
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))
