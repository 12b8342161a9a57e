"""APA 7 formatting of bibliography entries: author–year labels and reference-list HTML.

pybtex parses the bibliography, but its bundled styles (plain, unsrt, alpha)
are numeric BibTeX styles with no author–year labels, so the APA rules are
written out here; results are cached per entry and language.
"""

from __future__ import annotations

from functools import lru_cache
from html import escape

from hooks.citations.bibliography import Entry
from hooks.dates import apa_date, retrieval_date


def _initials(first: str) -> str:
    parts = []
    for word in first.replace(".", ". ").split():
        pieces = [p for p in word.split("-") if p]
        parts.append("-".join(p[0] + "." for p in pieces if p[0].isalpha()))
    return " ".join(p for p in parts if p)


def _name(person: tuple[str, str]) -> str:
    last, first = person
    initials = _initials(first)
    return f"{last}, {initials}" if initials else last


def people_list(people: list[tuple[str, str]], amp: str = "&") -> str:
    """APA reference-list author list: up to 20 names, '&' before the last."""
    names = [_name(p) for p in people]
    if len(names) == 1:
        return names[0]
    if len(names) > 20:
        return ", ".join(names[:19]) + ", … " + names[-1]
    return ", ".join(names[:-1]) + f", {amp} " + names[-1]


def label_names(entry: Entry, labels: dict[str, str], narrative: bool) -> str:
    """In-text author part: 'Babcock et al.', 'Kelly & Westmarland' (narrative: 'Kelly and ...')."""
    people = entry.authors or entry.editors
    lasts = [p[0] for p in people] or [entry.fields.get("title", entry.key)]
    if len(lasts) == 1:
        return lasts[0]
    if len(lasts) == 2:
        joiner = labels["and"] if narrative else labels["amp"]
        return f"{lasts[0]} {joiner} {lasts[1]}"
    return f"{lasts[0]} {labels['et_al']}"


def year_of(entry: Entry, labels: dict[str, str]) -> str:
    """The year of an in-text citation: the year of publication or update, else n.d."""
    return entry.published[:4] or labels["nd"]


def with_suffix(year: str, index: int, labels: dict[str, str]) -> str:
    """2020a, 2020b; n.d.-a, n.d.-b (APA 7 adds a hyphen after n.d.)."""
    letter = chr(ord("a") + index)
    return f"{year}-{letter}" if year == labels["nd"] else f"{year}{letter}"


def _link(url: str) -> str:
    return f'<a href="{escape(url)}">{escape(url)}</a>'


def _date_part(entry: Entry, year: str, language: str) -> str:
    """'(2017, May 3)', '(2017b)', '(n.d.)': the year label with the month and day the source shows."""
    published = entry.published
    if len(published) > 4 and year[:4] == published[:4]:
        return year + apa_date(published, language)[4:]
    return year


@lru_cache(maxsize=4096)
def reference_html(entry: Entry, year: str, labels_items: tuple[tuple[str, str], ...], language: str = "en") -> str:
    """One APA 7 reference as HTML (without the surrounding <li>)."""
    labels = dict(labels_items)
    f = {k: escape(v) for k, v in entry.fields.items()}
    people = entry.authors or entry.editors
    author = escape(people_list(people))
    if not entry.authors and entry.editors:
        author += f" ({labels['eds'] if len(entry.editors) > 1 else labels['ed']})"
    if author and not author.endswith("."):
        author += "."
    title = f.get("title", entry.key)
    parts = [f"{author} ({escape(_date_part(entry, year, language))})."]
    publisher = f.get("publisher") or f.get("institution") or f.get("school") or ""
    if publisher and people and publisher == escape(people[0][0]):
        publisher = ""  # APA: omit the publisher when it is also the author
    if entry.type == "article":
        parts.append(f"{title}.")
        journal = f"<em>{f.get('journal', '')}</em>"
        if f.get("volume"):
            journal += f", <em>{f['volume']}</em>"
            if f.get("number"):
                journal += f"({f['number']})"
        if f.get("pages"):
            journal += f", {f['pages']}"
        parts.append(journal + ".")
    elif entry.type in ("incollection", "inproceedings"):
        parts.append(f"{title}.")
        where = f"{labels['in']} <em>{f.get('booktitle', '')}</em>"
        if f.get("pages"):
            where += f" ({labels['pages']} {f['pages']})"
        parts.append(where + ".")
        if publisher:
            parts.append(f"{publisher}.")
    else:
        extra = []
        if f.get("edition"):
            extra.append(f"{f['edition']}. {labels['edition']}")
        report = " ".join(x for x in (f.get("type", ""), f.get("number", "")) if x)
        if report:
            extra.append(report)
        parts.append(f"<em>{title}</em>" + (f" ({'; '.join(extra)})" if extra else "") + ".")
        if f.get("howpublished"):
            parts.append(f"{f['howpublished']}.")
        if publisher:
            parts.append(f"{publisher}.")
    if entry.fields.get("doi"):
        parts.append(_link("https://doi.org/" + entry.fields["doi"]))
    elif entry.fields.get("url") and not entry.published and entry.fields.get("urldate"):
        # APA 7: an undated page that may change carries the day it was retrieved.
        parts.append(labels["retrieved"].format(date=escape(retrieval_date(entry.fields["urldate"], language)),
                                                url=_link(entry.fields["url"])))
    elif entry.fields.get("url"):
        parts.append(_link(entry.fields["url"]))
    if entry.fields.get("isbn") and not entry.fields.get("doi"):
        parts.append(f"ISBN {f['isbn']}.")
    return " ".join(p for p in parts if p.strip(" ."))


def sort_key(entry: Entry) -> tuple[str, str, str]:
    people = entry.authors or entry.editors
    first = people[0][0] if people else entry.fields.get("title", "")
    # APA 7: works with no date come before dated works of the same author.
    return (first.lower(), entry.published, entry.fields.get("title", "").lower())
