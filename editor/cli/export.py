"""``policywright export``: write the policy as HTML, Markdown, DOCX, PDF or plain text, and
what else the same answers fill in (the record of processing activities, ...)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from editor.cli.common import EXIT_OK, CommandError, load_or_fail
from editor.cli.output import (
    FORMATS,
    add_output_arguments,
    output_help,
    output_request,
    parse_formats,
    write_outputs,
)
from editor.records import OUTPUTS

if TYPE_CHECKING:
    from editor.document.nodes import Document
    from editor.model import Project

DESCRIPTION = (
    "Write the policy of a project file in one or more formats, and what else the same\n"
    "answers fill in:\n"
    + "".join(f"  {fmt:<18}{output.description}\n" for fmt, output in OUTPUTS.items())
    + "These are named after the project (e.g. shop-record-of-processing.xlsx) and say on\n"
    "standard error which answers they still need; what is not answered is left out.\n\n"
    f"{output_help()}\n\n"
    "Examples:\n"
    "  policywright export shop.policy --format html\n"
    "  policywright export shop.policy --format html,docx,pdf --output site/legal/\n"
    "  policywright export shop.policy --format html --fragment --output - | pbcopy\n"
    "  policywright export shop.policy --format ropa-xlsx,ropa-csv --output records/"
)
ALL_FORMATS = (*FORMATS, *OUTPUTS)

__all__ = ["ALL_FORMATS", "DESCRIPTION", "FORMATS", "add_arguments", "parse_formats", "run"]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("project", type=Path, metavar="PROJECT", help="the .policy file")
    add_output_arguments(parser, ", ".join(OUTPUTS))


def run(args: argparse.Namespace) -> int:
    request = output_request(args, ALL_FORMATS)
    project = load_or_fail(args.project)
    path: Path = args.project
    document: Document | None = None

    def make(fmt: str) -> bytes:
        nonlocal document
        if fmt in OUTPUTS:
            data, unanswered = OUTPUTS[fmt].build(project)
            for gap in unanswered:
                print(f"policywright: {fmt}: left out, not answered: {gap}", file=sys.stderr)
            return data
        if document is None:
            document = _compose(project, path)
        from editor.cli.output import exporter_options
        from editor.export import EXPORTERS

        return EXPORTERS[fmt](document, exporter_options(fmt, request))

    file_names = {fmt: output.file_for(path.stem) for fmt, output in OUTPUTS.items()}
    write_outputs(request, path.parent, path.stem, make, file_names)
    return EXIT_OK


def _compose(project: Project, path: Path) -> Document:
    from editor.compose import compose

    try:
        return compose(project)
    except Exception as exc:  # a composition bug must still end with a clear message
        raise CommandError(f"could not write the policy of {path}: {exc}") from exc
