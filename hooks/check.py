"""Run every content check without building the site: `python -m hooks.check`.

Prints findings as `path:line: severity: message Fix: hint` and exits 1 when
there is an error (warnings alone exit 0). Fast enough for a pre-commit hook.
"""

from __future__ import annotations

import argparse
import datetime as dt
import difflib
import sys
import time
from pathlib import Path

from hooks import data_checks, headings, links, markers, schemas, sources
from hooks.citations import bibliography, citing
from hooks.directory import ratings
from hooks.finder import checks as finder_checks
from hooks.currency import report, review_dates
from hooks.peer_review import checks as peer_checks, issue_form, records as peer_records
from hooks.security import content_safety
from hooks.translations import stamps, termbase
from hooks.findings import Finding, errors
from hooks.languages import split_language

ROOT = Path(__file__).resolve().parent.parent
GENERATED_FILES = {"practices.json", "practices.csv", "standards/checklist.csv", "locations.json", "locations.csv",
                   "locations.geojson"}


def _key_fields(doc, bib) -> list[Finding]:
    """Bibliography keys named in front matter (`sources`, `evaluations`) exist."""
    found = []
    for field in ("sources", "evaluations"):
        for key in doc.meta.get(field, []) or []:
            if str(key) not in bib.entries:
                close = difflib.get_close_matches(str(key), list(bib.entries), n=1)
                found.append(Finding(doc.path, doc.meta_lines.get(field, 1), f"'{field}' names '{key}', "
                                     "which is not in bibliography.bib.",
                                     f"did you mean '{close[0]}'?" if close else "add it to bibliography.bib first."))
    return found


def run(root: Path = ROOT, today: dt.date | None = None) -> list[Finding]:
    """All findings for the project at `root`."""
    docs = sources.load(root / "docs")
    bib = bibliography.load(root / "bibliography.bib")
    terms = termbase.load(root / "data")
    findings = list(docs.findings) + list(bib.findings) + terms.findings
    glossary_ids = {t.id for t in terms.terms} | {"terms-in-six-languages"}
    checker = links.LinkChecker(docs, extra_anchors={"bibliography.md": set(bib.entries), "glossary.md": glossary_ids},
                                generated_files=GENERATED_FILES)
    cited: set[str] = set()
    for path, doc in sorted(docs.documents.items()):
        if doc.meta or not doc.text.startswith("---"):
            findings += schemas.validate(doc, path)
        findings += checker.check(path)
        findings += headings.check(doc.path, doc.body, doc.body_line)
        findings += content_safety.check_markdown(doc.path, doc.body, doc.body_line)
        findings += content_safety.check_front_matter(doc.path, doc.meta, doc.meta_lines)
        if schemas.kind_of(path) == "practice":
            findings += ratings.check(doc.path, doc.meta, doc.body, doc.body_line)
        language, base = split_language(path)
        if not base.startswith("contributing/"):
            findings += termbase.check_page(doc, language, terms)
        findings += citing.check(doc.path, doc.body, doc.body_line, bib)
        findings += _key_fields(doc, bib)
        cited |= {c.key for c in citing.find(doc.body, doc.body_line)}
        cited |= {str(k) for f in ("sources", "evaluations") for k in doc.meta.get(f, []) or []}
        for offset, name in markers.unknown(doc.body):
            findings.append(Finding(doc.path, doc.body_line + offset, f"unknown generated-content marker "
                                    f"'kb:{name}'.", "use one of: " + ", ".join(markers.NAMES) + "."))
        for offset, marker in markers.bad_arguments(doc.body):
            findings.append(Finding(doc.path, doc.body_line + offset, f"'{marker}' does not name the right "
                                    "countries.", "give country codes (DK, FI, IS, NO, SE): one for practices and "
                                    "country-facts, up to five for helplines."))
    config = root / "mkdocs.yml"
    findings += links.check_nav("mkdocs.yml", config.read_text(encoding="utf-8"), docs)
    findings += stamps.check(docs)
    findings += data_checks.check(root / "data", set(bib.entries), terms)
    findings += content_safety.check_data(root / "data")
    practice_slugs = {p[len("practice/"):-3] for p in docs.documents if schemas.kind_of(p) == "practice"
                      and split_language(p)[0] == "en"}
    findings += finder_checks.check(root / "data", practice_slugs, set(bib.entries))
    peer = peer_records.load(root / "data")
    findings += peer_checks.check(peer, docs, set(bib.entries)) + issue_form.check(root, peer)
    cited |= {key for _, key in peer_checks.agenda_citations(peer)}
    intervals, interval_findings = review_dates.load_intervals(root / "data")
    findings += interval_findings + review_dates.check(docs, intervals, today or dt.date.today())
    cited |= data_checks.cited_keys(root / "data")
    for key, entry in bib.entries.items():
        if key not in cited:
            findings.append(Finding(bib.path, entry.line, f"entry '{key}' is not cited on any page.",
                                    "cite it where it supports a claim, or remove it.", "warning"))
    return sorted(set(findings))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=ROOT, help="project folder (default: this one)")
    parser.add_argument("--errors-only", action="store_true", help="leave warnings out")
    parser.add_argument("--due", action="store_true", help="list the pages past due for review or due within "
                        f"{report.WINDOW_DAYS} days instead (exit 0)")
    parser.add_argument("--markdown", action="store_true", help="with --due: a Markdown table (for the weekly issue)")
    parser.add_argument("--today", type=dt.date.fromisoformat, default=None, help="YYYY-MM-DD (default: today)")
    args = parser.parse_args(argv)
    if args.due:
        return _due(args.root, args.today or dt.date.today(), args.markdown)
    start = time.perf_counter()
    findings = run(args.root)
    shown = errors(findings) if args.errors_only else findings
    for finding in shown:
        print(finding.format())
    count = len(errors(findings))
    print(f"{count} error(s), {len(findings) - count} warning(s) in {time.perf_counter() - start:.2f} s",
          file=sys.stderr)
    return 1 if count else 0


def _due(root: Path, today: dt.date, markdown: bool) -> int:
    """Print the review report: what editors should check again soon."""
    intervals, _ = review_dates.load_intervals(root / "data")
    items = report.due(sources.load(root / "docs"), intervals, today)
    print(report.as_markdown(items, today) if markdown else "\n".join(report.as_text(items, today)))
    print(f"{len(items)} page(s) past due or due within {report.WINDOW_DAYS} days", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
