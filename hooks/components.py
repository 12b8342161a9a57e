"""The project's UI components (one folder each under `components/`): their files and strings."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

from hooks.languages import DEFAULT

COMPONENTS_DIR = Path(__file__).resolve().parent.parent / "components"


def asset_files() -> list[Path]:
    """The JavaScript and CSS files of every component, to publish under `assets/components/`."""
    return sorted(p for p in COMPONENTS_DIR.glob("*/*") if p.suffix in (".js", ".css"))


@lru_cache(maxsize=None)
def _all_strings() -> dict[str, dict[str, dict[str, str]]]:
    found: dict[str, dict[str, dict[str, str]]] = {}
    for path in sorted(COMPONENTS_DIR.glob("*/strings.yml")):
        found[path.parent.name] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return found


def strings(language: str) -> dict[str, dict[str, str]]:
    """Each component's strings in `language`, falling back to English key by key."""
    result: dict[str, dict[str, str]] = {}
    for name, table in _all_strings().items():
        merged = dict(table.get(DEFAULT, {}))
        merged.update(table.get(language, {}))
        result[name] = merged
    return result
