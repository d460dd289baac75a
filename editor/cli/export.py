"""``policywright export``: write the policy as HTML, Markdown, DOCX, PDF or plain text."""

from __future__ import annotations

import argparse
from pathlib import Path

from editor.cli.common import EXIT_OK, CommandError, load_or_fail
from editor.cli.output import (
    FORMATS,
    add_output_arguments,
    output_help,
    output_request,
    parse_formats,
    write_document,
)

DESCRIPTION = (
    "Write the policy of a project file in one or more formats.\n\n"
    f"{output_help()}\n\n"
    "Examples:\n"
    "  policywright export shop.policy --format html\n"
    "  policywright export shop.policy --format html,docx,pdf --output site/legal/\n"
    "  policywright export shop.policy --format html --fragment --output - | pbcopy"
)

__all__ = ["DESCRIPTION", "FORMATS", "add_arguments", "parse_formats", "run"]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("project", type=Path, metavar="PROJECT", help="the .policy file")
    add_output_arguments(parser)


def run(args: argparse.Namespace) -> int:
    request = output_request(args)
    project = load_or_fail(args.project)

    from editor.compose import compose

    path: Path = args.project
    try:
        document = compose(project)
    except Exception as exc:  # a composition bug must still end with a clear message
        raise CommandError(f"could not write the policy of {path}: {exc}") from exc
    write_document(document, request, path.parent, path.stem)
    return EXIT_OK
