"""Generated listings: research summaries, the full bibliography and the translation status."""

from __future__ import annotations

import posixpath
from html import escape

from hooks import apa
from hooks.citations import Renderer, find
from hooks.languages import TRANSLATIONS, localized, split_language
from hooks.schemas import _plain, kind_of
from hooks.sources import Sources
from hooks.translations import Status

GROUPS = (("group_article", ("article",)), ("group_book", ("book", "incollection")),
          ("group_report", ("techreport", "report", "phdthesis", "mastersthesis")))


def _served(sources: Sources, base: str, language: str):
    return sources.documents.get(localized(base, language)) or sources.documents[base]


def research_index(sources: Sources, language: str, labels: dict[str, str], from_page: str) -> str:
    folder = posixpath.dirname(from_page) or "."
    items = []
    for path in sources.documents:
        doc_language, base = split_language(path)
        if doc_language == "en" and kind_of(path) == "research" and not base.endswith("agenda.md"):
            meta = _plain(_served(sources, base, language).meta)
            items.append((str(meta.get("title", base)), base, meta))
    out = []
    for title, base, meta in sorted(items):
        status = labels.get(str(meta.get("status", "")), str(meta.get("status", "")))
        out.append(f"- **[{title}]({posixpath.relpath(base, folder)})** — {meta.get('summary', '')} "
                   f"*({labels['summary_status']}: {status}; {labels['last_updated']}: {meta.get('last_updated', '')})*")
    return "\n" + "\n".join(out) + "\n"


def citing_pages(sources: Sources, language: str) -> dict[str, list[tuple[str, str]]]:
    """key -> [(base path, title)] of the pages (as served in `language`) that cite it."""
    cited: dict[str, list[tuple[str, str]]] = {}
    for path in sorted(sources.documents):
        doc_language, base = split_language(path)
        if doc_language != "en":
            continue
        doc = _served(sources, base, language)
        keys = {c.key for c in find(doc.body, doc.body_line)} | set(doc.meta.get("sources", []) or [])
        keys |= set(doc.meta.get("evaluations", []) or [])
        for key in keys:
            cited.setdefault(key, []).append((base, str(doc.meta.get("title", base))))
    return cited


def bibliography_page(renderer: Renderer, cited: dict[str, list[tuple[str, str]]],
                      labels: dict[str, str], cite_labels: dict[str, str], from_page: str) -> str:
    folder = posixpath.dirname(from_page) or "."
    entries = sorted(renderer.bib.entries.values(), key=apa.sort_key)
    out = []
    placed: set[str] = set()
    for group, types in GROUPS + (("group_other", ()),):
        members = [e for e in entries if (e.type in types if types else e.key not in placed)]
        placed |= {e.key for e in members}
        if not members:
            continue
        out.append(f"\n### {labels[group]}\n\n<div class=\"kb-bibliography\" markdown>\n")
        for entry in members:
            pages = cited.get(entry.key, [])
            if pages:
                links = ", ".join(f"[{escape(t)}]({posixpath.relpath(b, folder)})" for b, t in pages)
                used = f'<span class="kb-cited-on">{escape(cite_labels["cited_on"])} {links}</span>'
            else:
                used = f'<span class="kb-cited-on">{escape(cite_labels["not_cited"])}</span>'
            out.append(f'- <span id="{entry.key}"></span>{renderer.entry_html(entry)} {used}')
        out.append("\n</div>\n")
    return "\n".join(out)


def translation_status(statuses: list[Status], sources: Sources, labels: dict[str, str], from_page: str) -> str:
    folder = posixpath.dirname(from_page) or "."
    counts = {lang: {"translated": 0, "outdated": 0, "missing": 0} for lang in TRANSLATIONS}
    by_page: dict[str, dict[str, str]] = {}
    for status in statuses:
        counts[status.language][status.state] += 1
        by_page.setdefault(status.base, {})[status.language] = status.state
    names = {"translated": labels["translated"], "outdated": labels["outdated_state"], "missing": labels["missing"]}
    out = [f"| {labels['language']} | {names['translated']} | {names['outdated']} | {names['missing']} |",
           "|---|--:|--:|--:|"]
    out += [f"| {lang} | {c['translated']} | {c['outdated']} | {c['missing']} |" for lang, c in counts.items()]
    out.append("")
    out.append(f"| {labels['page']} | " + " | ".join(TRANSLATIONS) + " |")
    out.append("|---|" + ":-:|" * len(TRANSLATIONS))
    marks = {"translated": "✓", "outdated": "⚠", "missing": "–"}
    for base in sorted(by_page):
        title = str(sources.documents[base].meta.get("title", base))
        cells = " | ".join(f'<span title="{names[by_page[base][l]]}">{marks[by_page[base][l]]}</span>' for l in TRANSLATIONS)
        out.append(f"| [{escape(title)}]({posixpath.relpath(base, folder)}) | {cells} |")
    return "\n" + "\n".join(out) + "\n"
