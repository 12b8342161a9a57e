"""Peer review in the reader's language: the record on a summary, the criteria, the agenda, the index.

All text from data files and front matter is escaped here (plain text by rule,
see hooks/security), and the HTML goes in after Markdown (`Context.defer`).
"""

from __future__ import annotations

from html import escape
from typing import Any, Callable

from hooks.dates import long_date
from hooks.peer_review.records import PeerReviewData, Review, counting

UrlFor = Callable[[str], str]


def _reviewer(review: Review, strings: dict[str, str]) -> str:
    if review.named:
        who = escape(review.reviewer)
        return f"{who} ({escape(review.affiliation)})" if review.show_affiliation else who
    if review.show_affiliation:
        return escape(strings["reviewer_from"].format(affiliation=review.affiliation))
    return escape(strings["reviewer"])


def record_html(base: str, meta: dict[str, Any], data: PeerReviewData, language: str, strings: dict[str, str],
                how_url: str) -> str:
    """The review status of a research summary, with who reviewed it and when."""
    how = f'<a href="{escape(how_url)}">{escape(strings["how"])}</a>'
    if meta.get("status") == "peer-reviewed":
        valid = counting(data.reviews, base, meta)
        last = max(r.completed for r in valid) if valid else ""
        when = f'<time datetime="{last}">{escape(long_date(last, language))}</time>' if last else ""
        text = escape(strings["reviewed"]).replace("{n}", str(len(valid))).replace("{date}", when)
        text += " " + "; ".join(_reviewer(r, strings) for r in valid) + "."
    else:
        text = escape(strings["awaiting"])
        if any(r.summary == base and r.status == "in-progress" for r in data.reviews):
            text += " " + escape(strings["under_way"])
    return (f'<aside class="kb-peer-review" aria-label="{escape(strings["heading"])}"><p>'
            f'<strong>{escape(strings["heading"])}:</strong> {text} {how}</p></aside>')


def criteria_html(data: PeerReviewData, language: str, strings: dict[str, str], url_for: UrlFor,
                  title_for: Callable[[str], str]) -> str:
    """The criteria as a table, then the judgements and recommendations a reviewer chooses from."""
    rows = "\n".join(
        f"<tr><td>{escape(c['label'][language])}</td><td>{escape(c['ask'][language])}</td>"
        f'<td><a href="{escape(url_for(c["basis"]))}">{escape(title_for(c["basis"]))}</a></td></tr>'
        for c in data.criteria)
    head = "".join(f"<th>{escape(strings[h])}</th>" for h in ("criterion", "question", "basis"))
    options = "".join(
        f"<p><strong>{escape(strings[name])}:</strong> "
        + "; ".join(escape(text[language]) for text in getattr(data, name).values()) + ".</p>"
        for name in ("judgements", "recommendations"))
    return f"<table>\n<thead><tr>{head}</tr></thead>\n<tbody>\n{rows}\n</tbody>\n</table>\n{options}"


def agenda_markdown(data: PeerReviewData, language: str, strings: dict[str, str], url_for: UrlFor,
                    title_for: Callable[[str], str]) -> str:
    """Each question of the research agenda: heading, status, text, and the pages that address it."""
    out = []
    for question in data.agenda:
        out.append(f"\n### {question['title'][language]} {{ #{question['id']} }}\n")
        out.append(f"*{strings['agenda_status']}: {strings[question['status']]}*\n")
        out.append(question["text"][language] + "\n")
        for field in ("summaries", "entries"):
            pages = question.get(field) or []
            if pages:
                links = ", ".join(f"[{title_for(p)}]({url_for(p)})" for p in pages)
                out.append(f"{strings[field]}: {links}\n")
    return "\n".join(out) + "\n"


def index_html(items: list[tuple[str, str, dict[str, Any]]], strings: dict[str, str], notices: dict[str, str],
               url_for: UrlFor) -> str:
    """The research index: every summary with its review status, filterable by status (catalogue.js)."""
    statuses = ("awaiting-peer-review", "peer-reviewed")
    options = "".join(f'<option value="{s}">{escape(notices[s])}</option>' for s in statuses)
    out = ['<div class="kb-catalogue kb-research-index" data-kb-catalogue>',
           f'<form class="kb-filters" hidden aria-label="{escape(strings["filter"])}">'
           f'<label>{escape(strings["filter_status"])}<select name="status">'
           f'<option value="">{escape(strings["all"])}</option>{options}</select></label>'
           f'<p role="status" data-kb-shown data-template="{escape(strings["shown"])}"></p></form>', "<ul>"]
    for title, base, meta in items:
        status = str(meta.get("status", ""))
        out.append(f'<li data-kb-item data-status="{escape(status)}"><strong><a href="{escape(url_for(base))}">'
                   f"{escape(title)}</a></strong> — {escape(str(meta.get('summary', '')))} "
                   f"<em>({escape(notices['summary_status'])}: {escape(notices.get(status, status))}; "
                   f"{escape(notices['last_updated'])}: {escape(str(meta.get('last_updated', '')))})</em></li>")
    out.append("</ul></div>")
    return "\n".join(out)
