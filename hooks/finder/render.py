"""The finder, the coverage map and the coverage table as HTML, from the same resolved locations.

Everything the map shows is also in the list and the table (the map is a
picture of them, with a text alternative): without JavaScript the reader gets
the full list grouped by country and region; `find-help.js` adds the search.
The map is inline SVG drawn here from the outlines: no tiles, no requests.
"""

from __future__ import annotations

import json
from html import escape
from typing import Any, Callable

from hooks.dates import long_date
from hooks.helplines import source_markup
from hooks.finder.coverage import COUNTRIES, Region, by_region, region_name, without
from hooks.finder.locations import National, Office
from hooks.finder.outlines import Ring
from hooks.finder.projection import project

MAP_WIDTH = 600  # SVG user units; the drawing scales to its box


def _office_item(office: Office, region: str, country: str, titles: Callable[[str], str],
                 url_for: Callable[[str], str], s: dict[str, str], language: str) -> str:
    """One office as a list item; its data attributes are what the finder reads."""
    place = escape(office.place)
    if office.municipality and office.municipality not in office.place:
        place += f" ({escape(office.municipality)})"
    title = escape(titles(office.entry))
    checked = f'{escape(s["checked"])} <time datetime="{office.checked}">{escape(long_date(office.checked, language))}</time>'
    return (f'<li data-kb-office data-lat="{office.lat}" data-lon="{office.lon}" data-country="{office.country}" '
            f'data-place="{place}" data-region="{escape(region)}" data-country-name="{escape(country)}">'
            f'<a href="{escape(url_for(f"practice/{office.entry}.md"))}">{title}</a>: {escape(office.name)}, '
            f'{place}.{source_markup(office.source, s["source"])} <span class="kb-finder__checked">{checked}.</span></li>')


def _national_block(code: str, national: list[National], helplines_html: str, titles: Callable[[str], str],
                    url_for: Callable[[str], str], s: dict[str, str], country: str) -> str:
    here = [n for n in national if n.country == code]
    out = [f'<div class="kb-finder__national" data-kb-national="{code}">',
           f'<p><strong>{escape(s["national"].format(country=country))}</strong></p>']
    if here:
        out.append("<ul>")
        for item in here:
            how = ", ".join(s[f"how_{h}"] for h in item.how)
            out.append(f'<li><a href="{escape(url_for(f"practice/{item.entry}.md"))}">{escape(titles(item.entry))}'
                       f'</a> ({escape(how)}).{source_markup(item.source, s["source"])}</li>')
        out.append("</ul>")
    out.append(helplines_html)
    out.append("</div>")
    return "\n".join(out)


def finder(offices: list[Office], national: list[National], regions: dict[str, Any], language: str,
           s: dict[str, str], names: dict[str, str], titles: Callable[[str], str], url_for: Callable[[str], str],
           helplines_for: Callable[[str], str], places_url: str) -> str:
    """The search form (shown by find-help.js), its live results, and the full grouped list."""
    place_names = {"countries": {code: names.get(code, code) for code in COUNTRIES},
                   "regions": {code: region_name(code, regions, language) for code in regions}}
    out = [f'<div class="kb-finder" data-kb-finder data-places="{escape(places_url)}" '
           f'data-strings="{escape(_js_strings(s))}" data-names="{escape(json.dumps(place_names, ensure_ascii=False))}">',
           '<form class="kb-finder__form" role="search" hidden>',
           f'<label for="kb-finder-place">{escape(s["label"])}</label>',
           f'<p class="kb-finder__hint" id="kb-finder-hint">{escape(s["hint"])}</p>',
           '<div class="kb-finder__row"><input id="kb-finder-place" name="place" type="text" autocomplete="off" '
           'spellcheck="false" list="kb-finder-places" aria-describedby="kb-finder-hint">'
           '<datalist id="kb-finder-places"></datalist>'
           f'<button type="submit" class="md-button md-button--primary">{escape(s["button"])}</button></div>',
           '</form>',
           '<div class="kb-finder__status" role="status" data-kb-finder-status></div>',
           '<div class="kb-finder__results" data-kb-finder-results></div>',
           f'<h2 id="all-services">{escape(s["all_heading"])}</h2>']
    grouped = by_region(offices, regions, language)
    for code in COUNTRIES:
        country = names.get(code, code)
        out.append(f'<h3 id="services-{code.lower()}">{escape(country)}</h3>')
        for region in grouped[code]:
            if not region.offices:
                continue
            out.append(f"<h4>{escape(region.name)}</h4><ul>")
            out += [_office_item(o, region.name, country, titles, url_for, s, language) for o in region.offices]
            out.append("</ul>")
        empty = without(grouped[code])
        if empty:
            out.append(f'<p class="kb-finder__none">{escape(s["regions_none"])}: '
                       f'{escape(", ".join(r.name for r in empty))}.</p>')
        out.append(_national_block(code, national, helplines_for(code), titles, url_for, s, country))
    out.append("</div>")
    return "\n".join(out) + "\n"


def _js_strings(s: dict[str, str]) -> str:
    keys = ("found", "nearest", "not_found", "did_you_mean", "km", "loading", "failed", "national_in", "choose")
    return json.dumps({k: s[k] for k in keys}, ensure_ascii=False)


