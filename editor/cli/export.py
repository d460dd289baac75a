"""``policywright export``: write the policy as HTML, Markdown, DOCX, PDF or plain text."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from editor.cli.common import EXIT_OK, EXIT_USAGE, EXIT_WRITE_FAILED, CommandError, load_or_fail

DESCRIPTION = (
    "Write the policy of a project file in one or more formats.\n\n"
    "With one format, --output is the file to write (default: beside the project, with the\n"
    "format's extension; '-' writes to standard output). With several formats, --output is a\n"
    "folder (default: the project's folder) and each file is named after the project.\n"
    "Files are replaced atomically, so a failed export never leaves half a file.\n\n"
    "Examples:\n"
    "  policywright export shop.policy --format html\n"
    "  policywright export shop.policy --format html,docx,pdf --output site/legal/\n"
    "  policywright export shop.policy --format html --fragment --output - | pbcopy"
)
FORMATS = ("html", "md", "docx", "pdf", "txt")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("project", type=Path, metavar="PROJECT", help="the .policy file")
    parser.add_argument(
        "--format",
        "-f",
        action="append",
        required=True,
        metavar="FORMAT",
        help="html, md, docx, pdf or txt; repeat or separate with commas for several",
    )
    parser.add_argument(
        "--output", "-o", type=Path, metavar="PATH", help="the file (one format) or folder"
    )
    parser.add_argument(
        "--fragment",
        action="store_true",
        help="HTML only: just the policy's markup, to paste into a website builder",
    )
    parser.add_argument(
        "--paper",
        choices=("a4", "letter"),
        default="a4",
        help="page size for DOCX and PDF (default: a4)",
    )


def parse_formats(values: list[str]) -> list[str]:
    """The requested formats, in order, without repeats; aliases such as "markdown" accepted."""
    from editor.export import ALIASES

    formats: list[str] = []
    for value in values:
        for raw in value.split(","):
            name = raw.strip().lower()
            if not name:
                continue
            name = ALIASES.get(name, name)
            if name not in FORMATS:
                raise CommandError(
                    f"unknown format {raw.strip()!r}; choose from {', '.join(FORMATS)}"
                )
            if name not in formats:
                formats.append(name)
    if not formats:
        raise CommandError("give at least one format with --format")
    return formats


def _options(fmt: str, args: argparse.Namespace) -> Any:
    from editor.export import DocxOptions, HtmlOptions, PdfOptions

    if fmt == "html":
        return HtmlOptions(fragment=args.fragment)
    if fmt == "docx":
        return DocxOptions(paper=args.paper)
    if fmt == "pdf":
        return PdfOptions(paper=args.paper)
    return None


def _targets(project: Path, formats: list[str], output: Path | None) -> list[tuple[str, Path]]:
    if len(formats) == 1:
        target = output if output is not None else project.with_suffix("." + formats[0])
        if target.is_dir():
            target = target / f"{project.stem}.{formats[0]}"
        return [(formats[0], target)]
    folder = output if output is not None else project.parent
    if folder.exists() and not folder.is_dir():
        raise CommandError(f"{folder} is a file; with several formats --output must be a folder")
    return [(fmt, folder / f"{project.stem}.{fmt}") for fmt in formats]


def run(args: argparse.Namespace) -> int:
    formats = parse_formats(args.format)
    if args.fragment and "html" not in formats:
        raise CommandError("--fragment applies to the html format only")
    to_stdout = args.output is not None and str(args.output) == "-"
    if to_stdout and len(formats) != 1:
        raise CommandError("'-' (standard output) works with one format only")
    project = load_or_fail(args.project)

    from editor.compose import compose
    from editor.export import EXPORTERS

    document = compose(project)
    if to_stdout:
        sys.stdout.buffer.write(EXPORTERS[formats[0]](document, _options(formats[0], args)))
        sys.stdout.buffer.flush()
        return EXIT_OK

    from editor.storage.atomic import write_atomic

    targets = _targets(args.project, formats, args.output)
    if len(formats) > 1:
        try:
            targets[0][1].parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise CommandError(
                f"cannot create {targets[0][1].parent}: {exc}", EXIT_WRITE_FAILED
            ) from exc
    for fmt, target in targets:
        try:
            data = EXPORTERS[fmt](document, _options(fmt, args))
        except Exception as exc:  # an exporter bug must still end with a clear message
            raise CommandError(f"could not make the {fmt} file: {exc}", EXIT_USAGE) from exc
        try:
            write_atomic(target, data, keep_backup=False)
        except OSError as exc:
            reason = exc.strerror or str(exc)
            raise CommandError(f"could not write {target}: {reason}", EXIT_WRITE_FAILED) from exc
        print(f"Wrote {target}")
    return EXIT_OK
