"""National commitments (`data/monitoring.yml`) rendered as the country comparison and the country facts.

One source of truth: the comparison page (a column per country), each country
page (the same rows for one country) and the monitoring table on the standards
page are all generated here from the same data, with the helplines
(`hooks/helplines.py`) and the number of directory entries. Every value shows
its source; a value missing from the data says so rather than being left blank.

The tables are HTML with row headers (`th scope="row"`), written into the
Markdown before citations are rendered, so `[@key]` sources become citations.
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any, Callable

from hooks import data_files, helplines
from hooks.dates import long_date

SCHEMA = "monitoring.schema.json"
COUNTRIES = ("DK", "FI", "IS", "NO", "SE")
PAGES = {"DK": "countries/denmark.md", "FI": "countries/finland.md", "IS": "countries/iceland.md",
         "NO": "countries/norway.md", "SE": "countries/sweden.md"}
FIND_HELP = "find-help.md"
ORIGINAL_LANGUAGE = {"DK": "da", "FI": "fi", "IS": "is", "NO": "nb", "SE": "sv"}
TREATY_ROWS = ("signed", "ratified", "in_force", "reservations", "grevio_baseline", "cop_recommendation",
               "grevio_thematic")
ALL_ROWS = TREATY_ROWS + ("article16", "action_plan", "programmes", "standards", "referral",
                          "helplines_victims", "helplines_users", "directory", "regions_without")


def load(data_dir: Path) -> data_files.DataFile:
    return data_files.load_cached(data_dir / "monitoring.yml", "data/monitoring.yml", SCHEMA)


class Cells:
    """Renders the cells of one language; `count(code)` is the number of directory entries of a country,
    `without(code)` the cell on its regions with no service location (hooks/finder)."""

    def __init__(self, data_dir: Path, language: str, labels: dict[str, str], notices: dict[str, str],
                 url_for: Callable[[str], str], count: Callable[[str], int], without: Callable[[str], str]) -> None:
        parsed = load(data_dir).valid
        self.data: dict[str, Any] = parsed if isinstance(parsed, dict) else {}
        self.data_dir = data_dir
        self.language = language
        self.labels = labels
        self.notices = notices
        self.url_for = url_for
        self.count = count
        self.without = without

    def _source(self, fact: dict[str, Any]) -> str:
        return helplines.source_markup(fact.get("source"), self.notices["source"], fact.get("secondary"),
                                       self.notices["secondary_source"])

    def _missing(self) -> str:
        return f'<em>{escape(self.labels["not_found"])}</em>'

    def _text(self, value: Any) -> str:
        return escape(str(value[self.language] if isinstance(value, dict) else value)).replace("\n", " ").strip()

    def cell(self, code: str, row: str, long: bool = False) -> str:
        """The HTML of one cell; `long` gives the fuller text where there is one (country pages)."""
        if row in ("helplines_victims", "helplines_users"):
            audience = "victims" if row == "helplines_victims" else "people-who-use-violence"
            found = helplines.for_audience(self.data_dir, code, audience)
            if not found:
                return escape(self.labels["none"])
            return "<br>".join(helplines.line_html(line, self.language, self.notices, with_audience=False)
                               for line in found)
        if row == "regions_without":
            return f'{self.without(code)} <a href="{escape(self.url_for(FIND_HELP))}#coverage">[{escape(self.labels["map"])}]</a>'
        if row == "directory":
            text = escape(self.labels["entries"].format(n=self.count(code)))
            return f'<a href="{escape(self.url_for(PAGES[code]))}#programmes">{text}</a>'
        fact = (self.data.get(code) or {}).get(row)
        if not isinstance(fact, dict):
            return self._missing()
        if row in ("signed", "ratified", "in_force"):
            return escape(long_date(fact["date"], self.language)) + self._source(fact)
        if row in ("grevio_baseline", "cop_recommendation", "grevio_thematic"):
            number = f', {escape(str(fact["document"]))}' if fact.get("document") else ""
            return escape(long_date(fact["date"], self.language)) + number + self._source(fact)
        if row == "article16":
            text = self._text(fact["text"] if long else fact["summary"])
            if not fact.get("paragraphs"):
                return text + self._source(fact)
            where = escape(self.labels["paragraphs"].format(p=fact["paragraphs"]))
            return f"{text} ({where}){self._source(fact)}"
        if row == "action_plan":
            title = (f'<i lang="{ORIGINAL_LANGUAGE[code]}">{escape(str(fact["title"]))}</i> '
                     f'({escape(str(fact["years"]))}), {self._text(fact["ministry"])}.')
            return f'{title} {self._text(fact["perpetrator_programmes"])}{self._source(fact)}'
        return self._text(fact["text"]) + self._source(fact)


def _table(kind: str, head: list[str], rows: list[tuple[str, list[str]]], caption: str = "") -> str:
    out = [f'<table data-kb="{kind}">']
    if caption:
        out.append(f"<caption>{escape(caption)}</caption>")
    out.append("<thead><tr>" + "".join(head) + "</tr></thead><tbody>")
    for label, cells in rows:
        out.append(f'<tr><th scope="row">{escape(label)}</th>' + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    out.append("</tbody></table>")
    return "\n\n" + "\n".join(out) + "\n\n"


def comparison(cells: Cells, names: dict[str, str], rows: tuple[str, ...] = ALL_ROWS) -> str:
    """A column per country, a row per fact."""
    head = [f'<th scope="col">{escape(cells.labels["fact"])}</th>'] + [
        f'<th scope="col"><a href="{escape(cells.url_for(PAGES[c]))}">{escape(names.get(c, c))}</a></th>'
        for c in COUNTRIES]
    body = [(cells.labels[row], [cells.cell(code, row) for code in COUNTRIES]) for row in rows]
    return _table("compare", head, body, cells.labels["caption"] if rows == ALL_ROWS else "")


def country_facts(cells: Cells, code: str, names: dict[str, str]) -> str:
    """The same rows for one country, with the fuller GREVIO text."""
    head = [f'<th scope="col">{escape(cells.labels["fact"])}</th>',
            f'<th scope="col">{escape(names.get(code, code))}</th>']
    body = [(cells.labels[row], [cells.cell(code, row, long=True)]) for row in ALL_ROWS
            if row not in ("directory", "regions_without")]
    return _table("facts", head, body)
