"""Standards: their list, the criteria and indicators under each, and the self-assessment checklist.

One source of truth: the `criteria` and `indicators` in each standard's front
matter (docs/standards/<slug>.md) feed both the standard's page and the checklist.
"""

from __future__ import annotations

import posixpath
from html import escape
from typing import Callable

from hooks.frontmatter import Document
from hooks.html_table import CENTER, table
from hooks.languages import localized, split_language
from hooks.schemas import kind_of
from hooks.security import spreadsheet
from hooks.sources import Sources


def standards(sources: Sources, language: str) -> list[tuple[str, Document]]:
    """(base path, document in `language` or English) for every standard, in `order` (memoised per build)."""
    return sources.derived(("standards", language), lambda: _standards(sources, language))


def _standards(sources: Sources, language: str) -> list[tuple[str, Document]]:
    found = []
    for path, doc in sources.documents.items():
        doc_language, base = split_language(path)
        if doc_language == "en" and kind_of(path) == "standard":
            found.append((base, sources.documents.get(localized(base, language), doc)))
    return sorted(found, key=lambda item: (item[1].meta.get("order", 99), item[0]))


def listing(items: list[tuple[str, Document]], from_page: str) -> str:
    folder = posixpath.dirname(from_page) or "."
    lines = [f"{i}. [{doc.meta.get('title', base)}]({posixpath.relpath(base, folder)})"
             for i, (base, doc) in enumerate(items, start=1)]
    return "\n" + "\n".join(lines) + "\n"


def criteria_block(doc: Document, labels: dict[str, str]) -> str:
    """Markdown appended to a standard's page: its criteria, indicators and sources."""
    out = [f"\n\n## {labels['criteria']} {{#criteria}}\n"]
    out += [f"- [ ] {c}" for c in doc.meta.get("criteria", [])]
    out.append(f"\n## {labels['indicators']} {{#indicators}}\n")
    out += [f"- {i}" for i in doc.meta.get("indicators", [])]
    sources = doc.meta.get("sources", [])
    if sources:
        out.append(f"\n{labels['sources']}: " + "; ".join(f"[@{k}]" for k in sources) + "\n")
    return "\n".join(out) + "\n"


def checklist(items: list[tuple[str, Document]], labels: dict[str, str], url_for: Callable[[str], str],
              defer: Callable[[str], str]) -> str:
    """A printable checklist table per standard: criterion, yes / partly / no, notes.

    Each standard's heading stays Markdown (it belongs in the table of contents);
    its table is HTML handed to `defer` (see `citations.block_token`).
    """
    head = "<tr><th>#</th>" + "".join(f"<th{align}>{escape(labels[key])}</th>" for key, align in (
        ("criteria", ""), ("checklist_yes", CENTER), ("checklist_partly", CENTER),
        ("checklist_no", CENTER), ("checklist_notes", ""))) + "</tr>"
    out = []
    for base, doc in items:
        title = str(doc.meta.get("title", base))
        ident = escape(str(doc.meta.get("id", "")))
        rows = [f"<tr><td>{ident}.{number}</td><td>{escape(str(criterion))}</td>"
                f"<td{CENTER}>☐</td><td{CENTER}>☐</td><td{CENTER}>☐</td><td></td></tr>"
                for number, criterion in enumerate(doc.meta.get("criteria", []), start=1)]
        out.append(f"\n## {doc.meta.get('id', '')} {title}\n")
        out.append(defer(f'<p><a href="{escape(url_for(base))}">{escape(title)}</a></p>\n' + table(head, rows)))
    return "\n".join(out) + "\n"


def checklist_csv(items: list[tuple[str, Document]]) -> str:
    """The checklist as CSV for spreadsheets: id, standard, criterion, answer, notes."""
    rows = [("id", "standard", "criterion", "answer (yes/partly/no)", "notes")]
    for _, doc in items:
        for number, criterion in enumerate(doc.meta.get("criteria", []), start=1):
            rows.append((f"{doc.meta.get('id', '')}.{number}", doc.meta.get("title", ""), criterion, "", ""))
    return spreadsheet.csv_text(rows)
