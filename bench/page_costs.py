"""Where a build's time goes, part by part: `python -m bench.page_costs [mkdocs.yml]`.

Builds a site once in a fresh process with a stopwatch around each part of
MkDocs' page pipeline (no profiler: its overhead would distort the small
functions) and prints the seconds spent in each. `bench.build_scaling` runs it
on the smallest and largest catalogue and divides the difference by the pages
added, to show what one more page costs in each part next to the
Python-Markdown floor.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from bench.environment import mkdocs_env

# (label, module, class or None, function): the parts, in pipeline order.
PARTS = (
    ("project checks (hooks.check)", "hooks.check", None, "run"),
    ("mkdocs-static-i18n file handling", "mkdocs_static_i18n.plugin", "I18n", "on_files"),
    ("MkDocs reading sources and front matter", "mkdocs.structure.pages", "Page", "read_source"),
    ("page_markdown event (project renderers)", "mkdocs.plugins", "PluginCollection", "on_page_markdown"),
    ("Markdown as MkDocs runs it", "mkdocs.structure.pages", "Page", "render"),
    ("page_content event (project renderers)", "mkdocs.plugins", "PluginCollection", "on_page_content"),
    ("Material search indexing", "material.plugins.search.plugin", "SearchPlugin", "on_page_context"),
    ("Material page template", "jinja2", "Template", "render"),
)

TIMED_BUILD = """
import functools, importlib, json, logging, sys, time
from pathlib import Path
config_file, site_dir, parts = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
sys.path.insert(0, str(Path(config_file).resolve().parent))
from mkdocs.commands.build import build
from mkdocs.config import load_config
logging.disable(logging.WARNING)
spent = {label: 0.0 for label, *_ in parts}
def timed(function, label):
    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            spent[label] += time.perf_counter() - start
    return wrapper
for label, module, owner, name in parts:
    target = importlib.import_module(module)
    target = getattr(target, owner) if owner else target
    setattr(target, name, timed(getattr(target, name), label))
config = load_config(config_file, site_dir=site_dir)
config.plugins.on_startup(command="build", dirty=False)
start = time.perf_counter()
build(config)
spent["whole build"] = time.perf_counter() - start
print(json.dumps(spent))
"""


def page_costs(config: Path) -> dict[str, float]:
    """Seconds spent in each part of one build of `config` (and the whole build)."""
    proc = subprocess.run([sys.executable, "-c", TIMED_BUILD, str(config), str(config.parent / "site"),
                           json.dumps(PARTS)], capture_output=True, text=True, env=mkdocs_env(), check=True)
    return json.loads(proc.stdout.strip().splitlines()[-1])


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "mkdocs.yml").resolve()
    for part, seconds in page_costs(target).items():
        print(f"{seconds:8.2f} s  {part}")
