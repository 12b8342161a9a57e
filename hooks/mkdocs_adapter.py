"""MkDocs hooks: a thin adapter that feeds the project's renderers with MkDocs events.

Nothing here decides what is right or wrong (the checks have their own adapter,
`mkdocs_checks`); it translates between MkDocs objects and the plain functions
of the `hooks` package, so that the logic survives a change of generator.
mkdocs-static-i18n runs one build per language in the same process: the
sources are read once per run, the renderers are made once per language and
reused for every page.
"""

from __future__ import annotations

import datetime as dt
import logging
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

CODE_ROOT = Path(__file__).resolve().parent.parent
if str(CODE_ROOT) not in sys.path:
    sys.path.insert(0, str(CODE_ROOT))

from jinja2 import ChoiceLoader, FileSystemBytecodeCache, FileSystemLoader  # noqa: E402
from markupsafe import Markup, escape  # noqa: E402
from mkdocs.config.defaults import MkDocsConfig  # noqa: E402
from mkdocs.plugins import event_priority  # noqa: E402
from mkdocs.structure.files import File, Files  # noqa: E402
from mkdocs.structure.pages import Page  # noqa: E402
from mkdocs.utils import get_relative_url  # noqa: E402

from hooks import (  # noqa: E402
    cache_files, components, markers, search_split, standards, theme_files)
from hooks.citations import bibliography  # noqa: E402
from hooks.citations.citing import REFERENCES_TOKEN, Renderer, fill  # noqa: E402
from hooks.currency import render as review_render, review_dates  # noqa: E402
from hooks.directory import catalogue  # noqa: E402
from hooks.finder import exports as finder_exports, render as finder_render  # noqa: E402
from hooks.finder.places_file import places_json  # noqa: E402
from hooks.peer_review import render as peer_render  # noqa: E402
from hooks.security import csp  # noqa: E402
from hooks.translations import stamps  # noqa: E402
from hooks.languages import DEFAULT, split_language  # noqa: E402
from hooks.mkdocs_i18n import nested  # noqa: E402
from hooks.frontmatter import Document  # noqa: E402
from hooks.schemas import kind_of  # noqa: E402
from hooks.sources import Sources, load  # noqa: E402


@dataclass
class Run:
    """State of one `mkdocs build` (all languages) or one `mkdocs serve` rebuild."""

    sources: Sources | None = None
    statuses: list[stamps.Status] = field(default_factory=list)
    contexts: dict[str, markers.Context] = field(default_factory=dict)
    fallbacks: dict[str, set[str]] = field(default_factory=dict)
    deferred: dict[str, dict[str, str]] = field(default_factory=dict)


RUN = Run()


def _language(config: MkDocsConfig) -> str:
    return str(config.theme["language"])


class _PreviewNotice(logging.Filter):
    """`mkdocs serve --dirty` (the one-language preview, see the Makefile) warns on every
    rebuild that navigation elsewhere may be stale; under `strict` that warning alone
    would abort the preview. It is expected there, so it is passed on as INFO."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno == logging.WARNING and "'dirty' build" in record.getMessage():
            record.levelno, record.levelname = logging.INFO, "INFO"
        return True


def on_startup(command: str, dirty: bool) -> None:
    theme_files.install()
    if command == "serve" and dirty:
        logging.getLogger("mkdocs.commands.build").addFilter(_PreviewNotice())


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """MkDocs runs this for every language build; a new run starts only with the first."""
    global RUN
    if not nested(config):
        RUN = Run()
    return config


def on_env(env: Any, config: MkDocsConfig, files: Files) -> Any:
    """Let templates include component templates and read the current language's strings."""
    env.loader = ChoiceLoader([env.loader, FileSystemLoader(str(components.COMPONENTS_DIR))])
    # MkDocs makes a new Jinja environment for every language build, and Jinja's own
    # template cache is per environment, so each language recompiled every Material
    # template (about a fifth of a six-language build). Compiled templates are kept
    # on disk instead, keyed by their source, and shared by languages and builds.
    cache_dir = _root(config) / ".cache" / "jinja"
    cache_dir.mkdir(parents=True, exist_ok=True)
    env.bytecode_cache = FileSystemBytecodeCache(str(cache_dir))
    language = _language(config)
    env.globals["kb"] = {
        "language": language,
        "prefix": "" if language == DEFAULT else f"{language}/",
        "strings": components.strings(language),
        "exit_url": config.extra.get("exit_url", "https://www.wikipedia.org/"),
        "safety_url": "safety/" if language == DEFAULT else f"{language}/safety/",
        "author": "Nordic Network of Stakeholders Focusing on Perpetrators of Intimate Partner Violence",
        "build_date": dt.date.today().isoformat(),
    }
    return env


