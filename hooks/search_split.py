"""One search index and one sitemap per language, so that a search on a Finnish page finds Finnish pages.

mkdocs-static-i18n merges every language into one index at the site root and
Material loads it from every page; here it is split after the last language is
built. Each page's `__config.base` points at its language folder
(overrides/main.html), where Material then finds `search/search_index.json` and
`sitemap.xml`. lunr has stemmers for en, fi, sv, da and Norwegian (`no`);
Icelandic has none, so its index keeps words as written (no stemmer, no stop
words) and relies on Material's prefix matching.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Callable

from hooks.languages import DEFAULT

LUNR = {"en": "en", "fi": "fi", "sv": "sv", "da": "da", "nb": "no"}
FULL_PIPELINE = ["trimmer", "stopWordFilter", "stemmer"]


def _index_config(base: dict, language: str) -> dict:
    config = dict(base)
    if language in LUNR:
        config["lang"] = [LUNR[language]]
        config["pipeline"] = FULL_PIPELINE
    else:
        config["lang"] = ["en"]
        config["pipeline"] = ["trimmer"]  # Material removes the English stop words and stemmer
    return config


def split(site: Path, languages: list[str], fallbacks: dict[str, set[str]],
          strings: Callable[[str], dict[str, dict[str, str]]]) -> None:
    """Rewrite `site/search/search_index.json` into one index per language, and sitemaps per language."""
    index_path = site / "search" / "search_index.json"
    if not index_path.exists():
        return
    merged = json.loads(index_path.read_text(encoding="utf-8"))
    others = [lang for lang in languages if lang != DEFAULT]
    for language in languages:
        prefix = "" if language == DEFAULT else f"{language}/"
        if prefix:
            docs = [dict(d, location=d["location"][len(prefix):]) for d in merged["docs"]
                    if d["location"].startswith(prefix)]
        else:
            docs = [d for d in merged["docs"] if not any(d["location"].startswith(f"{o}/") for o in others)]
        marked = fallbacks.get(language, set())
        label = strings(language)["notices"]["untranslated_title"]
        for doc in docs:
            page = doc["location"].split("#", 1)[0]
            if prefix and prefix + page in marked:
                doc["title"] = f"{doc['title']} ({label})"
        out = {"config": _index_config(merged["config"], language), "docs": docs}
        target = site / prefix / "search" / "search_index.json"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(out, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
        _sitemap(site, prefix, others)


def _sitemap(site: Path, prefix: str, others: list[str]) -> None:
    """A sitemap in each language folder, listing that language's pages."""
    root = site / "sitemap.xml"
    if not prefix or not root.exists():
        return
    text = root.read_text(encoding="utf-8")
    urls = re.findall(r"<url>.*?</url>", text, flags=re.S)
    keep = [u for u in urls if f"/{prefix}" in u.split("</loc>")[0]]
    head = text.split("<url>", 1)[0]
    (site / prefix / "sitemap.xml").write_text(head + "\n".join(keep) + "\n</urlset>\n", encoding="utf-8")
