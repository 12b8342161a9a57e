"""The GitHub issue form "Request peer review", written from the criteria: `make issue-forms`.

GitHub reads issue forms as files in `.github/ISSUE_TEMPLATE/`; it cannot read our
data. So the form is generated from `data/peer-review/criteria.yml` (with PyYAML's
serialiser, never by pasting strings) and committed, and `python -m hooks.check`
fails when the committed form no longer matches the criteria.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import yaml

from hooks.findings import Finding
from hooks.peer_review.records import PeerReviewData, load

FORM = Path(".github/ISSUE_TEMPLATE/peer-review.yml")
HEADER = ("# Generated from data/peer-review/criteria.yml by `make issue-forms`; do not edit by hand.\n"
          "# The process: docs/research/peer-review.md.\n")


def form(data: PeerReviewData) -> dict[str, Any]:
    """The issue form as data (GitHub's issue-form syntax)."""
    criteria = [{"label": f"{c['label']['en']}: {c['ask']['en']}", "required": False} for c in data.criteria]
    return {
        "name": "Request peer review",
        "description": "Ask the network for two reviewers: for a research summary on the site, or for your "
                       "organisation's own evaluation report or manuscript.",
        "title": "Peer review: <title of the text>",
        "labels": ["peer-review"],
        "body": [
            {"type": "markdown", "attributes": {"value": (
                "Two reviewers from different organisations (and where possible different countries or "
                "sectors) review the text against the criteria below and declare their interests. How it "
                "works, how long it takes and how you answer the reviews: the site's page *Peer review* "
                "(docs/research/peer-review.md). Do **not** include personal data about clients, victims "
                "or staff.")}},
            {"type": "dropdown", "id": "kind", "attributes": {
                "label": "What should be reviewed?",
                "options": ["A research summary on this site", "An evaluation report of my organisation",
                            "A manuscript"]}, "validations": {"required": True}},
            {"type": "input", "id": "text", "attributes": {
                "label": "Title, and the address of the page or document",
                "description": "For a summary on the site, its address; for a report or manuscript, how the "
                               "reviewers can read it (it may be shared privately with them)."},
             "validations": {"required": True}},
            {"type": "textarea", "id": "question", "attributes": {
                "label": "The question the text answers"}, "validations": {"required": True}},
            {"type": "dropdown", "id": "language", "attributes": {
                "label": "Language of the text", "multiple": True,
                "options": ["English", "Finnish", "Swedish", "Norwegian", "Danish", "Icelandic", "Other"]},
             "validations": {"required": True}},
            {"type": "textarea", "id": "interests", "attributes": {
                "label": "Conflicts of interest",
                "description": "Your links to the programmes, funders or people the text concerns, and anyone "
                               "who should not review it and why; write 'none' if there are none."},
             "validations": {"required": True}},
            {"type": "input", "id": "deadline", "attributes": {
                "label": "Deadline, if any (YYYY-MM-DD)",
                "description": "A review usually takes six to eight weeks from the day two reviewers accept."}},
            {"type": "checkboxes", "id": "criteria", "attributes": {
                "label": "Criteria the reviewers judge",
                "description": "Every review covers all of them; tick those you most want the reviewers to "
                               "look at.", "options": criteria}},
            {"type": "checkboxes", "id": "process", "attributes": {
                "label": "Process", "options": [{
                    "label": "I have read how peer review works and agree that the reviews, with the "
                             "reviewers' judgements, are recorded with the text.", "required": True}]}},
        ],
    }


def text(data: PeerReviewData) -> str:
    return HEADER + yaml.safe_dump(form(data), allow_unicode=True, sort_keys=False, width=100)


def check(root: Path, data: PeerReviewData) -> list[Finding]:
    """An error when the committed form is missing or differs from what the criteria give."""
    if not data.criteria or not (root / FORM).parent.is_dir():
        return []  # a project without GitHub issue forms (a fixture site) has nothing to keep in step
    path = root / FORM
    if path.exists() and path.read_text(encoding="utf-8") == text(data):
        return []
    return [Finding(str(FORM), 1, "the issue form 'Request peer review' does not match "
                    "data/peer-review/criteria.yml.", "run 'make issue-forms' and commit the result.")]


def main(argv: list[str] | None = None) -> int:
    root = Path(__file__).resolve().parents[2]
    target = root / FORM
    target.write_text(text(load(root / "data")), encoding="utf-8")
    print(f"wrote {FORM}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
