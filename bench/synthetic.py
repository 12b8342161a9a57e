"""Copy the real project and grow it with synthetic practice entries (and their translations)."""

from __future__ import annotations

import shutil
from pathlib import Path

from hooks.languages import TRANSLATIONS
from hooks.translations.stamps import source_hash

ROOT = Path(__file__).resolve().parent.parent
COUNTRIES = ("DK", "FI", "IS", "NO", "SE")

ENTRY = """---
title: Synthetic programme {n}
country: [{country}]
pillar: [treatment]
approach: [psycho-education]
target_group: [men]
setting: [voluntary]
organisation: Synthetic organisation {n}
website: https://example.org/{n}
languages_offered: [en]
evidence: {{effect: D, implementation: C}}
evaluations: []
last_reviewed: 2026-11-25
reviewed_by: Benchmark
---

# Synthetic programme {n}

## What it does

A group programme for men who use violence against a partner, meeting weekly
for a set number of sessions with two group leaders, with individual sessions
before the group starts. It works on responsibility, the effects of violence on
partners and children, and ways of handling conflict without violence.

## For whom

Men who want to stop using violence, referred by social services or coming on
their own initiative.

## Support for partners and victims

Partners are contacted, informed about the programme and offered support from a
victim service; the programme shares risk information with them where needed.

## Cooperation

It works with the police, child protection and the local shelter, and takes part
in multi-agency risk assessment meetings.

## Evidence

No published evaluation yet; the programme monitors attendance and completion.
See the [evidence scale](evidence-scale.md).
"""

COPY = ("docs", "hooks", "components", "overrides", "schemas", "data", "mkdocs.yml", "bibliography.bib")


def copy_project(target: Path) -> Path:
    """A copy of the project's site sources in `target`; returns its mkdocs.yml."""
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    for name in COPY:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=shutil.ignore_patterns("__pycache__"))
        elif source.exists():
            shutil.copy2(source, target / name)
    return target / "mkdocs.yml"


def add_entries(project: Path, count: int, start: int = 0, translated: bool = True) -> list[Path]:
    """Write `count` synthetic entries (and a stamped translation per language); return the files."""
    practice = project / "docs" / "practice"
    written = []
    for n in range(start, start + count):
        text = ENTRY.format(n=n, country=COUNTRIES[n % len(COUNTRIES)])
        english = practice / f"synthetic-{n:04d}.md"
        english.write_text(text, encoding="utf-8")
        written.append(english)
        if translated:
            stamp = source_hash(text)
            for language in TRANSLATIONS:
                path = practice / f"synthetic-{n:04d}.{language}.md"
                path.write_text(text.replace("---\n", f'---\ntranslation_of: "{stamp}"\n', 1), encoding="utf-8")
                written.append(path)
    return written
