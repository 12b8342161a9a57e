"""Shared fixtures: the real site built once per test session, and a strict build of any site."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


@dataclass
class Build:
    """The result of one `mkdocs build --strict`."""

    returncode: int
    output: str
    site: Path


def run_build(config: Path, site: Path, env_extra: dict[str, str] | None = None) -> Build:
    """Build `config` strict into `site` in a subprocess, as a contributor would."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    env.pop("SITE_LANG", None)
    env.update(env_extra or {})
    proc = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config), "-d", str(site)],
        capture_output=True, text=True, env=env, cwd=config.parent,
    )
    return Build(proc.returncode, proc.stdout + proc.stderr, site)


@pytest.fixture(scope="session")
def real_site(tmp_path_factory: pytest.TempPathFactory) -> Build:
    """The real site, built strict once for the whole session."""
    site = tmp_path_factory.mktemp("real") / "site"
    build = run_build(ROOT / "mkdocs.yml", site)
    assert build.returncode == 0, build.output
    return build
