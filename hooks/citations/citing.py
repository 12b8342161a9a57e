"""Find `[@key]` citations in Markdown, check them, and render them author–year with a reference list.

Syntax (Pandoc-like): `[@a]`, `[@a; @b]`, `[@a, p. 12]`, `[-@a]` (year only) and the
narrative `@a` at the start of a word. A narrative key must look like
`name2024` so that e-mail addresses and handles are never taken for citations.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from html import escape

from hooks.citations import apa
from hooks.citations.bibliography import Bibliography, Entry
from hooks.findings import Finding
from hooks.markdown_scan import FENCE, INLINE_CODE

KEY = r"[A-Za-z][\w:.\-]*[\w]"
ITEM = re.compile(rf"^\s*(-?)@({KEY})\s*(?:,\s*(.+?))?\s*$")
BRACKET = re.compile(rf"\[(\s*-?@{KEY}[^\[\]]*)\](?![(\[:])")
NARRATIVE = re.compile(r"(?<![\w@./\[\-])@([A-Za-z][A-Za-z\-]*\d{4}[a-z]?)\b(?![.\w]*@)(?!\.[A-Za-z])")


@dataclass(frozen=True)
class Citation:
    key: str
    line: int
    narrative: bool = False
    suppress_author: bool = False
    locator: str = ""


def _protected_spans(line: str) -> list[tuple[int, int]]:
    return [m.span() for m in INLINE_CODE.finditer(line)]


def _items(inner: str) -> list[tuple[bool, str, str]] | None:
    parsed = []
    for part in inner.split(";"):
        match = ITEM.match(part)
        if not match:
            return None
        parsed.append((bool(match.group(1)), match.group(2), match.group(3) or ""))
    return parsed


def find(body: str, first_line: int) -> list[Citation]:
    """Every citation in `body`, with its 1-based line in the file."""
    found: list[Citation] = []
    _transform(body, first_line, lambda cites, narrative: found.extend(cites) or "")
    return found


def _transform(body: str, first_line: int, render) -> str:
    """Replace each citation group by `render(citations, narrative)`, outside code."""
    out = []
    in_fence = ""
    for offset, line in enumerate(body.split("\n")):
        number = first_line + offset
        fence = FENCE.match(line)
        if fence:
            in_fence = "" if in_fence == fence.group(1) else (in_fence or fence.group(1))
            out.append(line)
            continue
        if in_fence or "@" not in line:
            out.append(line)
            continue
        code = _protected_spans(line)

        def in_code(pos: int) -> bool:
            return any(a <= pos < b for a, b in code)

        def bracket(match: re.Match[str]) -> str:
            items = _items(match.group(1))
            if items is None or in_code(match.start()):
                return match.group(0)
            cites = [Citation(k, number, False, s, loc) for s, k, loc in items]
            return render(cites, False)

        line = BRACKET.sub(bracket, line)
        code = _protected_spans(line)

        def narrative(match: re.Match[str]) -> str:
            if in_code(match.start()):
                return match.group(0)
            return render([Citation(match.group(1), number, True)], True)

        line = NARRATIVE.sub(narrative, line)
        out.append(line)
    return "\n".join(out)


# A bracket citation opened but not closed on its line: Markdown joins the lines, but the
# citations are found line by line, so the reader would see the raw `[@key;`.
_OPEN = re.compile(rf"\[\s*-?@{KEY}[^\[\]]*$")


def check(path: str, body: str, first_line: int, bib: Bibliography) -> list[Finding]:
    """An error for every citation of a key that is not in the bibliography, and for a bracket
    citation broken across lines."""
    findings = []
    in_fence = ""
    for offset, line in enumerate(body.split("\n")):
        fence = FENCE.match(line)
        if fence:
            in_fence = "" if in_fence == fence.group(1) else (in_fence or fence.group(1))
        elif not in_fence and _OPEN.search(INLINE_CODE.sub("", line)):
            findings.append(Finding(path, first_line + offset, "a bracket citation starts on this line "
                                    "and ends on the next, so it would be shown as raw text.",
                                    "keep the whole '[@a; @b]' on one line (break the line before it)."))
    for cite in find(body, first_line):
        if cite.key not in bib.entries:
            close = difflib.get_close_matches(cite.key, list(bib.entries), n=1, cutoff=0.6)
            hint = f"did you mean '@{close[0]}'?" if close else (
                "add the reference to bibliography.bib (checked against a public record) or "
                "correct the key.")
            findings.append(Finding(path, cite.line, f"citation '@{cite.key}' is not in "
                                    "bibliography.bib.", hint))
    return findings


def year_labels(bib: Bibliography, labels: dict[str, str]) -> dict[str, str]:
    """Year with a/b suffixes where two works share the in-text author label and year."""
    groups: dict[tuple[str, str], list[Entry]] = {}
    for entry in bib.entries.values():
        label = apa.label_names(entry, labels, narrative=False)
        groups.setdefault((label, apa.year_of(entry, labels)), []).append(entry)
    years = {}
    for (_, year), entries in groups.items():
        if len(entries) == 1:
            years[entries[0].key] = year
            continue
        for index, entry in enumerate(sorted(entries, key=lambda e: e.fields.get("title", ""))):
            years[entry.key] = apa.with_suffix(year, index, labels)
    return years


class Renderer:
    """Renders citations and reference lists for one language; reuse it for every page."""

    def __init__(self, bib: Bibliography, labels: dict[str, str], language: str = "en") -> None:
        self.bib = bib
        self.labels = labels
        self.language = language
        self.years = year_labels(bib, labels)
        self._labels_items = tuple(sorted(labels.items()))

    def _one(self, cite: Citation) -> str:
        entry = self.bib.entries.get(cite.key)
        if entry is None:
            return f'<span class="kb-cite-missing" title="{escape(self.labels["missing"])}">@{escape(cite.key)}?</span>'
        year = self.years[cite.key]
        names = apa.label_names(entry, self.labels, cite.narrative)
        locator = f", {escape(cite.locator)}" if cite.locator else ""
        if cite.narrative:
            text = f"{escape(names)} ({year}{locator})"
        elif cite.suppress_author:
            text = f"{year}{locator}"
        else:
            text = f"{escape(names)}, {year}{locator}"
        return f'<a class="kb-cite" href="#ref-{escape(cite.key)}">{text}</a>'

    def render_deferred(self, body: str) -> tuple[str, list[str], dict[str, str]]:
        """Citations replaced by plain tokens, the cited keys, and token -> HTML.

        Python-Markdown is slow on inline HTML, so the HTML goes in after the
        Markdown conversion (`fill`); this keeps citations out of its way.
        """
        cited: list[str] = []
        html: dict[str, str] = {}

        def group(cites: list[Citation], narrative: bool) -> str:
            for cite in cites:
                if cite.key not in cited:
                    cited.append(cite.key)
            inner = "; ".join(self._one(c) for c in cites)
            token = f"kbcite{len(html):05d}x"
            html[token] = inner if narrative else f"({inner})"
            return token

        return _transform(body, 1, group), cited, html

    def render(self, body: str) -> tuple[str, list[str]]:
        """The body with citations rendered as HTML, and the cited keys in order of first citation."""
        text, cited, html = self.render_deferred(body)
        return fill(text, html), cited

    def entry_html(self, entry: Entry) -> str:
        return apa.reference_html(entry, self.years[entry.key], self._labels_items, self.language)

    def reference_list(self, keys: list[str], bibliography_url: str) -> str:
        """The page's reference list (APA order) as HTML, each item linking to the bibliography page."""
        entries = sorted((self.bib.entries[k] for k in keys if k in self.bib.entries), key=apa.sort_key)
        items = "\n".join(
            f'<li id="ref-{e.key}">{self.entry_html(e)} '
            f'<a href="{bibliography_url}#{e.key}">[{escape(self.labels["in_bibliography"])}]</a></li>'
            for e in entries)
        return f'<div class="kb-references"><ul>\n{items}\n</ul></div>'

    def references_heading(self) -> str:
        """Markdown for the reference-list heading (so that it is in the table of contents).

        The section is left out of the search index (`data-search-exclude`, which
        Material's search plugin honours and then strips from the page): every
        entry is already indexed once on the bibliography page, whose "Cited on"
        leads to the citing pages, and the lists were a quarter of each
        language's index.
        """
        return (f'\n\n## {self.labels["references"]} {{#references data-search-exclude="true"}}\n\n'
                f'{REFERENCES_TOKEN}\n')


REFERENCES_TOKEN = "kbreferencelistx"
# A block token stands alone in its paragraph (Python-Markdown wraps it in <p>);
# a citation token sits inside running text.
TOKEN = re.compile(r"<p>(kbreferencelistx|kbblock\d{5}x)</p>|kbcite\d{5}x")


def block_token(parts: dict[str, str], html: str) -> str:
    """Markdown for a block of generated HTML that goes in after the conversion (`fill`).

    Long generated lists and tables (the bibliography, the checklist, the
    translation status) cost Python-Markdown several times what the rest of a
    page costs, and they need nothing from it: they are written as HTML and kept
    out of its way, like citations.
    """
    token = f"kbblock{len(parts):05d}x"
    parts[token] = html
    return f"\n\n{token}\n\n"


def fill(html: str, parts: dict[str, str]) -> str:
    """Put the HTML of citations, the reference list and generated blocks in place of their tokens."""
    return TOKEN.sub(lambda m: parts.get(m.group(1) or m.group(0), m.group(0)), html)
