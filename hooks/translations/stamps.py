"""Translation stamps and status: which pages are translated, outdated or missing, per language.

A translated page records the content hash of the English file it translates in
`translation_of:`; when the English file changes, the hash no longer matches and
the translation is reported outdated (never an error: readers see a notice).
Start a translation with `python -m hooks.translations --start docs/page.md fi` (a copy of
the English page whose headings keep their English ids, so links into it still
work), and run `python -m hooks.translations --stamp docs/page.fi.md` after translating.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from hooks.currency import review_dates
from hooks.findings import Finding
from hooks.languages import TRANSLATIONS, localized, split_language
from hooks.markdown_scan import ATTR_ID, HEADING, heading_slug, source_lines
from hooks.sources import Sources

STAMP_FIELD = "translation_of"


# Front-matter lines that are not translated: a new review date does not outdate translations.
_UNTRANSLATED_LINE = re.compile(r"^(?:" + "|".join(review_dates.FIELDS) + r"):.*\n", re.M)


def source_hash(text: str) -> str:
    """The 12-hex-digit content hash of an English source file, without its review dates."""
    text = text.replace("\r\n", "\n")
    if text.startswith("---\n"):
        end = text.find("\n---", 4)
        if end > 0:
            text = _UNTRANSLATED_LINE.sub("", text[:end + 1]) + text[end + 1:]
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


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


def start(path: Path, language: str) -> Path:
    """Write `page.<language>.md` next to the English `path`: the English text to translate, every
    heading below the title given its English id (`## Heading { #heading }`), and no stamp yet."""
    if language not in TRANSLATIONS:
        raise SystemExit(f"{language}: not a translation language (use one of {', '.join(TRANSLATIONS)}).")
    if split_language(path.name)[0] != "en":
        raise SystemExit(f"{path}: start from the English page.")
    target = path.with_name(f"{path.stem}.{language}{path.suffix}")
    if target.exists():
        raise SystemExit(f"{target} exists already: edit it, and stamp it when it matches the English page.")
    lines = path.read_text(encoding="utf-8").split("\n")
    seen: dict[str, int] = {}
    body_start = 0
    if lines[0] == "---":
        body_start = next(i for i in range(1, len(lines)) if lines[i].rstrip() in ("---", "...")) + 1
    for number, text in source_lines("\n".join(lines[body_start:]), body_start):
        heading = HEADING.match(text)
        if not heading or len(heading.group(1)) == 1 or ATTR_ID.search(heading.group(2)):
            continue
        slug = heading_slug(heading.group(2))
        count = seen.get(slug, 0)
        seen[slug] = count + 1
        lines[number] = f"{lines[number].rstrip()} {{ #{slug if count == 0 else f'{slug}_{count}'} }}"
    target.write_text("\n".join(lines), encoding="utf-8")
    return target


def changes(path: Path) -> str:
    """What changed in the English page since `path` (a translation) was stamped, as a `git diff`.

    The stamp is a content hash, not a commit: the English file's history is searched
    for the newest commit in which it had that hash, and the diff runs from there.
    """
    docs_dir = next(p for p in path.resolve().parents if p.name == "docs")
    language, base = split_language(path.resolve().relative_to(docs_dir).as_posix())
    english = (docs_dir / base).relative_to(docs_dir.parent).as_posix()
    match = re.search(rf'^{STAMP_FIELD}:\s*"?([0-9a-f]{{12}})"?\s*$', path.read_text(encoding="utf-8"), flags=re.M)
    if match is None:
        raise SystemExit(f"{path}: no '{STAMP_FIELD}' stamp; compare it with {english} as a whole.")

    def git(*args: str) -> str:
        return subprocess.run(["git", *args], cwd=docs_dir.parent, capture_output=True, text=True, check=True).stdout

    if source_hash((docs_dir / base).read_text(encoding="utf-8")) == match.group(1):
        return ""
    for commit in git("log", "--format=%H", "--", english).split():
        if source_hash(git("show", f"{commit}:{english}")) == match.group(1):
            return git("diff", commit, "--", english)
    raise SystemExit(f"{path}: no commit of {english} has the stamped hash {match.group(1)}; "
                     "compare the translation with the English page as a whole.")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--stamp", nargs="+", type=Path,
                        help="translated files to mark as matching their English source now")
    action.add_argument("--start", nargs=2, metavar=("ENGLISH_PAGE", "LANGUAGE"),
                        help="write the file to translate, e.g. --start docs/about.md fi")
    action.add_argument("--changes", type=Path, metavar="TRANSLATED_PAGE",
                        help="show what changed in the English page since this translation was stamped")
    args = parser.parse_args(argv)
    if args.changes:
        diff = changes(args.changes)
        print(diff or f"{args.changes}: the English page has not changed since the stamp.")
        return 0
    if args.start:
        target = start(Path(args.start[0]), args.start[1])
        print(f"{target}: written. Translate the text (keep the {{ #ids }}, links, [@citations] and "
              f"<!-- kb: --> markers), then: make stamp FILE={target}")
        return 0
    for path in args.stamp:
        print(f"{path}: {STAMP_FIELD}: {stamp(path)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
