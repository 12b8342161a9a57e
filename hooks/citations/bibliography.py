"""Read `bibliography.bib` with pybtex, entry by entry, and check every entry.

Each entry is parsed on its own so that one broken entry is reported with its
line and does not hide the others; duplicate keys are found here rather than by
pybtex's strict mode, which stops at the first one.
"""

from __future__ import annotations

import hashlib
import pickle
import re
from dataclasses import dataclass, field
from pathlib import Path

from pybtex.database import parse_string
from pybtex.scanner import PybtexError

from hooks import cache_files
from hooks.findings import Finding

ENTRY_START = re.compile(r"^@([A-Za-z]+)\s*\{\s*([^,\s]*)\s*,?", re.M)
DOI = re.compile(r"^10\.\d{4,9}/\S+$")
# biblatex dates (ISO 8601), as precise as the source shows them: 2017, 2017-05 or 2017-05-03.
ISO_DATE = re.compile(r"^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$")
FULL_DATE = re.compile(r"^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$")
# Web pages: cited with the date they were retrieved when they show no date of their own.
ONLINE_TYPES = ("misc", "online")
ISBN = re.compile(r"^(?:97[89][- ]?)?(?:\d[- ]?){9}[\dX]$")

CONTAINER: dict[str, tuple[str, ...]] = {
    "article": ("journal",),
    "incollection": ("booktitle", "publisher"),
    "inproceedings": ("booktitle",),
    "book": ("publisher",),
    "techreport": ("institution",),
    "report": ("institution",),
    "phdthesis": ("school",),
    "mastersthesis": ("school",),
    "misc": (),
    "online": (),
}


@dataclass(eq=False)
class Entry:
    """One bibliography entry with plain-text fields and its people (last, first names)."""

    key: str
    type: str
    line: int
    fields: dict[str, str]
    authors: list[tuple[str, str]] = field(default_factory=list)
    editors: list[tuple[str, str]] = field(default_factory=list)
    field_lines: dict[str, int] = field(default_factory=dict)

    @property
    def online(self) -> bool:
        """A web page: a @misc or @online entry found by its URL alone (no DOI, no ISBN)."""
        return (self.type in ONLINE_TYPES and bool(self.fields.get("url"))
                and not self.fields.get("doi") and not self.fields.get("isbn"))

    @property
    def published(self) -> str:
        """The date of publication or last update as recorded ('2017', '2017-05', '2017-05-03'),
        or '' for a work with no date (APA: n.d.)."""
        return self.fields.get("date") or self.fields.get("year", "")


@dataclass
class Bibliography:
    path: str
    entries: dict[str, Entry] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)


def detex(text: str) -> str:
    """Plain text from the little LaTeX that titles and names carry."""
    text = text.replace("\\&", "&").replace("---", "—").replace("--", "–").replace("~", " ")
    text = re.sub(r"\\[a-zA-Z]+\s*\{([^{}]*)\}", r"\1", text)
    return re.sub(r"\s+", " ", text.replace("{", "").replace("}", "")).strip()


def _person(person) -> tuple[str, str]:
    last = detex(" ".join(person.prelast_names + person.last_names))
    first = detex(" ".join(person.first_names + person.middle_names))
    return last, first


_CACHE: dict[str, tuple[tuple[int, int], Bibliography]] = {}


def load(path: Path, display: str = "bibliography.bib") -> Bibliography:
    """Parse and check the bibliography; cached until the file changes."""
    stat = path.stat()
    key = (stat.st_mtime_ns, stat.st_size)
    cached = _CACHE.get(str(path))
    if cached and cached[0] == key:
        return cached[1]
    text = path.read_text(encoding="utf-8")
    bib = _from_disk(path, display, text)
    _CACHE[str(path)] = (key, bib)
    return bib


