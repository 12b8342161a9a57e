"""List a theme's static files without walking hidden folders (a build-speed shim for MkDocs 1.6).

In every build — each language of a six-language build, and each rebuild of
`mkdocs serve` — MkDocs finds the theme's static files with
`Files.add_files_from_theme`: Jinja's `FileSystemLoader.list_templates` walks
every file of every theme folder, then MkDocs drops, among others, every path
with a part that starts with "." (its patterns ".*" and "*/.*"). Material for
MkDocs keeps its 14,348 icons in `templates/.icons`, so each build walked and
filtered them all for nothing: 0.14 s a build, about a third of a one-language
preview rebuild. MkDocs has no setting for this, so `install` wraps that one
method and hands it a listing that skips hidden folders while walking. Hidden
paths are exactly what MkDocs drops afterwards, so the files found are the same
(`tests/test_theme_files.py` compares the two on the real theme). Anything
unexpected (another loader, another MkDocs) falls through to MkDocs' own code.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Sequence
from typing import Any

from jinja2 import Environment, FileSystemLoader
from mkdocs.structure.files import Files


def visible_files(search_paths: Sequence[str], followlinks: bool = False) -> list[str]:
    """Every file under `search_paths` outside hidden folders, as Jinja names it, sorted."""
    found: set[str] = set()
    for search_path in search_paths:
        for folder, subfolders, names in os.walk(search_path, followlinks=followlinks):
            subfolders[:] = [name for name in subfolders if not name.startswith(".")]
            for name in names:
                relative = os.path.join(folder, name)[len(search_path):].strip(os.sep)
                template = relative.replace(os.sep, "/")
                found.add(template[2:] if template.startswith("./") else template)
    return sorted(found)


class _VisibleListing:
    """Stands in for the Jinja environment in `add_files_from_theme`, which only lists."""

    def __init__(self, loader: FileSystemLoader) -> None:
        self.loader = loader

    def list_templates(self, extensions: Any = None,
                       filter_func: Callable[[str], bool] | None = None) -> list[str]:
        names = visible_files(self.loader.searchpath, self.loader.followlinks)
        return [name for name in names if filter_func is None or filter_func(name)]


def install() -> None:
    """Wrap `Files.add_files_from_theme` once per process (idempotent)."""
    original = Files.add_files_from_theme
    if getattr(original, "_kb_visible_only", False):
        return

    @functools.wraps(original)
    def add_files_from_theme(self: Files, env: Environment, config: Any) -> None:
        if type(env.loader) is FileSystemLoader:
            return original(self, _VisibleListing(env.loader), config)  # type: ignore[arg-type]
        return original(self, env, config)

    add_files_from_theme._kb_visible_only = True  # type: ignore[attr-defined]
    Files.add_files_from_theme = add_files_from_theme  # type: ignore[method-assign]
