"""How compose and each exporter grow with the project: 100, 1,000 and 10,000 cookies.

Run from the checkout: ``.venv/bin/python bench/scaling.py [--runs N] [--sizes 100,1000,10000]
[--formats compose,docx,...]``. Each size is the limits benchmark's project (``huge_project``)
with that many cookies and a fifth as many recipients, so the largest is the 10,000-cookie,
2,000-recipient project that ``bench/limits.py`` measures. For every step it prints the median
of N runs at both sizes and the ratio of the times: linear growth is a ratio near the size
ratio (10), and the goal is at most 11. Times are the process's CPU seconds: on a shared machine
wall time also counts the turns other programs take.

Compose is timed twice in the same run: with Python's collector as it is, and the way the
export command and the preview run it (``editor.gctune.collection_paused``), so the collector's
share shows side by side.

Goals (issue 16): every format linear (ratio ≤ 11 from 1,000 to 10,000), DOCX of the largest
project under 0.5 s.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import itertools
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from limits import huge_project  # noqa: E402

from editor.compose import compose  # noqa: E402
from editor.export import EXPORTERS  # noqa: E402

TODAY = dt.date(2026, 9, 1)
FORMATS = ("compose", "compose (collector paused)", "html", "md", "txt", "docx", "pdf")


def median_seconds(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        gc.collect()  # each run starts from the same heap, not from the previous run's garbage
        started = time.process_time()
        action()
        times.append(time.process_time() - started)
    return statistics.median(times)


def _paused(action: Callable[[], object]) -> Callable[[], object]:
    def run() -> object:
        try:
            from editor.gctune import collection_paused
        except ImportError:  # a checkout from before the collector was paused for compose
            return action()
        with collection_paused():
            return action()

    return run


def measure(cookies: int, steps: tuple[str, ...], runs: int) -> dict[str, float]:
    project = huge_project(cookies=cookies, recipients=cookies // 5)
    document = compose(project, today=TODAY)  # warm: templates compiled, modules imported
    times: dict[str, float] = {}
    for step in steps:
        if step == "compose":
            times[step] = median_seconds(lambda: compose(project, today=TODAY), runs)
        elif step == "compose (collector paused)":
            action = _paused(lambda: compose(project, today=TODAY))
            times[step] = median_seconds(action, runs)
        else:
            EXPORTERS[step](document, None)  # warm: reference documents read, Qt started
            times[step] = median_seconds(lambda f=step: EXPORTERS[f](document, None), runs)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--sizes", default="100,1000,10000", help="cookie counts, smallest first")
    parser.add_argument("--formats", default=",".join(FORMATS), help="steps to time")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    steps = tuple(s for s in args.formats.split(",") if s)
    results = {size: measure(size, steps, args.runs) for size in sizes}
    header = "".join(f"{f'{size:,} cookies':>16}" for size in sizes)
    ratios = "".join(f"{f'×{b // a} ratio':>13}" for a, b in itertools.pairwise(sizes))
    print(f"Median of {args.runs} runs, seconds\n")
    print(f"  {'step':<28}{header}{ratios}")
    for step in steps:
        cells = "".join(f"{results[size][step]:16.3f}" for size in sizes)
        grow = "".join(
            f"{results[b][step] / results[a][step]:13.1f}" for a, b in itertools.pairwise(sizes)
        )
        print(f"  {step:<28}{cells}{grow}")


if __name__ == "__main__":
    main()
