"""The list of pages past due for review or due soon: for editors, and for the weekly issue."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from hooks.currency.review_dates import LAST, Intervals, review_dates
from hooks.languages import DEFAULT, split_language
from hooks.sources import Sources

WINDOW_DAYS = 60


@dataclass(frozen=True, order=True)
class Due:
    """One English page whose review is past due (`days` < 0) or due within the window."""

    due: dt.date
    path: str
    line: int
    last: dt.date

    def days(self, today: dt.date) -> int:
        return (self.due - today).days


def due(sources: Sources, intervals: Intervals, today: dt.date, window: int = WINDOW_DAYS) -> list[Due]:
    """Pages due on or before `today + window` days, the most overdue first."""
    found = []
    for path, doc in sources.documents.items():
        language, base = split_language(path)
        if language != DEFAULT:
            continue
        dates = review_dates(base, doc.meta, intervals)
        if dates and dates.due <= today + dt.timedelta(days=window):
            found.append(Due(dates.due, doc.path, doc.meta_lines.get(LAST, 1), dates.last))
    return sorted(found)


def _state(item: Due, today: dt.date) -> str:
    days = item.days(today)
    if days < 0:
        return f"past due since {item.due.isoformat()} ({-days} days)"
    return f"due {item.due.isoformat()} (in {days} days)" if days else f"due today ({item.due.isoformat()})"


def as_text(items: list[Due], today: dt.date) -> list[str]:
    """One `path:line: …` line per page, for the terminal."""
    return [f"{i.path}:{i.line}: {_state(i, today)}; last reviewed {i.last.isoformat()}. Fix: check the page "
            f"against its sources, correct what changed, then set '{LAST}' to the day you checked it."
            for i in items]


def as_markdown(items: list[Due], today: dt.date, window: int = WINDOW_DAYS) -> str:
    """A Markdown section for the weekly issue: a table, most overdue first."""
    head = f"## Pages due for review\n\nChecked {today.isoformat()}: pages past due or due within {window} days.\n\n"
    if not items:
        return head + "None.\n"
    rows = "\n".join(f"| `{i.path}` | {i.last.isoformat()} | {_state(i, today)} |" for i in items)
    return head + "| page | last reviewed | state |\n|---|---|---|\n" + rows + "\n"
