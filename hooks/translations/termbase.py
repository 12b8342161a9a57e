"""The termbase (`data/glossary.yml`): the glossary page in every language, and the term check.

One record per term, with its rendering and a short definition in each of the
six languages, the variants a translation may use (`also`), the forms it must
not use (`avoid`) and, where the rendering is official or established, its
`source`. From it:

- `glossary_markdown` writes the glossary page in the reader's language;
- `check_page` and `check_data` report, with file:line, a translation that uses
  an avoided form, or that leaves a termbase term in English (a deliberate
  quotation in another language is marked with its language, `*term*{lang=en}`
  or a Norwegian programme name on a Danish page `*…nære relasjoner*{lang=nb}`,
  and left alone).

No spell checker or terminology tool here knows Nordic social-work terms or
this site's suffix layout, so the matching is our own: avoided forms match at
the start of a word (stems, for inflecting languages), English terms match as
whole words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from html import escape
from pathlib import Path
from typing import Any, Callable, Iterator

from hooks import data_files
from hooks.findings import Finding
from hooks.frontmatter import Document
from hooks.languages import LANGUAGES, TRANSLATIONS
from hooks.markdown_scan import FENCE

FILE = "glossary.yml"
SCHEMA = "glossary.schema.json"
# Front matter fields that readers see as text (the rest are ids, keys, dates, codes).
TEXT_FIELDS = frozenset({"title", "description", "summary", "criteria", "indicators"})
# Parts of a Markdown line that are not running text: blanked before matching.
_NOT_TEXT = re.compile(
    r"\*{1,2}[^*]+\*{1,2}\{:?\s*lang=\"?[a-z]{2,3}\"?\s*\}"  # a quotation marked with its language
    r"|<!--.*?-->|`[^`]*`|\]\([^)]*\)|<[^>]+>|\[-?@[^\]]*\]|(?<![\w@])@[A-Za-z][\w-]*\d{4}[a-z]?"
    r"|\{[^}]*\}|https?://\S+")
NAMES = {"en": "English", "fi": "Finnish", "sv": "Swedish", "nb": "Norwegian Bokmål", "da": "Danish",
         "is": "Icelandic"}


@dataclass(frozen=True)
class Term:
    """One termbase record: its id, its entry per language and the line it starts on."""

    id: str
    entries: dict[str, dict[str, Any]]
    line: int

    def forms(self, language: str) -> list[str]:
        """The preferred rendering and the accepted variants in `language`."""
        entry = self.entries[language]
        return [part.strip() for text in [entry["term"], *entry.get("also", [])] for part in text.split(" / ")]


@dataclass
class Termbase:
    """The parsed termbase, where it is shown to contributors, and what is wrong with it."""

    display: str
    terms: list[Term]
    findings: list[Finding]


def load(data_dir: Path, display_dir: str = "data") -> Termbase:
    """Read and validate `data_dir/glossary.yml`; records with schema errors are still used where whole."""
    display = f"{display_dir}/{FILE}"
    parsed = data_files.load(data_dir / FILE, display, SCHEMA)
    terms: list[Term] = []
    findings = list(parsed.findings)
    seen: dict[str, int] = {}
    for index, record in enumerate(parsed.data if isinstance(parsed.data, list) else []):
        if not isinstance(record, dict) or not all(isinstance(record.get(l), dict) and record[l].get("term")
                                                   for l in LANGUAGES):
            continue  # the schema error is already reported
        line = parsed.line((index,))
        ident = str(record.get("id", ""))
        if ident in seen:
            findings.append(Finding(display, line, f"term id '{ident}' is used twice (first at line "
                                    f"{seen[ident]}).", "give each record its own id: it is the term's "
                                    "anchor on the glossary page."))
            continue
        seen[ident] = line
        term = Term(ident, {l: record[l] for l in LANGUAGES}, line)
        for language in LANGUAGES:
            for avoided in term.entries[language].get("avoid", []):
                clash = next((f for f in term.forms(language) if _avoided(avoided).match(f)), None)
                if clash:
                    findings.append(Finding(display, parsed.line((index, language, "avoid")),
                                            f"'{ident}' avoids '{avoided}' in {NAMES[language]}, which also "
                                            f"matches its own term '{clash}'.",
                                            "make the avoided form longer, so it matches only what is avoided."))
        terms.append(term)
    return Termbase(display, terms, findings)


@lru_cache(maxsize=None)
def _avoided(stem: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])" + re.escape(stem), re.IGNORECASE)


@lru_cache(maxsize=None)
def _english(phrase: str) -> re.Pattern[str]:
    words = r"[\s-]+".join(re.escape(w) for w in re.split(r"[\s-]+", phrase))
    return re.compile(rf"(?<![\w-]){words}(?![\w-])", re.IGNORECASE)


def _text(text: str) -> str:
    """`text` with everything that is not running text blanked out (offsets kept)."""
    return _NOT_TEXT.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), text)


def page_lines(doc: Document) -> Iterator[tuple[int, str]]:
    """(line number, text) of what a reader sees of a page: text fields of the front matter, then the body."""
    lines = doc.text.split("\n")
    field = ""
    for number in range(2, doc.body_line - 1):
        line = lines[number - 1]
        if line and not line[0].isspace() and ":" in line:
            field = line.split(":", 1)[0].strip()
            line = line.split(":", 1)[1]
        if field in TEXT_FIELDS:
            yield number, line
    in_fence = ""
    for offset, line in enumerate(doc.body.split("\n")):
        fence = FENCE.match(line)
        if fence:
            in_fence = "" if in_fence == fence.group(1) else (in_fence or fence.group(1))
            continue
        if not in_fence:
            yield doc.body_line + offset, line


def _paragraphs(lines: Iterator[tuple[int, str]]) -> Iterator[tuple[list[int], str]]:
    """Consecutive lines joined (a term may be broken across two lines), with each line's
    first offset in the joined text, so a match is reported on the line it starts on."""
    starts: list[int] = []
    numbers: list[int] = []
    parts: list[str] = []
    previous = None
    for number, raw in lines:
        if not raw.strip() or (previous is not None and number != previous + 1):
            if parts:
                yield list(zip(starts, numbers)), _text("\n".join(parts))
            starts, numbers, parts = [], [], []
        if raw.strip():
            starts.append(sum(len(p) + 1 for p in parts))
            numbers.append(number)
            parts.append(raw)
        previous = number
    if parts:
        yield list(zip(starts, numbers)), _text("\n".join(parts))


def _line_at(offsets: list[tuple[int, int]], position: int) -> int:
    return next(number for start, number in reversed(offsets) if start <= position)


def _usage(path: str, lines: Iterator[tuple[int, str]], language: str, base: Termbase) -> list[Finding]:
    findings = []
    for offsets, text in _paragraphs(lines):
        for term in base.terms:
            entry = term.entries[language]
            preferred = entry["term"]
            for avoided in entry.get("avoid", []):
                for match in _avoided(avoided).finditer(text):
                    word = re.match(r"[\w-]+(?:\s[\w-]+)*", text[match.start():match.end() + 40]).group(0)
                    word = word if " " in avoided else word.split()[0]
                    why = f" {entry['why']}" if entry.get("why") else ""
                    findings.append(Finding(path, _line_at(offsets, match.start()), f"'{word}' is a form the "
                                            f"termbase avoids in {NAMES[language]} (for "
                                            f"'{term.entries['en']['term']}').",
                                            f"use '{preferred}' ({base.display}:{term.line}).{why}"))
            own = " ".join(term.forms(language)).lower()
            for english in term.forms("en"):
                if english.lower() in own:
                    continue  # the same word in both languages (a name, an acronym)
                for match in _english(english).finditer(text):
                    shown = " ".join(match.group(0).split())
                    findings.append(Finding(path, _line_at(offsets, match.start()), f"'{shown}' is left in "
                                            f"English; the termbase has a {NAMES[language]} term for it.",
                                            f"write '{preferred}' ({base.display}:{term.line}), or mark a "
                                            f"deliberate English quotation as *{shown}*{{lang=en}}."))
    return findings


def check_page(doc: Document, language: str, base: Termbase) -> list[Finding]:
    """Term findings for one translated page."""
    if language not in TRANSLATIONS:
        return []
    return _usage(doc.path, page_lines(doc), language, base)


def check_data(parsed: data_files.DataFile, base: Termbase) -> list[Finding]:
    """Term findings for the translated texts of a data file (`{en: …, fi: …}` mappings)."""
    found: list[Finding] = []

    def walk(value: Any, path: tuple[str | int, ...]) -> None:
        if isinstance(value, dict):
            for key, item in value.items():
                if key in TRANSLATIONS and isinstance(item, str):
                    found.extend(_usage(parsed.path, iter([(parsed.line(path + (key,)), line)
                                                           for line in item.split("\n")]), key, base))
                else:
                    walk(item, path + (key,))
        elif isinstance(value, list):
            for index, item in enumerate(value):
                walk(item, path + (index,))

    walk(parsed.data, ())
    return found


def glossary_markdown(base: Termbase, language: str, labels: dict[str, str], defer: Callable[[str], str]) -> str:
    """The glossary in `language`: every term with its definition, then one table of all six languages."""
    out = []
    for term in base.terms:
        entry = term.entries[language]
        heading = entry["term"][:1].upper() + entry["term"][1:]
        out.append(f"\n### {heading} {{ #{term.id} }}\n\n{entry['definition'].strip()}\n")
        if entry.get("also"):
            out.append(f"\n*{labels['glossary_also']}*: " + ", ".join(entry["also"]) + "\n")
        if entry.get("source"):
            source = str(entry["source"])
            cite = f"[{labels['source']}]({source})" if source.startswith("http") else f"[@{source}]"
            out.append(f"\n*{labels['glossary_source']}*: {cite}\n")
    head = "<tr>" + "".join(f'<th scope="col">{escape(labels["language_" + l])}</th>' for l in LANGUAGES) + "</tr>"
    rows = []
    for term in base.terms:
        cells = "".join(f'<td lang="{l}">{escape(", ".join([term.entries[l]["term"], *term.entries[l].get("also", [])]))}</td>'
                        for l in LANGUAGES)
        rows.append(f"<tr>{cells}</tr>")
    table = f"<table>\n<thead>{head}</thead>\n<tbody>\n" + "\n".join(rows) + "\n</tbody>\n</table>"
    out.append(f"\n## {labels['glossary_table']} {{ #terms-in-six-languages }}\n\n{defer(table)}\n")
    return "\n".join(out)
