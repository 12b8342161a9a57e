"""Checks of the data files behind generated tables: `data/monitoring.yml` and `data/helplines.yml`.

Each file is validated against its JSON Schema (an unknown field, a missing
source or a malformed date is an error at its line); every source that is not a
URL must be a key in bibliography.bib; the translated texts go through the
termbase check like the pages do.
"""

from __future__ import annotations

import difflib
from pathlib import Path
from typing import Any, Iterator

from hooks import helplines, monitoring
from hooks.translations import termbase
from hooks.data_files import DataFile, Path_, walk
from hooks.findings import Finding


def _facts(value: Any) -> Iterator[tuple[Path_, dict[str, Any]]]:
    """Every value that carries a `source`, with its path."""
    return ((path, node) for path, node in walk(value) if isinstance(node, dict) and "source" in node)


def _sources(value: Any) -> Iterator[tuple[Path_, str]]:
    """Every source of every value, with its path (a list's items one by one)."""
    for path, fact in _facts(value):
        item = fact["source"]
        if isinstance(item, list):
            yield from ((path + ("source", index), str(one)) for index, one in enumerate(item))
        else:
            yield path + ("source",), str(item)


def source_keys(parsed: DataFile, bib_keys: set[str]) -> list[Finding]:
    """A source that is not a URL names a bibliography entry."""
    found = []
    for where, source in _sources(parsed.data):
        if source.startswith(("http://", "https://")) or source in bib_keys:
            continue
        close = difflib.get_close_matches(source, list(bib_keys), n=1)
        found.append(Finding(parsed.path, parsed.line(where), f"source '{source}' is neither a URL nor a key in "
                             "bibliography.bib.",
                             f"did you mean '{close[0]}'?" if close else "add the reference to bibliography.bib "
                             "first, or give the URL you checked the value in."))
    return found


def secondary_sources(parsed: DataFile) -> list[Finding]:
    """A URL marked `secondary` is one of the fact's sources (the label is shown on that link)."""
    found = []
    for where, fact in _facts(parsed.data):
        sources = fact["source"] if isinstance(fact["source"], list) else [fact["source"]]
        for index, url in enumerate(fact.get("secondary") or []):
            if url not in sources:
                found.append(Finding(parsed.path, parsed.line(where + ("secondary", index)), f"'{url}' is marked "
                                     "secondary but is not among this value's sources.", "copy the URL exactly "
                                     "from 'source', or add it there."))
    return found


def check(data_dir: Path, bib_keys: set[str], terms: termbase.Termbase) -> list[Finding]:
    findings: list[Finding] = []
    for parsed in (monitoring.load(data_dir), helplines.load(data_dir)):
        findings += parsed.findings
        if parsed.data is not None:
            findings += source_keys(parsed, bib_keys)
            findings += secondary_sources(parsed)
            findings += termbase.check_data(parsed, terms)
    return findings


def cited_keys(data_dir: Path) -> set[str]:
    """Bibliography keys the data files cite (they count as cited, like keys on pages)."""
    return {source for parsed in (monitoring.load(data_dir), helplines.load(data_dir))
            for _, source in _sources(parsed.data) if not source.startswith(("http://", "https://"))}
