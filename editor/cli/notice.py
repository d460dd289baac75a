"""``policywright notice``: the notice to send customers when the policy changes, as files."""

from __future__ import annotations

import argparse
from pathlib import Path

from editor.cli.common import EXIT_OK, load_or_fail, versions_or_fail
from editor.cli.output import add_output_arguments, output_help, output_request, write_document
from editor.versions import DRAFT, build_notice, notice_document

DESCRIPTION = (
    "Write the notice that tells your customers what changed in your privacy policy: material\n"
    "changes (new purposes, recipients, data, transfers, weaker rights) first, smaller ones\n"
    "after, with the dates and how to reach you. Send it by email or post it on your site.\n\n"
    "Without --from and --to the notice announces the last published version against the one\n"
    f"before it. --to {DRAFT} announces changes you have not published yet.\n\n"
    + output_help("PROJECT-notice")
    + "\n\nExamples:\n"
    "  policywright notice shop.policy --format html,txt\n"
    "  policywright notice shop.policy --from 2025-02 --to draft --format md --output -\n"
    "  policywright notice shop.policy --format pdf --paper letter --output notice.pdf"
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("project", type=Path, metavar="PROJECT", help="the .policy file")
    parser.add_argument(
        "--from",
        dest="from_label",
        metavar="LABEL",
        help="the version to compare with (default: the one before --to)",
    )
    parser.add_argument(
        "--to",
        dest="to_label",
        metavar="LABEL",
        help=f"the version to announce, or '{DRAFT}' (default: the last published version)",
    )
    add_output_arguments(parser)


def run(args: argparse.Namespace) -> int:
    request = output_request(args)
    path: Path = args.project
    project = load_or_fail(path)
    with versions_or_fail(path):
        notice = build_notice(project, args.from_label, args.to_label)
    document = notice_document(project, notice)
    # A notice is a short letter: no table of contents.
    write_document(document, request, path.parent, f"{path.stem}-notice", table_of_contents=False)
    return EXIT_OK
