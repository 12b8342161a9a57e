"""MkDocs hook: the quality gates of `hooks.check`, run once per build, every finding logged.

Errors are logged as WARNING so that `mkdocs build --strict` fails on them (with
`file:line`, what is wrong and how to fix it); warnings are logged as INFO.
This adapter only checks: the pages are rendered by `mkdocs_adapter`, so the
cost of the checks can be measured on its own (`python -m bench.hooks_overhead`)
and the same findings come from `python -m hooks.check` without a build.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

CODE_ROOT = Path(__file__).resolve().parent.parent
if str(CODE_ROOT) not in sys.path:
    sys.path.insert(0, str(CODE_ROOT))

from mkdocs.config.defaults import MkDocsConfig  # noqa: E402

from hooks import check  # noqa: E402
from hooks.mkdocs_i18n import nested  # noqa: E402

log = logging.getLogger("mkdocs.plugins.kb")


def on_pre_build(config: MkDocsConfig) -> None:
    """Once per `mkdocs build` or `mkdocs serve` rebuild: mkdocs-static-i18n's later
    language builds check the same sources again, so they are skipped."""
    if nested(config):
        return
    for finding in check.run(Path(config.config_file_path).resolve().parent):
        if finding.severity == "error":
            log.warning(finding.format())
        else:
            log.info(finding.format())
