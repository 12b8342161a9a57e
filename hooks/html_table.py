"""HTML tables for generated content that goes in after Markdown (see `citations.block_token`).

Alignment is a class of the site's stylesheet, the same one Markdown tables get
(`security.csp.table_alignment`): inline styles are blocked by the site's
Content-Security-Policy.
"""

from __future__ import annotations

CENTER = ' class="kb-align-center"'
RIGHT = ' class="kb-align-right"'


def table(head: str, rows: list[str]) -> str:
    """A table from its header row and body rows, each a `<tr>…</tr>` string."""
    return f"<table>\n<thead>\n{head}\n</thead>\n<tbody>\n" + "\n".join(rows) + "\n</tbody>\n</table>"
