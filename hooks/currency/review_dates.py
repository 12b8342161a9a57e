"""Review dates of a page: `last_reviewed` in the English page's front matter plus an interval.

Intervals come from `data/review-intervals.yml` (by folder, or for one page) and
can be set per page with `review_interval: <months>`. The date lives once, in the
English page: a translation states the same facts, so it shows the same dates.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hooks import data_files, dates
from hooks.findings import Finding
from hooks.languages import DEFAULT, split_language
from hooks.sources import Sources

FILE = "review-intervals.yml"
SCHEMA = "review-intervals.schema.json"
LAST = "last_reviewed"
INTERVAL = "review_interval"
# Front-matter fields that hold review dates: not translated, so a change to them does not
# make translations outdated (see `translations.source_hash`).
FIELDS = (LAST, INTERVAL)


@dataclass(frozen=True)
class Intervals:
    """Months between two reviews, by docs folder and for single pages."""

    folders: dict[str, int] = field(default_factory=dict)
    pages: dict[str, int] = field(default_factory=dict)

    def months_for(self, base: str) -> int | None:
        """The interval for an English page path (`countries/sweden.md`), or None when it has none."""
        if base in self.pages:
            return self.pages[base]
        return self.folders.get(base.partition("/")[0]) if "/" in base else None


@dataclass(frozen=True)
class ReviewDates:
    """When a page was last checked, and when it is due again."""

    last: dt.date
    due: dt.date


def load_intervals(data_dir: Path) -> tuple[Intervals, list[Finding]]:
    """The intervals from `data/review-intervals.yml`, and its schema findings."""
    loaded = data_files.load_cached(data_dir / FILE, f"data/{FILE}", SCHEMA)
    data = loaded.valid or {}
    return Intervals(dict(data.get("folders", {})), dict(data.get("pages", {}))), list(loaded.findings)


def add_months(day: dt.date, months: int) -> dt.date:
    """`day` plus whole months, on the last day of the month where that day does not exist."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _date(value: Any) -> dt.date | None:
    """The date, or None when the value is not one (the check reports it)."""
    try:
        return dates.parse(value)
    except ValueError:
        return None


def review_dates(base: str, meta: dict[str, Any], intervals: Intervals) -> ReviewDates | None:
    """The review dates of the English page `base` with front matter `meta`, or None outside the
    folders that show them (or when its date is missing or malformed: `check` reports that)."""
    months = meta.get(INTERVAL) or intervals.months_for(base)
    last = _date(meta.get(LAST))
    if months is None or last is None or not isinstance(months, int):
        return None
    return ReviewDates(last, add_months(last, months))


def check(sources: Sources, intervals: Intervals, today: dt.date) -> list[Finding]:
    """Errors for pages that should show review dates and cannot, with file:line and a fix."""
    findings = []
    for path, doc in sorted(sources.documents.items()):
        language, base = split_language(path)
        if language != DEFAULT:
            for name in FIELDS:
                if name in doc.meta:
                    findings.append(Finding(doc.path, doc.meta_lines.get(name, 1), f"translation sets '{name}', "
                                            "but review dates are kept in the English page only (a translation "
                                            "states the same facts and shows the same dates).",
                                            f"remove '{name}' here; change it in docs/{base} instead."))
            continue
        in_scope = intervals.months_for(base) is not None or INTERVAL in doc.meta
        if not in_scope:
            continue
        months = doc.meta.get(INTERVAL)
        if months is not None and (not isinstance(months, int) or isinstance(months, bool) or not 1 <= months <= 60):
            findings.append(Finding(doc.path, doc.meta_lines.get(INTERVAL, 1), f"'{INTERVAL}' is {months!r}, not a "
                                    "number of months from 1 to 60.", f"write e.g. '{INTERVAL}: 6', or remove it "
                                    f"to use the interval of data/{FILE}."))
        if LAST not in doc.meta:
            findings.append(Finding(doc.path, 1, f"page has no '{LAST}' date, so readers cannot see when its facts "
                                    "were last checked.", f"add '{LAST}: YYYY-MM-DD', the day you last checked "
                                    "the page against its sources."))
            continue
        last = _date(doc.meta[LAST])
        line = doc.meta_lines.get(LAST, 1)
        if last is None:
            findings.append(Finding(doc.path, line, f"'{LAST}' is {doc.meta[LAST]!r}, not a date.",
                                    "write it as YYYY-MM-DD."))
        elif last > today:
            findings.append(Finding(doc.path, line, f"'{LAST}' is {last.isoformat()}, a day in the future.",
                                    "write the day the page was actually checked."))
    return findings
