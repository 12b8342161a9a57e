"""Fixture sites with one bad input each: the strict build fails with file, line and fix hint,
the standalone check reports the same finding, and the sources are left untouched."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from conftest import run_build
from hooks import check
from hooks.translations.stamps import source_hash
from sitebuilder import GLOSSARY, PAGES, write_site



def digest(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and ".cache" not in p.parts and "site" not in p.parts}


PRACTICE = ("---\ntitle: Some programme\ncountry: [NO]\npillar: [treatment]\napproach: [psychotherapy]\n"
            "target_group: [men]\nsetting: [voluntary]\norganisation: Org\nwebsite: https://example.org\n"
            "languages_offered: [nb]\nevidence: {evidence}\nevaluations: []\nlast_reviewed: 2026-11-25\n"
            "reviewed_by: Editors\n---\n\n# Some programme\n\n## What it does\n\nText.\n\n## Evidence\n\n"
            "{body}\n")
BAD_INPUTS = {
    "broken link": (
        {"other.md": "---\ntitle: Other\n---\n\n# Other\n\nA [link](missing.md).\n"},
        "docs/other.md:7: error: link 'missing.md' leads to no page (docs/missing.md does not exist).",
    ),
    "missing anchor on the same page": (
        {"other.md": "---\ntitle: Other\n---\n\n# Other\n\nSee [below](#nowhere).\n"},
        "docs/other.md:7: error: anchor '#nowhere' does not exist on this page.",
    ),
    "missing anchor on another page": (
        {"index.md": "---\ntitle: Home\n---\n\n# Home\n\nSee [other](other.md#second-prt).\n"},
        "docs/index.md:7: error: anchor '#second-prt' does not exist on docs/other.md. Fix: use the id of a "
        "heading there (lower-case, spaces as '-'). Did you mean 'second-part'?",
    ),
    "missing image": (
        {"other.md": "---\ntitle: Other\n---\n\n# Other\n\n![A chart](img/chart.png)\n"},
        "docs/other.md:7: error: image 'img/chart.png' leads to no file (docs/img/chart.png does not exist).",
    ),
    "raw HTML link to nothing": (
        {"other.md": "---\ntitle: Other\n---\n\n# Other\n\n<p><a href=\"gone.md\">gone</a></p>\n"},
        "docs/other.md:7: error: link 'gone.md' leads to no page (docs/gone.md does not exist).",
    ),
    "malformed front matter": (
        {"other.md": "---\ntitle: Other\ndescription: [unclosed\n---\n\n# Other\n"},
        "docs/other.md:3: error: front matter is not valid YAML",
    ),
    "missing required field": (
        {"practice/x.md": "---\ntitle: Some programme\ncountry: [NO]\n---\n\n# Some programme\n"},
        "docs/practice/x.md:1: error: the practice front matter has no 'approach' field.",
    ),
    "wrong enum value": (
        {"practice/x.md": "---\ntitle: Some programme\ncountry: [NO, XX]\npillar: [treatment]\n"
         "approach: [psychotherapy]\ntarget_group: [men]\nsetting: [voluntary]\norganisation: Org\n"
         "website: https://example.org\nlanguages_offered: [nb]\nevidence: {effect: C, implementation: B}\n"
         "evaluations: []\nlast_reviewed: 2026-11-25\nreviewed_by: Editors\n---\n\n# Some programme\n"},
        "docs/practice/x.md:3: error: field 'country.1' has the value 'XX', which is not allowed. Fix: use "
        "one of: DK, FI, IS, NO, SE.",
    ),
    "unknown citation": (
        {"other.md": "---\ntitle: Other\n---\n\n# Other\n\nAs shown [@smith2021].\n"},
        "docs/other.md:7: error: citation '@smith2021' is not in bibliography.bib. Fix: did you mean '@smith2020'?",
    ),
    "translation without stamp": (
        {"other.fi.md": "---\ntitle: Muu\n---\n\n# Muu\n"},
        "docs/other.fi.md:1: error: translated page has no 'translation_of' field",
    ),
    "citation broken across lines": (
        {"other.md": "---\ntitle: Other\n---\n\n# Other\n\nAs shown [@smith2020;\n@lee2018].\n"},
        "docs/other.md:7: error: a bracket citation starts on this line and ends on the next, so it would be "
        "shown as raw text. Fix: keep the whole '[@a; @b]' on one line (break the line before it).",
    ),
    "heading skips a level": (
        {"other.md": "---\ntitle: Other\n---\n\n# Other\n\n## Part\n\n#### Detail\n\nText.\n"},
        "docs/other.md:9: error: heading 'Detail' is level 4 (####) but follows a level 2 heading, so it "
        "skips level 3. Fix: write it as '### Detail', or add the missing level-3 heading above it.",
    ),
    "rating in the text disagrees with the front matter": (
        {"practice/x.md": PRACTICE.format(evidence="{effect: C, implementation: B}",
                                          body="**Effect: A.** A trial.\n\n**Implementation: B.** A manual.")},
        "docs/practice/x.md:25: error: the text gives the effect rating as A, but the front matter says C.",
    ),
    "not yet rated but the text gives a rating": (
        {"practice/x.md": PRACTICE.format(evidence="not-yet-rated", body="**Effect: C.** Own monitoring.")},
        "docs/practice/x.md:25: error: the Evidence section states a rating (C), but the front matter says "
        "'evidence: not-yet-rated'.",
    ),
    "evidence neither rated nor not-yet-rated": (
        {"practice/x.md": PRACTICE.format(evidence="B", body="Text.")},
        "docs/practice/x.md:11: error: field 'evidence' has the value 'B', which is not allowed. Fix: write "
        "'evidence: not-yet-rated', or give the two ratings as 'effect:' and 'implementation:' lines",
    ),
    "country marker without a country code": (
        {"other.md": "---\ntitle: Other\n---\n\n# Other\n\n<!-- kb:country-facts Denmark -->\n"},
        "docs/other.md:7: error: '<!-- kb:country-facts Denmark -->' does not name the right countries. Fix: "
        "give country codes (DK, FI, IS, NO, SE)",
    ),
    "translation of nothing": (
        {"gone.fi.md": "---\ntitle: Poissa\ntranslation_of: 0123456789ab\n---\n\n# Poissa\n"},
        "docs/gone.fi.md:1: error: this fi page translates docs/gone.md, which does not exist.",
    ),
}

FI_PAGE = "---\ntitle: Muu\ntranslation_of: \"{stamp}\"\n---\n\n# Muu\n\n## Toinen osa {{#second-part}}\n\n{text}\n"
BAD_TERMS = {
    "avoided form in a translation": (
        {"other.fi.md": FI_PAGE.format(stamp=source_hash(PAGES["other.md"]),
                                       text="Työ kotiväkivallan\nehkäisemiseksi.")}, None,
        "docs/other.fi.md:10: error: 'kotiväkivallan' is a form the termbase avoids in Finnish (for 'domestic "
        "violence'). Fix: use 'lähisuhdeväkivalta' (data/glossary.yml:1).",
    ),
    "termbase term left in English": (
        {"other.fi.md": FI_PAGE.format(stamp=source_hash(PAGES["other.md"]),
                                       text="Työ liittyy\ndomestic violence -ilmiöön.")}, None,
        "docs/other.fi.md:11: error: 'domestic violence' is left in English; the termbase has a Finnish term "
        "for it. Fix: write 'lähisuhdeväkivalta' (data/glossary.yml:1), or mark a deliberate English quotation "
        "as *domestic violence*{lang=en}.",
    ),
    "termbase record without a language": (
        None, {"glossary.yml": "- id: x\n  en: {term: x, definition: An English definition of x.}\n"},
        "data/glossary.yml:1: error: '0' has no 'fi'. Fix: add 'fi:' (see schemas/glossary.schema.json).",
    ),
    "unknown field in the termbase": (
        None, {"glossary.yml": GLOSSARY.replace("  is: {term", "  is: {terms: x, term")},
        "data/glossary.yml:7: error: unknown field 'terms' in '0.is'. Fix: check its spelling; allowed here: "
        "term, also, avoid, why, definition, source.",
    ),
    "termbase id used twice": (
        None, {"glossary.yml": GLOSSARY + GLOSSARY},
        "data/glossary.yml:8: error: term id 'domestic-violence' is used twice (first at line 1).",
    ),
    "avoided form matching the term itself": (
        None, {"glossary.yml": GLOSSARY.replace("avoid: [kotiväkival]", "avoid: [lähisuhde]")},
        "data/glossary.yml:3: error: 'domestic-violence' avoids 'lähisuhde' in Finnish, which also matches its "
        "own term 'lähisuhdeväkivalta'.",
    ),
    "termbase not valid YAML": (
        None, {"glossary.yml": "- id: x\n  en: {term: [x\n"},
        "data/glossary.yml:3: error: not valid YAML",
    ),
}

BAD_BIB = {
    "duplicate key": ("@misc{smith2020,\n  author = {X, Y},\n  title = {T},\n  year = {2001},\n  url = {https://e.org}\n}\n",
                      "bibliography.bib:28: error: duplicate key 'smith2020' (first at line 1)."),
    "no DOI, URL or ISBN": ("@misc{bare2001,\n  author = {X, Y},\n  title = {T},\n  year = {2001}\n}\n",
                            "bibliography.bib:28: error: entry 'bare2001' has no DOI, URL or ISBN"),
    "bad DOI": ("@misc{doi2001,\n  author = {X, Y},\n  title = {T},\n  year = {2001},\n  doi = {https://doi.org/10.1/x}\n}\n",
                "bibliography.bib:28: error: entry 'doi2001' has a DOI 'https://doi.org/10.1/x' that is not a DOI."),
    "missing journal": ("@article{nojournal2001,\n  author = {X, Y},\n  title = {T},\n  year = {2001},\n  url = {https://e.org}\n}\n",
                        "bibliography.bib:28: error: entry 'nojournal2001' (@article) has no journal."),
    "unparsable entry": ("@misc{broken2001,\n  author = {X, Y,\n  title = {T},\n  year = {2001}\n",
                         "bibliography.bib:28: error: entry 'broken2001' cannot be parsed"),
}


def _assert_fails_with(folder: Path, config: Path, expected: str) -> None:
    before = digest(folder)
    build = run_build(config, folder / "site")
    assert build.returncode != 0, build.output
    assert expected in build.output, build.output
    assert "Traceback" not in build.output
    assert digest(folder) == before, "a failing build changed a source file"
    standalone = "\n".join(f.format() for f in check.run(folder))
    assert expected in standalone


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_page_fails_with_file_line_and_hint(tmp_path: Path, name: str) -> None:
    pages, expected = BAD_INPUTS[name]
    config = write_site(tmp_path, pages)
    _assert_fails_with(tmp_path, config, expected)


@pytest.mark.parametrize("name", sorted(BAD_TERMS))
def test_bad_terms_fail_with_file_line_and_hint(tmp_path: Path, name: str) -> None:
    pages, data, expected = BAD_TERMS[name]
    config = write_site(tmp_path, pages, data=data)
    _assert_fails_with(tmp_path, config, expected)


def test_deliberate_english_is_accepted(tmp_path: Path) -> None:
    config = write_site(tmp_path, {"other.fi.md": FI_PAGE.format(
        stamp=source_hash(PAGES["other.md"]), text="Konferenssi *Confronting Domestic\nViolence*{lang=en}.")})
    build = run_build(config, tmp_path / "site")
    assert build.returncode == 0, build.output
    html = (tmp_path / "site" / "fi" / "other" / "index.html").read_text(encoding="utf-8")
    assert '<em lang="en">Confronting Domestic\nViolence</em>' in html


def test_quotation_in_another_language_is_accepted(tmp_path: Path) -> None:
    """A name quoted in its own language (here marked Norwegian) is not checked against the page's termbase."""
    config = write_site(tmp_path, {"other.fi.md": FI_PAGE.format(
        stamp=source_hash(PAGES["other.md"]), text="Hanke *kotiväkivallan työ*{lang=nb}.")})
    build = run_build(config, tmp_path / "site")
    assert build.returncode == 0, build.output


