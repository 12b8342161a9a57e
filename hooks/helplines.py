"""National helplines (`data/helplines.yml`): the helpline boxes and the helpline cells of the country comparison.

`name` stays as the service writes it; `about` and `hours` are in all six
languages, so a box reads in the reader's language. Every line names its source.
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any

from hooks import data_files
from hooks.dates import long_date

SCHEMA = "helplines.schema.json"
AUDIENCES = {"victims": "for_victims", "people-who-use-violence": "for_users", "both": "for_both"}


def load(data_dir: Path) -> data_files.DataFile:
    return data_files.load_cached(data_dir / "helplines.yml", "data/helplines.yml", SCHEMA)


def lines(data_dir: Path, code: str) -> list[dict[str, Any]]:
    data = load(data_dir).valid
    return list((data or {}).get(code) or []) if isinstance(data, dict) else []


def source_markup(source: Any, label: str, secondary: Any = (), secondary_label: str = "") -> str:
    """A citation for a bibliography key, a link for a URL (several sources: each in turn); a URL listed
    in `secondary` is labelled as a secondary source, so that readers see what kind of record it is."""
    items = source if isinstance(source, list) else [source]
    out = []
    for item in items:
        item = str(item)
        if item.startswith("http"):
            text = secondary_label if item in (secondary or ()) and secondary_label else label
            out.append(f' <a href="{escape(item)}">[{escape(text)}]</a>')
        elif item:
            out.append(f" [@{item}]")
    return "".join(out)


def line_html(line: dict[str, Any], language: str, labels: dict[str, str], with_audience: bool = True) -> str:
    """One helpline as inline HTML: name (linked), phone (tel: link), hours, what it is, source."""
    name = escape(str(line["name"]))
    if line.get("url"):
        name = f'<a href="{escape(str(line["url"]))}">{name}</a>'
    parts = [f"<strong>{name}</strong>"]
    if line.get("phone"):
        phone = str(line["phone"])
        tel = "".join(ch for ch in phone if ch.isdigit() or ch == "+")
        parts.append(f'<a href="tel:{tel}">{escape(phone)}</a>')
    if line.get("hours"):
        parts.append(escape(line["hours"][language]))
    text = " – ".join(parts)
    about = escape(line["about"][language])
    if with_audience:
        # The audience labels double as headings ("For people who use violence"); inside the
        # sentence they start in lower case, as the six languages write them there.
        audience = labels[AUDIENCES[line["audience"]]]
        about += f" ({escape(audience[:1].lower() + audience[1:])})"
    checked = str(line["checked"])
    when = f' {escape(labels["checked"])} <time datetime="{checked}">{escape(long_date(checked, language))}</time>.'
    return f"{text}: {about}.{source_markup(line.get('source'), labels['source'])}{when}"


def box(codes: list[str], data_dir: Path, language: str, labels: dict[str, str], names: dict[str, str]) -> str:
    """The helpline box for `codes` (one country, or all five on the safety page)."""
    out = [f'<div class="kb-helplines" markdown>\n\n**{escape(labels["emergency"])}**\n']
    for code in codes:
        if len(codes) > 1:
            out.append(f"\n**{escape(names.get(code, code))}**\n")
        for line in lines(data_dir, code):
            out.append("- " + line_html(line, language, labels))
    out.append("\n</div>\n")
    return "\n".join(out)


def box_html(code: str, data_dir: Path, language: str, labels: dict[str, str]) -> str:
    """One country's helpline box as HTML, for a place in a page that Markdown does not read (the finder)."""
    items = "".join(f"<li>{line_html(line, language, labels)}</li>" for line in lines(data_dir, code))
    return (f'<div class="kb-helplines"><p><strong>{escape(labels["emergency"])}</strong></p>'
            f"<ul>{items}</ul></div>")


def for_audience(data_dir: Path, code: str, audience: str) -> list[dict[str, Any]]:
    """The lines of `code` that serve `audience` ('victims' or 'people-who-use-violence'); 'both' serves both."""
    return [line for line in lines(data_dir, code) if line.get("audience") in (audience, "both")]
