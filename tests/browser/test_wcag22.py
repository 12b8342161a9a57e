"""WCAG 2.2 AA criteria that axe does not check, measured in Chromium on a phone-sized screen.

- 2.5.8 Target size (minimum): the controls a reader needs on a phone — exit
  button, menu, language switcher and its choices, search, catalogue filters —
  are at least 24 × 24 CSS pixels.
- 2.4.11 Focus not obscured: going up a long page with Shift+Tab, no focused
  element ends up under the sticky header.
- The exit button is the first thing the keyboard reaches and is announced as a
  button with its name, in the page's language.
- 4.1.3 Status messages: the catalogue's result count is a live region whose text
  follows the filters.
"""

from __future__ import annotations

import pytest

from browser.pages import url

MIN_TARGET = 24  # CSS pixels, WCAG 2.2 success criterion 2.5.8 (AA)

HEADER_CONTROLS = {
    "exit button": ".kb-exit__button",
    "menu": "label.md-header__button[for='__drawer']",
    "language switcher": ".md-header__option .md-select > button",
    "search": "label.md-header__button[for='__search']",
}

# Resolves when the page has stopped scrolling (three animation frames at the same position):
# Chromium scrolls a newly focused element into view over several frames.
SETTLED = """() => new Promise(done => {
  let last = -1, same = 0;
  const tick = () => {
    const y = window.scrollY;
    if (y === last) { if (++same > 2) return done(); } else { same = 0; last = y; }
    requestAnimationFrame(tick);
  };
  tick();
})"""

FOCUSED = """() => {
  const e = document.activeElement;
  if (!e || e === document.body || e === document.documentElement) return {none: true};
  const r = e.getBoundingClientRect();
  const header = document.querySelector('.md-header').getBoundingClientRect();
  return {text: (e.textContent || '').trim().slice(0, 40), top: r.top, bottom: r.bottom, left: r.left,
          width: r.width, headerBottom: header.bottom, inHeader: !!e.closest('.md-header, .kb-exit')};
}"""


def _size(page, selector: str) -> tuple[float, float]:
    box = page.locator(selector).first.bounding_box()
    assert box is not None, f"{selector} is not rendered"
    return box["width"], box["height"]


@pytest.mark.parametrize("language", ["en", "is"])
def test_header_controls_are_large_enough_on_a_phone(page, base_url, language):
    page.goto(url(base_url, language, "about/"), wait_until="load")
    small = {name: _size(page, selector) for name, selector in HEADER_CONTROLS.items()}
    small = {name: size for name, size in small.items() if min(size) < MIN_TARGET}
    assert small == {}, small


def test_language_choices_are_large_enough(page, base_url):
    page.goto(url(base_url, "fi", "about/"), wait_until="load")
    page.locator(HEADER_CONTROLS["language switcher"]).focus()
    links = page.locator(".md-select__link")
    links.first.wait_for(state="visible")
    sizes = links.evaluate_all("els => els.map(e => [e.hreflang, e.getBoundingClientRect().width, "
                               "e.getBoundingClientRect().height])")
    assert len(sizes) == 6
    assert [s for s in sizes if min(s[1], s[2]) < MIN_TARGET] == []


def test_catalogue_filters_are_large_enough(page, base_url):
    page.goto(url(base_url, "en", "practice/"), wait_until="load")
    selects = page.locator("form.kb-filters select")
    assert selects.count() >= 4
    sizes = selects.evaluate_all("els => els.map(e => [e.name, e.getBoundingClientRect().width, "
                                 "e.getBoundingClientRect().height])")
    assert [s for s in sizes if min(s[1], s[2]) < MIN_TARGET] == []


@pytest.mark.parametrize("width,height", [(360, 740), (1280, 800)])
def test_focus_is_not_hidden_under_the_sticky_header(browser, base_url, width, height):
    context = browser.new_context(viewport={"width": width, "height": height}, is_mobile=width < 600,
                                  has_touch=width < 600)
    page = context.new_page()
    page.goto(url(base_url, "en", "research/meta-analyses/"), wait_until="load")
    page.keyboard.press("End")
    page.evaluate("document.body.focus()")
    checked, hidden = 0, []
    for _ in range(40):
        page.keyboard.press("Shift+Tab")
        page.evaluate(SETTLED)
        focus = page.evaluate(FOCUSED)
        if focus.get("none"):
            continue  # focus left the page's controls and rests on the document itself
        if focus["inHeader"] or focus["width"] == 0 or focus["left"] < 0:
            continue  # fixed controls, and the closed drawer's links off the left edge
        checked += 1
        if focus["top"] < focus["headerBottom"]:
            hidden.append(focus)
    context.close()
    assert checked >= 20
    assert hidden == []


@pytest.mark.parametrize("language,name", [("en", "Exit this page"), ("sv", "Lämna sidan")])
def test_exit_is_reached_first_and_announced(page, base_url, language, name):
    page.goto(url(base_url, language, "about/"), wait_until="load")
    page.keyboard.press("Tab")
    first = page.evaluate("() => [document.activeElement.matches('[data-kb-exit]'), "
                          "document.activeElement.getBoundingClientRect().height]")
    assert first[0], "the first Tab does not reach a way out"
    assert first[1] >= MIN_TARGET
    button = page.get_by_role("button", name=name, exact=True)
    assert button.count() == 1
    assert button.is_visible()


def test_catalogue_count_is_announced(page, base_url):
    page.goto(url(base_url, "en", "practice/"), wait_until="load")
    status = page.get_by_role("status").filter(has_text="entries shown")
    assert status.count() == 1
    total = page.locator(".kb-catalogue tbody tr").count()
    assert status.inner_text().strip() == f"{total} of {total} entries shown"
    page.select_option("select[name=country]", "IS")
    shown = page.locator(".kb-catalogue tbody tr:not([hidden])").count()
    assert 0 < shown < total
    assert status.inner_text().strip() == f"{shown} of {total} entries shown"