def _root(config: MkDocsConfig) -> Path:
    """The project folder: the one holding mkdocs.yml (a fixture site in the tests)."""
    return Path(config.config_file_path).resolve().parent


def _first_run(config: MkDocsConfig) -> Sources:
    """Load the sources and the translation statuses, once per run."""
    if RUN.sources is None:
        RUN.sources = load(Path(config.docs_dir))
        RUN.statuses = stamps.statuses(RUN.sources)
    return RUN.sources


def _context(config: MkDocsConfig) -> markers.Context:
    language = _language(config)
    if language not in RUN.contexts:
        strings = components.strings(language)
        bib = bibliography.load(_root(config) / "bibliography.bib")
        RUN.contexts[language] = markers.Context(
            sources=_first_run(config), language=language, strings=strings,
            renderer=Renderer(bib, strings["citations"], language), data_dir=_root(config) / "data", statuses=RUN.statuses)
    return RUN.contexts[language]


def on_files(files: Files, config: MkDocsConfig) -> Files:
    ctx = _context(config)
    for path in components.asset_files():
        uri = f"assets/components/{path.name}"
        if files.get_file_from_path(uri) is None:
            files.append(File.generated(config, uri, abs_src_path=str(path)))
    entries = catalogue.entries(ctx.sources)
    items = standards.standards(ctx.sources, ctx.language)
    for uri, content in (("assets/components/components.css", components.stylesheet()),
                         ("practices.json", catalogue.export_json(entries)),
                         ("practices.csv", catalogue.export_csv(entries)),
                         ("standards/checklist.csv", standards.checklist_csv(items)),
                         ("locations.json", finder_exports.as_json(ctx.offices, ctx.national, ctx.regions)),
                         ("locations.csv", finder_exports.as_csv(ctx.offices, ctx.regions)),
                         ("locations.geojson", finder_exports.as_geojson(ctx.offices, ctx.regions)),
                         (markers.PLACES_FILE, places_json(ctx.data_dir))):
        # Written to a file first: mkdocs-static-i18n needs every File to have a source path.
        # One folder per language: the checklist is in the language of the build.
        path = _root(config) / ".cache" / "generated" / ctx.language / uri
        if not path.exists() or path.read_text(encoding="utf-8") != content:
            cache_files.write(path, content.encode("utf-8"))
        if files.get_file_from_path(uri) is None:
            files.append(File.generated(config, uri, abs_src_path=str(path)))
    # When one language is built alone (SITE_LANG=fi), mkdocs-static-i18n counts both
    # `x.md` and `x.fi.md` as Finnish and keeps the one it sees last, which was the
    # English `x.md` for most pages. Translations go after their originals (a stable
    # sort), so the translation wins; with all languages built, the order changes nothing.
    return Files(sorted(files, key=lambda file: split_language(file.src_uri)[0] != DEFAULT))


def _english_url(page: Page, language: str) -> str:
    """Relative URL from this page to its English original."""
    url = page.url
    english = url[len(language) + 1:] if url.startswith(f"{language}/") else url
    depth = url.count("/") if url.endswith("/") else url.count("/")
    return "../" * depth + english


def _notice(page: Page, language: str, labels: dict[str, str], fallback: bool) -> str:
    title = labels["untranslated_title" if fallback else "outdated_title"]
    text = labels["untranslated"] if fallback else labels["outdated"]
    link = f'<a href="{_english_url(page, language)}" hreflang="en" lang="en">{labels["original"]}</a>'
    return f'!!! warning "{title}"\n\n    {text} {link}\n\n'


def _insert_after_title(markdown: str, block: str) -> str:
    lines = markdown.split("\n")
    for index, line in enumerate(lines):
        if line.startswith("# "):
            return "\n".join(lines[: index + 1] + ["", block] + lines[index + 1:])
    return block + markdown


