"""Benchmark: scan a synthetic ~100 MB HAR file; print the median time and peak memory.

Run from the top of a checkout: ``python bench/scan.py [--size-mb 100] [--runs 5]``.
Not a test: numbers depend on the machine. The HAR is written to a temporary folder and
looks like a real one (pretty-printed, response bodies, cookies, many hosts), with most of
its bytes in response bodies, as in recordings of real sites.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from editor.catalog import builtin_catalog, scan_file

HOSTS = [
    "www.cafe-example.com",
    "img.cafe-example.com",
    "region1.google-analytics.com",
    "www.googletagmanager.com",
    "static.hotjar.com",
    "js.stripe.com",
    "connect.facebook.net",
    "fonts.gstatic.com",
    "cdn.unknown-widgets.example.net",
    "pixel.tracker.example.org",
]
COOKIES = ["_ga", "_ga_Q1W2E3R4", "_fbp", "__stripe_mid", "PHPSESSID", "_hjSessionUser_123", "uid"]


def entry(rng: random.Random, index: int, body_bytes: int) -> dict[str, object]:
    host = rng.choice(HOSTS)
    body = "".join(rng.choice("abcdefghij <>/é") for _ in range(200)) * (body_bytes // 200)
    return {
        "pageref": "page_1",
        "startedDateTime": "2026-11-22T10:00:00.000Z",
        "time": rng.random() * 200,
        "request": {
            "method": "GET",
            "url": f"https://{host}/asset/{index}.js?v={rng.randrange(10**6)}",
            "httpVersion": "HTTP/2",
            "headers": [
                {"name": "accept", "value": "*/*"},
                {"name": "user-agent", "value": "bench"},
            ],
            "queryString": [],
            "cookies": [{"name": n, "value": "x" * 20} for n in rng.sample(COOKIES, 3)],
            "headersSize": -1,
            "bodySize": 0,
        },
        "response": {
            "status": 200,
            "statusText": "OK",
            "httpVersion": "HTTP/2",
            "headers": [{"name": "content-type", "value": "application/javascript"}],
            "cookies": [],
            "content": {"size": len(body), "mimeType": "application/javascript", "text": body},
            "redirectURL": "",
            "headersSize": -1,
            "bodySize": len(body),
        },
        "cache": {},
        "timings": {"send": 0, "wait": 10, "receive": 1},
    }


# Response body sizes to draw from: a recording of a site with big bundles and media, and
# one of a chatty site with many small requests (API calls, pixels, thumbnails).
PROFILES = {
    "large-bodies": [2_000, 5_000, 20_000, 60_000, 400_000],
    "many-requests": [0, 200, 800, 2_000, 6_000],
}


def write_har(path: Path, size_mb: int, bodies: list[int]) -> int:
    """Write entries until the file reaches ``size_mb``; return the number of entries."""
    rng = random.Random(20261122)
    target = size_mb * 1024 * 1024
    count = 0
    with path.open("w", encoding="utf-8") as out:
        out.write('{\n  "log": {\n    "version": "1.2",\n')
        out.write('    "creator": {"name": "bench", "version": "1"},\n')
        out.write('    "pages": [{"id": "page_1", "title": "https://www.cafe-example.com/"}],\n')
        out.write('    "entries": [\n')
        while out.tell() < target:
            if count:
                out.write(",\n")
            body = rng.choice(bodies)
            out.write(json.dumps(entry(rng, count, body), indent=2))
            count += 1
        out.write("\n    ]\n  }\n}\n")
    return count


def bench(profile: str, size_mb: int, runs: int) -> None:
    catalog = builtin_catalog()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.har"
        entries = write_har(path, size_mb, PROFILES[profile])
        size = path.stat().st_size / 1024 / 1024
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            report = scan_file(path, catalog)
            times.append(time.perf_counter() - start)
        tracemalloc.start()
        scan_file(path, catalog)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    print(
        f"[{profile}] HAR {size:.1f} MB, {entries} entries; found {', '.join(report.found_ids())}"
    )
    print(
        f"  scan time: median {statistics.median(times):.2f} s over {runs} runs "
        f"(min {min(times):.2f} s, max {max(times):.2f} s)"
    )
    print(f"  peak memory allocated while scanning (tracemalloc): {peak / 1024 / 1024:.1f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mb", type=int, default=100)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--profile", choices=[*PROFILES, "all"], default="all")
    args = parser.parse_args()
    for profile in PROFILES if args.profile == "all" else [args.profile]:
        bench(profile, args.size_mb, args.runs)


if __name__ == "__main__":
    main()