def test_glossary_page_is_generated_in_each_language(tmp_path: Path) -> None:
    page = "---\ntitle: {title}\n{stamp}---\n\n# {title}\n\n## {terms}\n\n<!-- kb:glossary -->\n"
    english = page.format(title="Glossary", stamp="", terms="Terms") + "\n## Second part\n"
    config = write_site(tmp_path, {"other.md": english, "other.fi.md": page.format(
        title="Sanasto", stamp=f"translation_of: \"{source_hash(english)}\"\n", terms="Käsitteet")
        + "\n## Toinen osa {#second-part}\n"})
    build = run_build(config, tmp_path / "site")
    assert build.returncode == 0, build.output
    fi = (tmp_path / "site" / "fi" / "other" / "index.html").read_text(encoding="utf-8")
    assert '<h3 id="domestic-violence">Lähisuhdeväkivalta' in fi
    assert "Väkivalta perheessä tai kotitaloudessa" in fi
    assert "perheväkivalta" in fi and 'id="terms-in-six-languages"' in fi
    assert '<td lang="is">heimilisofbeldi</td>' in fi
    en = (tmp_path / "site" / "other" / "index.html").read_text(encoding="utf-8")
    assert '<h3 id="domestic-violence">Domestic violence' in en


@pytest.mark.parametrize("name", sorted(BAD_BIB))
def test_bad_bibliography_fails_with_line(tmp_path: Path, name: str) -> None:
    from sitebuilder import BIB

    extra, expected = BAD_BIB[name]
    config = write_site(tmp_path, bib=BIB + "\n" + extra)
    _assert_fails_with(tmp_path, config, expected)


