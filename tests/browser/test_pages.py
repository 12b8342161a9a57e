"""Every page kind in every language: no request to another host, no 4xx, axe-core clean."""

from __future__ import annotations

import json
from urllib.parse import urljoin

import pytest

from browser.conftest import AXE, AXE_URL
from browser.pages import ALL, KINDS, url


@pytest.mark.parametrize("language,kind", ALL)
def test_page_is_local_complete_and_accessible(page, base_url, language, kind):
    response = page.goto(url(base_url, language, KINDS[kind]), wait_until="load")
    assert response is not None and response.status == 200
    assert AXE.exists(), "run `npm ci` (make test does) to install axe-core"
    page.add_script_tag(url=urljoin(base_url, AXE_URL))
    # resultTypes: axe still runs every rule, but keeps one node per rule for passes,
    # incomplete and inapplicable results (axe-core's documented way to speed up its
    # selector building); every violation is still reported with all its nodes.
    violations = page.evaluate(
        "async () => (await axe.run(document, {resultTypes: ['violations'], runOnly: {type: 'tag', "
        "values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})).violations")
    # axe runs while the page settles; only then is the network waited for (half a
    # second without requests), so late requests are still seen but that wait
    # costs nothing more than the audit already took.
    page.wait_for_load_state("networkidle")
    assert page.recorder.foreign == [], page.recorder.foreign
    assert page.recorder.failed == [], page.recorder.failed
    assert page.evaluate("document.documentElement.lang") == language
    assert page.context.cookies() == []
    serious = [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
               for v in violations if v["impact"] in ("serious", "critical")]
    assert serious == [], json.dumps(serious, indent=1)
