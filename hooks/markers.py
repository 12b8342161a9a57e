"""Expand `<!-- kb:name args -->` markers in a page into generated Markdown.

Markers: catalogue, practices <CC>, standards, checklist, monitoring, compare,
country-facts <CC>, helplines [<CC> ...], research-index, research-agenda,
review-criteria, bibliography, translation-status, glossary, find-help,
coverage-map.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Callable

from hooks import helplines, listings, monitoring, standards
from hooks.citations.citing import Renderer, block_token
from hooks.currency import review_dates
from hooks.directory import catalogue
from hooks.finder import locations as finder_locations, outlines, render as finder_render
from hooks.finder.coverage import by_region, load_regions
from hooks.languages import localized
from hooks.peer_review import records as peer_records, render as peer_render
from hooks.sources import Sources
from hooks.translations import termbase
from hooks.translations.stamps import Status

MARKER = re.compile(r"<!--\s*kb:([\w-]+)((?:\s+[\w-]+)*)\s*-->")
NAMES = ("catalogue", "practices", "standards", "checklist", "monitoring", "compare", "country-facts", "helplines",
         "research-index", "research-agenda", "review-criteria", "bibliography", "translation-status", "glossary",
         "find-help", "coverage-map")


@dataclass
class Context:
    """Everything a marker may need, for one language of one build."""

    sources: Sources
    language: str
    strings: dict[str, dict[str, str]]
    renderer: Renderer
    data_dir: Path
    statuses: list[Status] = field(default_factory=list)
    url_for: Callable[[str], str] = lambda base: base  # set per page by the generator adapter
    blocks: dict[str, str] = field(default_factory=dict)  # token -> HTML, emptied per page by the adapter
    _cited: dict[str, list[tuple[str, str]]] | None = None

    @property
    def labels(self) -> dict[str, str]:
        return self.strings["notices"]

    @property
    def names(self) -> dict[str, str]:
        return self.strings["catalogue"]

    def defer(self, html: str) -> str:
        """Markdown holding the place of `html` until after the conversion (`citations.fill`)."""
        return block_token(self.blocks, html)

    def cells(self) -> monitoring.Cells:
        """The country-fact cells in this language (entries counted per country from the directory)."""
        entries = catalogue.entries(self.sources, self.language)
        count = lambda code: sum(1 for e in entries if code in e.values("country"))  # noqa: E731
        treating = [o for o in self.offices if o.entry in self.treatment]
        grouped = by_region(treating, self.regions, self.language)
        without = lambda code: finder_render.regions_without_cell(grouped[code], self.strings["find-help"])  # noqa: E731
        return monitoring.Cells(self.data_dir, self.language, self.strings["comparison"], self.labels,
                                self.url_for, count, without)

    @cached_property
    def offices(self) -> list[finder_locations.Office]:
        """The service locations (data/locations/), resolved against the gazetteer once per language build."""
        return finder_locations.offices(self.data_dir)

    @cached_property
    def treatment(self) -> frozenset[str]:
        """The slugs of the directory entries in the treatment pillar (programmes for people who use violence)."""
        return frozenset(e.slug for e in catalogue.entries(self.sources) if "treatment" in e.values("pillar"))

    @cached_property
    def national(self) -> list[finder_locations.National]:
        return finder_locations.national(self.data_dir)

    @cached_property
    def regions(self) -> dict[str, dict[str, str]]:
        return load_regions(self.data_dir).valid or {}

    def entry_title(self, slug: str) -> str:
        return self.title_for(f"practice/{slug}.md")

    @cached_property
    def peer_review(self) -> peer_records.PeerReviewData:
        """The criteria, reviews and research agenda, read once per language build."""
        return peer_records.load(self.data_dir)

    @cached_property
    def review_intervals(self) -> review_dates.Intervals:
        """The review intervals (data/review-intervals.yml), read once per language build."""
        return review_dates.load_intervals(self.data_dir)[0]

    def title_for(self, base: str) -> str:
        """The title of an English page as served in this language (its translation's, if any)."""
        doc = self.sources.documents.get(localized(base, self.language)) or self.sources.documents.get(base)
        return str(doc.meta.get("title", base)) if doc is not None else base

    def cited(self) -> dict[str, list[tuple[str, str]]]:
        if self._cited is None:
            self._cited = listings.citing_pages(self.sources, self.language)
        return self._cited


def _render(name: str, args: list[str], page: str, ctx: Context) -> str:
    if name == "catalogue":
        return ctx.defer(catalogue.table(catalogue.entries(ctx.sources, ctx.language), ctx.names, ctx.url_for))
    if name == "practices":
        items = [e for e in catalogue.entries(ctx.sources, ctx.language) if set(args) & set(e.values("country"))]
        return ctx.defer(catalogue.table(items, ctx.names, ctx.url_for, filters=False))
    if name == "standards":
        return standards.listing(standards.standards(ctx.sources, ctx.language), page)
    if name == "checklist":
        return standards.checklist(standards.standards(ctx.sources, ctx.language), ctx.labels, ctx.url_for, ctx.defer)
    if name == "monitoring":
        return monitoring.comparison(ctx.cells(), ctx.names, monitoring.TREATY_ROWS)
    if name == "compare":
        return monitoring.comparison(ctx.cells(), ctx.names)
    if name == "country-facts":
        return monitoring.country_facts(ctx.cells(), args[0] if args else "", ctx.names)
    if name == "helplines":
        return helplines.box(args or list(monitoring.COUNTRIES), ctx.data_dir, ctx.language, ctx.labels, ctx.names)
    if name == "research-index":
        items = listings.research_items(ctx.sources, ctx.language)
        return ctx.defer(peer_render.index_html(items, ctx.strings["peer-review"], ctx.labels, ctx.url_for))
    if name == "research-agenda":
        # Markdown links to the .md sources, relative to this page, so that MkDocs checks and rewrites them.
        md_link: Callable[[str], str] = lambda base: posixpath.relpath(base, posixpath.dirname(page) or ".")  # noqa: E731
        return peer_render.agenda_markdown(ctx.peer_review, ctx.language, ctx.strings["peer-review"], md_link,
                                           ctx.title_for)
    if name == "review-criteria":
        return ctx.defer(peer_render.criteria_html(ctx.peer_review, ctx.language, ctx.strings["peer-review"],
                                                   ctx.url_for, ctx.title_for))
    if name == "bibliography":
        return listings.bibliography_page(ctx.renderer, ctx.cited(), ctx.labels, ctx.strings["citations"],
                                          ctx.url_for, ctx.defer)
    if name == "translation-status":
        return listings.translation_status(ctx.statuses, ctx.sources, ctx.labels, ctx.url_for, ctx.defer)
    if name == "find-help":
        s = ctx.strings["find-help"]
        helplines_for = lambda code: helplines.box_html(code, ctx.data_dir, ctx.language, ctx.labels)  # noqa: E731
        return finder_render.finder(ctx.offices, ctx.national, ctx.regions, ctx.language, s, ctx.names,
                                    ctx.entry_title, ctx.url_for, helplines_for, ctx.url_for(PLACES_FILE))
    if name == "coverage-map":
        s = ctx.strings["find-help"]
        return ctx.defer(finder_render.coverage_map(ctx.offices, outlines.load(ctx.data_dir), s, ctx.names)) + \
            finder_render.coverage_table(ctx.offices, ctx.regions, ctx.language, s, ctx.names, ctx.entry_title,
                                         ctx.treatment)
    if name == "glossary":
        return termbase.glossary_markdown(termbase.load(ctx.data_dir), ctx.language, ctx.labels, ctx.defer)
    raise KeyError(name)


def expand(markdown: str, page: str, ctx: Context) -> str:
    """Replace every known marker in `markdown` (of docs-relative base path `page`)."""
    if "kb:" not in markdown:
        return markdown
    replace: Callable[[re.Match[str]], str] = lambda m: (
        _render(m.group(1), m.group(2).split(), page, ctx) if m.group(1) in NAMES else m.group(0))
    return MARKER.sub(replace, markdown)


def unknown(body: str) -> list[tuple[int, str]]:
    """(line offset, name) of markers that name nothing: reported by the checks."""
    return [(body.count("\n", 0, m.start()), m.group(1)) for m in MARKER.finditer(body) if m.group(1) not in NAMES]


PLACES_FILE = "find-help/places.json"
COUNTRY_ARGS = {"practices": (1, 1), "country-facts": (1, 1), "helplines": (0, 5)}


def bad_arguments(body: str) -> list[tuple[int, str]]:
    """(line offset, marker) of country markers whose arguments are not country codes, or too many or few."""
    found = []
    for m in MARKER.finditer(body):
        limits = COUNTRY_ARGS.get(m.group(1))
        if limits is None:
            continue
        args = m.group(2).split()
        if not limits[0] <= len(args) <= limits[1] or any(a not in monitoring.COUNTRIES for a in args):
            found.append((body.count("\n", 0, m.start()), m.group(0)))
    return found
