"""The country comparison and the country facts come from one data file: a changed value shows on both
pages in the same build, in each language; the data check fails the strict build with file:line on a value
without a source, an unknown field and a source that names nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_build
from hooks import check
from sitebuilder import HELPLINES, monitoring_fixture, write_site

PAGES = {
    "countries/compare.md": "---\ntitle: Compare\n---\n\n# Compare\n\n<!-- kb:compare -->\n",
    "countries/denmark.md": "---\ntitle: Denmark\ncountry: DK\nlast_reviewed: 2026-11-25\n---\n\n# Denmark\n\n"
                            "## Programmes\n\nText.\n\n## Monitoring\n\n<!-- kb:country-facts DK -->\n",
}
NAV = "  - countries/compare.md\n  - countries/denmark.md\n"


def _site(tmp_path: Path, monitoring: str) -> Path:
    config = write_site(tmp_path, PAGES, data={"monitoring.yml": monitoring, "helplines.yml": HELPLINES})
    config.write_text(config.read_text().replace("  - bibliography.md\n", "  - bibliography.md\n" + NAV))
    return config


def _text(site: Path, page: str) -> str:
    return (site / page).read_text(encoding="utf-8")


def test_one_changed_value_shows_on_comparison_and_country_page(tmp_path: Path) -> None:
    config = _site(tmp_path, monitoring_fixture(ratified_dk="2016-03-07"))
    build = run_build(config, tmp_path / "site")
    assert build.returncode == 0, build.output
    compare = _text(tmp_path / "site", "countries/compare/index.html")
    denmark = _text(tmp_path / "site", "countries/denmark/index.html")
    for page in (compare, denmark):
        assert "7 March 2016" in page
        assert "23 April 2014" not in page
    compare_fi = _text(tmp_path / "site", "fi/countries/compare/index.html")
    denmark_fi = _text(tmp_path / "site", "fi/countries/denmark/index.html")
    for page in (compare_fi, denmark_fi):
        assert "7.3.2016" in page
    # the same rows, in the reader's language, with row headers and a source on every fact
    assert '<th scope="row">Ratified</th>' in compare and '<th scope="row">Ratifioitu</th>' in compare_fi
    assert "Programmes in DK lack standards (en)" in compare          # the one-sentence summary
    assert "GREVIO found that programmes in DK lack common standards (en)" in denmark   # the fuller text
    assert "(paras. 101–105)" in compare and "(kohdat 101–105)" in compare_fi
    assert compare.count('href="https://example.org/chart">[source]</a>') == 10   # signed and ratified x 5
    assert 'class="kb-cite"' in compare
    # helplines and the directory count come from their own data, in the same table
    assert "Test Line" in compare and "valtakunnallinen testilinja" in compare_fi
    assert 'href="../denmark/#programmes">0 entries</a>' in compare
    assert "not found in a public record" in compare   # a fact missing from the data says so


def test_a_fact_known_only_in_part_shows_what_is_known(tmp_path: Path) -> None:
    text = monitoring_fixture().replace(
        'grevio_baseline: {date: 2017-11-24, document: "GREVIO/Inf(2017)14", source: council2019}',
        'grevio_baseline: {date: "2022-11", source: council2019}', 1).replace('    paragraphs: "101–105"\n', "", 1)
    build = run_build(_site(tmp_path, text), tmp_path / "site")
    assert build.returncode == 0, build.output
    denmark = _text(tmp_path / "site", "countries/denmark/index.html")
    denmark_fi = _text(tmp_path / "site", "fi/countries/denmark/index.html")
    assert "November 2022" in denmark and "marraskuu 2022" in denmark_fi
    assert "GREVIO/Inf(2017)14" not in denmark      # no document number is invented
    assert "paras." not in denmark                  # no paragraph numbers either


BAD_DATA = {
    "value without a source": (
        lambda text: text.replace('  in_force: {date: 2015-08-01, source: council2019}\n',
                                  '  in_force: {date: 2015-08-01}\n', 1),
        "data/monitoring.yml:4: error: 'DK.in_force' has no source. Fix: add 'source:' with a bibliography key "
        "or the URL of the public record you checked the value in.",
    ),
    "unknown field": (
        lambda text: text.replace("  signed:", "  sined:", 1),
        "data/monitoring.yml:2: error: unknown field 'sined' in 'DK'. Fix: check its spelling; allowed here: "
        "signed, ratified, in_force,",
    ),
    "source that names nothing": (
        lambda text: text.replace("source: smith2020}", "source: smith2021}", 1),
        "data/monitoring.yml:11: error: source 'smith2021' is neither a URL nor a key in bibliography.bib. "
        "Fix: did you mean 'smith2020'?",
    ),
    "missing Article 16 finding": (
        lambda text: text.replace("  article16:", "  article_16:", 1),
        "data/monitoring.yml:1: error: 'DK' has no 'article16'.",
    ),
    "date that is not a date": (
        lambda text: text.replace("date: 2011-05-11", "date: 11 May 2011", 1),
        "data/monitoring.yml:2: error: 'DK.signed.date': '11 May 2011' does not match",
    ),
}


@pytest.mark.parametrize("name", sorted(BAD_DATA))
def test_bad_monitoring_data_fails_the_strict_build(tmp_path: Path, name: str) -> None:
    change, expected = BAD_DATA[name]
    config = _site(tmp_path, change(monitoring_fixture()))
    build = run_build(config, tmp_path / "site")
    assert build.returncode != 0
    assert expected in build.output, build.output
    assert "Traceback" not in build.output
    assert expected in "\n".join(f.format() for f in check.run(tmp_path))


def test_helpline_without_hours_in_every_language_fails(tmp_path: Path) -> None:
    config = write_site(tmp_path, {}, data={"helplines.yml": HELPLINES.replace(", is: allan sólarhringinn", "")})
    build = run_build(config, tmp_path / "site")
    assert build.returncode != 0
    assert "data/helplines.yml:5: error: 'DK.0.hours' has no 'is'." in build.output, build.output
