"""Time the bundled program's start, for the release notes (a measurement, not a test).

    python installer/startup_time.py dist/policywright-<version>/policywright [PROJECT.policy]

Prints the median wall time of ``--version``, of the bundle's Qt self-test (start Qt, show a
window, draw the icon, write a PDF: the floor under the editor window's start), and, given
a project, of exporting it to every format. The first run of each is reported apart as the
cold start (caches warm after it; drop them first, as root, for a truly cold figure:
``sync; echo 3 > /proc/sys/vm/drop_caches``). The editor window's start-up is measured by
``bench/ui.py --bundle dist/policywright-<version>``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import tempfile
import time
from pathlib import Path


def _time(command: list[str], env: dict[str, str], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, env=env, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("executable", type=Path)
    parser.add_argument("project", type=Path, nargs="?")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    program = str(args.executable.resolve())
    cases: list[tuple[str, list[str], dict[str, str]]] = [
        ("--version", [program, "--version"], env),
        ("Qt self-test", [program], {**env, "POLICYWRIGHT_BUNDLE_SELF_TEST": "1"}),
    ]
    if args.project:
        out = tempfile.mkdtemp(prefix="policywright-export-")
        formats = "html,md,docx,pdf"
        command = [program, "export", str(args.project), "--format", formats, "--output", out]
        cases.append(("export to html,md,docx,pdf", command, env))
    for name, command, environment in cases:
        first = _time(command, environment, 1)[0]
        rest = _time(command, environment, args.runs)
        print(
            f"{name:28} first {first:.3f} s   median {statistics.median(rest):.3f} s"
            f"   (min {min(rest):.3f}, max {max(rest):.3f}, {args.runs} runs)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
