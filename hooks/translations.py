"""Translation status: which pages are translated, outdated or missing, per language.

A translated page records the content hash of the English file it translates in
`translation_of:`; when the English file changes, the hash no longer matches and
the translation is reported outdated (never an error: readers see a notice).
Run `python -m hooks.translations --stamp docs/page.fi.md` after translating.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from hooks.findings import Finding
from hooks.languages import TRANSLATIONS, localized, split_language
from hooks.sources import Sources

STAMP_FIELD = "translation_of"


def source_hash(text: str) -> str:
    """The 12-hex-digit content hash of an English source file."""
    return hashlib.sha256(text.replace("\r\n", "\n").encode("utf-8")).hexdigest()[:12]


@dataclass(frozen=True)
class Status:
    """One page in one language: 'translated', 'outdated' or 'missing'."""

    base: str
    language: str
    state: str


def statuses(sources: Sources) -> list[Status]:
    """The status of every English page in every other language."""
    result = []
    english = sorted(p for p in sources.documents if split_language(p)[0] == "en")
    for base in english:
        expected = source_hash(sources.documents[base].text)
        for language in TRANSLATIONS:
            doc = sources.documents.get(localized(base, language))
            if doc is None:
                state = "missing"
            elif str(doc.meta.get(STAMP_FIELD, "")) == expected:
                state = "translated"
            else:
                state = "outdated"
            result.append(Status(base, language, state))
    return result


def check(sources: Sources) -> list[Finding]:
    """Errors for broken translations: no English original, or no `translation_of` stamp."""
    findings = []
    for path, doc in sources.documents.items():
        language, base = split_language(path)
        if language == "en":
            continue
        if base not in sources.documents:
            findings.append(Finding(doc.path, 1, f"this {language} page translates docs/{base}, "
                                    "which does not exist.", "rename it after an existing English "
                                    "page, or add the English original first."))
        elif STAMP_FIELD not in doc.meta:
            findings.append(Finding(doc.path, 1, f"translated page has no '{STAMP_FIELD}' field, so "
                                    "nobody can tell when it falls out of date.",
                                    f"run 'make stamp FILE={doc.path}' once the translation matches "
                                    "the English page."))
    return findings


def stamp(path: Path) -> str:
    """Write the current hash of the English source into the translated file's front matter."""
    docs_dir = next(p for p in path.resolve().parents if p.name == "docs")
    language, base = split_language(path.resolve().relative_to(docs_dir).as_posix())
    if language == "en":
        raise SystemExit(f"{path}: an English page needs no stamp; stamp its translations.")
    digest = source_hash((docs_dir / base).read_text(encoding="utf-8"))
    text = path.read_text(encoding="utf-8")
    line = f'{STAMP_FIELD}: "{digest}"'  # quoted: an all-digit hash must stay a string
    if re.search(rf"^{STAMP_FIELD}:.*$", text, flags=re.M):
        text = re.sub(rf"^{STAMP_FIELD}:.*$", line, text, count=1, flags=re.M)
    elif text.startswith("---\n"):
        text = "---\n" + line + "\n" + text[4:]
    else:
        text = f"---\n{line}\n---\n\n{text}"
    path.write_text(text, encoding="utf-8")
    return digest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stamp", nargs="+", type=Path, required=True,
                        help="translated files to mark as matching their English source now")
    args = parser.parse_args(argv)
    for path in args.stamp:
        print(f"{path}: {STAMP_FIELD}: {stamp(path)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