def _from_disk(path: Path, display: str, text: str) -> Bibliography:
    """Parse `text`, reusing the result of an earlier process while the file is unchanged.

    pybtex takes about half a second for a hundred entries parsed one by one (needed
    for per-entry line numbers), in every build process; the parsed result is kept in
    `.cache/` next to the file, keyed by a hash of its text.
    """
    code = Path(__file__).read_bytes()  # a changed parser never reads an old result
    digest = hashlib.sha256(code + f"{display}\n{text}".encode("utf-8")).hexdigest()[:16]
    cache = path.parent / ".cache" / f"bibliography-{digest}.pickle"
    try:
        return pickle.loads(cache.read_bytes())  # noqa: S301 - our own cache file
    except (OSError, pickle.PickleError, EOFError, AttributeError, ImportError):
        pass
    bib = parse(display, text)
    try:
        for old in cache.parent.glob("bibliography-*.pickle"):
            old.unlink(missing_ok=True)
        cache_files.write(cache, pickle.dumps(bib))
    except OSError:
        pass  # a read-only checkout still builds, only slower
    return bib


def parse(display: str, text: str) -> Bibliography:
    bib = Bibliography(display)
    starts = [m for m in ENTRY_START.finditer(text) if m.group(1).lower() not in ("comment", "preamble", "string")]
    for index, match in enumerate(starts):
        end = starts[index + 1].start() if index + 1 < len(starts) else len(text)
        line = text.count("\n", 0, match.start()) + 1
        chunk = text[match.start():end]
        key = match.group(2)
        if not key:
            bib.findings.append(Finding(display, line, "entry has no citation key.",
                                        "write '@type{key,' with a key like 'surname2024'."))
            continue
        if key in bib.entries:
            bib.findings.append(Finding(display, line, f"duplicate key '{key}' (first at line "
                                        f"{bib.entries[key].line}).", "give one of them another key, "
                                        "or merge them if they are the same work."))
            continue
        try:
            data = parse_string(chunk, "bibtex")
        except (PybtexError, Exception) as error:  # pybtex raises several types for bad input
            reason = str(error).splitlines()[0] if str(error) else type(error).__name__
            bib.findings.append(Finding(display, line, f"entry '{key}' cannot be parsed ({reason}).",
                                        "check braces and that every field ends with a comma."))
            continue
        if not data.entries:
            bib.findings.append(Finding(display, line, f"entry '{key}' cannot be parsed.",
                                        "check braces and that every field ends with a comma."))
            continue
        parsed = next(iter(data.entries.values()))
        fields = {k.lower(): detex(v) for k, v in parsed.fields.items()}
        entry = Entry(key=key, type=parsed.type.lower(), line=line, fields=fields,
                      authors=[_person(p) for p in parsed.persons.get("author", [])],
                      editors=[_person(p) for p in parsed.persons.get("editor", [])],
                      field_lines=_field_lines(chunk, line, fields))
        bib.entries[key] = entry
        bib.findings.extend(check_entry(display, entry))
    return bib


def _field_lines(chunk: str, first_line: int, fields: dict[str, str]) -> dict[str, int]:
    """The line of each field in the file, so that a finding can point at the field itself."""
    lines = {}
    for name in fields:
        match = re.search(rf"^\s*{re.escape(name)}\s*=", chunk, re.M | re.I)
        if match:
            lines[name] = first_line + chunk.count("\n", 0, match.start())
    return lines


