"""The biggest project we promise to handle: 10,000 cookies and 2,000 recipients.

Run from the checkout: ``.venv/bin/python bench/limits.py [--runs N] [--no-pdf]``. Prints the
file size, then the median of N runs of: loading the project file, composing the policy, each
exporter, and saving. ``huge_project`` is shared with the test that the largest project
works throughout (tests/reliability/test_limits.py), which asserts no times.

Budget (what keeps the editor usable on such a project; each exporter alone): load and save
under 1.5 s (opening and Ctrl+S), compose under 6 s and HTML, Markdown, text and DOCX under 4 s
each (an export people wait for, once), PDF under 30 s.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from editor.model import (  # noqa: E402
    Cookie,
    CookieCategory,
    CookieLifetime,
    Duration,
    Party,
    Project,
    Recipient,
    RecipientRole,
    ServiceKind,
    TransferSafeguard,
)
from editor.samples import start_project  # noqa: E402

COOKIES = 10_000
RECIPIENTS = 2_000
TODAY = dt.date(2026, 9, 1)
BUDGETS = {
    "load": 1.5,
    "save": 1.5,
    "compose": 6.0,
    "html": 4.0,
    "md": 4.0,
    "txt": 4.0,
    "docx": 4.0,
    "pdf": 30.0,
    "json": 4.0,
}
_PURPOSES = (
    "Remembers what is in your basket",
    "Counts visits so we can see which pages are read",
    "Keeps you signed in",
    "Measures whether an advert led to a purchase",
)


def huge_project(cookies: int = COOKIES, recipients: int = RECIPIENTS) -> Project:
    """The saas sample with ``recipients`` providers and ``cookies`` cookies, all described."""
    project = start_project("saas")
    kinds = list(ServiceKind)
    roles = list(RecipientRole)
    safeguards = list(TransferSafeguard)
    countries = ("US", "DE", "IE", "CA", "JP", "BR", "IN")
    project.recipients = [
        Recipient(
            id=f"r{n}",
            name=f"Provider {n}",
            legal_entity=f"Provider {n} Ltd",
            kind=kinds[n % len(kinds)],
            role=roles[n % len(roles)],
            purpose=_PURPOSES[n % len(_PURPOSES)].lower(),
            country=countries[n % len(countries)],
            transfer_safeguard=safeguards[n % len(safeguards)],
            policy_url=f"https://provider{n}.example/privacy",
        )
        for n in range(recipients)
    ]
    categories = [c for c in CookieCategory if c is not CookieCategory.UNCLASSIFIED]
    project.cookies.cookies = [
        Cookie(
            id=f"k{n}",
            name=f"cookie_{n}",
            provider=f"Provider {n % max(1, recipients)}",
            party=Party.THIRD_PARTY if n % 3 else Party.FIRST_PARTY,
            category=categories[n % len(categories)],
            purpose=_PURPOSES[n % len(_PURPOSES)],
            lifetime=CookieLifetime(
                kind="period", period=Duration(amount=1 + n % 24, unit="months")
            ),
        )
        for n in range(cookies)
    ]
    project.cookies.uses_cookies = True
    return project


def median_seconds(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def measure(project: Project, runs: int, formats: tuple[str, ...]) -> dict[str, float]:
    """Median seconds of load, compose, each of ``formats`` and save, on ``project``."""
    from editor.compose import compose
    from editor.export import EXPORTERS
    from editor.storage import load_project, save_project

    times: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "huge.policy"
        save_project(project, path)
        times["load"] = median_seconds(lambda: load_project(path), runs)
        document = compose(project, today=TODAY)  # warm: templates compiled
        times["compose"] = median_seconds(lambda: compose(project, today=TODAY), runs)
        for fmt in formats:
            if fmt != "pdf":  # warm up imports; the PDF is too slow to run once more
                EXPORTERS[fmt](document, None)
            times[fmt] = median_seconds(lambda f=fmt: EXPORTERS[f](document, None), runs)
        times["save"] = median_seconds(lambda: save_project(project, path), runs)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-pdf", action="store_true", help="skip the Qt PDF exporter")
    args = parser.parse_args()
    from editor.storage import dump_project

    project = huge_project()
    formats = ("html", "md", "txt", "docx") + (() if args.no_pdf else ("pdf",))
    size = len(dump_project(project))
    print(f"{COOKIES:,} cookies, {RECIPIENTS:,} recipients: file {size / 1024 / 1024:.1f} MB")
    print(f"Median of {args.runs} runs\n")
    for name, seconds in measure(project, args.runs, formats).items():
        budget = BUDGETS[name]
        verdict = "ok" if seconds <= budget else f"OVER {budget:.1f} s"
        print(f"  {name:<8} {seconds:8.2f} s   budget {budget:5.1f} s  {verdict}")


if __name__ == "__main__":
    main()
