"""Write a new practice entry from the template: `python -m hooks.directory.new_entry` (or `make new-entry`).

Asks for each required field that is not given as an option, checks the
answers against the practice schema, and writes docs/practice/<slug>.md and
data/locations/<slug>.yml, where its offices go (the Find help page).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import unicodedata
from pathlib import Path

import yaml

from hooks.directory import ratings
from hooks.frontmatter import parse
from hooks.schemas import SCHEMA_DIR, validate

ROOT = Path(__file__).resolve().parent.parent
LISTS = ("country", "pillar", "approach", "target_group", "setting", "languages_offered")
BODY = """
# {title}

## What it does

## For whom

## Support for partners and victims

## Cooperation

## Evidence
"""


LOCATIONS = """# Where {title} is delivered: its offices and local teams, for the Find help page.
# Each office from the organisation's office list or contact page; the place as GeoNames knows it
# (data/finder/gazetteer.json: any spelling or language it lists). Schema: schemas/locations.schema.json
offices: []
# offices:
#   - name: <the office's name, as the organisation writes it>
#     place: <town>
#     country: <DK, FI, IS, NO or SE>
#     source: <URL of the office list or contact page you checked>
#     checked: {today}
# national:   # if it serves a whole country by phone, chat, online or video
#   - country: <DK, FI, IS, NO or SE>
#     how: [phone]
#     source: <URL>
#     checked: {today}
"""


def slugify(title: str) -> str:
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_title.lower()).strip("-")


def _allowed(field: str) -> list[str]:
    schema = json.loads((SCHEMA_DIR / "practice.schema.json").read_text(encoding="utf-8"))
    prop = schema["properties"][field]
    return prop.get("items", {}).get("enum", []) or prop.get("enum", [])


def build_meta(values: dict[str, str]) -> dict:
    meta: dict = {"title": values["title"]}
    for field in ("country", "pillar", "approach", "target_group", "setting"):
        meta[field] = [v.strip() for v in values[field].split(",") if v.strip()]
    meta["organisation"] = values["organisation"]
    meta["website"] = values["website"]
    meta["languages_offered"] = [v.strip() for v in values["languages_offered"].split(",") if v.strip()]
    if values["effect"] or values["implementation"]:
        meta["evidence"] = {"effect": values["effect"], "implementation": values["implementation"]}
    else:
        meta["evidence"] = ratings.NOT_YET_RATED
    meta["evaluations"] = [v.strip() for v in values.get("evaluations", "").split(",") if v.strip()]
    meta["last_reviewed"] = dt.date.today().isoformat()
    meta["reviewed_by"] = values["reviewed_by"]
    return meta


def render(meta: dict) -> str:
    front = yaml.safe_dump(meta, sort_keys=False, allow_unicode=True, default_flow_style=None)
    body = BODY.format(title=meta["title"])
    pair = ratings.ratings(meta)
    if pair:  # the text must state the ratings too (hooks/directory/ratings.py)
        body += f"\n**Effect: {pair[0]}.**\n\n**Implementation: {pair[1]}.**\n"
    return "---\n# yaml-language-server: $schema=../../schemas/practice.schema.json\n" + front + "---\n" + body


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    fields = ("title", "country", "pillar", "approach", "target_group", "setting", "organisation",
              "website", "languages_offered", "effect", "implementation", "evaluations", "reviewed_by")
    for field in fields:
        parser.add_argument(f"--{field.replace('_', '-')}", dest=field)
    parser.add_argument("--docs", type=Path, default=ROOT / "docs")
    parser.add_argument("--data", type=Path, default=None, help="default: the folder 'data' next to --docs")
    args = parser.parse_args(argv)
    values = {}
    for field in fields:
        value = getattr(args, field)
        if value is None:
            hint = ""
            if field in LISTS[:-1]:
                hint = f" (comma-separated: {', '.join(_allowed(field))})"
            elif field in ("effect", "implementation"):
                hint = (" (A, B, C or D; see docs/practice/evidence-scale.md; leave both empty while the entry"
                        " is not yet rated)")
            elif field == "evaluations":
                hint = " (bibliography keys, comma-separated, may be empty)"
            elif field == "languages_offered":
                hint = " (ISO 639-1 codes, comma-separated, e.g. fi, sv, en)"
            if not sys.stdin.isatty():
                print(f"missing --{field.replace('_', '-')}{hint}", file=sys.stderr)
                return 2
            value = input(f"{field}{hint}: ").strip()
        values[field] = value
    meta = build_meta(values)
    text = render(meta)
    target = args.docs / "practice" / f"{slugify(meta['title'])}.md"
    rel = f"docs/practice/{target.name}"
    doc, problems = parse(rel, text)
    problems += validate(doc, f"practice/{target.name}")
    if problems:
        for problem in problems:
            print(problem.format().replace(f"{rel}:", "your answer:", 1), file=sys.stderr)
        return 1
    if target.exists():
        print(f"{rel} already exists; choose another title.", file=sys.stderr)
        return 1
    target.write_text(text, encoding="utf-8")
    locations = (args.data or args.docs.parent / "data") / "locations" / f"{target.stem}.yml"
    if not locations.exists():
        locations.parent.mkdir(parents=True, exist_ok=True)
        locations.write_text(LOCATIONS.format(title=meta["title"], today=meta["last_reviewed"]), encoding="utf-8")
    print(f"wrote {rel} and data/locations/{locations.name}: fill in its sections and its offices, "
          "then run `make check`.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