def check_dates(display: str, entry: Entry) -> list[Finding]:
    """APA 7 dates: a work is dated by its publication or last update, never by the day it was read.

    A web page (`Entry.online`) needs `urldate`, the day it was retrieved; if it shows no
    date of its own it has neither `year` nor `date` and is cited as n.d. A `year` that
    equals the retrieval year is the usual slip of writing down the year of reading: it
    passes only as a `date`, which records that a publication date was seen on the page.
    """
    found = []
    year, date, urldate = (entry.fields.get(name, "") for name in ("year", "date", "urldate"))

    def add(name: str, message: str, hint: str) -> None:
        found.append(Finding(display, entry.field_lines.get(name, entry.line), f"entry '{entry.key}' {message}",
                             hint))

    if year and not re.fullmatch(r"\d{4}[a-z]?", year):
        add("year", f"has the year '{year}'.", "write a four-digit year, e.g. 'year = {2021}'; for a web page "
            "that shows no date, remove 'year' and give 'urldate' (the reference then reads n.d.).")
    if date and not ISO_DATE.match(date):
        add("date", f"has the date '{date}', which is not YYYY, YYYY-MM or YYYY-MM-DD.",
            "write the publication or update date as precisely as the source shows it, e.g. "
            "'date = {2017-05-03}' or 'date = {2017-05}'.")
    if year and date and ISO_DATE.match(date) and not year.startswith(date[:4]):
        add("year", f"gives the year {year} but the date {date}.", "keep one of them: 'date' as seen in the "
            "source, or 'year' alone.")
    if urldate and not FULL_DATE.match(urldate):
        add("urldate", f"has the retrieval date '{urldate}'.", "write the day you read the page as "
            "'urldate = {YYYY-MM-DD}'.")
    if entry.online and not urldate:
        add("url", "is a web page without a retrieval date.", "add 'urldate = {YYYY-MM-DD}', the day you "
            "read the page (APA 7 shows it for undated pages).")
    if not year and not date and not (entry.online and urldate):
        add("title", "has no date.", "add 'date = {YYYY-MM-DD}' (or YYYY-MM, YYYY) as the source shows it, "
            "or 'year = {...}'; a web page that shows no date has no year but a 'urldate', and is cited as n.d.")
    if year and not date and FULL_DATE.match(urldate) and year[:4] == urldate[:4]:
        add("year", f"gives {year}, the year the page was retrieved (urldate {urldate}), as its year of "
            "publication.", f"if the page shows a publication or update date in {year[:4]}, write it as "
            f"'date = {{{year[:4]}-MM-DD}}' (as precise as shown) instead of 'year'; if it shows none, remove "
            "'year': the reference then reads n.d. with its retrieval date.")
    return found


def check_entry(display: str, entry: Entry) -> list[Finding]:
    """Required fields by type, DOI and ISBN syntax, and a DOI, URL or ISBN for every entry."""
    found = []

    def add(message: str, hint: str) -> None:
        found.append(Finding(display, entry.line, f"entry '{entry.key}' {message}", hint))

    if not entry.authors and not entry.editors:
        add("has no author or editor.", "add 'author = {Surname, Given}' (an organisation in double "
            "braces: '{{Council of Europe}}').")
    if not entry.fields.get("title"):
        add("has no title.", "add 'title = {...}' as seen in the source.")
    if entry.type not in CONTAINER:
        add(f"has the type @{entry.type}, which the site cannot format.",
            "use one of: " + ", ".join(f"@{t}" for t in CONTAINER) + ".")
    else:
        for name in CONTAINER[entry.type]:
            if not entry.fields.get(name):
                add(f"(@{entry.type}) has no {name}.", f"add '{name} = {{...}}'.")
    doi = entry.fields.get("doi", "")
    if doi and not DOI.match(doi):
        add(f"has a DOI '{doi}' that is not a DOI.", "write only the DOI itself, e.g. "
            "'10.1016/j.cpr.2002.07.001', without 'https://doi.org/'.")
    isbn = entry.fields.get("isbn", "")
    if isbn and not ISBN.match(isbn):
        add(f"has an ISBN '{isbn}' that is not an ISBN-10 or ISBN-13.", "copy the ISBN digits exactly.")
    if not (doi or isbn or entry.fields.get("url")):
        add("has no DOI, URL or ISBN, so readers cannot find it.",
            "add the DOI, ISBN or URL that you checked the reference against.")
    return found + check_dates(display, entry)
