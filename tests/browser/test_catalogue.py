"""The practice catalogue filters in a real browser, and the full table without JavaScript."""

from __future__ import annotations

from browser.pages import url


def test_filters_narrow_the_table(page, base_url):
    page.goto(url(base_url, "en", "practice/"), wait_until="networkidle")
    rows = page.locator(".kb-catalogue tbody tr")
    total = rows.count()
    assert total >= 10
    assert page.locator("form.kb-filters").is_visible()
    page.select_option("select[name=country]", "FI")
    visible = page.locator(".kb-catalogue tbody tr:not([hidden])")
    shown = visible.count()
    assert 0 < shown < total
    countries = visible.evaluate_all("rows => rows.map(r => r.dataset.country)")
    assert all("FI" in c.split() for c in countries)
    page.select_option("select[name=country]", "")
    assert page.locator(".kb-catalogue tbody tr:not([hidden])").count() == total


def test_without_javascript_the_full_table_is_there(browser, base_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(url(base_url, "en", "practice/"))
    assert page.locator(".kb-catalogue tbody tr").count() >= 10
    assert page.locator(".kb-catalogue tbody tr:visible").count() == page.locator(".kb-catalogue tbody tr").count()
    assert page.locator("form.kb-filters").is_hidden()
    context.close()
