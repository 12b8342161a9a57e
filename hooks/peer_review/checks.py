"""Checks of peer review: a status of `peer-reviewed` must have the reviews behind it.

Every finding names the file and line to fix: the summary's `status:` line when
its reviews do not suffice, the review record's line when the record itself is
wrong (unknown summary, missing judgement, unknown recommendation).
"""

from __future__ import annotations

from hooks.citations.citing import find
from hooks.findings import Finding
from hooks.languages import DEFAULT, split_language
from hooks.peer_review.records import REVIEWS, PeerReviewData, authors, counting
from hooks.schemas import kind_of
from hooks.sources import Sources

PEER_REVIEWED = "peer-reviewed"
REVIEWS_FILE = f"data/{REVIEWS[0]}"


def _record_findings(data: PeerReviewData, sources: Sources) -> list[Finding]:
    found = []
    criteria = [c["id"] for c in data.criteria]
    for review in data.reviews:
        def add(field: str, message: str, hint: str) -> None:
            found.append(Finding(REVIEWS_FILE, review.fields.get(field, review.line), message, hint))

        if review.summary and review.summary not in sources.documents:
            add("summary", f"review by {review.reviewer} names '{review.summary}', which is not a page.",
                "give the English summary's path under docs/, e.g. 'research/meta-analyses.md'.")
        if review.status != "completed":
            continue
        if not review.completed:
            add("status", f"completed review by {review.reviewer} has no 'completed' date.",
                "add 'completed: YYYY-MM-DD', the day the reviewer sent the review.")
        missing = [c for c in criteria if c not in review.judgements]
        if missing:
            add("judgements", f"completed review by {review.reviewer} gives no judgement on: {', '.join(missing)}.",
                "add one of " + ", ".join(data.judgements) + " for each criterion of data/peer-review/criteria.yml.")
        for criterion, judgement in review.judgements.items():
            if criterion not in criteria:
                add("judgements", f"review by {review.reviewer} judges '{criterion}', which is not a criterion.",
                    "use the ids of data/peer-review/criteria.yml: " + ", ".join(criteria) + ".")
            elif judgement not in data.judgements:
                add("judgements", f"review by {review.reviewer} gives '{judgement}' for '{criterion}'.",
                    "use one of: " + ", ".join(data.judgements) + ".")
        if review.recommendation not in data.recommendations:
            add("recommendation", f"completed review by {review.reviewer} has the recommendation "
                f"'{review.recommendation}'.", "use one of: " + ", ".join(data.recommendations) + ".")
    return found


def _summary_findings(data: PeerReviewData, sources: Sources) -> list[Finding]:
    found = []
    for path, doc in sorted(sources.documents.items()):
        language, base = split_language(path)
        if kind_of(path) != "research" or "status" not in doc.meta:
            continue
        line = doc.meta_lines.get("status", 1)
        if language != DEFAULT:
            english = sources.documents.get(base)
            if english is not None and english.meta.get("status") != doc.meta["status"]:
                found.append(Finding(doc.path, line, f"status '{doc.meta['status']}' differs from the English page's "
                                     f"'{english.meta.get('status')}'.", f"the review status is the English page's: "
                                     f"copy it from docs/{base}."))
            continue
        if doc.meta["status"] != PEER_REVIEWED:
            continue
        valid = counting(data.reviews, base, doc.meta)
        if len(valid) >= 2:
            continue
        by_author = [r.reviewer for r in data.reviews if r.summary == base
                     and r.reviewer.casefold() in {a.casefold() for a in authors(doc.meta)}]
        detail = f" ({', '.join(by_author)} wrote the summary)" if by_author else ""
        found.append(Finding(doc.path, line, f"'status: {PEER_REVIEWED}' needs two completed reviews by reviewers "
                             f"from different organisations who are not its authors and declared their interests; "
                             f"{REVIEWS_FILE} has {len(valid)}{detail}.", f"record the reviews in {REVIEWS_FILE} "
                             "(see docs/research/peer-review.md), or set 'status: awaiting-peer-review'."))
    return found


def agenda_citations(data: PeerReviewData) -> list[tuple[int, str]]:
    """(line in research-agenda.yml, key) of every citation in the agenda's texts, in every language."""
    return [(data.agenda_lines[index], cite.key) for index, question in enumerate(data.agenda)
            for text in question["text"].values() for cite in find(text, 1)]


def _agenda_findings(data: PeerReviewData, sources: Sources, bib_keys: set[str]) -> list[Finding]:
    found = []
    where = "data/research-agenda.yml"
    for line, key in sorted(set(agenda_citations(data))):
        if key not in bib_keys:
            found.append(Finding(where, line, f"citation '@{key}' is not in bibliography.bib.",
                                 "add the reference (checked against a public record) or correct the key."))
    for index, question in enumerate(data.agenda):
        for page in [*(question.get("summaries") or []), *(question.get("entries") or [])]:
            if page not in sources.documents:
                found.append(Finding(where, data.agenda_lines[index], f"question '{question['id']}' links "
                                     f"'{page}', which is not a page.", "give the English page's path under docs/."))
        if question["status"] == "summarised" and not question.get("summaries"):
            found.append(Finding(where, data.agenda_lines[index], f"question '{question['id']}' is 'summarised' "
                                 "but names no summary.", "list the summaries in 'summaries', or set 'open'."))
        if question["status"] == "under-way" and not question.get("studies"):
            found.append(Finding(where, data.agenda_lines[index], f"question '{question['id']}' is 'under-way' "
                                 "but names no study.", "list the members' studies (key or URL) in 'studies'."))
    return found


def _criteria_findings(data: PeerReviewData, sources: Sources) -> list[Finding]:
    """Each criterion rests on a page that exists (its link is written after Markdown, unchecked by MkDocs)."""
    criteria = data.files.get("criteria")
    return [Finding(criteria.path, criteria.line(("criteria", index, "basis")), f"criterion '{c['id']}' rests on "
                    f"'{c['basis']}', which is not a page.", "give the English page's path under docs/.")
            for index, c in enumerate(data.criteria) if c["basis"] not in sources.documents]


def check(data: PeerReviewData, sources: Sources, bib_keys: set[str]) -> list[Finding]:
    """All peer-review findings: the data files' own, the records', the summaries' statuses and the agenda."""
    return (list(data.findings) + _criteria_findings(data, sources) + _record_findings(data, sources)
            + _summary_findings(data, sources) + _agenda_findings(data, sources, bib_keys))
