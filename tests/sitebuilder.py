"""Write small fixture sites (two languages, the project's hooks and theme) for build tests."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CONFIG = """site_name: Fixture
site_url: https://example.org/fixture/
docs_dir: docs
theme:
  name: material
  custom_dir: {root}/overrides
  font: false
validation:
  omitted_files: warn
  absolute_links: warn
  unrecognized_links: warn
  anchors: warn
  not_found: warn
not_in_nav: |
  /practice/*.md
markdown_extensions: [attr_list, md_in_html, admonition, tables, toc]
hooks:
  - {root}/hooks/mkdocs_checks.py
  - {root}/hooks/mkdocs_adapter.py
plugins:
  - search
  - i18n:
      docs_structure: suffix
      fallback_to_default: true
      build_only_locale: !ENV SITE_LANG
      languages:
        - {{locale: en, name: English, default: true}}
        - {{locale: fi, name: Suomi}}
nav:
  - index.md
  - other.md
  - bibliography.md
"""

BIB = """@article{smith2020,
  author = {Smith, Anna B. and Jones, Carl},
  title = {A study of programmes},
  journal = {Journal of Studies},
  year = {2020},
  volume = {3},
  number = {2},
  pages = {10--20},
  doi = {10.1000/xyz123}
}

@book{council2019,
  author = {{Council of Things}},
  title = {Guidance on things},
  publisher = {Council of Things},
  year = {2019},
  isbn = {978-3-16-148410-0}
}

@article{lee2018,
  author = {Lee, Dana and Park, Eun and Kim, Fay},
  title = {Three authors on effects},
  journal = {Review of Effects},
  year = {2018},
  url = {https://example.org/lee}
}
"""

PAGES = {
    "index.md": "---\ntitle: Home\n---\n\n# Home\n\nSee [other](other.md#second-part) and [@smith2020].\n",
    "other.md": "---\ntitle: Other\n---\n\n# Other\n\n## Second part\n\nText citing @lee2018 and [@council2019, p. 4].\n",
    "bibliography.md": "---\ntitle: Bibliography\n---\n\n# Bibliography\n\n<!-- kb:bibliography -->\n",
}


GLOSSARY = """- id: domestic-violence
  en: {term: domestic violence, definition: Violence within the family or household or between partners.}
  fi: {term: lähisuhdeväkivalta, also: [perheväkivalta], avoid: [kotiväkival], definition: Väkivalta perheessä tai kotitaloudessa tai kumppanien välillä.}
  sv: {term: våld i nära relationer, definition: Våld inom familjen eller hushållet eller mellan partner.}
  nb: {term: vold i nære relasjoner, definition: Vold i familien eller husstanden eller mellom partnere.}
  da: {term: vold i nære relationer, definition: Vold i familien eller husstanden eller mellem partnere.}
  is: {term: heimilisofbeldi, definition: Ofbeldi innan fjölskyldu eða heimilis eða milli maka.}
"""


def write_site(folder: Path, pages: dict[str, str] | None = None, bib: str = BIB,
               data: dict[str, str] | None = None) -> Path:
    """Write a fixture project into `folder` (pages under docs/, files under data/) and return its mkdocs.yml."""
    files = dict(PAGES)
    files.update(pages or {})
    for name, text in {"glossary.yml": GLOSSARY, **(data or {})}.items():
        if text is not None:
            (folder / "data" / name).parent.mkdir(parents=True, exist_ok=True)
            (folder / "data" / name).write_text(text, encoding="utf-8")
    docs = folder / "docs"
    for name, text in files.items():
        if text is None:
            continue
        target = docs / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    (folder / "bibliography.bib").write_text(bib, encoding="utf-8")
    config = folder / "mkdocs.yml"
    config.write_text(CONFIG.format(root=ROOT), encoding="utf-8")
    return config


def _six(text: str) -> str:
    return "{" + ", ".join(f"{lang}: {text} ({lang})" for lang in ("en", "fi", "sv", "nb", "da", "is")) + "}"


def monitoring_fixture(ratified_dk: str = "2014-04-23") -> str:
    """A complete data/monitoring.yml for five countries; Denmark's ratification date can be changed."""
    out = []
    for code in ("DK", "FI", "IS", "NO", "SE"):
        ratified = ratified_dk if code == "DK" else "2015-01-02"
        out.append(f"""{code}:
  signed: {{date: 2011-05-11, source: "https://example.org/chart"}}
  ratified: {{date: {ratified}, source: "https://example.org/chart"}}
  in_force: {{date: 2015-08-01, source: council2019}}
  grevio_baseline: {{date: 2017-11-24, document: "GREVIO/Inf(2017)14", source: council2019}}
  article16:
    summary: {_six(f"Programmes in {code} lack standards")}
    text: {_six(f"GREVIO found that programmes in {code} lack common standards")}
    paragraphs: "101–105"
    source: council2019
  programmes: {{text: {_six("Run by NGOs with state grants")}, source: smith2020}}""")
    return "\n".join(out) + "\n"


HELPLINES = """DK:
  - name: Test Line
    about: {en: national test line, fi: valtakunnallinen testilinja, sv: nationell testlinje, nb: nasjonal testlinje, da: national testlinje, is: landsbundin prófunarlína}
    phone: "1888"
    hours: {en: 24/7, fi: ympäri vuorokauden, sv: dygnet runt, nb: døgnet rundt, da: døgnet rundt, is: allan sólarhringinn}
    audience: both
    source: smith2020
    checked: 2026-12-02
"""
