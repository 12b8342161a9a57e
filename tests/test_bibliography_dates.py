"""Honest dates of sources: web pages need a retrieval date, a year of reading is not a year of
publication, and undated pages are cited as n.d. with their retrieval date in every language."""

from __future__ import annotations

from pathlib import Path

from conftest import run_build
from hooks import check, components
from hooks.citations import bibliography
from hooks.citations.citing import Renderer
from sitebuilder import BIB, write_site

UNDATED = """
@misc{helpline2026,
  author = {{Help Line}},
  title = {About the line},
  url = {https://example.org/about},
  urldate = {2026-11-25}
}
"""
DATED = """
@misc{news2026,
  author = {{Help Line}},
  title = {The line opens},
  date = {2017-05-03},
  url = {https://example.org/news},
  urldate = {2026-11-25}
}
"""
NO_RETRIEVAL = """
@misc{page2019,
  author = {{Help Line}},
  title = {A page},
  year = {2019},
  url = {https://example.org/page}
}
"""
YEAR_OF_READING = """
@misc{read2026,
  author = {{Help Line}},
  title = {A page read this year},
  year = {2026},
  url = {https://example.org/read},
  urldate = {2026-11-25}
}
"""


def entries(text: str) -> bibliography.Bibliography:
    return bibliography.parse("bibliography.bib", BIB + text)


def messages(text: str) -> list[str]:
    return [f.format() for f in entries(text).findings]


def test_online_source_without_retrieval_date_fails_at_its_url_line() -> None:
    lines = messages(NO_RETRIEVAL)
    url_line = (BIB + NO_RETRIEVAL).splitlines().index("  url = {https://example.org/page}") + 1
    assert lines == [f"bibliography.bib:{url_line}: error: entry 'page2019' is a web page without a retrieval "
                     "date. Fix: add 'urldate = {YYYY-MM-DD}', the day you read the page (APA 7 shows it for "
                     "undated pages)."]


def test_year_equal_to_retrieval_year_fails_unless_recorded_as_a_date() -> None:
    lines = messages(YEAR_OF_READING)
    assert len(lines) == 1 and "entry 'read2026' gives 2026, the year the page was retrieved" in lines[0]
    assert "write it as 'date = {2026-MM-DD}'" in lines[0] and "remove 'year'" in lines[0]
    assert messages(YEAR_OF_READING.replace("year = {2026}", "date = {2026-03}")) == []


def test_undated_and_dated_pages_pass() -> None:
    assert messages(UNDATED + DATED) == []


def test_malformed_dates_are_reported() -> None:
    assert any("is not YYYY, YYYY-MM or YYYY-MM-DD" in m for m in messages(DATED.replace("2017-05-03", "3.5.2017")))
    assert any("has the retrieval date '25.11.2026'" in m for m in messages(UNDATED.replace("2026-11-25", "25.11.2026")))


def test_undated_page_renders_nd_and_retrieval_date_in_each_language() -> None:
    bib = entries(UNDATED + DATED)
    expected = {
        "en": ("Help Line, n.d.", "(n.d.)", "Retrieved November 25, 2026, from"),
        "fi": ("Help Line, s.a.", "(s.a.)", "Haettu 25.11.2026 osoitteesta"),
        "sv": ("Help Line, u.å.", "(u.å.)", "Hämtad 25 november 2026 från"),
        "is": ("Help Line, á.á.", "(á.á.)", "Sótt 25. nóvember 2026 af"),
    }
    for language, (in_text, year, retrieved) in expected.items():
        renderer = Renderer(bib, components.strings(language)["citations"], language)
        assert in_text in renderer.render("[@helpline2026]")[0]
        html = renderer.entry_html(bib.entries["helpline2026"])
        assert year in html and retrieved in html
        dated = renderer.entry_html(bib.entries["news2026"])
        assert "2017, " in dated and "Retrieved" not in dated and "Haettu" not in dated
    assert "(2017, May 3)" in Renderer(bib, components.strings("en")["citations"], "en").entry_html(
        bib.entries["news2026"])
    assert "(2017, 3. toukokuuta)" in Renderer(bib, components.strings("fi")["citations"], "fi").entry_html(
        bib.entries["news2026"])


def test_two_undated_pages_of_one_author_get_nd_suffixes() -> None:
    second = UNDATED.replace("helpline2026", "helpline2026b").replace("About the line", "Opening hours")
    renderer = Renderer(entries(UNDATED + second), components.strings("en")["citations"], "en")
    out = renderer.render("[@helpline2026; @helpline2026b]")[0]
    assert "Help Line, n.d.-a" in out and "Help Line, n.d.-b" in out


def test_standalone_check_and_strict_build_fail_on_both_mistakes(tmp_path: Path) -> None:
    page = "---\ntitle: Other\n---\n\n# Other\n\nSee [@page2019] and [@read2026].\n"
    config = write_site(tmp_path, {"other.md": page}, bib=BIB + NO_RETRIEVAL + YEAR_OF_READING)
    found = "\n".join(f.format() for f in check.run(tmp_path))
    assert "entry 'page2019' is a web page without a retrieval date" in found
    assert "entry 'read2026' gives 2026, the year the page was retrieved" in found
    build = run_build(config, tmp_path / "site")
    assert build.returncode != 0
    assert "bibliography.bib:" in build.output and "entry 'read2026' gives 2026" in build.output


def test_the_real_bibliography_passes_and_shows_nd(real_site) -> None:
    root = Path(__file__).resolve().parent.parent
    bib = bibliography.load(root / "bibliography.bib")
    assert bib.findings == []
    undated = [e for e in bib.entries.values() if not e.published]
    assert undated, "the real bibliography has undated web pages"
    page = (real_site.site / "bibliography" / "index.html").read_text(encoding="utf-8")
    assert "(n.d.)" in page and "Retrieved " in page
    assert "(s.a.)" in (real_site.site / "fi" / "bibliography" / "index.html").read_text(encoding="utf-8")
