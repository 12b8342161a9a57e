"""Exit this page, the language switcher and per-language search, in a real browser."""

from __future__ import annotations

from browser.pages import search, url


def test_exit_button_leaves_at_once(page, base_url):
    page.goto(url(base_url, "fi", "about/"))
    button = page.locator(".kb-exit__button")
    assert button.is_visible()
    assert button.inner_text().strip() == "Poistu sivulta"
    with page.expect_navigation():
        button.click()
    assert page.url.startswith("https://www.wikipedia.org/")


def test_three_shift_presses_leave_and_overlay_clears_on_back(page, base_url):
    start = url(base_url, "en", "about/")
    page.goto(start)
    page.evaluate("window.__seen = []; new MutationObserver(() => window.__seen.push("
                  "!document.querySelector('[data-kb-exit-overlay]').hidden)).observe("
                  "document.querySelector('[data-kb-exit-overlay]'), {attributes: true})")
    page.keyboard.press("Shift")
    page.keyboard.press("Shift")
    assert page.url == start
    with page.expect_navigation():
        page.keyboard.press("Shift")
    assert page.url.startswith("https://www.wikipedia.org/")
    page.go_back()
    assert page.locator("[data-kb-exit-overlay]").is_hidden()


def test_escape_does_not_exit(page, base_url):
    start = url(base_url, "en", "about/")
    page.goto(start)
    page.keyboard.press("Escape")
    page.wait_for_timeout(300)
    assert page.url == start


def test_switcher_keeps_the_page(page, base_url):
    page.goto(url(base_url, "fi", "research/"), wait_until="networkidle")
    link = page.locator('.md-select a[hreflang="sv"]')
    assert link.get_attribute("href").rstrip("/").endswith("/sv/research")
    page.locator(".md-header__option .md-select").hover()
    link.click()
    page.wait_for_load_state("networkidle")
    assert page.url.endswith("/sv/research/")
    assert page.recorder.failed == [], page.recorder.failed


def test_finnish_search_returns_finnish_pages(page, base_url):
    results = search(page, base_url, "fi", "väkivalta")
    hrefs = results.evaluate_all("els => els.map(e => e.href)")
    assert hrefs and all("/knowledge-base/fi/" in h for h in hrefs), hrefs


def test_search_index_loads_only_when_searching(page, base_url):
    """components/search-on-demand: no index download until the reader opens search."""
    page.goto(url(base_url, "en", "about/"), wait_until="networkidle")
    page.wait_for_timeout(500)
    assert not [u for u in page.recorder.urls if "search_index.json" in u], page.recorder.urls
    with page.expect_response(lambda r: r.url.endswith("/search/search_index.json"), timeout=10000) as index:
        page.locator("label.md-search__icon, .md-header__button[for='__search']").first.click()
    assert index.value.status == 200
    page.locator("input.md-search__input").press_sequentially("risk", delay=30)
    page.locator(".md-search-result__item a").first.wait_for(timeout=10000)


def test_search_by_keyboard_loads_the_index(page, base_url):
    """Material's search key (`/`) focuses the search box, which lets the held-back index load."""
    page.goto(url(base_url, "en", "practice/"), wait_until="networkidle")
    with page.expect_response(lambda r: r.url.endswith("/search/search_index.json"), timeout=10000):
        page.keyboard.press("/")
    page.keyboard.type("risk", delay=30)
    page.locator(".md-search-result__item a").first.wait_for(timeout=10000)


def test_skip_link_and_visible_focus(page, base_url):
    page.goto(url(base_url, "en", "about/"))
    page.keyboard.press("Tab")
    first = page.evaluate("document.activeElement.className")
    assert "kb-exit__skiplink" in first
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    focused = page.evaluate("getComputedStyle(document.activeElement).outlineStyle + '|' + "
                            "getComputedStyle(document.activeElement).boxShadow")
    assert focused.split("|")[0] != "none" or focused.split("|")[1] != "none"