def test_clean_fixture_builds(tmp_path: Path) -> None:
    config = write_site(tmp_path)
    build = run_build(config, tmp_path / "site")
    assert build.returncode == 0, build.output
    assert "WARNING" not in build.output


def test_one_language_preview_shows_translations(tmp_path: Path) -> None:
    """`make serve SITE_LANG=fi` builds Finnish alone: translated pages in Finnish, the rest in English
    with the "not translated yet" notice (mkdocs-static-i18n alone served the English files instead)."""
    stamp = source_hash(PAGES["other.md"])
    config = write_site(tmp_path, {"other.fi.md": f"---\ntitle: Muu\ntranslation_of: \"{stamp}\"\n---\n\n"
                                                  "# Muu\n\n## Toinen osa {#second-part}\n\nTeksti.\n"})
    build = run_build(config, tmp_path / "site", {"SITE_LANG": "fi"})
    assert build.returncode == 0, build.output
    other = (tmp_path / "site" / "other" / "index.html").read_text(encoding="utf-8")
    assert '<h1 id="muu">Muu' in other
    assert "admonition" not in other
    home = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert '<html lang="fi"' in home
    assert "Tätä sivua ei ole vielä käännetty suomeksi" in home


def test_outdated_translation_shows_notice_not_error(tmp_path: Path) -> None:
    config = write_site(tmp_path, {"other.fi.md": "---\ntitle: Muu\ntranslation_of: \"000000000000\"\n---\n\n# Muu\n\n## Toinen osa {#second-part}\n\nTeksti.\n"})
    build = run_build(config, tmp_path / "site")
    assert build.returncode == 0, build.output
    html = (tmp_path / "site" / "fi" / "other" / "index.html").read_text(encoding="utf-8")
    assert "Käännös voi olla vanhentunut" in html
    assert 'href="../../other/"' in html
    fallback = (tmp_path / "site" / "fi" / "index.html").read_text(encoding="utf-8")
    assert "Tätä sivua ei ole vielä käännetty suomeksi" in fallback
