"""Lighthouse performance and accessibility of the built site, mobile emulation: `python -m bench.lighthouse`.

Serves `site/` (run `make build` first) on a local port and runs the
`lighthouse` npm package (devDependency; `make lighthouse` installs it) with
Debian's Chromium against typical pages, compressed with gzip as GitHub Pages
serves them. Lighthouse's default is a mid-range
phone on a throttled mobile network (simulated). Prints, per page kind, the
performance and accessibility scores, the bytes transferred and the metrics
the performance score is made of (First and Largest Contentful Paint, Total
Blocking Time, Cumulative Layout Shift, Speed Index), each the median of
`--runs` runs (5 by default: single Lighthouse runs vary by several points with
the machine's load, and Lighthouse's own guidance is to take the median of
several). Exits 1 when a median misses the goal (performance ≥ 97,
accessibility 100). Opt-in: never part of `make test`.
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
# One page of each kind a reader meets (tests/browser/pages.py names the same kinds), two of them
# in other languages.
PAGES = {
    "home": "", "about": "about/", "pillar": "pillars/treatment/", "standard": "standards/victim-safety-first/",
    "checklist": "standards/checklist/", "research summary": "research/meta-analyses/",
    "country": "countries/finland/", "catalogue": "practice/", "practice entry": "practice/atv-norway/",
    "bibliography": "bibliography/", "home (fi)": "fi/", "safety (is)": "is/safety/", "find help": "find-help/",
}
GOALS = {"performance": 97, "accessibility": 100}
METRICS = {"fcp": "first-contentful-paint", "lcp": "largest-contentful-paint", "tbt": "total-blocking-time",
           "cls": "cumulative-layout-shift", "si": "speed-index"}


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
    """Scores (0–100), KB transferred and the performance metrics (ms; CLS unitless) of one page."""
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report.json"
        subprocess.run([str(LIGHTHOUSE), url, "--quiet", "--only-categories=performance,accessibility",
                        "--output=json", f"--output-path={report}", "--chrome-flags=--headless=new --no-sandbox"],
                       check=True, env=dict(os.environ, CHROME_PATH=chrome), capture_output=True)
        data = json.loads(report.read_text(encoding="utf-8"))
    audits = data["audits"]
    result = {category: data["categories"][category]["score"] * 100 for category in GOALS}
    failed = [ref["id"] for ref in data["categories"]["accessibility"]["auditRefs"]
              if (audits[ref["id"]].get("score") is not None and audits[ref["id"]]["score"] < 1)]
    if failed:
        print(f"  {url}: accessibility audits failed: {', '.join(failed)}", file=sys.stderr)
    result["kb"] = audits["total-byte-weight"]["numericValue"] / 1024
    result.update({key: audits[name]["numericValue"] for key, name in METRICS.items()})
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chrome", default="/usr/bin/chromium")
    parser.add_argument("--site", type=Path, default=ROOT / "site")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--kinds", nargs="*", choices=sorted(PAGES), help="page kinds to measure (default: all)")
    args = parser.parse_args(argv)
    if not LIGHTHOUSE.exists():
        raise SystemExit("lighthouse is not installed: run `make lighthouse` (it runs `npm ci` first)")
    if not (args.site / "index.html").exists():
        raise SystemExit(f"no built site in {args.site}: run `make build` first")
    server = _serve(args.site)
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    medians = {}
    print(f"{'page kind':<18} {'perf':>4} {'a11y':>4} {'KB':>6} {'FCP':>5} {'LCP':>5} {'TBT':>4} {'CLS':>5} "
          f"{'SI':>5}   performance of each run")
    try:
        for kind in args.kinds or PAGES:
            runs = [audit(base + PAGES[kind], args.chrome) for _ in range(args.runs)]
            result = {key: statistics.median(run[key] for run in runs) for key in runs[0]}
            medians[kind] = result
            print(f"{kind:<18} {result['performance']:4.0f} {result['accessibility']:4.0f} {result['kb']:6.1f} "
                  f"{result['fcp']:5.0f} {result['lcp']:5.0f} {result['tbt']:4.0f} {result['cls']:5.3f} "
                  f"{result['si']:5.0f}   " + " ".join(f"{run['performance']:.0f}" for run in runs), flush=True)
    finally:
        server.shutdown()
    missed = [f"{kind}: {category} {result[category]:.0f} < {goal}" for kind, result in medians.items()
              for category, goal in GOALS.items() if result[category] < goal]
    print("goals (median of each kind): " + ", ".join(f"{c} ≥ {g}" for c, g in GOALS.items()) + " — "
          + ("met" if not missed else "missed: " + "; ".join(missed)))
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
