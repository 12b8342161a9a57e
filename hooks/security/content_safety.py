"""What a contributor's Markdown, front matter and data files may contain.

The site is read by victims and by people who use violence, often on shared
devices; a pull request must not be able to run code in their browsers. The
Content-Security-Policy (`csp`) stops injected scripts from running; this check
stops them from being merged, with file:line and how to fix. No Markdown
sanitiser in the toolchain does this (Python-Markdown passes raw HTML and
`attr_list` attributes through untouched, and bleach is deprecated), and a
sanitiser would silently change the page where a contributor needs to be told.

Raw HTML is allowed only for the few tags Markdown cannot write, each for a reason:
    abbr   an abbreviation with its expansion (title)
    br     a line break inside a table cell
    kbd    a key the reader presses (the exit button's Shift shortcut)
    sub, sup   chemical or statistical notation, footnote-like markers
    span   a phrase in another language (lang, dir)
    div    a block with Markdown inside (md_in_html: markdown="1")
    time   a machine-readable date (datetime)
Attributes: lang, dir (language of a phrase), title (abbr), datetime (time),
markdown (md_in_html), id and class (anchors and the site's own CSS).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Iterator

from hooks import data_files
from hooks.findings import Finding
from hooks.markdown_scan import INLINE_LINK, REFERENCE_DEF, source_lines

ALLOWED_TAGS = frozenset({"abbr", "br", "kbd", "sub", "sup", "span", "div", "time"})
ALLOWED_ATTRIBUTES = frozenset({"lang", "dir", "title", "datetime", "markdown", "id", "class"})
FORBIDDEN_TAGS = frozenset({"script", "style", "iframe", "object", "embed", "form", "frame", "frameset", "base",
                            "meta", "link", "svg", "math", "applet", "input", "button", "textarea", "template"})
TAG = re.compile(r"<(/?)([A-Za-z][\w-]*)(?![\w-]*[:@])((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>")
ATTRIBUTE = re.compile(r"([^\s=/>\"']+)(?:\s*=\s*(\"[^\"]*\"|'[^']*'|[^\s>]+))?")
ATTR_LIST = re.compile(r"\{:?\s*([^{}]*?)\s*\}")
EVENT = re.compile(r"(?<![\w-])on[a-z]+\s*=", re.I)
# A URL scheme that runs code or embeds content: refused wherever a link or image goes.
UNSAFE_URL = re.compile(r"^\s*(?:javascript|vbscript|data)\s*:", re.I)
MARKUP = re.compile(r"<\s*/?\s*[A-Za-z][\w-]*(?:\s[^<>]*)?>|<!--|\bjavascript\s*:", re.I)


def _unquote(value: str | None) -> str:
    return (value or "").strip("\"'")


def _tag_findings(path: str, number: int, line: str) -> Iterator[Finding]:
    for match in TAG.finditer(line):
        closing, name, rest = match.group(1), match.group(2).lower(), match.group(3)
        if name in FORBIDDEN_TAGS:
            yield Finding(path, number, f"raw HTML <{name}> is not allowed in a page.",
                          "remove it; write the content in Markdown (a script, style, frame, embed or form "
                          "cannot be published here: the site runs only its own code).")
            continue
        if name not in ALLOWED_TAGS:
            yield Finding(path, number, f"raw HTML <{name}> is not on the allow-list.",
                          "write it in Markdown instead; allowed tags: " + ", ".join(sorted(ALLOWED_TAGS)) + ".")
            continue
        if closing:
            continue
        for attribute in ATTRIBUTE.finditer(rest):
            key, value = attribute.group(1).lower(), _unquote(attribute.group(2))
            if key.startswith("on"):
                yield Finding(path, number, f"event-handler attribute '{key}' on <{name}>.",
                              "remove it: pages may not run scripts.")
            elif key not in ALLOWED_ATTRIBUTES:
                yield Finding(path, number, f"attribute '{key}' on <{name}> is not on the allow-list.",
                              "remove it; allowed attributes: " + ", ".join(sorted(ALLOWED_ATTRIBUTES)) + ".")
            elif UNSAFE_URL.match(value):
                yield Finding(path, number, f"attribute '{key}' holds a '{value.split(':')[0]}:' URL.",
                              "remove it.")


def check_markdown(path: str, body: str, first_line: int) -> list[Finding]:
    """Findings for raw HTML, attribute lists and link targets that could run code or embed content."""
    found: list[Finding] = []
    for number, line in source_lines(body, first_line):
        found.extend(_tag_findings(path, number, line))
        for match in ATTR_LIST.finditer(line):
            inner = match.group(1)
            if EVENT.search(inner):
                found.append(Finding(path, number, "an attribute list '{…}' sets an event handler (on…=).",
                                     "remove it: pages may not run scripts."))
            elif re.search(r"(?<![\w-])style\s*=", inner, re.I):
                found.append(Finding(path, number, "an attribute list '{…}' sets 'style'.",
                                     "use a class from docs/assets/kb.css instead: inline styles are blocked by "
                                     "the site's Content-Security-Policy."))
        targets = [m.group(3) for m in INLINE_LINK.finditer(line)]
        reference = REFERENCE_DEF.match(line)
        if reference:
            targets.append(reference.group(2))
        for target in targets:
            if UNSAFE_URL.match(target):
                found.append(Finding(path, number, f"a link or image points to a '{target.split(':')[0].strip()}:' "
                                     "URL.", "link to a page of this site or an https:// address; put an image "
                                     "file in docs/assets/ instead of a data: URL."))
    return found


def markup_in(value: Any) -> Iterator[tuple[tuple[str | int, ...], str]]:
    """(path, text) of every string in `value` that carries markup or a javascript: URL."""
    for where, text in data_files.walk(value):
        match = MARKUP.search(text) if isinstance(text, str) else None
        if match:
            yield where, match.group(0)


def check_front_matter(path: str, meta: dict[str, Any], meta_lines: dict[str, int]) -> list[Finding]:
    """Front matter is plain text: a value with markup fails at its field's line."""
    return [Finding(path, meta_lines.get(str(where[0]), 1), f"front-matter field '{'.'.join(map(str, where))}' "
                    f"contains markup ({snippet[:40]}).", "front matter is plain text: remove the markup (write "
                    "'and' rather than '&lt;b&gt;', and put links in the page text).")
            for where, snippet in markup_in(meta)]


def check_data(data_dir: Path) -> list[Finding]:
    """Every text in `data/*.yml` is plain text (it is written into pages and exports)."""
    found = []
    for file in sorted(data_dir.glob("*.yml")):
        parsed = data_files.read(file, f"data/{file.name}")
        for where, snippet in markup_in(parsed.data):
            found.append(Finding(parsed.path, parsed.line(where), f"'{'.'.join(map(str, where))}' contains markup "
                                 f"({snippet[:40]}).", "data files hold plain text: remove the markup (a link "
                                 "goes in a 'source' field as a URL)."))
    return found
