"""The practice directory: entries read from front matter, rendered as a filterable table and exported."""

from __future__ import annotations

import json
import posixpath
from dataclasses import dataclass
from html import escape
from typing import Any, Callable

from hooks.directory import ratings
from hooks.languages import split_language
from hooks.schemas import _plain, kind_of
from hooks.security import spreadsheet
from hooks.sources import Sources

FILTERS = ("country", "pillar", "approach", "setting")
EXPORT_FIELDS = ("title", "country", "pillar", "approach", "target_group", "setting", "organisation",
                 "website", "languages_offered", "evidence", "evaluations", "last_reviewed", "reviewed_by")


@dataclass(frozen=True)
class Entry:
    """One practice entry: its English base path and its (plain) front matter."""

    base: str
    meta: dict[str, Any]

    @property
    def slug(self) -> str:
        """The entry's file name without '.md' (practice/<slug>.md), as data/locations/<slug>.yml names it."""
        return self.base.rsplit("/", 1)[-1].removesuffix(".md")

    def values(self, field: str) -> list[str]:
        value = self.meta.get(field, [])
        return [str(v) for v in value] if isinstance(value, list) else [str(value)]

    @property
    def evidence(self) -> str:
        """'B/C' (effect/implementation), or 'not-yet-rated'."""
        return ratings.label(self.meta)


def entries(sources: Sources, language: str = "en") -> list[Entry]:
    """Practice entries sorted by title; in `language` where translated, else English (memoised per build)."""
    return sources.derived(("catalogue", language), lambda: _entries(sources, language))


def _entries(sources: Sources, language: str) -> list[Entry]:
    found = []
    for path, doc in sources.documents.items():
        doc_language, base = split_language(path)
        if doc_language != "en" or kind_of(path) != "practice":
            continue
        served = sources.documents.get(base.replace(".md", f".{language}.md"), doc)
        found.append(Entry(base, _plain(served.meta if served.meta else doc.meta)))
    return sorted(found, key=lambda e: str(e.meta.get("title", e.base)).lower())


def _label(strings: dict[str, str], value: str) -> str:
    return strings.get(value, value)


def table(items: list[Entry], strings: dict[str, str], url_for: Callable[[str], str], filters: bool = True) -> str:
    """HTML for the catalogue table; `url_for` turns an entry's docs path into a link from this page.

    Plain HTML rather than Markdown: Python-Markdown is slow on large HTML blocks,
    and the table grows with the directory.
    """
    if not items:
        return f"\n{strings['none']}\n"
    out = ['<div class="kb-catalogue" data-kb-catalogue>']
    if filters:
        out.append(f'<form class="kb-filters" hidden aria-label="{escape(strings["filter"])}">')
        for field in FILTERS:
            options = sorted({v for e in items for v in e.values(field)}, key=lambda v: _label(strings, v))
            opts = "".join(f'<option value="{escape(v)}">{escape(_label(strings, v))}</option>' for v in options)
            out.append(f'<label>{escape(strings[field])}<select name="{field}">'
                       f'<option value="">{escape(strings["all"])}</option>{opts}</select></label>')
        shown = sorted({e.evidence for e in items}, key=lambda r: (r == ratings.NOT_YET_RATED, r))
        opts = "".join(f'<option value="{escape(r)}">{escape(_label(strings, r))}</option>' for r in shown)
        out.append(f'<label>{escape(strings["evidence"])}<select name="evidence">'
                   f'<option value="">{escape(strings["all"])}</option>{opts}</select></label>')
        out.append(f'<p role="status" data-kb-shown data-template="{escape(strings["shown"])}"></p></form>')
    head = "".join(f"<th>{escape(strings[h])}</th>" for h in ("programme", "country", "pillar", "approach", "setting", "evidence"))
    out.append(f"<table><thead><tr>{head}</tr></thead><tbody>")
    for entry in items:
        attrs = " ".join(f'data-{f}="{escape(" ".join(entry.values(f)))}"' for f in FILTERS)
        title = escape(str(entry.meta.get("title", entry.base)))
        cells = [f'<td><a href="{escape(url_for(entry.base))}">{title}</a></td>']
        for field in FILTERS:
            cells.append("<td>" + escape(", ".join(_label(strings, v) for v in entry.values(field))) + "</td>")
        cells.append(f"<td>{escape(_label(strings, entry.evidence))}</td>")
        out.append(f'<tr {attrs} data-evidence="{escape(entry.evidence)}">' + "".join(cells) + "</tr>")
    out.append("</tbody></table>\n</div>")
    return "\n".join(out) + "\n"


def export_json(items: list[Entry]) -> str:
    rows = [{"id": posixpath.splitext(posixpath.basename(e.base))[0],
             **{f: e.meta.get(f) for f in EXPORT_FIELDS}} for e in items]
    return json.dumps(rows, ensure_ascii=False, indent=1) + "\n"


def export_csv(items: list[Entry]) -> str:
    """The directory as CSV for spreadsheets (cells that would run as formulas neutralised)."""
    rows: list[list[str] | tuple[str, ...]] = [("id",) + EXPORT_FIELDS]
    for e in items:
        row = [posixpath.splitext(posixpath.basename(e.base))[0]]
        for field in EXPORT_FIELDS:
            value = e.meta.get(field)
            if isinstance(value, list):
                value = ";".join(str(v) for v in value)
            elif isinstance(value, dict):
                value = ";".join(f"{k}={v}" for k, v in value.items())
            row.append("" if value is None else str(value))
        rows.append(row)
    return spreadsheet.csv_text(rows)
