"""The environment every benchmark runs MkDocs in: all languages, no MkDocs 2.0 banner."""

from __future__ import annotations

import os


def mkdocs_env(**extra: str) -> dict[str, str]:
    """This process's environment for a MkDocs subprocess: `SITE_LANG` dropped (every
    language is built unless `extra` sets it), the MkDocs 2.0 notice silenced, `extra` added."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    env.pop("SITE_LANG", None)
    env.update(extra)
    return env
