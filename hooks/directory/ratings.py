"""The evidence ratings of a practice entry: what the front matter says and what the page body says must agree.

An entry's front matter carries `evidence: {effect: B, implementation: C}`, or
`evidence: not-yet-rated` until two reviewers have agreed on a rating. Its
*Evidence* section states the same letters in words that readers see, as
paragraphs starting with a bold label (`**Effect: B.**`, `**Vaikutus: B.**`).
The catalogue reads the front matter, the reader reads the body; this check
keeps them from drifting apart in any language, by reading the letters only.
"""

from __future__ import annotations

import re
from typing import Any

from hooks.findings import Finding

NOT_YET_RATED = "not-yet-rated"
DIMENSIONS = ("effect", "implementation")
_SECTION = re.compile(r"^##\s+(?:Evidence\b.*|.*\{\s*#evidence\s*\})\s*$", re.M)
_NEXT_SECTION = re.compile(r"^##\s", re.M)
_RATED = re.compile(r"^\*\*[^*\n]+?:\s*([A-D])\b[^*\n]*\*\*", re.M)


def ratings(meta: dict[str, Any]) -> tuple[str, str] | None:
    """(effect, implementation) from front matter, or None when not yet rated or malformed."""
    evidence = meta.get("evidence")
    if isinstance(evidence, dict) and all(isinstance(evidence.get(d), str) for d in DIMENSIONS):
        return evidence["effect"], evidence["implementation"]
    return None


def label(meta: dict[str, Any]) -> str:
    """The catalogue's short form: 'B/C', or 'not-yet-rated'."""
    pair = ratings(meta)
    return "/".join(pair) if pair else NOT_YET_RATED


def check(path: str, meta: dict[str, Any], body: str, body_line: int) -> list[Finding]:
    """Findings for one practice page whose body starts at line `body_line` of the file."""
    evidence = meta.get("evidence")
    if evidence is None:
        return []  # the schema reports the missing field
    section = _SECTION.search(body)
    if not section:
        return [Finding(path, body_line, "the entry has no Evidence section.",
                        "add '## Evidence' with the ratings and what they rest on (see docs/practice/evidence-scale.md).")]
    start = section.end()
    following = _NEXT_SECTION.search(body, start)
    text = body[start:following.start() if following else len(body)]
    line_of = lambda offset: body_line + body.count("\n", 0, start + offset)  # noqa: E731
    stated = [(m.group(1), line_of(m.start())) for m in _RATED.finditer(text)]
    heading_line = body_line + body.count("\n", 0, section.start())
    expected = ratings(meta)
    if expected is None:
        if evidence != NOT_YET_RATED:
            return []  # the schema reports the malformed value
        return [Finding(path, line, f"the Evidence section states a rating ({letter}), but the front matter says "
                        "'evidence: not-yet-rated'.",
                        "remove the rating from the text until two reviewers have agreed on it, or set 'effect:' "
                        "and 'implementation:' in the front matter.") for letter, line in stated[:1]]
    if len(stated) < 2:
        return [Finding(path, heading_line, "the Evidence section does not state both ratings.",
                        f"start two paragraphs with the bold ratings, e.g. '**Effect: {expected[0]}.**' and "
                        f"'**Implementation: {expected[1]}.**' (in the page's language).")]
    findings = []
    for dimension, want, (got, line) in zip(DIMENSIONS, expected, stated):
        if got != want:
            findings.append(Finding(path, line, f"the text gives the {dimension} rating as {got}, but the front "
                                    f"matter says {want}.",
                                    "make them agree: the catalogue shows the front matter, readers see the text."))
    return findings
