"""The site's languages and how a Markdown file name carries its language (suffix layout)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import PurePosixPath

DEFAULT = "en"
LANGUAGES: tuple[str, ...] = ("en", "fi", "sv", "nb", "da", "is")
TRANSLATIONS: tuple[str, ...] = LANGUAGES[1:]


@lru_cache(maxsize=None)  # called for every file in every language build: cache the pure result
def split_language(doc_path: str) -> tuple[str, str]:
    """Return (language, base path) for a docs-relative path: `a/b.fi.md` -> ("fi", "a/b.md")."""
    path = PurePosixPath(doc_path)
    suffixes = path.suffixes
    if len(suffixes) >= 2 and suffixes[-2][1:] in TRANSLATIONS:
        base = path.name[: -len(suffixes[-2] + suffixes[-1])] + suffixes[-1]
        return suffixes[-2][1:], str(path.with_name(base))
    return DEFAULT, doc_path


def localized(base_path: str, language: str) -> str:
    """Return the docs-relative path of `base_path` in `language` (`a/b.md`, "fi" -> `a/b.fi.md`)."""
    if language == DEFAULT:
        return base_path
    path = PurePosixPath(base_path)
    return str(path.with_name(f"{path.stem}.{language}{path.suffix}"))
