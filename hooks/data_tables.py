"""Tables generated from the data files: Istanbul Convention monitoring and national helplines.

Every value in `data/monitoring.yml` and `data/helplines.yml` carries its source
(a bibliography key or a URL); the tables show it next to the value.
"""

from __future__ import annotations

from functools import lru_cache
from html import escape
from pathlib import Path
from typing import Any

from hooks.findings import Finding
from hooks.frontmatter import load_yaml

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
COUNTRIES = ("DK", "FI", "IS", "NO", "SE")
MONITORING_FIELDS = ("signed", "ratified", "in_force", "grevio_baseline", "grevio_thematic", "article16")


@lru_cache(maxsize=None)
def _load(path: Path, mtime: float) -> Any:
    return load_yaml(path.read_text(encoding="utf-8")) or {}


def load(name: str, data_dir: Path = DATA_DIR) -> Any:
    path = data_dir / name
    return _load(path, path.stat().st_mtime) if path.exists() else {}


def _source(source: str, labels: dict[str, str]) -> str:
    source = str(source)
    if source.startswith("http"):
        return f' <a href="{escape(source)}">[{escape(labels["source"])}]</a>'
    return f" [@{source}]"


def monitoring_table(labels: dict[str, str], country_names: dict[str, str], data_dir: Path = DATA_DIR) -> str:
    data = load("monitoring.yml", data_dir)
    head = [labels["country"]] + [labels[f] for f in MONITORING_FIELDS]
    out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for code in COUNTRIES:
        row = data.get(code) or {}
        cells = [country_names.get(code, code)]
        for field in MONITORING_FIELDS:
            cell = row.get(field)
            if isinstance(cell, dict) and cell.get("value") not in (None, ""):
                text = escape(str(cell["value"])).replace("|", "\\|").replace("\n", " ")
                cells.append(text + _source(cell.get("source", ""), labels))
            else:
                cells.append("–")
        out.append("| " + " | ".join(cells) + " |")
    return "\n" + "\n".join(out) + "\n"


def helplines_box(codes: list[str], labels: dict[str, str], country_names: dict[str, str],
                  data_dir: Path = DATA_DIR) -> str:
    data = load("helplines.yml", data_dir)
    audience = {"victims": labels["for_victims"], "people-who-use-violence": labels["for_users"],
                "both": labels["for_both"]}
    out = [f'<div class="kb-helplines" markdown>\n\n**{escape(labels["emergency"])}**\n']
    for code in codes:
        lines = data.get(code) or []
        if len(codes) > 1:
            out.append(f"\n**{escape(country_names.get(code, code))}**\n")
        for item in lines:
            name = escape(str(item.get("name", "")))
            if item.get("url"):
                name = f'<a href="{escape(str(item["url"]))}">{name}</a>'
            phone = escape(str(item.get("phone", "")))
            tel = "".join(ch for ch in str(item.get("phone", "")) if ch.isdigit() or ch == "+")
            parts = [name]
            if phone:
                parts.append(f'<a href="tel:{tel}">{phone}</a>')
            if item.get("hours"):
                parts.append(escape(str(item["hours"])))
            parts.append(escape(audience.get(str(item.get("audience", "")), "")))
            out.append("- " + " – ".join(p for p in parts if p) + _source(item.get("source", ""), labels))
    out.append("\n</div>\n")
    return "\n".join(out)


def check(data_dir: Path = DATA_DIR, display_dir: str = "data") -> list[Finding]:
    """Every value in the data files has a source; country codes are known."""
    findings = []
    for name in ("monitoring.yml", "helplines.yml"):
        path = data_dir / name
        if not path.exists():
            continue
        lines = path.read_text(encoding="utf-8").splitlines()
        try:
            data = load(name, data_dir)
        except Exception as error:  # a YAML error of any kind is reported, never raised
            mark = getattr(error, "problem_mark", None)
            findings.append(Finding(f"{display_dir}/{name}", mark.line + 1 if mark else 1,
                                    f"not valid YAML ({getattr(error, 'problem', error)}).",
                                    "check indentation and quoting."))
            continue

        def line_of(code: str) -> int:
            return next((i for i, line in enumerate(lines, 1) if line.startswith(f"{code}:")), 1)

        for code, value in (data or {}).items():
            if code not in COUNTRIES:
                findings.append(Finding(f"{display_dir}/{name}", line_of(code), f"unknown country code '{code}'.",
                                        "use one of: " + ", ".join(COUNTRIES) + "."))
                continue
            cells = value.items() if isinstance(value, dict) else enumerate(value or [])
            for field, cell in cells:
                if isinstance(cell, dict) and not cell.get("source"):
                    findings.append(Finding(f"{display_dir}/{name}", line_of(code),
                                            f"{code} '{cell.get('name', field)}' has no source.",
                                            "add 'source:' with a bibliography key or the URL you checked."))
    return findings
