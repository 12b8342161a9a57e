"""The Find help page in a real browser: a town typed in two languages gives the nearest service first and
that country's helplines; without JavaScript the full list is there; nothing leaves the site."""

from __future__ import annotations

import json

from browser.pages import url
from browser.conftest import ROOT


def find(page, base_url: str, language: str, town: str):
    page.goto(url(base_url, language, "find-help/"), wait_until="networkidle")
    field = page.locator("#kb-finder-place")
    field.fill(town)
    field.press("Enter")
    page.locator(".kb-finder__nearest li").first.wait_for(timeout=10000)
    return page.locator(".kb-finder__nearest li")


def test_a_norwegian_town_gives_its_own_office_first_and_norways_helplines(page, base_url):
    results = find(page, base_url, "en", "Tromsø")
    first = results.first.inner_text()
    assert first.startswith("0 km") and "ATV Tromsø" in first
    distances = [int(t.split(" km")[0].replace(",", "")) for t in results.all_inner_texts()]
    assert distances == sorted(distances) and len(distances) == 10
    status = page.locator("[data-kb-finder-status]")
    assert status.get_attribute("role") == "status" and "Tromsø" in status.inner_text()
    national = page.locator("[data-kb-finder-results] .kb-helplines").inner_text()
    assert "Alternativ til Vold" in national or "116 006" in national or "Norway" in national
    assert page.recorder.foreign == [] and page.recorder.failed == []


def test_a_town_typed_in_finnish_finds_the_swedish_capital(page, base_url):
    find(page, base_url, "fi", "Tukholma")
    first = page.locator(".kb-finder__nearest li").first.inner_text()
    assert first.startswith("0 km") or first.split(" km")[0].isdigit()
    assert "Södermalm" in first or "Stockholm" in first
    assert "Ruotsi" in page.locator("[data-kb-finder-status]").inner_text()
    assert page.locator("[data-kb-finder-results] .kb-helplines").count() == 1
    assert page.recorder.foreign == []


def test_an_unknown_town_is_said_so(page, base_url):
    page.goto(url(base_url, "sv", "find-help/"), wait_until="networkidle")
    page.locator("#kb-finder-place").fill("Xyzzyby")
    page.locator("#kb-finder-place").press("Enter")
    status = page.locator("[data-kb-finder-status]")
    status.filter(has_text="Xyzzyby").wait_for(timeout=10000)
    assert "Ingen ort eller kommun" in status.inner_text()


def test_without_javascript_the_full_list_shows(browser, base_url, real_site):
    offices = json.loads((real_site.site / "locations.json").read_text(encoding="utf-8"))["offices"]
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(url(base_url, "nb", "find-help/"))
    assert page.locator("form.kb-finder__form").is_hidden()
    shown = page.locator("[data-kb-office]")
    assert shown.count() == len(offices) and shown.first.is_visible()
    assert page.locator("svg[role=img] title").count() == 1
    context.close()


def test_the_field_and_button_are_large_enough_and_labelled(page, base_url):
    page.goto(url(base_url, "is", "find-help/"), wait_until="networkidle")
    field = page.locator("#kb-finder-place")
    assert page.locator('label[for="kb-finder-place"]').inner_text() == "Bær eða sveitarfélag"
    for box in (field.bounding_box(), page.locator(".kb-finder__form button").bounding_box()):
        assert box["height"] >= 24 and box["width"] >= 24


def test_the_script_never_asks_for_a_location():
    script = (ROOT / "components" / "find-help" / "find-help.js").read_text(encoding="utf-8")
    assert "geolocation" not in script and "localStorage" not in script and "sessionStorage" not in script


def test_the_coverage_tables_fit_a_phone_screen(browser, base_url):
    context = browser.new_context(viewport={"width": 360, "height": 740})
    page = context.new_page()
    for language in ("en", "fi", "is"):
        page.goto(url(base_url, language, "find-help/"), wait_until="networkidle")
        rights = page.evaluate("() => [...document.querySelectorAll('table[data-kb=coverage]')]"
                               ".map(t => t.getBoundingClientRect().right)")
        assert len(rights) == 5 and max(rights) <= 360, (language, rights)
    context.close()
