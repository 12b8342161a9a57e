"""Read a YAML data file under `data/` and validate it against its JSON Schema, with line numbers.

jsonschema says which value is wrong by its path in the data (`DK.signed.source`);
a contributor needs the line. The file is composed once with PyYAML's node
API, which keeps each node's position, and every schema error is reported at
the line of the deepest node its path reaches.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterator

import yaml
from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError

from hooks.findings import Finding
from hooks.frontmatter import _EXACT, load_yaml

SCHEMA_DIR = Path(__file__).resolve().parent.parent / "schemas"

Path_ = tuple[str | int, ...]


@dataclass
class DataFile:
    """A parsed data file: its content, the line of every value, and what is wrong with it."""

    path: str
    data: Any = None
    lines: dict[Path_, int] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)

    @property
    def valid(self) -> Any:
        """The data when it passed its schema, else None: generated pages never read a malformed value
        (the findings fail the build instead)."""
        return self.data if not self.findings else None

    def line(self, path: Path_) -> int:
        """The line of the value at `path`, or of its nearest parent that exists."""
        for end in range(len(path), -1, -1):
            if tuple(path[:end]) in self.lines:
                return self.lines[tuple(path[:end])]
        return 1


def _node_lines(node: yaml.Node, path: Path_, lines: dict[Path_, int]) -> None:
    lines.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            lines[path + (str(key.value),)] = key.start_mark.line + 1
            _node_lines(value, path + (str(key.value),), lines)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _node_lines(item, path + (index,), lines)


@lru_cache(maxsize=None)
def _validator(schema_name: str) -> Draft202012Validator:
    return Draft202012Validator(json.loads((SCHEMA_DIR / schema_name).read_text(encoding="utf-8")))


def _explain(error: ValidationError, schema_name: str) -> tuple[str, str]:
    where = ".".join(str(p) for p in error.absolute_path) or "(top level)"
    schema_file = f"schemas/{schema_name}"
    if error.validator == "required":
        missing = error.message.split("'")[1]
        if missing == "source":
            return (f"'{where}' has no source.", "add 'source:' with a bibliography key or the URL "
                    "of the public record you checked the value in.")
        return f"'{where}' has no '{missing}'.", f"add '{missing}:' (see {schema_file})."
    if error.validator == "additionalProperties":
        unknown = sorted(set(error.instance) - set(error.schema.get("properties", {})))
        known = ", ".join(error.schema.get("properties", {}))
        return (f"unknown field '{unknown[0] if unknown else '?'}' in '{where}'.",
                f"check its spelling; allowed here: {known}.")
    if error.validator == "enum":
        allowed = ", ".join(str(v) for v in error.validator_value)
        return f"'{where}' has the value {error.instance!r}, which is not allowed.", f"use one of: {allowed}."
    if error.validator == "propertyNames":
        return f"'{error.instance}' is not allowed as a key in '{where}'.", f"see {schema_file}."
    if error.validator in ("oneOf", "anyOf"):
        return f"'{where}' is not in any of the forms this field takes.", f"see {schema_file}."
    return f"'{where}': {error.message}.", f"see {schema_file}."


def load(file: Path, display: str, schema_name: str) -> DataFile:
    """Parse `file` (shown to contributors as `display`) and validate it against `schemas/<schema_name>`."""
    result = DataFile(display)
    if not file.exists():
        return result
    text = file.read_text(encoding="utf-8")
    try:
        result.data = load_yaml(text)
        root = yaml.compose(text, Loader=_EXACT)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        result.findings.append(Finding(display, mark.line + 1 if mark else 1,
                                       f"not valid YAML ({getattr(error, 'problem', None) or error}).",
                                       "check indentation, and quote values that contain ': ' or '#'."))
        result.data = None
        return result
    if root is not None:
        _node_lines(root, (), result.lines)
    plain = json.loads(json.dumps(result.data, default=str))  # dates become the ISO strings the schema expects
    for error in sorted(_validator(schema_name).iter_errors(plain), key=lambda e: [str(p) for p in e.absolute_path]):
        message, hint = _explain(error, schema_name)
        where = tuple(error.absolute_path)
        if error.validator == "additionalProperties":  # point at the unknown key itself
            where += tuple(sorted(set(error.instance) - set(error.schema.get("properties", {})))[:1])
        result.findings.append(Finding(display, result.line(where), message, hint))
    return result


def walk(value: Any, path: Path_ = ()) -> Iterator[tuple[Path_, Any]]:
    """(path, value) of `value` and of everything under it, in file order (paths as `DataFile.line` takes them)."""
    yield path, value
    if isinstance(value, dict):
        for key, item in value.items():
            yield from walk(item, path + (str(key),))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from walk(item, path + (index,))


def read(file: Path, display: str) -> DataFile:
    """Parse `file` with the line of every value, without a schema (for checks that apply to every file)."""
    result = DataFile(display)
    try:
        text = file.read_text(encoding="utf-8")
        result.data = load_yaml(text)
        root = yaml.compose(text, Loader=_EXACT)  # noqa: S506 - a SafeLoader subclass
    except (OSError, yaml.YAMLError):
        return result  # reported by the file's own schema check
    if root is not None:
        _node_lines(root, (), result.lines)
    return result


@lru_cache(maxsize=None)
def _cached(file: Path, display: str, schema_name: str, mtime: float) -> DataFile:
    return load(file, display, schema_name)


def load_cached(file: Path, display: str, schema_name: str) -> DataFile:
    """`load`, parsed once per version of the file (a build renders the same data on many pages)."""
    mtime = file.stat().st_mtime if file.exists() else 0.0
    return _cached(file, display, schema_name, mtime)
