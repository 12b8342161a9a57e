"""Generated listings: research summaries, the full bibliography and the translation status."""

from __future__ import annotations

from html import escape
from typing import Callable

from hooks.citations import apa
from hooks.citations.citing import Renderer, find
from hooks.html_table import CENTER, RIGHT, table
from hooks.languages import TRANSLATIONS, localized, split_language
from hooks.schemas import _plain, kind_of
from hooks.sources import Sources
from hooks.translations.stamps import Status

GROUPS = (("group_article", ("article",)), ("group_book", ("book", "incollection")),
          ("group_report", ("techreport", "report", "phdthesis", "mastersthesis")))


def _served(sources: Sources, base: str, language: str):
    return sources.documents.get(localized(base, language)) or sources.documents[base]


def research_items(sources: Sources, language: str) -> list[tuple[str, str, dict]]:
    """(title, English path, front matter) of every research summary as served in `language`, by title;
    the review status is the English page's (translations show it, the checks keep them equal)."""
    items = []
    for path in sources.documents:
        doc_language, base = split_language(path)
        if doc_language == "en" and kind_of(path) == "research" and not base.endswith("agenda.md"):
            meta = dict(_plain(_served(sources, base, language).meta))
            meta["status"] = sources.documents[base].meta.get("status", meta.get("status"))
            items.append((str(meta.get("title", base)), base, meta))
    return sorted(items, key=lambda item: item[0])


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


def bibliography_page(renderer: Renderer, cited: dict[str, list[tuple[str, str]]], labels: dict[str, str],
                      cite_labels: dict[str, str], url_for: Callable[[str], str], defer: Callable[[str], str]) -> str:
    """Every entry, grouped by type, with the pages that cite it.

    The group headings stay Markdown (table of contents); each group's list is
    HTML handed to `defer` (see `citations.block_token`).
    """
    entries = sorted(renderer.bib.entries.values(), key=apa.sort_key)
    out = []
    placed: set[str] = set()
    for group, types in GROUPS + (("group_other", ()),):
        members = [e for e in entries if (e.type in types if types else e.key not in placed)]
        placed |= {e.key for e in members}
        if not members:
            continue
        items = []
        for entry in members:
            pages = cited.get(entry.key, [])
            if pages:
                links = ", ".join(f'<a href="{escape(url_for(b))}">{escape(t)}</a>' for b, t in pages)
                used = f'<span class="kb-cited-on">{escape(cite_labels["cited_on"])} {links}</span>'
            else:
                used = f'<span class="kb-cited-on">{escape(cite_labels["not_cited"])}</span>'
            items.append(f'<li><span id="{entry.key}"></span>{renderer.entry_html(entry)} {used}</li>')
        out.append(f"\n## {labels[group]}\n")
        out.append(defer('<div class="kb-bibliography"><ul>\n' + "\n".join(items) + "\n</ul></div>"))
    return "\n".join(out)


def translation_status(statuses: list[Status], sources: Sources, labels: dict[str, str],
                       url_for: Callable[[str], str], defer: Callable[[str], str]) -> str:
    """Counts per language for the reader pages (everything outside contributing/, which stays in
    English), then every page with its state in each language (HTML via `defer`)."""
    counts = {lang: {"translated": 0, "outdated": 0, "missing": 0} for lang in TRANSLATIONS}
    by_page: dict[str, dict[str, str]] = {}
    for status in statuses:
        if not reader_page(status.base):
            continue
        counts[status.language][status.state] += 1
        by_page.setdefault(status.base, {})[status.language] = status.state
    names = {"translated": labels["translated"], "outdated": labels["outdated_state"], "missing": labels["missing"]}
    summary_head = (f"<tr><th>{escape(labels['language'])}</th>"
                    + "".join(f"<th{RIGHT}>{escape(names[s])}</th>" for s in names)
                    + f"<th{RIGHT}>{escape(labels['share_translated'])}</th></tr>")
    summary = []
    for lang, c in counts.items():
        share = 100 * c["translated"] / max(1, sum(c.values()))
        summary.append(f"<tr><td>{escape(labels['language_' + lang])} ({lang})</td>"
                       + "".join(f"<td{RIGHT}>{c[s]}</td>" for s in names)
                       + f"<td{RIGHT}>{share:.0f} %</td></tr>")
    marks = {"translated": "✓", "outdated": "⚠", "missing": "–"}
    pages_head = f"<tr><th>{escape(labels['page'])}</th>" + "".join(f"<th{CENTER}>{l}</th>" for l in TRANSLATIONS) + "</tr>"
    pages = []
    for base in sorted(by_page):
        title = escape(str(sources.documents[base].meta.get("title", base)))
        cells = "".join(f'<td{CENTER}><span title="{escape(names[by_page[base][l]])}">{marks[by_page[base][l]]}</span></td>'
                        for l in TRANSLATIONS)
        pages.append(f'<tr><td><a href="{escape(url_for(base))}">{title}</a></td>{cells}</tr>')
    return defer(table(summary_head, summary)) + defer(table(pages_head, pages))


def reader_page(base: str) -> bool:
    """Pages for readers, which are translated; the contributor guide (contributing/) stays in English."""
    return not base.startswith("contributing/")
