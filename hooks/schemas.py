"""Validate front matter against the JSON Schemas in `schemas/`, chosen by the page's folder."""

from __future__ import annotations

import datetime as dt
import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError

from hooks.findings import Finding
from hooks.frontmatter import Document
from hooks.languages import split_language

SCHEMA_DIR = Path(__file__).resolve().parent.parent / "schemas"

# Folder -> page kind; the listed names in each folder are ordinary pages.
KINDS: dict[str, tuple[str, frozenset[str]]] = {
    "practice": ("practice", frozenset({"index.md", "evidence-scale.md"})),
    "research": ("research", frozenset({"index.md", "peer-review.md"})),
    "countries": ("country", frozenset({"index.md", "compare.md"})),
    "standards": ("standard", frozenset({"index.md", "checklist.md", "monitoring.md"})),
}


@lru_cache(maxsize=None)
def kind_of(doc_path: str) -> str:
    """The page kind of a docs-relative path: practice, research, country, standard or page."""
    base = split_language(doc_path)[1]
    folder, _, name = base.rpartition("/")
    kind, exempt = KINDS.get(folder, ("page", frozenset()))
    return "page" if name in exempt else kind


@lru_cache(maxsize=None)
def validator(kind: str) -> Draft202012Validator:
    schema = json.loads((SCHEMA_DIR / f"{kind}.schema.json").read_text(encoding="utf-8"))
    return Draft202012Validator(schema)


def _plain(value: Any) -> Any:
    """Dates parsed by YAML become the ISO strings the schemas expect."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _explain(error: ValidationError, kind: str) -> tuple[str, str]:
    """A contributor-facing message and fix hint for one schema error."""
    field = ".".join(str(p) for p in error.absolute_path) or "(front matter)"
    schema_file = f"schemas/{kind}.schema.json"
    if error.validator == "required":
        missing = error.message.split("'")[1]
        return (f"the {kind} front matter has no '{missing}' field.",
                f"add '{missing}:' (see {schema_file} for what it holds).")
    if error.validator == "enum" and "x-hint" in error.schema:
        return f"field '{field}' has the value {error.instance!r}, which is not allowed.", error.schema["x-hint"]
    if error.validator == "enum":
        allowed = ", ".join(str(v) for v in error.validator_value)
        return (f"field '{field}' has the value {error.instance!r}, which is not allowed.",
                f"use one of: {allowed}.")
    if error.validator == "additionalProperties":
        return (f"{error.message}.", f"remove the field or check its spelling against {schema_file}.")
    if error.validator == "pattern" and "date" in str(error.schema.get("description", "")).lower():
        return (f"field '{field}' is {error.instance!r}, not a date.", "write the date as YYYY-MM-DD.")
    if error.validator == "type" and error.validator_value == "array":
        return (f"field '{field}' must be a list.", f"write it as [{error.instance}] or as '- item' lines.")
    return (f"field '{field}': {error.message}.", f"see {schema_file}.")


def validate(doc: Document, doc_path: str) -> list[Finding]:
    """Validate `doc`'s front matter against the schema for its kind."""
    kind = kind_of(doc_path)
    meta = _plain(doc.meta)
    findings = []
    for error in sorted(validator(kind).iter_errors(meta), key=lambda e: list(e.absolute_path)):
        top = str(error.absolute_path[0]) if error.absolute_path else ""
        line = doc.meta_lines.get(top, 1)
        message, hint = _explain(error, kind)
        findings.append(Finding(doc.path, line, message, hint))
    return findings
