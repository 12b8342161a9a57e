"""The shared finding type: what is wrong, where, and how to fix it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True, order=True)
class Finding:
    """One problem in one file; `line` is 1-based, 0 when no line applies."""

    path: str
    line: int
    message: str
    hint: str = ""
    severity: Severity = "error"

    def format(self) -> str:
        """Render as `path:line: severity: message Fix: hint` (the line is left out when 0)."""
        where = f"{self.path}:{self.line}" if self.line else self.path
        text = f"{where}: {self.severity}: {self.message}"
        if self.hint:
            text += f" Fix: {self.hint}"
        return text


def errors(findings: Iterable[Finding]) -> list[Finding]:
    """The findings that must fail a build."""
    return [f for f in findings if f.severity == "error"]
