"""Translated pages are read in the reader's language: a research summary, a standard and a practice
entry in Finnish, Swedish and Icelandic carry their translated title, no "not translated" or "outdated"
notice, and the search of that language finds them by a word of their translated title."""

from __future__ import annotations

from pathlib import Path

import pytest

from browser.pages import KINDS, search, url
from hooks import frontmatter

DOCS = Path(__file__).resolve().parents[2] / "docs"
TRANSLATED = ("research summary", "standard", "practice entry")
CASES = [(language, kind) for language in ("fi", "sv", "is") for kind in TRANSLATED]


def _title(language: str, kind: str) -> str:
    """The translated page's own title, from its front matter."""
    source = DOCS / (KINDS[kind].rstrip("/") + f".{language}.md")
    return str(frontmatter.parse(str(source), source.read_text(encoding="utf-8"))[0].meta["title"])


def _search_word(title: str) -> str:
    """The longest word of the title: distinctive enough to find the page."""
    return max((w.strip("():,–") for w in title.split()), key=len)


@pytest.mark.parametrize("language,kind", CASES)
def test_translated_page_is_in_the_readers_language(page, base_url, language, kind):
    page.goto(url(base_url, language, KINDS[kind]), wait_until="load")
    title = _title(language, kind)
    assert page.locator("h1").first.inner_text().rstrip("¶").strip() == title
    # the notices link to the English original with hreflang="en"; a current translation has none
    assert page.locator(".admonition a[hreflang='en']").count() == 0
    assert page.evaluate("document.documentElement.lang") == language


@pytest.mark.parametrize("language,kind", CASES)
def test_search_finds_the_translated_page_in_its_language(page, base_url, language, kind):
    results = search(page, base_url, language, _search_word(_title(language, kind)))
    hrefs = results.evaluate_all("els => els.map(e => e.href)")
    assert any(h.split("#")[0].split("?")[0].endswith(f"/{language}/{KINDS[kind]}") for h in hrefs), hrefs
    assert all(f"/knowledge-base/{language}/" in h for h in hrefs), hrefs


WHOLE_WORDS = [("en", "programmes"), ("fi", "tekijöille"), ("sv", "kommer"), ("nb", "relasjoner"),
               ("da", "relationer"), ("is", "þolenda")]


@pytest.mark.parametrize("language,word", WHOLE_WORDS)
def test_a_whole_inflected_word_finds_pages(page, base_url, language, word):
    """A reader types whole words; Material's search-as-you-type wildcard must still find them
    (with a stemmed index these found nothing: hooks/search_split.py)."""
    results = search(page, base_url, language, word)
    assert results.count() >= 5, results.evaluate_all("els => els.map(e => e.href)")
