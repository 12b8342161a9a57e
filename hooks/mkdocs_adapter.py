"""MkDocs hooks: a thin adapter that feeds the project's checks and renderers with MkDocs events.

Nothing here decides what is right or wrong; it only translates between MkDocs
objects and the plain functions of the `hooks` package, so that the logic
survives a change of generator.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from jinja2 import ChoiceLoader, FileSystemLoader  # noqa: E402
from mkdocs.config.defaults import MkDocsConfig  # noqa: E402
from mkdocs.structure.files import File, Files  # noqa: E402
from mkdocs.structure.pages import Page  # noqa: E402

from hooks import components  # noqa: E402

log = logging.getLogger("mkdocs.plugins.kb")

EXIT_URL = "https://www.wikipedia.org/"


def _language(config: MkDocsConfig) -> str:
    return str(config.theme["language"])


def on_env(env: Any, config: MkDocsConfig, files: Files) -> Any:
    """Let templates include component templates and read the current language's strings."""
    env.loader = ChoiceLoader([env.loader, FileSystemLoader(str(components.COMPONENTS_DIR))])
    language = _language(config)
    env.globals["kb"] = {
        "language": language,
        "strings": components.strings(language),
        "exit_url": config.extra.get("exit_url", EXIT_URL),
        "safety_url": "safety/" if language == "en" else f"{language}/safety/",
    }
    return env


def on_files(files: Files, config: MkDocsConfig) -> Files:
    for path in components.asset_files():
        uri = f"assets/components/{path.name}"
        if files.get_file_from_path(uri) is None:
            files.append(File.generated(config, uri, abs_src_path=str(path)))
    return files
