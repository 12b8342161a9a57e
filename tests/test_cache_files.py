"""Cache files are replaced in one step and leave no temporary file behind."""

from __future__ import annotations

from pathlib import Path

import pytest

from hooks import cache_files


def test_write_creates_and_replaces(tmp_path: Path) -> None:
    target = tmp_path / "generated" / "en" / "practices.json"
    cache_files.write(target, b"[1]")
    cache_files.write(target, b"[1, 2]")
    assert target.read_bytes() == b"[1, 2]"
    assert [p.name for p in target.parent.iterdir()] == ["practices.json"]


def test_failed_write_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "practices.json"
    cache_files.write(target, b"old")
    with pytest.raises(TypeError):
        cache_files.write(target, "not bytes")  # type: ignore[arg-type]
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["practices.json"]
