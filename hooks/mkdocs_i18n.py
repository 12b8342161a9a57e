"""What the MkDocs adapters need to know about mkdocs-static-i18n's one-build-per-language runs."""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig


def nested(config: MkDocsConfig) -> bool:
    """True inside mkdocs-static-i18n's builds of the second and later languages.

    The plugin builds the default language first and the others from its
    `on_post_build`, all in one process; work that is the same for every
    language is done in the first build only.
    """
    i18n = config.plugins.get("i18n")
    return bool(i18n is not None and getattr(i18n, "building", False))