def _path(polygons: list[list[Ring]], to_svg: Callable[[float, float], tuple[float, float]]) -> str:
    parts = []
    for polygon in polygons:
        for ring in polygon:
            points = [to_svg(lon, lat) for lon, lat in ring]
            parts.append("M" + "L".join(f"{x:.0f} {y:.0f}" for x, y in points) + "Z")
    return "".join(parts)


def coverage_map(offices: list[Office], shapes: dict[str, list[list[Ring]]], s: dict[str, str],
                 names: dict[str, str]) -> str:
    """The five countries and every office, as inline SVG with a title and a description."""
    xy = [project(lon, lat) for polygons in shapes.values() for polygon in polygons for lon, lat in polygon[0]]
    if not xy:
        return ""
    left, right = min(x for x, _ in xy), max(x for x, _ in xy)
    bottom, top = min(y for _, y in xy), max(y for _, y in xy)
    scale = MAP_WIDTH / (right - left)
    height = round((top - bottom) * scale)

    def to_svg(lon: float, lat: float) -> tuple[float, float]:
        x, y = project(lon, lat)
        return (x - left) * scale, (top - y) * scale

    places = {(o.lat, o.lon) for o in offices}
    dots = "".join(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="4"/>' for x, y in sorted(to_svg(lon, lat)
                                                                                    for lat, lon in places))
    countries = "".join(f'<path d="{_path(shapes[code], to_svg)}"/>' for code in COUNTRIES if code in shapes)
    title = escape(s["map_title"])
    desc = escape(s["map_desc"].format(n=len(offices), places=len(places)))
    return (f'<figure class="kb-coverage-map"><svg viewBox="0 0 {MAP_WIDTH} {height}" role="img" '
            f'aria-labelledby="kb-map-title kb-map-desc" focusable="false">'
            f'<title id="kb-map-title">{title}</title><desc id="kb-map-desc">{desc}</desc>'
            f'<g class="kb-coverage-map__land">{countries}</g><g class="kb-coverage-map__dots">{dots}</g></svg>'
            f'<figcaption>{escape(s["map_caption"])}</figcaption></figure>\n')


def coverage_table(offices: list[Office], regions: dict[str, Any], language: str, s: dict[str, str],
                   names: dict[str, str], titles: Callable[[str], str], treatment: frozenset[str]) -> str:
    """Per country, a table of its regions: how many service locations each has, how many of them offer
    treatment for people who use violence (entries of that pillar, `treatment`), and of which services."""
    grouped = by_region(offices, regions, language)
    out = []
    for code in COUNTRIES:
        rows = grouped[code]
        out.append(f'<table data-kb="coverage"><caption>{escape(names.get(code, code))}</caption><thead><tr>'
                   f'<th scope="col">{escape(s["region"])}</th><th scope="col">{escape(s["locations"])}</th>'
                   f'<th scope="col">{escape(s["treatment"])}</th>'
                   f'<th scope="col">{escape(s["services"])}</th></tr></thead><tbody>')
        for region in rows:
            services = sorted({titles(o.entry) for o in region.offices}, key=str.lower)
            cell = escape(", ".join(services)) if services else f'<em>{escape(s["none"])}</em>'
            treating = sum(1 for o in region.offices if o.entry in treatment)
            out.append(f'<tr><th scope="row">{escape(region.name)}</th><td>{len(region.offices)}</td>'
                       f"<td>{treating}</td><td>{cell}</td></tr>")
        out.append("</tbody></table>")
    return "\n\n" + "\n".join(out) + "\n\n"


def regions_without_cell(rows: list[Region], s: dict[str, str]) -> str:
    """The comparison cell: how many of the country's regions have no office in `rows`, and which (the
    caller passes the regions with the treatment offices only, so the row asks GREVIO's question)."""
    empty = without(rows)
    if not empty:
        return escape(s["all_regions"])
    return escape(s["regions_of"].format(n=len(empty), total=len(rows), names=", ".join(r.name for r in empty)))


def entry_block(entry: str, offices: list[Office], national: list[National], regions: dict[str, Any],
                language: str, s: dict[str, str], names: dict[str, str], find_help_url: str) -> str:
    """'Where it is delivered' on a practice entry's page."""
    mine = [o for o in offices if o.entry == entry]
    wide = [n for n in national if n.entry == entry]
    if not mine and not wide:
        return ""
    out = [f'<section class="kb-where"><h2 id="where">{escape(s["where_heading"])}</h2>']
    if mine:
        grouped = by_region(mine, regions, language)
        items = []
        for code in COUNTRIES:
            for region in grouped[code]:
                if region.offices:
                    places = ", ".join(sorted({o.place for o in region.offices}))
                    items.append(f"<li>{escape(places)} ({escape(region.name)}, {escape(names.get(code, code))})</li>")
        out.append("<ul>" + "".join(items) + "</ul>")
    for item in wide:
        how = ", ".join(s[f"how_{h}"] for h in item.how)
        out.append(f"<p>{escape(s['nationwide'].format(country=names.get(item.country, item.country), how=how))}</p>")
    out.append(f'<p><a href="{escape(find_help_url)}">{escape(s["see_finder"])}</a></p></section>')
    return "\n".join(out) + "\n"
