"""What a contributor can get wrong in `data/locations/`, as findings with file:line and a fix.

The schema covers the shape (a missing source or date, an unknown field); here:
a file that names no directory entry, a place the gazetteer does not know,
coordinates outside the office's country, a source that is neither a URL nor a
bibliography key, and a region in the gazetteer without a name in
`data/finder/regions.yml`.
"""

from __future__ import annotations

from pathlib import Path

from hooks.data_checks import source_keys
from hooks.findings import Finding
from hooks.finder import gazetteer as gazetteer_data, locations, outlines
from hooks.finder.coverage import load_regions


def check(data_dir: Path, entries: set[str], bib_keys: set[str]) -> list[Finding]:
    """`entries`: the slugs of the directory's practice pages."""
    found: list[Finding] = []
    gazetteer = gazetteer_data.load(data_dir)
    shapes = outlines.load(data_dir)
    for parsed in locations.files(data_dir):
        found += parsed.findings
        if parsed.valid is None:
            continue
        entry = locations.entry_of(parsed)
        if entry not in entries:
            found.append(Finding(parsed.path, 1, f"'{entry}' is not a directory entry (no docs/practice/{entry}.md).",
                                 "name the file after the entry's page, e.g. data/locations/atv-norway.yml."))
        found += source_keys(parsed, bib_keys)
        items = parsed.valid.get("offices") or []
        for index, office in locations.resolve(parsed, gazetteer):
            item = items[index]
            if office is None:
                close = gazetteer.close_to(str(item["place"]), item["country"])
                hint = f"did you mean {' or '.join(repr(c) for c in close)}?" if close else (
                    "give the town the office is in as GeoNames names it (data/finder/gazetteer.json; any "
                    "spelling or language it lists), or the nearest town for a village under 500 inhabitants")
                where = "place" if "geonames" not in item else "geonames"
                found.append(Finding(parsed.path, parsed.line(("offices", index, where)),
                                     f"the gazetteer knows no place '{item['place']}' in {item['country']}"
                                     + (f" with GeoNames id {item['geonames']}" if "geonames" in item else "") + ".",
                                     hint + "."))
            elif not outlines.in_country(office.lat, office.lon, office.country, shapes):
                found.append(Finding(parsed.path, parsed.line(("offices", index, "coordinates")),
                                     f"the coordinates {office.lat}, {office.lon} of '{office.name}' are outside "
                                     f"{office.country}.", "give [latitude, longitude] in that order, in decimal "
                                     "degrees, as the source shows them, or leave 'coordinates' out to use the "
                                     "place's."))
    parsed_regions = load_regions(data_dir)
    found += parsed_regions.findings
    named = parsed_regions.valid or {}
    for code in sorted({p.region for p in gazetteer.places} - set(named)):
        found.append(Finding(parsed_regions.path, 1, f"the gazetteer's region {code} "
                             f"({gazetteer.regions.get(code, '?')}) has no name here.",
                             f"add '{code}: {{name: <official local name>, geonames: "
                             f"{gazetteer.regions.get(code, '?')}}}'."))
    return found
