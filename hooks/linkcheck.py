"""Opt-in check of external links (`make linkcheck`): needs the internet, never part of the tests.

Each URL is requested once (HEAD, then GET if HEAD is refused) with a timeout;
results are cached in .cache/linkcheck.json for a week so reruns are fast.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import requests

from hooks import sources
from hooks.citations import bibliography
from hooks.markdown_scan import links

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / ".cache" / "linkcheck.json"
WEEK = 7 * 24 * 3600
TIMEOUT = 15


def collect(root: Path = ROOT) -> dict[str, list[str]]:
    """URL -> places ('path:line') where it is written."""
    found: dict[str, list[str]] = {}
    docs = sources.load(root / "docs")
    for doc in docs.documents.values():
        for link in links(doc.body, doc.body_line):
            if link.target.startswith(("http://", "https://")):
                found.setdefault(link.target, []).append(f"{doc.path}:{link.line}")
    bib = bibliography.load(root / "bibliography.bib")
    for entry in bib.entries.values():
        for url in ([entry.fields["url"]] if "url" in entry.fields else []) + (
                [f"https://doi.org/{entry.fields['doi']}"] if "doi" in entry.fields else []):
            found.setdefault(url, []).append(f"{bib.path}:{entry.line}")
    return found


def status(url: str) -> str:
    headers = {"User-Agent": "nordic-kb-linkcheck/1.0"}
    try:
        response = requests.head(url, allow_redirects=True, timeout=TIMEOUT, headers=headers)
        if response.status_code in (403, 405, 501):
            response = requests.get(url, allow_redirects=True, timeout=TIMEOUT, headers=headers, stream=True)
        return str(response.status_code)
    except requests.RequestException as error:
        return type(error).__name__


def as_markdown(broken: dict[str, tuple[str, list[str]]]) -> str:
    """A Markdown section for the weekly issue: each failing link, its answer and where it is written."""
    head = "## External links that fail\n\n"
    if not broken:
        return head + "None.\n"
    rows = "\n".join(f"| {url} | {result} | {', '.join(f'`{p}`' for p in places)} |"
                     for url, (result, places) in sorted(broken.items()))
    return head + "| link | answer | written in |\n|---|---|---|\n" + rows + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--markdown", action="store_true", help="print a Markdown table (for the weekly issue), exit 0")
    args = parser.parse_args(argv)
    cache = json.loads(CACHE.read_text()) if CACHE.exists() else {}
    urls = collect()
    todo = [u for u in urls if u not in cache or time.time() - cache[u]["at"] > WEEK]
    with ThreadPoolExecutor(max_workers=8) as pool:
        for url, result in zip(todo, pool.map(status, todo)):
            cache[url] = {"status": result, "at": time.time()}
    CACHE.parent.mkdir(exist_ok=True)
    CACHE.write_text(json.dumps(cache, indent=1))
    broken = {url: (cache[url]["status"], places) for url, places in urls.items()
              if not cache[url]["status"].startswith(("2", "3"))}
    if args.markdown:
        print(as_markdown(broken))
    else:
        for url, (result, places) in sorted(broken.items()):
            for place in places:
                print(f"{place}: external link {url} answered {result}. Fix: update or remove the link.")
    print(f"{len(urls)} external links, {len(todo)} checked now, {len(broken)} broken", file=sys.stderr)
    return 1 if broken and not args.markdown else 0


if __name__ == "__main__":
    sys.exit(main())
