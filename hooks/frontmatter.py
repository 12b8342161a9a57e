"""Split a Markdown file into its YAML front matter and body, reporting malformed YAML by line."""

from __future__ import annotations

from dataclasses import dataclass, field
import re
from typing import Any

import yaml

from hooks.findings import Finding


def _norway_safe(base: type) -> type:
    """A loader on `base` with YAML 1.2-style booleans: only true/false, so `country: [NO]`
    stays Norway, not False."""
    loader = type(f"Norway{base.__name__}", (base,), {})
    loader.yaml_implicit_resolvers = {
        key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
        for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    loader.add_implicit_resolver(
        "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))
    return loader


# libyaml's parser where PyYAML has it: several times faster over thousands of files.
# Its error marks are sometimes a line late, so a document that fails is parsed again
# with the pure-Python parser, whose mark is the line a contributor has to fix.
_FAST = _norway_safe(getattr(yaml, "CSafeLoader", yaml.SafeLoader))
_EXACT = _norway_safe(yaml.SafeLoader)


def load_yaml(text: str) -> object:
    """Load YAML where only true/false are booleans (the 'Norway problem' avoided)."""
    try:
        return yaml.load(text, Loader=_FAST)  # noqa: S506 - SafeLoader subclasses
    except yaml.YAMLError:
        return yaml.load(text, Loader=_EXACT)  # noqa: S506 - raises with the exact line


@dataclass
class Document:
    """A Markdown source: its front matter, its body and the line on which the body starts."""

    path: str
    text: str
    meta: dict[str, Any] = field(default_factory=dict)
    body: str = ""
    body_line: int = 1
    meta_lines: dict[str, int] = field(default_factory=dict)


def _key_lines(front: str) -> dict[str, int]:
    """Map each top-level key of the front matter to its 1-based line in the file."""
    lines: dict[str, int] = {}
    for number, line in enumerate(front.splitlines(), start=2):
        if line and not line[0].isspace() and ":" in line and not line.startswith("#"):
            lines.setdefault(line.split(":", 1)[0].strip(), number)
    return lines


def parse(path: str, text: str) -> tuple[Document, list[Finding]]:
    """Parse `text` (the content of `path`); malformed front matter is a finding, never an exception."""
    doc = Document(path=path, text=text, body=text)
    if not text.startswith("---"):
        return doc, []
    lines = text.split("\n")
    end = next((i for i in range(1, len(lines)) if lines[i].rstrip() in ("---", "...")), None)
    if end is None or lines[0].rstrip() != "---":
        return doc, [Finding(path, 1, "front matter starts with '---' but is never closed.",
                             "end the front matter with a line holding only '---'.")]
    front = "\n".join(lines[1:end])
    doc.body = "\n".join(lines[end + 1:])
    doc.body_line = end + 2
    doc.meta_lines = _key_lines(front)
    try:
        meta = load_yaml(front)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 1
        problem = getattr(error, "problem", None) or str(error).splitlines()[0]
        return doc, [Finding(path, line, f"front matter is not valid YAML ({problem}).",
                             "check indentation, quote values that contain ':' or '#', "
                             "and write lists as '- item' lines.")]
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        return doc, [Finding(path, 2, "front matter must be a mapping of 'key: value' lines.",
                             "write one 'key: value' per line between the '---' lines.")]
    doc.meta = meta
    return doc, []
