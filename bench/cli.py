"""Command-line start-up: ``policywright check`` on a sample against ``policywright --version``.

Run from the checkout: ``.venv/bin/python bench/cli.py [--runs N] [--against OTHER_CHECKOUT]``.
Each command runs as a fresh process (``python -m editor``, byte-code cached as in an install),
the runs of all commands interleaved so a busy machine slows them alike. It prints the median
CPU seconds (user + system) of each and the ratio of ``check`` to ``--version``, the floor of
any command. ``--against`` times another checkout (say, a worktree of main) the same way in the
same run, beside this one.

Goal (issue 16): ``check`` on a sample within 2x ``--version``.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "resources" / "samples" / "cafe.policy"
COMMANDS = {
    "--version": ["--version"],
    "check cafe": ["check", str(SAMPLE)],
    "export cafe -f html": ["export", str(SAMPLE), "-f", "html", "-o", os.devnull],
}


def cpu_seconds(checkout: Path, args: list[str]) -> float:
    """CPU time of one ``python -m editor ARGS`` process run from ``checkout``."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(
        [sys.executable, "-m", "editor", *args],
        cwd=checkout,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        check=False,
    )
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--against", type=Path, help="another checkout to time beside this one")
    args = parser.parse_args()
    checkouts = {"this checkout": ROOT}
    if args.against:
        checkouts[f"{args.against}"] = args.against.resolve()
    times: dict[tuple[str, str], list[float]] = {}
    for run in range(args.runs + 1):  # the first round writes byte code and warms the disk
        for label, checkout in checkouts.items():
            for name, command in COMMANDS.items():
                seconds = cpu_seconds(checkout, command)
                if run:
                    times.setdefault((label, name), []).append(seconds)
    print(f"Median CPU seconds of {args.runs} runs per command\n")
    width = max(len(label) for label in checkouts)
    for label in checkouts:
        floor = statistics.median(times[(label, "--version")])
        cells = []
        for name in COMMANDS:
            median = statistics.median(times[(label, name)])
            cells.append(f"{name} {median:5.3f} s ({median / floor:4.1f}x)")
        print(f"  {label:<{width}}  " + "   ".join(cells))


if __name__ == "__main__":
    main()
