"""Benchmark: load the built-in catalog and search it; print medians side by side.

Run from the top of a checkout: ``python bench/catalog.py [--runs 15]``.
Not a test: numbers depend on the machine. "hand-written" is the catalog without the entries
made from the Open Cookie Database (the catalog as it was before them); "full" is what ships.
Loading is what the first "Add from service catalog" or scan pays once per process; a search
is what every keystroke in the Add-a-service dialog pays; the matchers are built once per scan.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from editor.catalog.loader import Catalog, builtin_catalog_dir, load_builtin
from editor.catalog.matching import CookieMatcher, HostMatcher
from editor.model.cookies import StorageType

# What people type, keystroke by keystroke: names, a company, a host, a cookie name.
QUERIES = [
    "g",
    "go",
    "goo",
    "google",
    "str",
    "stripe",
    "mato",
    "matomo",
    "adf",
    "adform",
    "meta",
    "static.hotjar.com",
    "_pk",
    "_pk_id",
    "cloudflare",
    "zz-nothing",
]
COOKIES = ["_ga", "_ga_Q1W2E3R4", "_pk_id.1.abcd", "PHPSESSID", "IDE", "uuid2", "nothing-known"]


def median_ms(runs: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def search_all(catalog: Catalog) -> None:
    for query in QUERIES:
        catalog.search(query)


def match_all(catalog: Catalog) -> None:
    cookies = CookieMatcher(catalog)
    HostMatcher(catalog)
    for name in COOKIES:
        cookies.match(name, StorageType.COOKIE)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    directory = builtin_catalog_dir()
    variants = {
        "hand-written": lambda: load_builtin(directory, generated=False),
        "full": lambda: load_builtin(directory),
    }
    rows = []
    for label, load in variants.items():
        catalog = load()
        load_ms = median_ms(args.runs, load)
        search_ms = median_ms(args.runs, partial(search_all, catalog)) / len(QUERIES)
        match_ms = median_ms(args.runs, partial(match_all, catalog))
        rows.append((label, len(catalog), catalog.cookie_count, load_ms, search_ms, match_ms))
    head = ("services", "cookies", "load ms", "search ms", "matchers ms")
    print(f"{'catalog':<14}" + "".join(f"{h:>12}" for h in head))
    for label, services, cookies, load_ms, search_ms, match_ms in rows:
        cells = (
            f"{services}",
            f"{cookies}",
            f"{load_ms:.1f}",
            f"{search_ms:.2f}",
            f"{match_ms:.1f}",
        )
        print(f"{label:<14}" + "".join(f"{c:>12}" for c in cells))
    base, full = rows
    ratios = (f"{full[i] / base[i]:.1f}x" for i in (3, 4, 5))
    print(f"{'ratio':<14}{'':>24}" + "".join(f"{r:>12}" for r in ratios))
    print("search ms is per keystroke (median over the queries); one frame at 60 Hz is 16.7 ms")


if __name__ == "__main__":
    main()
