"""What the project's hooks cost on the real site: `python -m bench.hooks_overhead [--runs 5]`.

Builds a copy of the real site (all six languages) `runs` times with the
project's hooks and `runs` times without them (the `hooks:` entry removed from
mkdocs.yml except `on_env`, which the templates need for their strings),
alternating so that both see the same machine state, and prints the
whole-process medians and their ratio. Without the hooks the pages keep their
citation and marker syntax unrendered and no check runs; the difference is what
checking, citation rendering, generated lists and the per-language search split
cost together.
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
from hooks.mkdocs_adapter import on_env  # noqa: E402,F401  (templates need it; nothing else runs)
"""


def without_hooks(config: Path) -> Path:
    """A sibling mkdocs.yml whose hooks only give the templates their strings (`on_env`)."""
    text = config.read_text(encoding="utf-8")
    (config.parent / "env_only_hook.py").write_text(ENV_ONLY, encoding="utf-8")
    stripped = re.sub(r"^hooks:\n(?:\s+- .*\n)+", "hooks:\n  - env_only_hook.py\n", text, flags=re.M)
    if stripped == text:
        raise SystemExit("mkdocs.yml has no `hooks:` list to replace")
    bare = config.with_name("mkdocs-nohooks.yml")
    bare.write_text(stripped, encoding="utf-8")
    return bare


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        config = copy_project(Path(tmp) / "site-src")
        bare = without_hooks(config)
        one_build(config)  # warm the file cache once, not counted
        with_times, bare_times = [], []
        for _ in range(args.runs):
            with_times.append(one_build(config))
            bare_times.append(one_build(bare))
    with_median, bare_median = statistics.median(with_times), statistics.median(bare_times)
    print(f"with hooks:    median {with_median:.2f} s  ({', '.join(f'{t:.2f}' for t in with_times)})")
    print(f"without hooks: median {bare_median:.2f} s  ({', '.join(f'{t:.2f}' for t in bare_times)})")
    print(f"hooks add {100 * (with_median / bare_median - 1):.1f} % to the build")
    return 0


if __name__ == "__main__":
    sys.exit(main())
