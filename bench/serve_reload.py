"""How soon an edit shows under `mkdocs serve`: `python -m bench.serve_reload`.

Copies the real site, starts `mkdocs serve` as `make serve` does in each
preview mode (all six languages, full rebuilds; one language with every page
rebuilt, FULL=1; one language rebuilding only the edited page, the default of
`make serve SITE_LANG=xx`), waits for the first build, then edits one page and
polls the served page until the edit appears. Prints seconds from the edit to
the change being served, median of five edits per mode (`--edits`).
"""

from __future__ import annotations

import argparse
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from bench.environment import mkdocs_env
from bench.synthetic import copy_project

# (label, SITE_LANG, --dirty, edited file, its URL path)
MODES = (
    ("make serve (six languages)", None, False, "docs/about.md", "about/"),
    ("make serve SITE_LANG=en FULL=1", "en", False, "docs/about.md", "about/"),
    ("make serve SITE_LANG=en", "en", True, "docs/about.md", "about/"),
    ("make serve SITE_LANG=fi", "fi", True, "docs/about.fi.md", "about/"),
)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _served(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.read().decode("utf-8", errors="replace")
    except OSError:
        return ""


def _wait_for(url: str, marker: str, timeout: float) -> float:
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        if marker in _served(url):
            return time.perf_counter() - start
        time.sleep(0.05)
    raise SystemExit(f"{marker!r} did not appear at {url} within {timeout} s")


def measure(project: Path, language: str | None, dirty: bool, edited: str, url_path: str, edits: int = 3) -> float:
    """Median seconds from writing an edit to `edited` until the served page shows it."""
    port = _free_port()
    env = mkdocs_env(SITE_URL=f"http://127.0.0.1:{port}/")
    if language:
        env["SITE_LANG"] = language
    command = [sys.executable, "-m", "mkdocs", "serve", *(["--dirty"] if dirty else []), "--dev-addr", f"127.0.0.1:{port}"]
    server = subprocess.Popen(command, cwd=project, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    page = project / edited
    original = page.read_text(encoding="utf-8")
    url = f"http://127.0.0.1:{port}/{url_path}"
    try:
        _wait_for(url, "<html", timeout=300)
        times = []
        for n in range(edits):
            marker = f"kbedit{n}x{int(time.time() * 1000)}"
            page.write_text(original + f"\n\n{marker}\n", encoding="utf-8")
            times.append(_wait_for(url, marker, timeout=300))
            time.sleep(1.5)  # let the watcher settle before the next edit
        return statistics.median(times)
    finally:
        server.terminate()
        server.wait(timeout=30)
        page.write_text(original, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edits", type=int, default=5, help="edits per mode (default 5)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        project = copy_project(Path(tmp) / "site-src").parent
        for label, language, dirty, edited, url_path in MODES:
            seconds = measure(project, language, dirty, edited, url_path, edits=args.edits)
            print(f"{label:<34} edit shown after {seconds:.2f} s (median of {args.edits})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
