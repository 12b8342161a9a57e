"""Review dates: computed from `last_reviewed` and the interval, shown in `<time>` elements in the
reader's language, checked with file:line, and listed by the due report."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

from conftest import ROOT, run_build
from hooks import check, sources
from hooks.currency import report, review_dates
from sitebuilder import write_site

INTERVALS = "folders:\n  countries: 12\n  research: 24\npages:\n  other.md: 6\n"
COUNTRY = "---\ntitle: Norway\nlast_reviewed: {date}\n{extra}---\n\n# Norway\n\n## Second part\n\nText.\n"
COUNTRY_FI = ("---\ntranslation_of: \"{stamp}\"\ntitle: Norja\n---\n\n# Norja\n\n## Toinen osa {{ #second-part }}\n\n"
              "Teksti.\n")
TODAY = dt.date(2026, 12, 4)


def site(tmp_path: Path, date: str = "2026-01-31", extra: str = "", intervals: str = INTERVALS) -> Path:
    return write_site(tmp_path, {"countries/norway.md": COUNTRY.format(date=date, extra=extra)},
                      data={"review-intervals.yml": intervals})


def test_add_months_keeps_the_day_or_takes_the_last_of_the_month() -> None:
    assert review_dates.add_months(dt.date(2026, 12, 4), 12) == dt.date(2027, 12, 4)
    assert review_dates.add_months(dt.date(2026, 1, 31), 1) == dt.date(2026, 2, 28)
    assert review_dates.add_months(dt.date(2026, 11, 30), 3) == dt.date(2027, 2, 28)


def test_interval_by_folder_page_and_front_matter() -> None:
    intervals = review_dates.Intervals({"countries": 12}, {"safety.md": 6})
    assert review_dates.review_dates("countries/norway.md", {"last_reviewed": dt.date(2026, 1, 5)},
                                     intervals).due == dt.date(2027, 1, 5)
    assert review_dates.review_dates("safety.md", {"last_reviewed": "2026-01-05"},
                                     intervals).due == dt.date(2026, 7, 5)
    assert review_dates.review_dates("countries/norway.md", {"last_reviewed": "2026-01-05", "review_interval": 3},
                                     intervals).due == dt.date(2026, 4, 5)
    assert review_dates.review_dates("about.md", {"last_reviewed": "2026-01-05"}, intervals) is None


def test_due_report_lists_past_due_and_due_soon_most_overdue_first(tmp_path: Path) -> None:
    write_site(tmp_path, {
        "countries/norway.md": COUNTRY.format(date="2025-11-01", extra=""),   # due 2026-11-01: past due
        "countries/sweden.md": COUNTRY.format(date="2026-01-20", extra=""),   # due 2027-01-20: in 47 days
        "countries/denmark.md": COUNTRY.format(date="2026-06-01", extra=""),  # due 2027-06-01: not listed
    }, data={"review-intervals.yml": INTERVALS})
    intervals, findings = review_dates.load_intervals(tmp_path / "data")
    assert findings == []
    items = report.due(sources.load(tmp_path / "docs"), intervals, TODAY)
    assert [i.path for i in items] == ["docs/countries/norway.md", "docs/countries/sweden.md"]
    text = report.as_text(items, TODAY)
    assert text[0].startswith("docs/countries/norway.md:3: past due since 2026-11-01 (33 days)")
    assert "due 2027-01-20 (in 47 days)" in text[1]
    markdown = report.as_markdown(items, TODAY)
    assert "| `docs/countries/norway.md` | 2025-11-01 | past due since 2026-11-01 (33 days) |" in markdown
    proc = subprocess.run([sys.executable, "-m", "hooks.check", "--root", str(tmp_path), "--due", "--today",
                           "2026-12-04"], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0 and proc.stdout.splitlines()[0] == text[0]


def test_missing_future_and_translated_dates_fail_with_file_line(tmp_path: Path) -> None:
    write_site(tmp_path, {
        "countries/norway.md": "---\ntitle: Norway\n---\n\n# Norway\n",
        "countries/sweden.md": COUNTRY.format(date="2027-01-01", extra="review_interval: 0\n"),
        "countries/sweden.fi.md": "---\ntranslation_of: \"000000000000\"\ntitle: Ruotsi\nlast_reviewed: "
                                  "2026-01-01\n---\n\n# Ruotsi\n",
    }, data={"review-intervals.yml": INTERVALS})
    found = [f.format() for f in check.run(tmp_path, today=TODAY)]
    assert ("docs/countries/norway.md:1: error: page has no 'last_reviewed' date, so readers cannot see when its "
            "facts were last checked. Fix: add 'last_reviewed: YYYY-MM-DD', the day you last checked the page "
            "against its sources.") in found
    assert any(f.startswith("docs/countries/sweden.md:3: error: 'last_reviewed' is 2027-01-01, a day in the "
                            "future.") for f in found)
    assert any(f.startswith("docs/countries/sweden.md:4: error: 'review_interval' is 0") for f in found)
    assert any(f.startswith("docs/countries/sweden.fi.md:4: error: translation sets 'last_reviewed'")
               for f in found)


def test_bad_interval_file_fails_with_its_line(tmp_path: Path) -> None:
    site(tmp_path, intervals="folders:\n  countries: twelve\n")
    found = [f.format() for f in check.run(tmp_path, today=TODAY)]
    assert any(f.startswith("data/review-intervals.yml:2: error: 'folders.countries'") for f in found)


def test_review_dates_change_no_translation_stamp() -> None:
    from hooks.translations.stamps import source_hash
    page = COUNTRY.format(date="2026-01-31", extra="")
    assert source_hash(page) == source_hash(page.replace("2026-01-31", "2026-12-04"))
    assert source_hash(page) != source_hash(page.replace("Text.", "Other text."))


def test_pages_show_review_dates_in_time_elements_in_each_language(tmp_path: Path) -> None:
    from hooks.translations.stamps import source_hash
    english = COUNTRY.format(date="2026-01-31", extra="")
    config = write_site(tmp_path, {"other.md": english, "other.fi.md": COUNTRY_FI.format(stamp=source_hash(english))},
                        data={"review-intervals.yml": INTERVALS})  # other.md: every 6 months
    build = run_build(config, tmp_path / "site")
    assert build.returncode == 0, build.output
    en = (tmp_path / "site" / "other" / "index.html").read_text(encoding="utf-8")
    fi = (tmp_path / "site" / "fi" / "other" / "index.html").read_text(encoding="utf-8")
    assert 'Page last reviewed: <time datetime="2026-01-31">31 January 2026</time>' in en
    assert 'Next review due: <time datetime="2026-07-31">31 July 2026</time>' in en
    assert 'Sivun tiedot tarkistettu viimeksi: <time datetime="2026-01-31">31.1.2026</time>' in fi
    assert '<time datetime="2026-07-31">31.7.2026</time>' in fi
    home = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert "kb-review-dates" not in home


def test_every_page_in_scope_of_the_real_site_shows_both_dates(real_site) -> None:
    intervals, _ = review_dates.load_intervals(ROOT / "data")
    docs = sources.load(ROOT / "docs")
    english = [p for p in docs.documents if "." not in p[:-3] and intervals.months_for(p) is not None]
    assert len(english) > 60
    for language in ("", "fi/", "sv/", "nb/", "da/", "is/"):
        for path in english:
            url = path[:-3].removesuffix("index").rstrip("/")
            html = (real_site.site / language / url / "index.html").read_text(encoding="utf-8") if url else ""
            assert html.count('<time datetime="') >= 2 and "kb-review-dates" in html, f"{language}{path}"
