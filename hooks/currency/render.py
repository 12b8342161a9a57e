"""The review dates on a page, in the reader's language, in the style of the NHS website.

"Page last reviewed: 4 December 2026 / Next review due: 4 December 2027", each
date in a `<time datetime="YYYY-MM-DD">` element so that machines read it too.
"""

from __future__ import annotations

from html import escape

from hooks.currency.review_dates import ReviewDates
from hooks.dates import long_date


def html(dates: ReviewDates, language: str, labels: dict[str, str]) -> str:
    """The review-dates block (component `review-dates`)."""
    def line(label: str, day) -> str:
        iso = day.isoformat()
        return f'<p>{escape(labels[label])}: <time datetime="{iso}">{escape(long_date(iso, language))}</time></p>'

    return (f'<div class="kb-review-dates">{line("last_reviewed", dates.last)}'
            f'{line("next_review", dates.due)}</div>')
