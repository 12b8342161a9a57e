"""The translators' commands: start a translation, stamp it, and see what changed since the stamp."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from hooks.translations import stamps

ENGLISH = "---\ntitle: Page\nsources: [a2020]\n---\n\n# Page\n\n## What it does\n\nText.\n\n## Evidence {#evidence}\n\nMore.\n\n## What it does\n"


def _git(folder: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=T", "-c", "user.email=t@example.org", *args], cwd=folder,
                   check=True, capture_output=True)


def test_start_keeps_english_ids_and_leaves_the_stamp_to_the_translator(tmp_path: Path) -> None:
    page = tmp_path / "docs" / "page.md"
    page.parent.mkdir()
    page.write_text(ENGLISH, encoding="utf-8")
    target = stamps.start(page, "fi")
    text = target.read_text(encoding="utf-8")
    assert target.name == "page.fi.md"
    assert "# Page\n" in text and "# Page {" not in text
    assert "## What it does { #what-it-does }" in text
    assert "## What it does { #what-it-does_1 }" in text
    assert "## Evidence {#evidence}\n" in text
    assert stamps.STAMP_FIELD not in text
    with pytest.raises(SystemExit, match="exists already"):
        stamps.start(page, "fi")
    with pytest.raises(SystemExit, match="not a translation language"):
        stamps.start(page, "de")


def test_changes_shows_the_english_diff_since_the_stamp(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    english = docs / "page.md"
    english.write_text(ENGLISH, encoding="utf-8")
    translated = docs / "page.fi.md"
    translated.write_text("---\ntitle: Sivu\n---\n\n# Sivu\n", encoding="utf-8")
    stamps.stamp(translated)
    _git(tmp_path, "init", "-q")
    _git(tmp_path, "add", ".")
    _git(tmp_path, "commit", "-qm", "first")
    assert stamps.changes(translated) == ""
    english.write_text(ENGLISH.replace("More.", "More, with a new finding."), encoding="utf-8")
    _git(tmp_path, "commit", "-qam", "second")
    diff = stamps.changes(translated)
    assert "-More." in diff and "+More, with a new finding." in diff
