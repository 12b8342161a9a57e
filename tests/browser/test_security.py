"""The Content-Security-Policy in a real browser: no violation on any page kind in two languages while
search, filters and the exit button work; an injected inline script is refused; no sitemap is fetched."""

from __future__ import annotations

import gzip

import pytest

from browser.pages import KINDS, url
from hooks.languages import LANGUAGES

CSP_KINDS = {**KINDS, "comparison": "countries/compare/", "glossary": "glossary/"}
RECORD = """
window.kbViolations = [];
document.addEventListener("securitypolicyviolation",
  (e) => window.kbViolations.push(e.violatedDirective + " " + e.blockedURI));
"""


def watch(page) -> list[str]:
    """Record CSP violations (events and console messages) on `page`; returns the console list."""
    page.add_init_script(RECORD)
    console: list[str] = []
    page.on("console", lambda message: console.append(message.text)
            if "Content Security Policy" in message.text or "Content-Security-Policy" in message.text else None)
    return console


@pytest.mark.parametrize("language", ["en", "fi"])
@pytest.mark.parametrize("kind", sorted(CSP_KINDS))
def test_no_violation_and_the_page_works(page, base_url, language, kind):
    console = watch(page)
    page.goto(url(base_url, language, CSP_KINDS[kind]), wait_until="networkidle")
    assert page.locator('head meta[http-equiv="Content-Security-Policy"]').count() == 1
    page.locator("label.md-search__icon, .md-header__button[for='__search']").first.click()
    page.locator("input.md-search__input").press_sequentially("vio", delay=30)
    page.locator(".md-search-result__item a").first.wait_for(timeout=10000)
    page.keyboard.press("Escape")
    if kind == "catalogue":
        page.select_option("select[name=country]", "FI")
        assert page.locator(".kb-catalogue tbody tr[hidden]").count() > 0
    assert page.evaluate("window.kbViolations") == [] and console == []
    assert not [u for u in page.recorder.urls if u.endswith("sitemap.xml")]
    with page.expect_navigation():
        page.locator(".kb-exit__button").click()
    assert page.url.startswith("https://www.wikipedia.org/")


def test_an_injected_inline_script_is_refused(page, base_url):
    """As if a script slipped past review into a built page: the policy was hashed without it."""
    target = url(base_url, "en", "about/")
    console = watch(page)

    def inject(route):
        response = route.fetch()
        body = response.text().replace("</body>", "<script>window.kbInjected = 1;</script></body>")
        route.fulfill(response=response, body=body)

    page.route(target, inject)
    page.goto(target, wait_until="load")
    assert page.evaluate("window.kbInjected") is None
    assert any(v.startswith("script-src") for v in page.evaluate("window.kbViolations"))
    assert console, "Chromium reports the refused script on the console"


@pytest.mark.parametrize("language", LANGUAGES)
def test_home_pages_fetch_no_sitemap_and_stay_light(page, base_url, language):
    """First view: everything the home page loads before the reader does anything, each response counted
    gzip-compressed as a static host would send it (the local test server sends it uncompressed)."""
    sizes: dict[str, int] = {}
    page.on("response", lambda r: sizes.__setitem__(r.url, len(gzip.compress(r.body(), 6))) if r.ok else None)
    page.goto(url(base_url, language, ""), wait_until="networkidle")
    assert not [u for u in page.recorder.urls if "sitemap" in u]
    assert page.recorder.failed == []
    assert sum(sizes.values()) <= 80 * 1024, sorted(sizes.items(), key=lambda item: -item[1])[:5]
