"""The project's UI components (one folder each under `components/`): their files and strings."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

from hooks.languages import DEFAULT

COMPONENTS_DIR = Path(__file__).resolve().parent.parent / "components"


def asset_files() -> list[Path]:
    """The JavaScript files of every component, to publish under `assets/components/`.

    `*.inline.js` files are included into a template instead (see search-on-demand).
    """
    return sorted(p for p in COMPONENTS_DIR.glob("*/*.js") if not p.name.endswith(".inline.js"))


def stylesheet() -> str:
    """Every component's CSS in one file (`assets/components/components.css`).

    Stylesheets block the first paint, and on a slow mobile connection each extra
    file costs a round trip; one file for all components keeps that to one.
    """
    parts = [f"/* {p.parent.name}/{p.name} */\n{p.read_text(encoding='utf-8')}"
             for p in sorted(COMPONENTS_DIR.glob("*/*.css"))]
    return "\n".join(parts)


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
