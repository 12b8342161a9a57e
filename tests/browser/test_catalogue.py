"""The practice catalogue filters in a real browser, and the full table without JavaScript."""

from __future__ import annotations

import re

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


def test_research_index_filters_by_review_status(page, base_url):
    page.goto(url(base_url, "fi", "research/"), wait_until="networkidle")
    items = page.locator(".kb-research-index [data-kb-item]")
    total = items.count()
    assert total >= 10
    statuses = items.evaluate_all("items => items.map(i => i.dataset.status)")
    for status in ("peer-reviewed", "awaiting-peer-review"):
        page.select_option(".kb-research-index select[name=status]", status)
        shown = page.locator(".kb-research-index [data-kb-item]:not([hidden])")
        assert shown.count() == statuses.count(status)
        assert all(s == status for s in shown.evaluate_all("items => items.map(i => i.dataset.status)"))
        announced = page.locator(".kb-research-index [data-kb-shown]").inner_text()
        assert re.search(rf"\b{statuses.count(status)}\b", announced) and str(total) in announced, announced
    page.select_option(".kb-research-index select[name=status]", "")
    assert page.locator(".kb-research-index [data-kb-item]:not([hidden])").count() == total
