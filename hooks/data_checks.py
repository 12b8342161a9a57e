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
from hooks.data_files import DataFile, Path_
from hooks.findings import Finding


def _sources(value: Any, path: Path_) -> Iterator[tuple[Path_, str]]:
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "source":
                for index, one in enumerate(item if isinstance(item, list) else [item]):
                    yield (path + (key, index) if isinstance(item, list) else path + (key,)), str(one)
            else:
                yield from _sources(item, path + (str(key),))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _sources(item, path + (index,))


def source_keys(parsed: DataFile, bib_keys: set[str]) -> list[Finding]:
    """A source that is not a URL names a bibliography entry."""
    found = []
    for where, source in _sources(parsed.data, ()):
        if source.startswith(("http://", "https://")) or source in bib_keys:
            continue
        close = difflib.get_close_matches(source, list(bib_keys), n=1)
        found.append(Finding(parsed.path, parsed.line(where), f"source '{source}' is neither a URL nor a key in "
                             "bibliography.bib.",
                             f"did you mean '{close[0]}'?" if close else "add the reference to bibliography.bib "
                             "first, or give the URL you checked the value in."))
    return found


def _facts(value: Any, path: Path_) -> Iterator[tuple[Path_, dict[str, Any]]]:
    if isinstance(value, dict):
        if "source" in value:
            yield path, value
        for key, item in value.items():
            yield from _facts(item, path + (str(key),))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _facts(item, path + (index,))


def secondary_sources(parsed: DataFile) -> list[Finding]:
    """A URL marked `secondary` is one of the fact's sources (the label is shown on that link)."""
    found = []
    for where, fact in _facts(parsed.data, ()):
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
            for _, source in _sources(parsed.data, ()) if not source.startswith(("http://", "https://"))}
