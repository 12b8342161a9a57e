"""Validate built HTML with the W3C Nu Html Checker: `python -m hooks.html_validity [site/]`.

The checker is the `vnu-jar` npm package (a dependency in package.json; `make
test` installs it) run by Java (Debian's `default-jre-headless`, installed by
`.ci/run`). It reports what a browser silently repairs and assistive technology
then meets as it is: invalid attributes, labels pointing at nothing, skipped
heading levels in the rendered page. axe checks accessibility rules, not
validity, so both run.

One message is accepted on purpose, listed in ACCEPTED with the reason.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from hooks.findings import Finding

ROOT = Path(__file__).resolve().parent.parent
VNU_JAR = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"

# Material puts autocomplete="off" on its hidden checkbox toggles (drawer, search,
# navigation) on purpose: without it, Firefox restores a toggle's checked state
# when the reader goes Back, and the page reopens with the menu or search open.
# The HTML standard allows `autocomplete` only on text-like inputs, so the checker
# reports it; the attribute does nothing harmful to assistive technology.
ACCEPTED = {
    "autocomplete on Material's checkbox toggles":
        re.compile(r"^Attribute “autocomplete” is only allowed when the input type is "),
}


@dataclass(frozen=True)
class Message:
    """One error from the checker: the file, its line and what is wrong."""

    path: str
    line: int
    text: str


def java() -> str | None:
    """The `java` command, or None when Java is not installed."""
    return shutil.which("java")


def run(paths: list[Path]) -> list[Message]:
    """Errors the checker reports for the HTML files in `paths` (files or folders), minus ACCEPTED."""
    command = [java() or "java", "-jar", str(VNU_JAR), "--errors-only", "--skip-non-html",
               "--format", "json", "--exit-zero-always", *map(str, paths)]
    proc = subprocess.run(command, capture_output=True, text=True, check=True)
    messages = []
    for item in json.loads(proc.stderr or '{"messages": []}')["messages"]:
        if item.get("type") != "error" and item.get("subType") != "fatal":
            continue
        text = item.get("message", "")
        if any(pattern.search(text) for pattern in ACCEPTED.values()):
            continue
        path = item.get("url", "").removeprefix("file:")
        messages.append(Message(path, int(item.get("lastLine", 0)), text))
    return messages


def findings(site: Path, messages: list[Message]) -> list[Finding]:
    """The messages as findings with paths relative to the built site."""
    out = []
    for message in messages:
        try:
            shown = Path(message.path).resolve().relative_to(site.resolve()).as_posix()
        except ValueError:
            shown = message.path
        out.append(Finding(f"{site.name}/{shown}", message.line, message.text,
                           "find the template or Markdown that writes this element (an override in "
                           "overrides/partials/, a component under components/ or the page's source)."))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", nargs="?", type=Path, default=ROOT / "site",
                        help="built site folder (default: site/; run `make build` first)")
    args = parser.parse_args(argv)
    if java() is None:
        raise SystemExit("Java is not installed: `sudo apt-get install default-jre-headless` (.ci/run does this).")
    if not VNU_JAR.exists():
        raise SystemExit("vnu.jar is missing: run `npm ci --ignore-scripts` (make test does this).")
    found = findings(args.site, run([args.site]))
    for finding in found:
        print(finding.format())
    print(f"{len(found)} error(s) from the Nu Html Checker", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
