"""Check that every internal link, image and anchor in the docs resolves, in every language.

MkDocs' own `validation:` settings also report broken links and anchors, but
without line numbers and without knowing our suffix-language fallback; this
check says where the link is and how to mend it, and runs without a build.
"""

from __future__ import annotations

import difflib
import posixpath
import re
from functools import lru_cache
from urllib.parse import unquote

from hooks.findings import Finding
from hooks.languages import DEFAULT, localized, split_language
from hooks.markdown_scan import anchors, links
from hooks.sources import Sources

EXTERNAL = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")


@lru_cache(maxsize=4096)
def _suggest(name: str, candidates: tuple[str, ...]) -> str:
    """A 'did you mean' hint; cached, since one typo is often repeated across languages."""
    close = difflib.get_close_matches(name, candidates, n=1, cutoff=0.6)
    return f" Did you mean '{close[0]}'?" if close else ""


class LinkChecker:
    """Resolves links of one docs tree; build once, call `check` per document."""

    def __init__(self, sources: Sources, extra_anchors: dict[str, set[str]] | None = None,
                 generated_files: set[str] | None = None) -> None:
        self.sources = sources
        self.extra_anchors = extra_anchors or {}
        self.generated_files = generated_files or set()
        self.bases = {split_language(p)[1] for p in sources.documents}
        self.base_list = tuple(sorted(self.bases))

    @lru_cache(maxsize=None)
    def _anchors(self, doc_path: str) -> frozenset[str]:
        doc = self.sources.documents[doc_path]
        base = split_language(doc_path)[1]
        return frozenset(anchors(doc.body, doc.body_line) | self.extra_anchors.get(base, set()))

    def served(self, base: str, language: str) -> str | None:
        """The document served for `base` in `language`: its translation, else the English page."""
        for candidate in (localized(base, language), base):
            if candidate in self.sources.documents:
                return candidate
        return None

    def check(self, doc_path: str) -> list[Finding]:
        doc = self.sources.documents[doc_path]
        language, base = split_language(doc_path)
        folder = posixpath.dirname(base)
        findings = []
        for link in links(doc.body, doc.body_line):
            target = link.target.strip()
            if not target or EXTERNAL.match(target) or target.startswith("//"):
                continue
            path_part, _, fragment = target.partition("#")
            path_part = unquote(path_part.split("?", 1)[0])
            kind = "image" if link.image else "link"
            if path_part.startswith("/"):
                findings.append(Finding(doc.path, link.line, f"{kind} '{target}' is absolute and breaks "
                                        "when the site is served under a sub-path or in another language.",
                                        "write it relative to this file, e.g. '../folder/page.md'."))
                continue
            if not path_part:
                if fragment and fragment not in self._anchors(doc_path):
                    findings.append(self._missing_anchor(doc.path, link.line, fragment, doc_path, "this page"))
                continue
            resolved = posixpath.normpath(posixpath.join(folder, path_part))
            if resolved.startswith(".."):
                findings.append(Finding(doc.path, link.line, f"{kind} '{target}' points outside docs/.",
                                        "link only to files inside docs/."))
                continue
            if path_part.endswith("/") or resolved + "/index.md" in self.bases and not resolved.endswith(".md"):
                findings.append(Finding(doc.path, link.line, f"{kind} '{target}' points to a folder.",
                                        f"link the file itself: '{path_part.rstrip('/')}/index.md'."))
                continue
            if resolved.endswith(".md"):
                r_language, r_base = split_language(resolved)
                if r_language != DEFAULT:
                    findings.append(Finding(doc.path, link.line, f"link '{target}' names a language "
                                            "version directly.", f"link the English file name "
                                            f"'{posixpath.basename(r_base)}': each language is served its own version."))
                    continue
                served = self.served(r_base, language)
                if served is None:
                    hint = "check the file name and folder." + _suggest(r_base, self.base_list)
                    findings.append(Finding(doc.path, link.line, f"link '{target}' leads to no page "
                                            f"(docs/{r_base} does not exist).", hint))
                    continue
                if fragment and fragment not in self._anchors(served):
                    findings.append(self._missing_anchor(doc.path, link.line, fragment, served,
                                                         f"docs/{served}"))
                continue
            if resolved not in self.sources.other_files and resolved not in self.generated_files:
                hint = "add the file under docs/ or correct the path." + _suggest(
                    resolved, tuple(sorted(self.sources.other_files | self.generated_files)))
                findings.append(Finding(doc.path, link.line, f"{kind} '{target}' leads to no file "
                                        f"(docs/{resolved} does not exist).", hint))
        return findings

    def _missing_anchor(self, path: str, line: int, fragment: str, served: str, where: str) -> Finding:
        known = sorted(self._anchors(served))
        return Finding(path, line, f"anchor '#{fragment}' does not exist on {where}.",
                       "use the id of a heading there (lower-case, spaces as '-')."
                       + _suggest(fragment, tuple(known)))


def check_nav(config_path: str, config_text: str, sources: Sources) -> list[Finding]:
    """Every `.md` entry of the nav in mkdocs.yml names an English page that exists."""
    findings = []
    in_nav = False
    for number, line in enumerate(config_text.splitlines(), start=1):
        if re.match(r"^nav:\s*$", line):
            in_nav = True
            continue
        if in_nav and line and not line[0].isspace():
            in_nav = False
        if not in_nav:
            continue
        match = re.search(r"(?:^\s*-\s*|:\s*)([\w./-]+\.md)\s*$", line)
        if match and match.group(1) not in sources.documents:
            findings.append(Finding(config_path, number, f"nav entry '{match.group(1)}' names no page "
                                    "in docs/.", "create the page or correct the path in the nav."
                                    + _suggest(match.group(1), tuple(sorted(sources.documents)))))
    return findings
