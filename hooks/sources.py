"""Read every Markdown source of the docs folder once, parsed, with a cache keyed by mtime."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from hooks.findings import Finding
from hooks.frontmatter import Document, parse
from hooks.languages import split_language

_CACHE: dict[str, tuple[tuple[int, int], Document, list[Finding]]] = {}


@dataclass
class Sources:
    """All Markdown documents of a docs folder, keyed by docs-relative POSIX path."""

    docs_dir: Path
    documents: dict[str, Document] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)
    other_files: set[str] = field(default_factory=set)
    # Results derived from these documents (catalogue, standards), computed once per
    # build instead of once per language and per page that shows them.
    memo: dict[tuple[str, str], Any] = field(default_factory=dict, repr=False, compare=False)

    def derived(self, key: tuple[str, str], compute: Callable[[], Any]) -> Any:
        """`compute()`, once per build for each `key`; later calls return the same result."""
        if key not in self.memo:
            self.memo[key] = compute()
        return self.memo[key]

    def language_of(self, path: str) -> str:
        return split_language(path)[0]

    def base_of(self, path: str) -> str:
        return split_language(path)[1]

    def by_base(self) -> dict[str, dict[str, Document]]:
        """Group documents by base path: {"a.md": {"en": doc, "fi": doc}}."""
        groups: dict[str, dict[str, Document]] = {}
        for path, doc in self.documents.items():
            language, base = split_language(path)
            groups.setdefault(base, {})[language] = doc
        return groups

    def display(self, path: str) -> str:
        """The path as a contributor sees it from the repository root."""
        return f"{self.docs_dir.name}/{path}"


def load(docs_dir: Path) -> Sources:
    """Read and parse every file under `docs_dir` (Markdown parsed, other files listed)."""
    sources = Sources(docs_dir=docs_dir)
    for root, dirs, names in os.walk(docs_dir):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            full = Path(root) / name
            rel = full.relative_to(docs_dir).as_posix()
            if not name.endswith(".md"):
                sources.other_files.add(rel)
                continue
            stat = full.stat()
            key = (stat.st_mtime_ns, stat.st_size)
            cached = _CACHE.get(str(full))
            if cached is None or cached[0] != key:
                doc, found = parse(f"{docs_dir.name}/{rel}", full.read_text(encoding="utf-8"))
                cached = (key, doc, found)
                _CACHE[str(full)] = cached
            sources.documents[rel] = cached[1]
            sources.findings.extend(cached[2])
    return sources
