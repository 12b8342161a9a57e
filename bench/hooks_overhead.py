"""What the project's hooks cost on the real site: `python -m bench.hooks_overhead [--runs 5]`.

Builds a copy of the real site (all six languages) `runs` times in each of
three configurations, alternating so that all see the same machine state, and
prints the whole-process medians and their ratios:

- all hooks: the real mkdocs.yml;
- without the checks: the quality-gate hook (`hooks/mkdocs_checks.py`) removed,
  the renderers kept; the difference is what the checks cost;
- without any project hook: only `on_env`, which the templates need for their
  strings, and `on_startup`, which lists the theme's files faster; the pages
  keep their citation and marker syntax unrendered, so the difference is the
  checks plus everything the renderers add (citations, reference lists,
  generated lists and pages, notices, the search split).
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import tempfile
from pathlib import Path

from bench.build_scaling import build_seconds
from bench.synthetic import copy_project


def one_build(config: Path) -> float:
    """Seconds for one whole-process build of `config`; not strict, because without the
    hooks the links to generated files (practices.json …) warn."""
    return build_seconds(config, runs=1, env_extra={"KB_STRICT": "false"})


ENV_ONLY = """import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
# on_env: the templates need their strings; on_startup: the theme-file listing
# (hooks/theme_files.py), which speeds MkDocs itself up. Nothing else runs.
from hooks.mkdocs_adapter import on_env, on_startup  # noqa: E402,F401
"""


def _sibling(config: Path, name: str, pattern: str, replacement: str, missing: str) -> Path:
    """A copy of `config` named `name`, with `pattern` (a multiline regex) replaced."""
    text = config.read_text(encoding="utf-8")
    changed = re.sub(pattern, replacement, text, flags=re.M)
    if changed == text:
        raise SystemExit(missing)
    sibling = config.with_name(name)
    sibling.write_text(changed, encoding="utf-8")
    return sibling


def without_hooks(config: Path) -> Path:
    """A sibling mkdocs.yml whose hooks only give the templates their strings (`on_env`)."""
    (config.parent / "env_only_hook.py").write_text(ENV_ONLY, encoding="utf-8")
    return _sibling(config, "mkdocs-nohooks.yml", r"^hooks:\n(?:\s+- .*\n)+", "hooks:\n  - env_only_hook.py\n",
                    "mkdocs.yml has no `hooks:` list to replace")


def without_checks(config: Path) -> Path:
    """A sibling mkdocs.yml with the renderers but not the quality-gate hook."""
    return _sibling(config, "mkdocs-nochecks.yml", r"^\s+- hooks/mkdocs_checks\.py\n", "",
                    "mkdocs.yml does not list hooks/mkdocs_checks.py")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        config = copy_project(Path(tmp) / "site-src")
        variants = {"all hooks": config, "without the checks": without_checks(config),
                    "without any hook": without_hooks(config)}
        one_build(config)  # warm the file cache once, not counted
        times: dict[str, list[float]] = {name: [] for name in variants}
        for _ in range(args.runs):
            for name, variant in variants.items():
                times[name].append(one_build(variant))
    medians = {name: statistics.median(values) for name, values in times.items()}
    for name, values in times.items():
        print(f"{name:<20} median {medians[name]:.2f} s  ({', '.join(f'{t:.2f}' for t in values)})")
    checks = 100 * (medians["all hooks"] / medians["without the checks"] - 1)
    renderers = 100 * (medians["without the checks"] / medians["without any hook"] - 1)
    print(f"the checks add {checks:.1f} % to the build (goal ≤ 10 %)")
    print(f"the renderers add {renderers:.1f} % (the content they generate), "
          f"all hooks {100 * (medians['all hooks'] / medians['without any hook'] - 1):.1f} %")
    return 0


if __name__ == "__main__":
    sys.exit(main())
