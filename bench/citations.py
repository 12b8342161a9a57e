"""Cost of citation processing: `python -m bench.citations`.

Builds a synthetic site of many pages full of citations three times: as written
(citations processed by the hooks); with the same citations and reference lists
already rendered into the pages (identical output, no processing: the cost of
the processing itself); and with no citations at all (the cost of the extra
content too). Whole-process times, best of 3.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from bench.build_scaling import build_seconds
from hooks import components
from hooks.citations import bibliography
from hooks.citations.citing import REFERENCES_TOKEN, Renderer
from tests.sitebuilder import write_site

ROOT = Path(__file__).resolve().parent.parent
PAGE = """---
title: Page {n}
---

# Page {n}

## Evidence

{paragraphs}
"""


def prerendered(pages_: dict[str, str], bib_text: str) -> dict[str, str]:
    """The same pages with citations and reference lists rendered ahead of the build."""
    renderer = Renderer(bibliography.parse("bibliography.bib", bib_text), components.strings("en")["citations"])
    out = {}
    for name, text in pages_.items():
        body, cited = renderer.render(text)
        out[name] = body + renderer.references_heading().replace(
            REFERENCES_TOKEN, renderer.reference_list(cited, "../bibliography/"))
    return out


def pages(count: int, keys: list[str], cite: bool) -> dict[str, str]:
    out = {}
    for n in range(count):
        paras = []
        for p in range(8):
            a, b = keys[(n + p) % len(keys)], keys[(n * 3 + p) % len(keys)]
            citation = f" [@{a}; @{b}, p. {p + 1}] and @{a} agree" if cite else " and they agree"
            paras.append(f"Programmes for people who use violence were studied{citation}. " * 2)
        out[f"p{n:03d}.md"] = PAGE.format(n=n, paragraphs="\n\n".join(paras))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=150)
    args = parser.parse_args(argv)
    bib_text = (ROOT / "bibliography.bib").read_text(encoding="utf-8")
    keys = list(bibliography.parse("bibliography.bib", bib_text).entries)
    cited = pages(args.pages, keys, True)
    variants = {"processed": cited, "prerendered": prerendered(cited, bib_text),
                "none": pages(args.pages, keys, False)}
    times = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, content in variants.items():
            folder = Path(tmp) / name
            config = write_site(folder, content, bib=bib_text)
            text = config.read_text(encoding="utf-8")
            config.write_text(text.replace("  /practice/*.md\n", "  /practice/*.md\n  /p*.md\n"), encoding="utf-8")
            times[name] = build_seconds(config, runs=3)
    processed, ready, none = times["processed"], times["prerendered"], times["none"]
    print(f"{args.pages} pages × 2 languages (en, fi), {args.pages * 8 * 6} citations per language")
    print(f"build, citations processed by the hooks: {processed:.2f} s")
    print(f"build, same output rendered in advance:  {ready:.2f} s")
    print(f"build, no citations at all:              {none:.2f} s")
    print(f"citation processing: {(processed - ready) / processed * 100:.1f} % of build time (goal ≤ 10 %)")
    print(f"citations including their extra content (reference lists, links): "
          f"{(processed - none) / processed * 100:.1f} %")
    return 0


if __name__ == "__main__":
    sys.exit(main())
