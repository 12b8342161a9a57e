"""One search index and one sitemap per language, so that a search on a Finnish page finds Finnish pages.

mkdocs-static-i18n merges every language into one index at the site root and
Material loads it from every page; here it is split after the last language is
built. Each page's `__config.base` points at its language folder
(overrides/main.html), where Material then finds `search/search_index.json` and
`sitemap.xml`.

No index is stemmed. Material searches as the reader types by adding `*` to
every term, and lunr runs no pipeline on a term with a wildcard: a stemmed
index ("programm", "komm", "tekijö") then never matches a whole typed word
("programmes", "kommer", "tekijöille"), which is what readers type. Unstemmed,
the typed word is a prefix of the indexed word and Material's prefix matching
finds every inflected form that starts with it. lunr's language trimmers (fi,
sv, da, `no`) keep their letters; lunr's English trimmer strips every letter
outside a-z from the ends of a word ("þolenda" is indexed as "olenda" while
the query keeps its "þ"), so Icelandic, which lunr does not support, is indexed
with no pipeline at all: words exactly as written.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Callable

from hooks.languages import DEFAULT

LUNR = {"en": "en", "fi": "fi", "sv": "sv", "da": "da", "nb": "no"}
PIPELINE = ["trimmer", "stopWordFilter"]  # Material removes the functions not listed (here: the stemmer)


def _index_config(base: dict, language: str) -> dict:
    config = dict(base)
    if language in LUNR:
        config["lang"] = [LUNR[language]]
        config["pipeline"] = PIPELINE
    else:
        config["lang"] = ["en"]
        config["pipeline"] = []  # words as written: no English trimmer, stop words or stemmer
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
