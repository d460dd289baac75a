"""Load and save times and file sizes of project files, including published versions.

Run: ``.venv/bin/python bench/storage.py [--repeat N]``. Prints the median of N runs for each
project: a typical sample, the sample with 50 published versions, and a large project (200
recipients, 1,000 cookies) with and without 10 published versions; then what publishing and
comparing cost, and the file size of 50 versions against 50 full copies.

Budget (what the editor needs to feel instant when opening and saving): load and save of a
typical project or of one with 50 versions under 100 ms each; a large project under 1 s.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from synthetic import with_versions  # bench/ is on the path when this runs as a script

from editor.model import Cookie, CookieLifetime, Duration, Project, Recipient
from editor.samples import start_project
from editor.storage import dump_project, load_project, save_project
from editor.versions import compare_versions, publish, snapshot, snapshots

BUDGET_TYPICAL = 0.100
BUDGET_LARGE = 1.0


def large_project() -> Project:
    project = start_project("saas")
    project.recipients = [
        Recipient(
            name=f"Processor {n}",
            legal_entity=f"Processor {n} Ltd",
            kind="hosting",
            role="processor",
            purpose="hosts part of our service",
            country="US" if n % 2 else "DE",
            transfer_safeguard="dpf" if n % 2 else "not_needed",
            policy_url=f"https://processor{n}.example/privacy",
        )
        for n in range(200)
    ]
    project.cookies.cookies = [
        Cookie(
            name=f"cookie_{n}",
            provider=f"Processor {n % 200}",
            party="third_party",
            category="analytics" if n % 3 else "strictly_necessary",
            purpose="Counts visits",
            lifetime=CookieLifetime(kind="period", period=Duration(amount=13, unit="months")),
        )
        for n in range(1000)
    ]
    return project


def median_seconds(action: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=15)
    repeat = parser.parse_args().repeat

    typical = start_project("cafe")
    fifty = with_versions(start_project("cafe"), 50)
    large = large_project()
    large_ten = with_versions(large_project(), 10)
    projects = [
        ("typical (cafe sample)", typical, BUDGET_TYPICAL),
        ("50 published versions", fifty, BUDGET_TYPICAL),
        ("large (200 recipients, 1,000 cookies)", large, BUDGET_LARGE),
        ("large with 10 published versions", large_ten, BUDGET_LARGE),
    ]
    print(f"Median of {repeat} runs\n")
    print(f"{'project':40} {'size':>9} {'load ms':>8} {'save ms':>8}  budget")
    with tempfile.TemporaryDirectory() as folder:
        for name, project, budget in projects:
            path = Path(folder) / "p.policy"
            save_project(project, path)
            load = median_seconds(lambda path=path: load_project(path), repeat)
            save = median_seconds(lambda p=project, path=path: save_project(p, path), repeat)
            verdict = "ok" if max(load, save) < budget else f"OVER {budget * 1000:.0f} ms"
            size = f"{path.stat().st_size / 1024:.0f} kB"
            print(f"{name:40} {size:>9} {load * 1000:8.1f} {save * 1000:8.1f}  {verdict}")

    print("\nVersions of the 50-version project")
    last = fifty.published[-1].label
    operations: list[tuple[str, Callable[[], object]]] = [
        ("rebuild the newest snapshot", lambda: snapshot(fifty, last)),
        ("rebuild all 50 snapshots", lambda: snapshots(fifty)),
        ("compare v1 with the draft", lambda: compare_versions(fifty, "v1")),
        (
            "publish one more version",
            lambda: publish(fifty, "next", effective_date=dt.date(2035, 1, 1)),
        ),
    ]
    for name, action in operations:
        print(f"  {name:38} {median_seconds(action, repeat) * 1000:8.1f} ms")
    large_last = large_ten.published[-1].label
    big_snapshot = median_seconds(lambda: snapshot(large_ten, large_last), repeat)
    print(f"  {'large: rebuild the newest of 10':38} {big_snapshot * 1000:8.1f} ms")

    print("\nFile size with 50 published versions (cafe sample)")
    copies = sum(
        len(json.dumps(p.model_dump(mode="json", exclude_defaults=True), indent=2).encode())
        for _, p in snapshots(fifty)
    )
    stored = len(dump_project(fifty))
    draft = len(dump_project(fifty.model_copy(update={"published": []})))
    print(f"  draft alone                     {draft / 1024:8.0f} kB")
    print(f"  draft + 50 versions as deltas   {stored / 1024:8.0f} kB")
    print(f"  50 full copies of the answers   {copies / 1024:8.0f} kB  ({copies / stored:.0f}x)")


if __name__ == "__main__":
    main()
