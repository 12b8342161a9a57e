"""The peer-review data: criteria and review records, read once per version of each file."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hooks import data_files
from hooks.findings import Finding

CRITERIA = ("peer-review/criteria.yml", "peer-review-criteria.schema.json")
REVIEWS = ("peer-review/reviews.yml", "peer-review.schema.json")
AGENDA = ("research-agenda.yml", "research-agenda.schema.json")
DEFAULT_AUTHORS = ("Knowledge-base editors",)


@dataclass(frozen=True)
class Review:
    """One reviewer's review of one text, with the line it starts on in reviews.yml."""

    line: int
    reviewer: str
    affiliation: str
    status: str
    interests: str
    summary: str = ""
    document: str = ""
    named: bool = False
    show_affiliation: bool = True
    completed: str = ""
    judgements: dict[str, str] = field(default_factory=dict)
    recommendation: str = ""
    fields: dict[str, int] = field(default_factory=dict)  # field -> line


@dataclass
class PeerReviewData:
    """Everything the peer-review checks and renderers read, with the files' own findings."""

    criteria: list[dict[str, Any]] = field(default_factory=list)
    judgements: dict[str, dict[str, str]] = field(default_factory=dict)
    recommendations: dict[str, dict[str, str]] = field(default_factory=dict)
    reviews: list[Review] = field(default_factory=list)
    agenda: list[dict[str, Any]] = field(default_factory=list)
    agenda_lines: dict[int, int] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)
    files: dict[str, data_files.DataFile] = field(default_factory=dict)


def _load(data_dir: Path, name: tuple[str, str]) -> data_files.DataFile:
    return data_files.load_cached(data_dir / name[0], f"data/{name[0]}", name[1])


def load(data_dir: Path) -> PeerReviewData:
    """The criteria, the reviews and the research agenda; a file that fails its schema is left empty."""
    result = PeerReviewData()
    criteria, reviews, agenda = (_load(data_dir, name) for name in (CRITERIA, REVIEWS, AGENDA))
    result.files = {"criteria": criteria, "reviews": reviews, "agenda": agenda}
    for parsed in (criteria, reviews, agenda):
        result.findings += parsed.findings
    if criteria.valid:
        result.criteria = list(criteria.valid["criteria"])
        result.judgements = dict(criteria.valid["judgements"])
        result.recommendations = dict(criteria.valid["recommendations"])
    if reviews.valid:
        for index, item in enumerate(reviews.valid["reviews"]):
            lines = {key: reviews.line(("reviews", index, key)) for key in item}
            result.reviews.append(Review(
                line=reviews.line(("reviews", index)), reviewer=item["reviewer"], affiliation=item["affiliation"],
                status=item["status"], interests=item["interests"], summary=item.get("summary", ""),
                document=item.get("document", ""), named=bool(item.get("named", False)),
                show_affiliation=bool(item.get("show_affiliation", True)), completed=str(item.get("completed", "")),
                judgements=dict(item.get("judgements") or {}), recommendation=item.get("recommendation", ""),
                fields=lines))
    if agenda.valid:
        result.agenda = list(agenda.valid["questions"])
        result.agenda_lines = {i: agenda.line(("questions", i)) for i in range(len(result.agenda))}
    return result


def authors(meta: dict[str, Any]) -> tuple[str, ...]:
    """Who wrote a summary: its `authors`, else the editors."""
    return tuple(str(a) for a in meta.get("authors") or DEFAULT_AUTHORS)


def counting(reviews: list[Review], summary: str, meta: dict[str, Any]) -> list[Review]:
    """The completed reviews of `summary` that count towards `peer-reviewed`: not by an author,
    interests declared, one per organisation (the first completed)."""
    written_by = {a.casefold() for a in authors(meta)}
    seen: set[str] = set()
    valid = []
    for review in sorted((r for r in reviews if r.summary == summary and r.status == "completed"),
                         key=lambda r: r.completed):
        organisation = review.affiliation.casefold()
        if review.reviewer.casefold() in written_by or not review.interests.strip() or organisation in seen:
            continue
        seen.add(organisation)
        valid.append(review)
    return valid
