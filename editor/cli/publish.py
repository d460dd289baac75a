"""``policywright publish``: record the draft as a published version inside the project file."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from editor.cli.common import (
    EXIT_OK,
    EXIT_USAGE,
    CommandError,
    load_or_fail,
    save_or_fail,
)
from editor.versions import VersionError, publish
from editor.versions.words import day

DESCRIPTION = (
    "Record the project's current answers as a published version: a frozen copy kept inside "
    "the project file, with its label, effective date, today's date and an optional note. The "
    "policy's effective date, last-updated date and version label are set, and a line is added "
    "to its change history. The previous file is kept as PROJECT.policy.bak."
)


def iso_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in the form YYYY-MM-DD: {text!r}") from None


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("project", type=Path, metavar="PROJECT.policy", help="the project file")
    parser.add_argument(
        "--label", required=True, help="the version's name, unique in the project, e.g. 2027-01"
    )
    parser.add_argument(
        "--date",
        type=iso_date,
        metavar="YYYY-MM-DD",
        help="the date the version takes effect (default: today)",
    )
    parser.add_argument("--note", default="", metavar="TEXT", help="what changed, in your words")


def run(args: argparse.Namespace) -> int:
    path: Path = args.project
    project = load_or_fail(path)
    today = dt.date.today()
    try:
        published = publish(
            project, args.label, effective_date=args.date or today, note=args.note, today=today
        )
    except VersionError as exc:
        raise CommandError(f"{path}: {exc.message}", EXIT_USAGE) from exc
    save_or_fail(published, path)
    version = published.published[-1]
    print(
        f"Published version {version.label} of {path}, "
        f"effective {day(version.effective_date, published)}."
    )
    print(version.summary)
    return EXIT_OK
