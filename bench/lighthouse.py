"""Lighthouse performance scores of the built site, mobile emulation: `python -m bench.lighthouse`.

Serves `site/` (run `make build` first) on a local port and runs the
`lighthouse` npm package (devDependency; `make lighthouse` installs it) with
Debian's Chromium against typical pages, compressed with gzip as GitHub Pages
serves them. Lighthouse's default is a mid-range
phone on a throttled mobile network (simulated). Prints the performance score,
the bytes transferred and the Largest Contentful Paint per page, each the
median of `--runs` runs (3 by default: single Lighthouse runs vary by several
points with the machine's load, and Lighthouse's own guidance is to take the
median of several). Opt-in: never part of `make test`.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import io
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
PAGES = ("", "about/", "research/meta-analyses/", "practice/", "standards/checklist/", "fi/", "fi/safety/")


class _GzipHandler(http.server.SimpleHTTPRequestHandler):
    """Serves text files gzip-compressed, as GitHub Pages does; quiet."""

    def log_message(self, *args: object) -> None:
        pass

    def send_head(self):  # type: ignore[no-untyped-def]
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            if not self.path.split("?", 1)[0].endswith("/"):
                return super().send_head()  # the redirect to the folder URL
            path = path / "index.html"
        text = path.suffix in (".html", ".css", ".js", ".json", ".xml", ".svg")
        if not text or not path.is_file() or "gzip" not in self.headers.get("Accept-Encoding", ""):
            return super().send_head()
        body = gzip.compress(path.read_bytes())
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)


def _serve(site: Path) -> http.server.ThreadingHTTPServer:
    handler = functools.partial(_GzipHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def audit(url: str, chrome: str) -> dict[str, float]:
    """Score (0–100), KB transferred and LCP (ms) of one page."""
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report.json"
        subprocess.run([str(LIGHTHOUSE), url, "--quiet", "--only-categories=performance", "--output=json",
                        f"--output-path={report}", "--chrome-flags=--headless=new --no-sandbox"],
                       check=True, env=dict(os.environ, CHROME_PATH=chrome), capture_output=True)
        data = json.loads(report.read_text(encoding="utf-8"))
    audits = data["audits"]
    return {"score": data["categories"]["performance"]["score"] * 100,
            "kb": audits["total-byte-weight"]["numericValue"] / 1024,
            "lcp": audits["largest-contentful-paint"]["numericValue"]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chrome", default="/usr/bin/chromium")
    parser.add_argument("--site", type=Path, default=ROOT / "site")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    if not LIGHTHOUSE.exists():
        raise SystemExit("lighthouse is not installed: run `make lighthouse` (it runs `npm ci` first)")
    if not (args.site / "index.html").exists():
        raise SystemExit(f"no built site in {args.site}: run `make build` first")
    server = _serve(args.site)
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    scores = []
    try:
        for path in PAGES:
            runs = [audit(base + path, args.chrome) for _ in range(args.runs)]
            result = {key: statistics.median(run[key] for run in runs) for key in runs[0]}
            scores.append(result["score"])
            print(f"/{path:<28} performance {result['score']:5.0f}   {result['kb']:7.1f} KB   "
                  f"LCP {result['lcp']:6.0f} ms")
    finally:
        server.shutdown()
    print(f"lowest score: {min(scores):.0f} (goal ≥ 95)")
    return 0 if min(scores) >= 95 else 1


if __name__ == "__main__":
    sys.exit(main())
