"""The W3C Nu Html Checker finds no error on any built page, in any language.

The checker runs on the real site built for the whole test session. A second
test feeds it a page with the errors this site once had, so a checker that
stopped reporting (or a filter that hid too much) fails here too.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from hooks import html_validity


@pytest.fixture(scope="module")
def checker() -> None:
    if html_validity.java() is None or not html_validity.VNU_JAR.exists():
        message = ("the Nu Html Checker needs Java (`sudo apt-get install default-jre-headless`, "
                   ".ci/run does this) and vnu.jar (`npm ci --ignore-scripts`, make test does this)")
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)


def test_every_built_page_is_valid_html(checker, real_site):
    pages = list(real_site.site.rglob("*.html"))
    assert len(pages) > 300
    found = html_validity.findings(real_site.site, html_validity.run([real_site.site]))
    assert [f.format() for f in found] == []


def test_checker_reports_the_errors_this_site_once_had(checker, tmp_path: Path):
    page = tmp_path / "index.html"
    page.write_text('<!DOCTYPE html><html lang="en"><head><title>t</title></head><body>\n'
                    '<input type="checkbox" id="t" autocomplete="off">\n'
                    '<label for="t" tabindex="">toggle</label>\n'
                    '<label for="__toc">contents</label>\n'
                    '<h1>Title</h1>\n<h3>Skipped a level</h3>\n</body></html>\n', encoding="utf-8")
    found = html_validity.run([tmp_path])
    assert [(m.line, m.text.split(":")[0]) for m in found] == [
        (3, "Bad value “” for attribute “tabindex” on element “label”"),
        (4, "The value of the “for” attribute of the “label” element must be the ID of a non-hidden "
            "form control."),
        (6, "The heading “h3” (with computed level 3) follows the heading “h1” (with computed level 1), "
            "skipping 1 heading level."),
    ]
