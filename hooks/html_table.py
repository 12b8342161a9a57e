"""HTML tables for generated content that goes in after Markdown (see `citations.block_token`).

The alignment attributes are the ones Python-Markdown's tables extension writes,
so generated tables look like the Markdown tables around them.
"""

from __future__ import annotations

CENTER = ' style="text-align: center;"'
RIGHT = ' style="text-align: right;"'


def table(head: str, rows: list[str]) -> str:
    """A table from its header row and body rows, each a `<tr>…</tr>` string."""
    return f"<table>\n<thead>\n{head}\n</thead>\n<tbody>\n" + "\n".join(rows) + "\n</tbody>\n</table>"
