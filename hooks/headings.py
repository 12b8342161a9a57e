"""Headings never skip a level: a reader who jumps from heading to heading (a screen
reader's heading list, the table of contents) must see the page's structure whole.

`mkdocs build` renders a `###` after a `#` without complaint, and the W3C checker
only sees the built page without knowing which source line wrote it; this check
points at the line. A page's title is its level 1 (Material shows the `title`
as H1 when the body has none), so the first heading may be `#` or `##`.
Standards get `## Criteria` and `## Indicators` appended, and generated lists
write `##` headings, so neither changes what a page's own headings may be.
"""

from __future__ import annotations

from hooks.findings import Finding
from hooks.markdown_scan import HEADING, source_lines


def check(path: str, body: str, first_line: int) -> list[Finding]:
    """A finding for every heading more than one level below the heading before it."""
    findings = []
    previous = 1
    for number, line in source_lines(body, first_line):
        match = HEADING.match(line)
        if not match:
            continue
        level = len(match.group(1))
        if level > previous + 1:
            text = match.group(2).split("{")[0].strip()
            findings.append(Finding(
                path, number, f"heading '{text}' is level {level} ({'#' * level}) but follows a level "
                f"{previous} heading, so it skips level {previous + 1}.",
                f"write it as '{'#' * (previous + 1)} {text}', or add the missing level-{previous + 1} "
                "heading above it."))
        previous = level
    return findings
