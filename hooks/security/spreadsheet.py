"""CSV cells that a spreadsheet would run as a formula, neutralised as OWASP recommends.

Ministry and service staff open the exports (`practices.csv`, the checklist) in
Excel or LibreOffice, which evaluate a cell starting with `=`, `+`, `-` or `@`
(and, after a tab or carriage return, the same) as a formula: a contributed
`=HYPERLINK(...)` would become a live link. OWASP's CSV-injection guidance: put a
single quote before such a cell, so the spreadsheet shows the text as written.
The csv module quotes separators and quotes; it knows nothing of formulas.
"""

from __future__ import annotations

import csv
import io
import re
from typing import Iterable

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# A plain number (a longitude west of Greenwich, -21.9) is not a formula and stays a number.
NUMBER = re.compile(r"-?\d+(\.\d+)?")


def safe_cell(value: object) -> str:
    """The cell as text, with a leading apostrophe when a spreadsheet would read it as a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_START) and not NUMBER.fullmatch(text) else text


def csv_text(rows: Iterable[Iterable[object]]) -> str:
    """CSV of `rows` (the first is the header), every cell made safe."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    for row in rows:
        writer.writerow([safe_cell(cell) for cell in row])
    return buffer.getvalue()
