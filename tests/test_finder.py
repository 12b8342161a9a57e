"""Find help near a client: the gazetteer look-up, the location checks with file:line, and real fixture
builds in which one added location shows on the map, in the table, in the list and in the exports."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from conftest import run_build
from hooks.finder import checks, gazetteer, outlines, render
from hooks.finder.locations import Office
from hooks.finder.coverage import by_region, load_regions
from hooks.finder.names import fold
from hooks.finder.projection import project
from sitebuilder import ROOT, write_site

DATA = ROOT / "data"
PRACTICE = ("---\ntitle: Test Service\ncountry: [NO]\npillar: [treatment]\napproach: [psychotherapy]\n"
            "target_group: [men]\nsetting: [voluntary]\norganisation: Org\nwebsite: https://example.org\n"
            "languages_offered: [nb]\nevidence: {effect: D, implementation: D}\nevaluations: []\n"
            "last_reviewed: 2026-11-25\nreviewed_by: Editors\n---\n\n# Test Service\n\nIt helps [@smith2020].\n\n"
            "## Evidence\n\n**Effect: D.** No evaluation found.\n\n**Implementation: D.** None found.\n")
FIND_HELP = ("---\ntitle: Find help\n---\n\n# Find help\n\n<!-- kb:find-help -->\n\n## Coverage\n\n"
             "<!-- kb:coverage-map -->\n")
OFFICE = """offices:
  - name: Test Service Tromsø
    place: {place}
    country: NO
    source: https://example.org/offices
    checked: 2026-12-04
national:
  - country: NO
    how: [phone]
    source: https://example.org/phone
    checked: 2026-12-04
