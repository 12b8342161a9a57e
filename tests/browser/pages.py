"""The page kinds the browser tests visit, as paths under the site root, and how a reader searches them."""

from hooks.languages import LANGUAGES

KINDS = {
    "home": "",
    "about": "about/",
    "pillar": "pillars/treatment/",
    "standard": "standards/victim-safety-first/",
    "checklist": "standards/checklist/",
    "research summary": "research/meta-analyses/",
    "country": "countries/finland/",
    "catalogue": "practice/",
    "practice entry": "practice/atv-norway/",
    "bibliography": "bibliography/",
    "safety": "safety/",
    "find help": "find-help/",
}


def url(base: str, language: str, path: str) -> str:
    return base + ("" if language == "en" else f"{language}/") + path


ALL = [(language, kind) for language in LANGUAGES for kind in KINDS]


def search(page, base: str, language: str, words: str):
    """Types `words` into the search of `language`'s home page, key by key as a reader does (Material searches
    on keyboard events), and returns the result links once the first is shown."""
    page.goto(url(base, language, ""), wait_until="networkidle")
    page.locator("label.md-search__icon, .md-header__button[for='__search']").first.click()
    page.locator("input.md-search__input").press_sequentially(words, delay=30)
    results = page.locator(".md-search-result__item a")
    results.first.wait_for(timeout=10000)
    return results
