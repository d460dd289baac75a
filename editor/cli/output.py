"""Writing a document in one or more formats: what `export` and `notice` share.

The options (--format, --output, --fragment, --paper), how they are checked, where each file
goes, and the atomic writes live here once, so both commands name, place and replace files the
same way. The exporters are imported only when a file is written.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from editor.cli.common import EXIT_USAGE, EXIT_WRITE_FAILED, CommandError

if TYPE_CHECKING:
    from editor.document.nodes import Document
    from editor.export.options import Paper

FORMATS = ("html", "md", "docx", "pdf", "txt", "json")


def output_help(name: str = "PROJECT") -> str:
    """Where the files go, for a command's help; ``name`` is how files are named."""
    return (
        f"With one format, --output is the file to write (default: {name}.<format> beside the\n"
        "project; '-' writes to standard output). With several formats, --output is a folder\n"
        f"(default: the project's folder) holding {name}.<format> for each format.\n"
        "Files are replaced atomically, so a failed export never leaves half a file."
    )


def add_output_arguments(parser: argparse.ArgumentParser, more_formats: str = "") -> None:
    """--format, --output, --fragment and --paper, as every writing command has them;
    ``more_formats`` describes the formats a command writes beyond the document's."""
    more = f"; or {more_formats}" if more_formats else ""
    parser.add_argument(
        "--format",
        "-f",
        action="append",
        required=True,
        metavar="FORMAT",
        help=(
            "html, md, docx, pdf, txt or json (the document tree with where each block comes"
            f" from){more}; repeat or separate with commas for several"
        ),
    )
    parser.add_argument(
        "--output", "-o", type=Path, metavar="PATH", help="the file (one format) or folder"
    )
    parser.add_argument(
        "--fragment",
        action="store_true",
        help="HTML only: just the document's markup, to paste into a website builder",
    )
    parser.add_argument(
        "--paper",
        choices=("a4", "letter"),
        default="a4",
        help="page size for DOCX and PDF (default: a4)",
    )


def parse_formats(values: list[str], allowed: Sequence[str] = FORMATS) -> list[str]:
    """The requested formats, in order, without repeats; aliases such as "markdown" accepted."""
    from editor.export import ALIASES

    formats: list[str] = []
    for value in values:
        for raw in value.split(","):
            name = raw.strip().lower()
            if not name:
                continue
            name = ALIASES.get(name, name)
            if name not in allowed:
                raise CommandError(
                    f"unknown format {raw.strip()!r}; choose from {', '.join(allowed)}"
                )
            if name not in formats:
                formats.append(name)
    if not formats:
        raise CommandError("give at least one format with --format")
    return formats


@dataclass(frozen=True)
class OutputRequest:
    """The checked output options: formats in order, and where the files go."""

    formats: tuple[str, ...]
    output: Path | None
    fragment: bool
    paper: Paper

    @property
    def to_stdout(self) -> bool:
        return self.output is not None and str(self.output) == "-"


def output_request(args: argparse.Namespace, allowed: Sequence[str] = FORMATS) -> OutputRequest:
    """Check the output options before any work is done (a bad option costs no export)."""
    formats = parse_formats(args.format, allowed)
    if args.fragment and "html" not in formats:
        raise CommandError("--fragment applies to the html format only")
    request = OutputRequest(tuple(formats), args.output, args.fragment, args.paper)
    if request.to_stdout and len(formats) != 1:
        raise CommandError("'-' (standard output) works with one format only")
    return request


def targets(
    request: OutputRequest, folder: Path, name: str, file_names: Mapping[str, str] | None = None
) -> list[tuple[str, Path]]:
    """Each format with its file: ``folder/name.<ext>`` (or the file name ``file_names`` gives
    the format) unless --output says otherwise."""
    # os.path's checks: Path's raise for a name too long for the drive, which the write reports.
    formats, output = request.formats, request.output
    names = file_names or {}

    def file_name(fmt: str) -> str:
        return names.get(fmt, f"{name}.{fmt}")

    if len(formats) == 1:
        fmt = formats[0]
        if output is None:
            target = folder / file_name(fmt)
            if os.path.isdir(target):  # writing into it is not "beside the project"
                raise CommandError(
                    f"could not write {target}: there is a folder with that name",
                    EXIT_WRITE_FAILED,
                )
            return [(fmt, target)]
        return [(fmt, output / file_name(fmt) if os.path.isdir(output) else output)]
    folder = output if output is not None else folder
    if os.path.exists(folder) and not os.path.isdir(folder):
        raise CommandError(f"{folder} is a file; with several formats --output must be a folder")
    return [(fmt, folder / file_name(fmt)) for fmt in formats]


def exporter_options(fmt: str, request: OutputRequest, *, table_of_contents: bool = True) -> Any:
    from editor.export import DocxOptions, HtmlOptions, PdfOptions

    if fmt == "html":
        return HtmlOptions(fragment=request.fragment, table_of_contents=table_of_contents)
    if fmt == "docx":
        return DocxOptions(paper=request.paper)
    if fmt == "pdf":
        return PdfOptions(paper=request.paper)
    return None


def write_document(
    document: Document,
    request: OutputRequest,
    folder: Path,
    name: str,
    *,
    table_of_contents: bool = True,
) -> None:
    """Write ``document`` in each requested format, atomically, and say which files were written.

    ``folder`` and ``name`` give the default place (the project's folder and a name after the
    project). Raises CommandError with a clear message when a file cannot be made or written.
    """
    from editor.export import EXPORTERS

    def export(fmt: str) -> bytes:
        options = exporter_options(fmt, request, table_of_contents=table_of_contents)
        return EXPORTERS[fmt](document, options)

    write_outputs(request, folder, name, export)


def write_outputs(
    request: OutputRequest,
    folder: Path,
    name: str,
    make: Callable[[str], bytes],
    file_names: Mapping[str, str] | None = None,
) -> None:
    """Write ``make(fmt)`` for each requested format, atomically, naming the files as
    ``targets`` does, and say which files were written."""

    def export(fmt: str) -> bytes:
        try:
            return make(fmt)
        except CommandError:
            raise
        except Exception as exc:  # an exporter bug must still end with a clear message
            raise CommandError(f"could not make the {fmt} file: {exc}", EXIT_USAGE) from exc

    if request.to_stdout:
        sys.stdout.buffer.write(export(request.formats[0]))
        sys.stdout.buffer.flush()
        return

    from editor.storage import write_failure_reason
    from editor.storage.atomic import write_atomic

    files = targets(request, folder, name, file_names)
    if len(files) > 1:
        parent = files[0][1].parent
        try:
            parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            reason = write_failure_reason(parent, exc)
            raise CommandError(
                f"could not create the folder {parent}: {reason}", EXIT_WRITE_FAILED
            ) from exc
    for fmt, target in files:
        data = export(fmt)
        try:
            write_atomic(target, data, keep_backup=False)
        except OSError as exc:
            reason = write_failure_reason(target, exc)
            raise CommandError(f"could not write {target}: {reason}", EXIT_WRITE_FAILED) from exc
        print(f"Wrote {target}")


__all__ = [
    "FORMATS",
    "OutputRequest",
    "add_output_arguments",
    "output_help",
    "output_request",
    "parse_formats",
    "targets",
    "write_document",
    "write_outputs",
]
