"""Find links, images, ids and headings in Markdown source, with their line numbers.

A line scanner rather than a full parse: it must point at the line a contributor
wrote, which the rendered HTML no longer knows. Fenced code blocks and inline
code are skipped so that examples of syntax are not checked as links.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from markdown.extensions.toc import slugify

FENCE = re.compile(r"^\s*(```|~~~)")
INLINE_CODE = re.compile(r"(`+)(?:(?!\1).)+?\1")
INLINE_LINK = re.compile(r"(!?)\[((?:[^\[\]]|\[[^\]]*\])*)\]\(\s*<?([^)\s>]*)>?(?:\s+[\"'][^\"']*[\"'])?\s*\)")
REFERENCE_DEF = re.compile(r"^\s{0,3}\[([^\]]+)\]:\s*<?(\S+?)>?(?:\s+.*)?$")
HTML_LINK = re.compile(r"<(?:a|img|source|link|script|iframe)\b[^>]*?\b(href|src)\s*=\s*[\"']([^\"']+)[\"']", re.I)
HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
ATTR_ID = re.compile(r"\{\s*[^}]*#([\w\-:.]+)[^}]*\}")
HTML_ID = re.compile(r"\bid\s*=\s*[\"']([^\"']+)[\"']")
MD_FORMAT = re.compile(r"[*_`]|\[([^\]]*)\]\([^)]*\)")


@dataclass(frozen=True)
class Link:
    """A link or image target written on `line` of a document (1-based)."""

    line: int
    target: str
    image: bool
    raw_html: bool


def source_lines(body: str, first_line: int) -> Iterator[tuple[int, str]]:
    """Yield (line number, text) for lines outside fenced code, with inline code blanked."""
    in_fence = ""
    for offset, line in enumerate(body.split("\n")):
        match = FENCE.match(line)
        if match:
            marker = match.group(1)
            if not in_fence:
                in_fence = marker
            elif marker == in_fence:
                in_fence = ""
            continue
        if not in_fence:
            yield first_line + offset, INLINE_CODE.sub(lambda m: " " * len(m.group(0)), line)


def links(body: str, first_line: int) -> list[Link]:
    """Every Markdown and raw-HTML link or image in `body`."""
    found = []
    for number, line in source_lines(body, first_line):
        for match in INLINE_LINK.finditer(line):
            found.append(Link(number, match.group(3), bool(match.group(1)), False))
        ref = REFERENCE_DEF.match(line)
        if ref and not ref.group(1).startswith("^"):
            found.append(Link(number, ref.group(2), False, False))
        for match in HTML_LINK.finditer(line):
            found.append(Link(number, match.group(2), match.group(1).lower() == "src", True))
    return found


def heading_slug(text: str) -> str:
    """The id the `toc` extension gives a heading with this Markdown text."""
    plain = MD_FORMAT.sub(lambda m: m.group(1) or "", ATTR_ID.sub("", text))
    return slugify(plain.strip(), "-")


def anchors(body: str, first_line: int = 1) -> set[str]:
    """Every id the rendered page will carry: heading slugs (deduplicated as `toc` does) and explicit ids."""
    ids: set[str] = set()
    seen: dict[str, int] = {}
    for _, line in source_lines(body, first_line):
        heading = HEADING.match(line)
        if heading:
            custom = ATTR_ID.search(heading.group(2))
            if custom:
                ids.add(custom.group(1))
            else:
                slug = heading_slug(heading.group(2))
                count = seen.get(slug, 0)
                seen[slug] = count + 1
                ids.add(slug if count == 0 else f"{slug}_{count}")
            continue
        ids.update(ATTR_ID.findall(line))
        ids.update(HTML_ID.findall(line))
    return ids
