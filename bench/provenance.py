"""Provenance benchmark: what recording each block's source costs composition.

Run from the checkout: ``.venv/bin/python bench/provenance.py [--runs N]``. It composes a
typical sample (online-shop) and the largest project of the limits bench (10,000 cookies,
2,000 recipients) with the templates' reads recorded, as ``compose`` always does, and with the
Markdown rendered without recording (the same templates and parsing otherwise), alternating the
two in one run, and prints the medians and their ratio.

Target: no measurable cost on a typical project; under 1.5x on the largest.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from limits import huge_project  # noqa: E402

import editor.compose as composition  # noqa: E402
from editor.model import Project  # noqa: E402
from editor.samples import sample_paths  # noqa: E402
from editor.storage import load_project  # noqa: E402

TODAY = dt.date(2026, 9, 1)
RECORDED = composition.render_traced


def _unrecorded(template: Any, values: dict[str, Any], recorder: Any) -> str:
    recorder.events.clear()
    return str(template.render(values))


def _once(project: Project, recorded: bool) -> float:
    composition.render_traced = RECORDED if recorded else _unrecorded  # type: ignore[assignment]
    started = time.perf_counter()
    composition.compose(project, today=TODAY)
    composition.render_traced = RECORDED  # type: ignore[assignment]
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    runs = parser.parse_args().runs
    cases = [
        ("online-shop sample", load_project(sample_paths()["online-shop"]), runs),
        ("10,000 cookies", huge_project(), max(3, runs // 5)),
    ]
    for name, project, n in cases:
        _once(project, True)  # templates compiled, caches warm
        times: dict[bool, list[float]] = {True: [], False: []}
        for _ in range(n):
            for recorded in (True, False):
                times[recorded].append(_once(project, recorded))
        with_sources = statistics.median(times[True])
        without = statistics.median(times[False])
        print(
            f"{name:<20} recorded {with_sources * 1000:8.1f} ms   "
            f"unrecorded {without * 1000:8.1f} ms   ratio {with_sources / without:.2f}"
        )


if __name__ == "__main__":
    main()