"""


def finder_site(folder: Path, locations: str) -> Path:
    """A fixture site with a practice entry, a Find help page in the nav, and `locations` for the entry."""
    config = write_site(folder, {"practice/test-service.md": PRACTICE, "find-help.md": FIND_HELP},
                        data=finder_data(locations))
    config.write_text(config.read_text(encoding="utf-8").replace("  - bibliography.md\n",
                                                                 "  - bibliography.md\n  - find-help.md\n"),
                      encoding="utf-8")
    return config


def finder_data(locations: str) -> dict[str, str]:
    """The real gazetteer, outlines and region names, and one fixture locations file."""
    files = {f"finder/{name}": (DATA / "finder" / name).read_text(encoding="utf-8")
             for name in ("gazetteer.json", "outlines.json", "regions.yml")}
    files["locations/test-service.yml"] = locations
    return files


@pytest.mark.parametrize("typed, expected", [("Tromsø", "tromso"), ("GÖTEBORG", "goteborg"),
                                             ("Reykjavík", "reykjavik"), ("Þórshöfn", "thorshofn"),
                                             ("  Mo  i Rana ", "mo i rana"), ("Ærø", "aero")])
def test_names_fold_as_readers_type_them(typed: str, expected: str) -> None:
    assert fold(typed) == expected


@pytest.mark.parametrize("name, country, local", [("Helsingfors", "FI", "Helsinki"), ("Tukholma", "SE", "Stockholm"),
                                                  ("Gothenburg", "SE", "Göteborg"), ("tromso", "NO", "Tromsø"),
                                                  ("Copenhagen", "DK", "København"), ("Mariehamn", "FI", "Mariehamn")])
def test_the_gazetteer_knows_places_by_their_other_names(name: str, country: str, local: str) -> None:
    place = gazetteer.load(DATA).find(name, country)
    assert place is not None and place.name == local


def test_every_region_of_the_gazetteer_has_a_local_name() -> None:
    known = gazetteer.load(DATA)
    named = load_regions(DATA).valid
    assert named and {p.region for p in known.places} <= set(named)
    assert len([code for code in named if code.startswith("FI.")]) == 19  # with Åland
    assert len([code for code in named if code.startswith("NO.")]) == 15  # the counties of 2024


def test_points_are_placed_in_their_own_country_only() -> None:
    shapes = outlines.load(DATA)
    tromso = (69.6489, 18.9551)
    assert outlines.in_country(*tromso, "NO", shapes)
    assert not outlines.in_country(*tromso, "SE", shapes)
    assert not outlines.in_country(*tromso, "IS", shapes)


def test_the_projection_is_centred_and_oriented() -> None:
    x, y = project(14.0, 63.0)
    assert abs(x) < 1e-6 and abs(y) < 1e-6
    east, north = project(20.0, 63.0), project(14.0, 68.0)
    assert east[0] > 0 and north[1] > 0


def _check(tmp_path: Path, locations: str) -> list:
    write_site(tmp_path, {"practice/test-service.md": PRACTICE}, data=finder_data(locations))
    return checks.check(tmp_path / "data", {"test-service"}, {"smith2020"})


def test_a_missing_source_is_reported_at_its_office(tmp_path: Path) -> None:
    text = OFFICE.format(place="Tromsø").replace("    source: https://example.org/offices\n", "")
    found = _check(tmp_path, text)
    assert [(f.path, f.line) for f in found] == [("data/locations/test-service.yml", 2)]
    assert "has no source" in found[0].message and "URL" in found[0].hint


def test_an_unknown_place_is_reported_with_a_suggestion(tmp_path: Path) -> None:
    found = _check(tmp_path, OFFICE.format(place="Tromsøø"))
    assert [(f.path, f.line) for f in found] == [("data/locations/test-service.yml", 3)]
    assert "knows no place 'Tromsøø' in NO" in found[0].message and "Tromsø" in found[0].hint


def test_coordinates_outside_the_country_are_reported(tmp_path: Path) -> None:
    text = OFFICE.format(place="Tromsø").replace("    country: NO\n", "    country: NO\n    coordinates: [18.95, 69.65]\n", 1)
    found = _check(tmp_path, text)
    assert [(f.path, f.line) for f in found] == [("data/locations/test-service.yml", 5)]
    assert "outside NO" in found[0].message and "[latitude, longitude]" in found[0].hint


def test_a_file_for_no_entry_is_reported(tmp_path: Path) -> None:
    write_site(tmp_path, {}, data=finder_data(OFFICE.format(place="Tromsø")))
    found = checks.check(tmp_path / "data", set(), set())
    assert any("not a directory entry" in f.message for f in found)


def test_the_strict_build_fails_on_an_unknown_place(tmp_path: Path) -> None:
    config = finder_site(tmp_path, OFFICE.format(place="Atlantis"))
    build = run_build(config, tmp_path / "site")
    assert build.returncode != 0
    assert "data/locations/test-service.yml:3:" in build.output and "Atlantis" in build.output


def test_an_added_location_shows_on_the_map_in_the_table_list_and_exports(tmp_path: Path) -> None:
    config = finder_site(tmp_path, OFFICE.format(place="Tromsø"))
    build = run_build(config, tmp_path / "site")
    assert build.returncode == 0, build.output
    for prefix, country in (("", "Norway"), ("fi/", "Norja")):
        html = (tmp_path / "site" / prefix / "find-help" / "index.html").read_text(encoding="utf-8")
        assert html.count("<circle ") == 1  # the map
        assert 'data-kb-office data-lat="69.6489" data-lon="18.9551"' in html  # the list the finder reads
        table = html[html.index('<table data-kb="coverage"><caption>' + country):]
        table = table[:table.index("</table>")]
        # one location, of a treatment entry (pillar: treatment)
        assert "<tr><th scope=\"row\">Troms</th><td>1</td><td>1</td><td>Test Service</td></tr>" in table
        assert table.count("<td>0</td><td>0</td>") == 14  # Norway's other 14 counties, listed with none
        assert "https://" not in html.split("<svg", 1)[1].split("</svg>", 1)[0].replace("http://www.w3.org", "")
    site = tmp_path / "site"
    exported = json.loads((site / "locations.json").read_text(encoding="utf-8"))
    assert [(o["name"], o["region"], o["geonames"]) for o in exported["offices"]] == [
        ("Test Service Tromsø", "Troms", 3133895)]
    assert exported["national"][0]["how"] == ["phone"]
    rows = list(csv.DictReader(io.StringIO((site / "locations.csv").read_text(encoding="utf-8"))))
    assert rows[0]["place"] == "Tromsø" and rows[0]["lat"] == "69.6489"
    geo = json.loads((site / "locations.geojson").read_text(encoding="utf-8"))
    assert geo["features"][0]["geometry"] == {"type": "Point", "coordinates": [18.9551, 69.6489]}
    places = json.loads((site / "find-help" / "places.json").read_text(encoding="utf-8"))
    assert any(p[0] == "Tromsø" and p[3] == "NO.18" for p in places["places"])
    assert '"NO.18": "Troms"' in (site / "fi" / "find-help" / "index.html").read_text(encoding="utf-8").replace(
        "&quot;", '"')
    entry = (site / "practice" / "test-service" / "index.html").read_text(encoding="utf-8")
    assert "Where it is delivered" in entry and "Tromsø (Troms, Norway)" in entry


def test_the_coverage_table_counts_treatment_apart_from_other_services() -> None:
    office = lambda entry: Office(entry, entry, "Tromsø", "NO", "NO.18", "", 69.6, 18.9, "https://x", "2026-12-04", 1)  # noqa: E731
    offices = [office("shelter"), office("programme"), office("shelter")]
    s = {"region": "Region", "locations": "Locations", "treatment": "Treatment", "services": "Services", "none": "none"}
    regions = load_regions(DATA).valid or {}
    html = render.coverage_table(offices, regions, "en", s, {"NO": "Norway"}, str.title, frozenset({"programme"}))
    assert '<tr><th scope="row">Troms</th><td>3</td><td>1</td><td>Programme, Shelter</td></tr>' in html
    treating = [o for o in offices if o.entry == "programme"]
    cell = render.regions_without_cell(by_region(treating, regions, "en")["NO"],
                                       {"all_regions": "all", "regions_of": "{n} of {total}: {names}"})
    assert cell.startswith("14 of 15: ") and "Troms," not in cell
