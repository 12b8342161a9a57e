"""The theme-file shim finds exactly the static files MkDocs' own listing finds, without the hidden folders."""

from __future__ import annotations

from pathlib import Path

from mkdocs.config import load_config
from mkdocs.structure.files import Files

from conftest import ROOT
from hooks import theme_files


def _theme_files(add) -> list[str]:
    config = load_config(str(ROOT / "mkdocs.yml"))
    files = Files([])
    add(files, config.theme.get_env(), config)
    return sorted(f"{file.src_uri} <- {file.src_dir}" for file in files)


def test_same_static_files_as_mkdocs() -> None:
    original = Files.add_files_from_theme
    theme_files.install()
    try:
        patched = Files.add_files_from_theme
        assert patched is not original
        listed = _theme_files(patched)
        assert listed == _theme_files(getattr(patched, "__wrapped__"))
        assert any(name.startswith("assets/javascripts/") for name in listed)
    finally:
        Files.add_files_from_theme = original


def test_hidden_folders_are_not_listed(tmp_path: Path) -> None:
    (tmp_path / ".icons" / "set").mkdir(parents=True)
    (tmp_path / ".icons" / "set" / "a.svg").write_text("<svg/>")
    (tmp_path / "assets").mkdir()
    (tmp_path / "assets" / "x.css").write_text("")
    (tmp_path / ".hidden.css").write_text("")
    assert theme_files.visible_files([str(tmp_path)]) == [".hidden.css", "assets/x.css"]