def _plain_text_meta(page: Page) -> None:
    """Titles and descriptions are plain text (the content check fails on markup in them); the
    theme writes them into the page unescaped, so they are escaped here once, as `Markup`, which
    Jinja's `|e` leaves alone: even a title that slipped past the check renders as text."""
    for key in ("title", "description"):
        value = page.meta.get(key)
        if isinstance(value, str) and not isinstance(value, Markup):
            page.meta[key] = escape(value)


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    _plain_text_meta(page)
    ctx = _context(config)
    language = ctx.language
    base = split_language(page.file.src_uri)[1]

    def url_for(doc_base: str) -> str:
        target = files.get_file_from_path(doc_base)
        return get_relative_url(target.url, page.url) if target else doc_base

    ctx.url_for = url_for
    ctx.blocks = {}
    markdown = markers.expand(markdown, base, ctx)
    doc = ctx.sources.documents.get(page.file.src_uri)
    english = ctx.sources.documents.get(base)
    if kind_of(base) == "research" and english is not None and "status" in english.meta:
        record = peer_render.record_html(base, english.meta, ctx.peer_review, language, ctx.strings["peer-review"],
                                         url_for("research/peer-review.md"))
        markdown = _insert_after_title(markdown, ctx.defer(record).strip())
    if kind_of(base) == "standard" and doc is not None:
        markdown += standards.criteria_block(doc, ctx.labels)
    if kind_of(base) == "practice":
        where = finder_render.entry_block(base.rsplit("/", 1)[-1][:-3], ctx.offices, ctx.national, ctx.regions,
                                          language, ctx.strings["find-help"], ctx.names, url_for("find-help.md"))
        markdown += "\n\n" + ctx.defer(where) if where else ""
    markdown += _review_block(base, english, ctx)
    markdown, cited, html = ctx.renderer.render_deferred(markdown)
    if cited:
        bibliography_page = files.get_file_from_path("bibliography.md")
        target = bibliography_page.url if bibliography_page else "bibliography/"
        html[REFERENCES_TOKEN] = ctx.renderer.reference_list(cited, get_relative_url(target, page.url))
        markdown += ctx.renderer.references_heading()
    html.update(ctx.blocks)
    RUN.deferred[page.file.src_uri] = html
    if language != DEFAULT:
        # From the file name, not from mkdocs-static-i18n: when one language is built
        # alone, the plugin counts the untranslated English files as that language.
        if split_language(page.file.src_uri)[0] != language:
            RUN.fallbacks.setdefault(language, set()).add(page.url)
            markdown = _insert_after_title(markdown, _notice(page, language, ctx.labels, True))
        elif doc is not None and str(doc.meta.get(stamps.STAMP_FIELD, "")) != stamps.source_hash(
                ctx.sources.documents[base].text if base in ctx.sources.documents else ""):
            markdown = _insert_after_title(markdown, _notice(page, language, ctx.labels, False))
    return markdown


def _review_block(base: str, english: Document | None, ctx: markers.Context) -> str:
    """The page's review dates (from its English original), placed before the reference list."""
    dates = review_dates.review_dates(base, english.meta, ctx.review_intervals) if english else None
    if dates is None:
        return ""
    return ctx.defer(review_render.html(dates, ctx.language, ctx.strings["review-dates"]))


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Put the citation HTML in after Markdown (see `citations.Renderer.render_deferred`)."""
    parts = RUN.deferred.pop(page.file.src_uri, None)
    return fill(html, parts) if parts else html


@event_priority(-100)
def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    """Last: the Content-Security-Policy, hashed from the HTML as it will be served."""
    return csp.apply(csp.table_alignment(output))


@event_priority(-100)
def on_post_template(output_content: str, template_name: str, config: MkDocsConfig) -> str:
    """The same policy on pages rendered from a template alone (404.html)."""
    return csp.apply(output_content) if template_name.endswith(".html") else output_content


@event_priority(-110)
def on_post_build(config: MkDocsConfig) -> None:
    """After the last language: one search index and one sitemap per language."""
    if nested(config):
        return
    i18n = config.plugins.get("i18n")
    site = Path(config.site_dir)
    languages = [lang.locale for lang in i18n.config.languages if lang.build] if i18n else [DEFAULT]
    search_split.split(site, languages, RUN.fallbacks, components.strings)
