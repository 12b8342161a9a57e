"""Integration: the real site builds strict, in six languages, with nothing loaded from elsewhere."""

from __future__ import annotations

import re
from pathlib import Path

from hooks.languages import LANGUAGES

THIRD_PARTY = re.compile(
    r"""(?:src|href)\s*=\s*["'](?:https?:)?//(?!nordic-perpetrator-network\.github\.io)[^"']+["']"""
    r"""|url\(\s*["']?(?:https?:)?//|@import\s+["']?(?:https?:)?//|fonts\.googleapis|fonts\.gstatic""",
    re.IGNORECASE,
)


def home(site: Path, language: str) -> Path:
    return site / ("index.html" if language == "en" else f"{language}/index.html")


def test_build_has_no_warning(real_site):
    assert "WARNING" not in real_site.output, real_site.output


def test_every_language_home_has_lang_and_hreflang(real_site):
    """The language of each home, its switcher's links to every language, and the hreflang alternates in
    the sitemap (not in the head: the theme would fetch a sitemap for each, see overrides/main.html)."""
    sitemap = (real_site.site / "sitemap.xml").read_text(encoding="utf-8")
    for language in LANGUAGES:
        html = home(real_site.site, language).read_text(encoding="utf-8")
        assert f'<html lang="{language}"' in html
        switcher = set(re.findall(r'<a href="[^"]+" hreflang="([^"]+)" class="md-select__link"', html))
        assert switcher == set(LANGUAGES), (language, switcher)
        assert f'<xhtml:link rel="alternate" hreflang="{language}"' in sitemap
        assert '<link rel="alternate"' not in html


def test_no_third_party_resource_in_any_built_file(real_site):
    offenders = []
    for path in real_site.site.rglob("*"):
        if path.suffix not in (".html", ".css", ".js"):
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        if path.suffix == ".html":
            # Links to other sites are fine; resources (scripts, styles, images, fonts) are not.
            resources = re.findall(r"<(?:script|link|img|iframe|source)\b[^>]*>", text)
            resources = [r for r in resources if not re.search(r'rel="(?:alternate|canonical)"', r)]
            text = "\n".join(resources)
        for match in THIRD_PARTY.finditer(text):
            offenders.append(f"{path.relative_to(real_site.site)}: {match.group(0)}")
    assert not offenders, offenders[:20]


def test_search_index_and_sitemap_per_language(real_site):
    import json

    for language in LANGUAGES:
        prefix = "" if language == "en" else f"{language}/"
        index = json.loads((real_site.site / prefix / "search" / "search_index.json").read_text(encoding="utf-8"))
        assert index["docs"], language
        assert not any(d["location"].startswith(tuple(f"{l}/" for l in LANGUAGES)) for d in index["docs"])
        expected = {"nb": ["no"], "is": ["en"]}.get(language, [language])
        assert index["config"]["lang"] == expected
        # no stemmer: Material's search-as-you-type wildcards skip lunr's query pipeline
        assert index["config"]["pipeline"] == ([] if language == "is" else ["trimmer", "stopWordFilter"])
        assert (real_site.site / prefix / "sitemap.xml").exists()
        html = (real_site.site / prefix / "index.html").read_text(encoding="utf-8")
        assert ('"base": "."' if language == "en" else f'"base": "../{language}/"') in html


def test_generated_exports_are_published(real_site):
    import csv
    import json

    rows = json.loads((real_site.site / "practices.json").read_text(encoding="utf-8"))
    assert len(rows) >= 10
    assert {"id", "title", "country", "evidence"} <= set(rows[0])
    table = list(csv.DictReader((real_site.site / "practices.csv").open(encoding="utf-8")))
    assert [r["id"] for r in table] == [r["id"] for r in rows]
    assert (real_site.site / "standards" / "checklist.csv").exists()
