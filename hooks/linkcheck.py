"""Opt-in check of external links (`make linkcheck`): needs the internet, never part of the tests.

Each URL is requested once (HEAD, then GET if HEAD is refused) with a timeout;
results are cached in .cache/linkcheck.json for a week so reruns are fast.
"""

from __future__ import annotations

import json
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import requests

from hooks import bibliography, sources
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


def main() -> int:
    cache = json.loads(CACHE.read_text()) if CACHE.exists() else {}
    urls = collect()
    todo = [u for u in urls if u not in cache or time.time() - cache[u]["at"] > WEEK]
    with ThreadPoolExecutor(max_workers=8) as pool:
        for url, result in zip(todo, pool.map(status, todo)):
            cache[url] = {"status": result, "at": time.time()}
    CACHE.parent.mkdir(exist_ok=True)
    CACHE.write_text(json.dumps(cache, indent=1))
    broken = 0
    for url, places in sorted(urls.items()):
        result = cache[url]["status"]
        if not result.startswith(("2", "3")):
            broken += 1
            for place in places:
                print(f"{place}: external link {url} answered {result}. Fix: update or remove the link.")
    print(f"{len(urls)} external links, {len(todo)} checked now, {broken} broken", file=sys.stderr)
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main())
