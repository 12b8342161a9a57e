"""Contributed text cannot run code: forbidden HTML, event handlers and script URLs fail the strict
build and the standalone check with file:line; titles with markup render as text; exports are safe;
every page carries a Content-Security-Policy hashed from its own inline scripts."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from conftest import run_build
from hooks import check
from hooks.security import content_safety, csp, spreadsheet
from sitebuilder import write_site

PAGE = "---\ntitle: Other\n---\n\n# Other\n\n## Second part\n\n{line}\n"
MARKDOWN_CASES = {
    "script element": ("<script>alert(1)</script>", "docs/other.md:9: error: raw HTML <script> is not allowed"),
    "style element": ("<style>body{}</style>", "docs/other.md:9: error: raw HTML <style> is not allowed"),
    "iframe": ('<iframe src="https://example.org"></iframe>', "docs/other.md:9: error: raw HTML <iframe>"),
    "object": ('<object data="x.swf"></object>', "docs/other.md:9: error: raw HTML <object>"),
    "embed": ('<embed src="x.swf">', "docs/other.md:9: error: raw HTML <embed>"),
    "form": ('<form action="https://example.org"></form>', "docs/other.md:9: error: raw HTML <form>"),
    "event handler": ('<span onclick="alert(1)">x</span>', "docs/other.md:9: error: event-handler attribute "
                      "'onclick' on <span>"),
    "tag off the list": ('<img src=x onerror=alert(1)>', "docs/other.md:9: error: raw HTML <img> is not on the "
                         "allow-list"),
    "attr_list handler": ("[x](other.md){ onmouseover=\"alert(1)\" }", "docs/other.md:9: error: an attribute "
                          "list '{…}' sets an event handler"),
    "javascript link": ("[click](javascript:alert(1))", "docs/other.md:9: error: a link or image points to a "
                        "'javascript:' URL."),
    "data image": ("![x](data:image/svg+xml;base64,PHN2Zz4=)", "docs/other.md:9: error: a link or image points to "
                   "a 'data:' URL."),
}


@pytest.mark.parametrize("name", sorted(MARKDOWN_CASES))
def test_forbidden_markdown_fails_check_with_file_line(tmp_path: Path, name: str) -> None:
    line, expected = MARKDOWN_CASES[name]
    write_site(tmp_path, {"other.md": PAGE.format(line=line)})
    found = "\n".join(f.format() for f in check.run(tmp_path))
    assert expected in found and "Fix: " in found.split(expected, 1)[1].split("\n", 1)[0]


@pytest.mark.parametrize("name", ["script element", "event handler", "javascript link"])
def test_forbidden_markdown_fails_the_strict_build(tmp_path: Path, name: str) -> None:
    line, expected = MARKDOWN_CASES[name]
    build = run_build(write_site(tmp_path, {"other.md": PAGE.format(line=line)}), tmp_path / "site")
    assert build.returncode != 0 and expected in build.output


def test_allowed_html_and_autolinks_pass() -> None:
    body = ('<abbr title="Alternatives to Violence">ATV</abbr> <span lang="nb">vold</span> <kbd>Shift</kbd> '
            '<https://example.org> <info@example.org> `<script>` H<sub>2</sub>O\n```\n<script>x</script>\n```\n')
    assert content_safety.check_markdown("docs/x.md", body, 1) == []


def test_markup_in_front_matter_and_data_fails_with_its_line(tmp_path: Path) -> None:
    page = "---\ntitle: \"Help <img src=x onerror=alert(1)>\"\ndescription: Fine.\n---\n\n# Help\n"
    data = {"helplines.yml": "DK:\n  - name: Line\n    about: {en: \"call <a href='javascript:x'>here</a>\"}\n"}
    config = write_site(tmp_path, {"other.md": page}, data=data)
    found = "\n".join(f.format() for f in check.run(tmp_path))
    assert "docs/other.md:2: error: front-matter field 'title' contains markup (<img src=x onerror=alert(1)>)" in found
    assert "data/helplines.yml:3: error: 'DK.0.about.en' contains markup" in found
    build = run_build(config, tmp_path / "site")
    assert build.returncode != 0 and "front-matter field 'title' contains markup" in build.output


def test_a_title_with_markup_renders_as_text_everywhere(tmp_path: Path) -> None:
    """Built without the checks (as if a field slipped past them): the theme still shows text."""
    title = 'Help <img src=x onerror=alert(1)> "quoted"'
    page = f"---\ntitle: '{title}'\ndescription: 'x\" onmouseover=\"alert(1)'\n---\n\n# Help\n\n## Second part\n"
    config = write_site(tmp_path, {"other.md": page})
    config.write_text(config.read_text().replace("  - {root}/hooks/mkdocs_checks.py\n".format(
        root=Path(__file__).resolve().parent.parent), ""))
    build = run_build(config, tmp_path / "site")
    assert build.returncode == 0, build.output
    site = tmp_path / "site"
    for html_file in [site / "other" / "index.html", site / "index.html"]:
        html = html_file.read_text(encoding="utf-8")
        assert "<img src=x" not in html and 'onmouseover="alert' not in html
    other = (site / "other" / "index.html").read_text(encoding="utf-8")
    assert "<title>Help &lt;img src=x onerror=alert(1)&gt; &#34;quoted&#34; - Fixture</title>" in other


def test_formula_cells_are_neutralised() -> None:
    text = spreadsheet.csv_text([("id", "name"), ("a", '=HYPERLINK("http://x","click")'), ("b", "+1"),
                                 ("c", "-2+3"), ("d", "@SUM(A1)"), ("e", "\tx"), ("f", "Plain, with comma"),
                                 ("g", "-21.9")])
    rows = list(csv.reader(io.StringIO(text)))
    assert [r[1] for r in rows[1:]] == ["'=HYPERLINK(\"http://x\",\"click\")", "'+1", "'-2+3", "'@SUM(A1)", "'\tx",
                                        "Plain, with comma", "-21.9"]


def test_directory_export_neutralises_a_formula_title(tmp_path: Path) -> None:
    from hooks import sources
    from hooks.directory import catalogue
    practice = ("---\ntitle: '=HYPERLINK(\"http://x\",\"click\")'\ncountry: [NO]\npillar: [treatment]\n"
                "approach: [psychotherapy]\ntarget_group: [men]\nsetting: [voluntary]\norganisation: Org\n"
                "website: https://example.org\nlanguages_offered: [nb]\nevidence: {effect: D, implementation: D}\n"
                "evaluations: []\nlast_reviewed: 2026-11-25\nreviewed_by: Editors\n---\n\n# X\n")
    write_site(tmp_path, {"practice/x.md": practice})
    entries = catalogue.entries(sources.load(tmp_path / "docs"))
    rows = list(csv.reader(io.StringIO(catalogue.export_csv(entries))))
    title = rows[0].index("title")
    assert rows[1][title] == "'=HYPERLINK(\"http://x\",\"click\")"
    assert json.loads(catalogue.export_json(entries))[0]["title"] == '=HYPERLINK("http://x","click")'


def test_policy_hashes_exactly_the_inline_scripts() -> None:
    html = ('<html><head><meta charset="utf-8"><script>var a=1;</script>'
            '<script id="__config" type="application/json">{"x":1}</script>'
            '<script src="x.js"></script></head><body><script>var a=1;</script></body></html>')
    out = csp.apply(html)
    assert out.startswith('<html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="')
    policy = out.split('content="', 1)[1].split('"', 1)[0]
    assert "script-src 'self' 'sha256-gaaMFNHZyRta8zB2VHkWLMP4tMxJ+d8v3dTW7nw2r6M='" in policy
    assert policy.count("sha256-") == 1 and "unsafe-inline" not in policy
    for directive in ("default-src 'self'", "style-src 'self'", "object-src 'none'", "base-uri 'none'",
                      "form-action 'self'", "img-src 'self' data:"):
        assert directive in policy


def test_every_built_page_has_the_policy(real_site) -> None:
    pages = list(real_site.site.rglob("*.html"))
    assert len(pages) > 400
    for html_file in pages:
        html = html_file.read_text(encoding="utf-8")
        head = html.split("<head>", 1)[1][:400]
        assert '<meta http-equiv="Content-Security-Policy"' in head, html_file
        assert 'style="' not in html, html_file
        assert '<link rel="alternate"' not in html, html_file
