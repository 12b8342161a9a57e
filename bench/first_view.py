"""First view in a real browser, at today's size and with 1,000 more entries:
`python -m bench.first_view [--entries N]`.

Opens each language's home page and a few other pages in Debian's Chromium, as a
phone would, and sums every response the page loads before the reader does
anything, each gzip-compressed as a static host sends it (the local server sends
it plain). It also counts requests for a sitemap: the theme fetched one per
language on every page until `overrides/main.html` stopped it. The two builds are
measured in one run, so the figures compare (see docs/contributing/performance.md).
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

from bench.environment import mkdocs_env
from bench.synthetic import add_entries, copy_project
from hooks.languages import LANGUAGES

PAGES = [("" if lang == "en" else f"{lang}/") for lang in LANGUAGES] + ["practice/", "countries/compare/",
                                                                       "fi/research/", "find-help/", "fi/find-help/"]
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync",
               "--disable-dev-shm-usage"]


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        return


def build(config: Path) -> Path:
    site = config.parent / "site"
    proc = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-f", str(config), "-d", str(site)],
                          capture_output=True, text=True, env=mkdocs_env(KB_STRICT="false"))
    if proc.returncode != 0:
        raise SystemExit(f"build failed:\n{proc.stdout[-2000:]}\n{proc.stderr[-2000:]}")
    return site


def first_views(site: Path) -> dict[str, tuple[float, int, int]]:
    """page -> (KB gzip, requests, sitemap requests)."""
    from playwright.sync_api import sync_playwright

    root = Path(tempfile.mkdtemp())
    (root / "knowledge-base").symlink_to(site, target_is_directory=True)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(root)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/knowledge-base/"
    results = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=LAUNCH_ARGS)
        for path in PAGES:
            context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
            page = context.new_page()
            sizes: dict[str, int] = {}
            urls: list[str] = []
            page.on("request", lambda request: urls.append(request.url))
            page.on("response", lambda r: sizes.__setitem__(r.url, len(gzip.compress(r.body(), 6))) if r.ok else None)
            page.goto(base + path, wait_until="networkidle")
            results[path or "/"] = (sum(sizes.values()) / 1024, len(urls), sum("sitemap" in u for u in urls))
            context.close()
        browser.close()
    server.shutdown()
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=1000, help="synthetic entries to add (default 1000)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        today = build(copy_project(Path(tmp) / "today"))
        grown_config = copy_project(Path(tmp) / "grown")
        add_entries(grown_config.parent, args.entries, translated=False)
        grown = build(grown_config)
        now, more = first_views(today), first_views(grown)
    print(f"{'page':24} {'today KB':>9} {'req':>4} {'maps':>4} {f'+{args.entries} KB':>10} {'req':>4} {'maps':>4}")
    for page in now:
        a, b = now[page], more[page]
        print(f"{page:24} {a[0]:9.1f} {a[1]:4d} {a[2]:4d} {b[0]:10.1f} {b[1]:4d} {b[2]:4d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
