"""Does the build stay linear as the catalogue grows? `python -m bench.build_scaling [--short]`.

Copies the real site, adds N synthetic practice entries with translations in
every language, builds each size (best of 2, whole process) and prints seconds,
the marginal cost per added page, the ratio of marginal costs, the
Python-Markdown floor on the same pages, what an added page costs in each part
of the pipeline (`bench.page_costs`), and the cost of the project's hooks.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import markdown
from bench.environment import mkdocs_env
from bench.page_costs import page_costs
from bench.synthetic import add_entries, copy_project

EXTENSIONS = ["abbr", "admonition", "attr_list", "def_list", "footnotes", "md_in_html", "tables", "toc"]


def build_seconds(config: Path, runs: int = 2, env_extra: dict[str, str] | None = None) -> float:
    """Best of `runs` whole-process `mkdocs build` times."""
    env = mkdocs_env(**(env_extra or {}))
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        proc = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config),
                               "-d", str(config.parent / "site")], capture_output=True, text=True, env=env)
        elapsed = time.perf_counter() - start
        if proc.returncode != 0:
            raise SystemExit(f"build failed:\n{proc.stdout}\n{proc.stderr}")
        best = min(best, elapsed)
    return best


def markdown_floor(files: list[Path]) -> float:
    """Seconds for Python-Markdown alone to convert `files` (front matter stripped)."""
    texts = [re.sub(r"^---\n.*?\n---\n", "", f.read_text(encoding="utf-8"), flags=re.S) for f in files]
    md = markdown.Markdown(extensions=EXTENSIONS)
    start = time.perf_counter()
    for text in texts:
        md.reset().convert(text)
    return time.perf_counter() - start


PROFILE = """
import cProfile, logging, pstats, sys
from mkdocs.commands.build import build
from mkdocs.config import load_config
logging.disable(logging.WARNING)
config = load_config(sys.argv[1], site_dir=sys.argv[2])
profile = cProfile.Profile()
profile.runcall(build, config)
stats = pstats.Stats(profile).stats
total = sum(v[2] for v in stats.values())
for (path, line, name), value in stats.items():
    if path.endswith(("mkdocs_adapter.py", "mkdocs_checks.py", "hooks/check.py")) and name.startswith(("on_", "run")):
        print(f"{path.rsplit('/', 1)[-1]}:{name} {value[3]:.4f}")
print(f"TOTAL {total:.4f}")
"""


def hook_costs(config: Path) -> dict[str, float]:
    """Share of build time spent in each project hook (cProfile, in one build)."""
    env = mkdocs_env()
    proc = subprocess.run([sys.executable, "-c", PROFILE, str(config), str(config.parent / "site")],
                          capture_output=True, text=True, env=env, check=True)
    values = dict(line.rsplit(" ", 1) for line in proc.stdout.splitlines() if " " in line)
    total = float(values.pop("TOTAL"))
    return {name: float(seconds) / total for name, seconds in values.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--short", action="store_true", help="small sizes for CI (0, 20, 200)")
    parser.add_argument("--sizes", type=int, nargs=3, help="three catalogue sizes, e.g. 0 100 1000")
    args = parser.parse_args(argv)
    sizes = args.sizes or ([0, 20, 200] if args.short else [0, 100, 1000])
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        project = Path(tmp) / "site-src"
        config = copy_project(project)
        base = build_seconds(config)
        parts_before = page_costs(config)
        added: list[Path] = []
        previous = (0, base)
        results = {sizes[0]: (base, 0, 0.0)}
        for size in sizes[1:]:
            added += add_entries(project, size - previous[0], start=previous[0])
            seconds = build_seconds(config)
            pages = len(added)
            results[size] = (seconds, pages, markdown_floor(added))
            previous = (size, seconds)
        parts_after = page_costs(config)
        costs = hook_costs(config)
    (n0, n1, n2) = sizes
    t0 = results[n0][0]
    m1 = (results[n1][0] - t0) / results[n1][1] * 1000
    m2 = (results[n2][0] - t0) / results[n2][1] * 1000
    floor = results[n2][2] / results[n2][1] * 1000
    rows.append(("entries", "pages added", "build s", "marginal ms/page", "Markdown floor ms/page"))
    for size in sizes:
        seconds, pages, fl = results[size]
        marginal = (seconds - t0) / pages * 1000 if pages else 0.0
        rows.append((str(size), str(pages), f"{seconds:.2f}", f"{marginal:.2f}" if pages else "–",
                     f"{fl / pages * 1000:.2f}" if pages else "–"))
    width = [max(len(r[i]) for r in rows) for i in range(5)]
    for row in rows:
        print("  ".join(cell.rjust(w) for cell, w in zip(row, width)))
    print(f"marginal cost ratio ({n2} vs {n1} entries): {m2 / m1:.2f} (goal ≤ 1.3)")
    print(f"marginal cost / Markdown floor at {n2}: {m2 / floor:.2f} (goal ≤ 3)")
    print(f"where an added page's time goes ({n0} → {n2} entries, one timed build each):")
    per_page = {part: (after - parts_before[part]) / results[n2][1] * 1000 for part, after in parts_after.items()}
    whole = per_page.pop("whole build")
    rest = whole - sum(per_page.values())
    per_page["everything else (MkDocs: files, navigation, links, writing; other events)"] = rest
    per_page["whole build (timed, one run)"] = whole
    for part, ms in per_page.items():
        print(f"  {part}: {ms:.2f} ms/page, {ms / floor:.1f}× the Markdown floor")
    print(f"project hooks at {n2} entries, share of build time (cProfile, cumulative):")
    for name, share in sorted(costs.items(), key=lambda item: -item[1]):
        print(f"  {name}: {share * 100:.1f} %")
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"{time.strftime('%Y-%m-%d')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
