"""A practice entry written by the scaffold passes the checks and appears in the catalogue,
its country page and the exports in one build; a wrong value names the field and allowed values."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import run_build
from hooks import check
from hooks.directory import new_entry
from sitebuilder import write_site

PAGES = {
    "practice/index.md": "---\ntitle: Practice\n---\n\n# Practice\n\n<!-- kb:catalogue -->\n",
    "countries/finland.md": "---\ntitle: Finland\ncountry: FI\nlast_reviewed: 2026-11-25\n---\n\n# Finland\n\n"
                            "<!-- kb:practices FI -->\n",
}
ARGS = ["--title", "Väkivallaton Arki", "--country", "FI", "--pillar", "treatment", "--approach",
        "psycho-education", "--target-group", "men", "--setting", "voluntary", "--organisation",
        "Example association", "--website", "https://example.org/va", "--languages-offered", "fi,sv",
        "--effect", "D", "--implementation", "C", "--evaluations", "", "--reviewed-by", "Test editors"]


def test_scaffolded_entry_builds_and_is_listed(tmp_path: Path) -> None:
    config = write_site(tmp_path, PAGES)
    config.write_text(config.read_text().replace("  - bibliography.md\n", "  - bibliography.md\n"
                                                  "  - practice/index.md\n  - countries/finland.md\n"))
    assert new_entry.main(ARGS + ["--docs", str(tmp_path / "docs")]) == 0
    entry = tmp_path / "docs" / "practice" / "vakivallaton-arki.md"
    assert entry.exists()
    assert "offices: []" in (tmp_path / "data" / "locations" / "vakivallaton-arki.yml").read_text(encoding="utf-8")
    assert [f for f in check.run(tmp_path) if f.severity == "error"] == []
    build = run_build(config, tmp_path / "site")
    assert build.returncode == 0, build.output
    catalogue = (tmp_path / "site" / "practice" / "index.html").read_text(encoding="utf-8")
    assert 'data-country="FI"' in catalogue and "Väkivallaton Arki" in catalogue
    assert 'href="vakivallaton-arki/"' in catalogue
    country = (tmp_path / "site" / "countries" / "finland" / "index.html").read_text(encoding="utf-8")
    assert "Väkivallaton Arki" in country
    finnish = (tmp_path / "site" / "fi" / "practice" / "index.html").read_text(encoding="utf-8")
    assert "Psykoedukaatio" in finnish and "Suomi" in finnish
    assert '<td><a href="vakivallaton-arki/">' in finnish
    assert (tmp_path / "site" / "fi" / "practice" / "vakivallaton-arki" / "index.html").exists()
    exported = json.loads((tmp_path / "site" / "practices.json").read_text(encoding="utf-8"))
    assert exported[0]["id"] == "vakivallaton-arki" and exported[0]["country"] == ["FI"]
    assert "vakivallaton-arki" in (tmp_path / "site" / "practices.csv").read_text(encoding="utf-8")


def test_scaffold_refuses_a_wrong_value(tmp_path: Path, capsys) -> None:
    args = list(ARGS)
    args[args.index("FI")] = "FIN"
    assert new_entry.main(args + ["--docs", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "field 'country.0' has the value 'FIN', which is not allowed. Fix: use one of: DK, FI, IS, NO, SE." in err


def test_entry_not_yet_rated_is_shown_filtered_and_exported_honestly(tmp_path: Path) -> None:
    config = write_site(tmp_path, PAGES)
    config.write_text(config.read_text().replace("  - bibliography.md\n", "  - bibliography.md\n"
                                                  "  - practice/index.md\n  - countries/finland.md\n"))
    args = list(ARGS)
    args[args.index("--effect") + 1] = ""
    args[args.index("--implementation") + 1] = ""
    assert new_entry.main(args + ["--docs", str(tmp_path / "docs")]) == 0
    entry = (tmp_path / "docs" / "practice" / "vakivallaton-arki.md").read_text(encoding="utf-8")
    assert "evidence: not-yet-rated" in entry and "**Effect:" not in entry
    assert [f for f in check.run(tmp_path) if f.severity == "error"] == []
    build = run_build(config, tmp_path / "site")
    assert build.returncode == 0, build.output
    catalogue = (tmp_path / "site" / "practice" / "index.html").read_text(encoding="utf-8")
    assert 'data-evidence="not-yet-rated"' in catalogue
    assert '<option value="not-yet-rated">Not yet rated</option>' in catalogue
    assert "<td>Not yet rated</td>" in catalogue and "?/?" not in catalogue
    finnish = (tmp_path / "site" / "fi" / "practice" / "index.html").read_text(encoding="utf-8")
    assert "<td>Ei vielä arvioitu</td>" in finnish
    exported = json.loads((tmp_path / "site" / "practices.json").read_text(encoding="utf-8"))
    assert exported[0]["evidence"] == "not-yet-rated"
    assert ",not-yet-rated," in (tmp_path / "site" / "practices.csv").read_text(encoding="utf-8")
