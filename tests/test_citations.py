"""Citations: author-year text, reference list HTML and bibliography anchors, pinned on a small fixture."""

from __future__ import annotations

from pathlib import Path

from hooks import components
from hooks.citations import bibliography
from hooks.citations.citing import Renderer, find
from sitebuilder import BIB, write_site
from conftest import run_build

BIB_OBJ = bibliography.parse("bibliography.bib", BIB)


def renderer(language: str = "en") -> Renderer:
    return Renderer(BIB_OBJ, components.strings(language)["citations"])


def test_parenthetical_two_authors_uses_ampersand():
    out, cited = renderer().render("As shown [@smith2020].")
    assert out == 'As shown (<a class="kb-cite" href="#ref-smith2020">Smith &amp; Jones, 2020</a>).'
    assert cited == ["smith2020"]


def test_several_keys_locator_and_year_only():
    out, _ = renderer().render("Text [@lee2018; @council2019, p. 4] and [-@smith2020].")
    assert out == ('Text (<a class="kb-cite" href="#ref-lee2018">Lee et al., 2018</a>; '
                   '<a class="kb-cite" href="#ref-council2019">Council of Things, 2019, p. 4</a>) and '
                   '(<a class="kb-cite" href="#ref-smith2020">2020</a>).')


def test_narrative_uses_the_readers_language():
    out, _ = renderer("fi").render("@smith2020 osoitti ja @lee2018 myös.")
    assert out == ('<a class="kb-cite" href="#ref-smith2020">Smith ja Jones (2020)</a> osoitti ja '
                   '<a class="kb-cite" href="#ref-lee2018">Lee ym. (2018)</a> myös.')


def test_email_addresses_and_code_are_not_citations():
    text = "Write to info@example.org or @someone; `[@smith2020]` is syntax.\n```\n[@lee2018]\n```"
    assert find(text, 1) == []
    assert renderer().render(text)[0] == text


def test_unknown_key_stays_visible():
    out, _ = renderer().render("See [@nobody2000].")
    assert "kb-cite-missing" in out and "@nobody2000?" in out


def test_reference_list_is_apa():
    html = renderer().reference_list(["smith2020", "council2019", "lee2018"], "../bibliography/")
    assert ('<li id="ref-council2019">Council of Things. (2019). <em>Guidance on things</em>. '
            'ISBN 978-3-16-148410-0. <a href="../bibliography/#council2019">[in the bibliography]</a></li>') in html
    assert ('<li id="ref-lee2018">Lee, D., Park, E., &amp; Kim, F. (2018). Three authors on '
            'effects. <em>Review of Effects</em>. <a href="https://example.org/lee">https://example.org/lee</a>') in html
    assert ('<li id="ref-smith2020">Smith, A. B., &amp; Jones, C. (2020). A study of programmes. '
            '<em>Journal of Studies</em>, <em>3</em>(2), 10–20. '
            '<a href="https://doi.org/10.1000/xyz123">https://doi.org/10.1000/xyz123</a>') in html
    assert html.index("ref-council2019") < html.index("ref-lee2018") < html.index("ref-smith2020")


def test_bibliography_page_anchors_and_citing_pages(tmp_path: Path):
    config = write_site(tmp_path)
    build = run_build(config, tmp_path / "site")
    assert build.returncode == 0, build.output
    html = (tmp_path / "site" / "bibliography" / "index.html").read_text(encoding="utf-8")
    for key in ("smith2020", "council2019", "lee2018"):
        assert f'<span id="{key}"></span>' in html
    assert 'Cited on: <a href="../other/">Other</a>' in html
    page = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert '<a class="kb-cite" href="#ref-smith2020">Smith &amp; Jones, 2020</a>' in page
    assert '<a href="bibliography/#smith2020">[in the bibliography]</a>' in page
