"""First-view weight of built pages: `python -m bench.page_weight [site]`.

Sums the gzip-compressed size of each page's HTML and of the styles, scripts,
images and icons it loads (as a static host serving gzip would send them),
without the search index, which loads only when the reader opens search
(components/search-on-demand), and the search worker.
"""

from __future__ import annotations

import gzip
import re
import sys
from pathlib import Path
from urllib.parse import urljoin, urlparse

PAGES = ("index.html", "about/index.html", "research/index.html", "practice/index.html",
         "fi/index.html", "bibliography/index.html")
RESOURCE = re.compile(r"""<(?:link[^>]+rel="(?:stylesheet|icon)"[^>]*href|script[^>]+src|img[^>]+src)="([^"]+)\"""")


def gz(path: Path) -> int:
    return len(gzip.compress(path.read_bytes(), compresslevel=6))


def weight(site: Path, page: str) -> tuple[int, int, int]:
    """(gzip bytes in all, HTML bytes, resources counted) for one page."""
    html_path = site / page
    html = html_path.read_text(encoding="utf-8")
    total = gz(html_path)
    seen = set()
    base = "http://x/" + page
    for href in RESOURCE.findall(html):
        url = urlparse(urljoin(base, href))
        if url.netloc != "x" or url.path in seen:
            continue
        seen.add(url.path)
        target = site / url.path.lstrip("/")
        if target.is_file():
            total += gz(target)
    return total, gz(html_path), len(seen)


def main(argv: list[str] | None = None) -> int:
    argv = argv if argv is not None else sys.argv[1:]
    site = Path(argv[0]) if argv else Path("site")
    print(f"{'page':28} {'first view KB (gzip)':>20} {'HTML KB':>8} {'files':>5}")
    for page in PAGES:
        if (site / page).exists():
            total, html, count = weight(site, page)
            print(f"{page:28} {total / 1024:20.1f} {html / 1024:8.1f} {count + 1:5d}")
    for index in sorted(site.glob("**/search/search_index.json")):
        print(f"search index {index.relative_to(site)}: {index.stat().st_size / 1024:.1f} KB, "
              f"{gz(index) / 1024:.1f} KB gzip")
    return 0


if __name__ == "__main__":
    sys.exit(main())
