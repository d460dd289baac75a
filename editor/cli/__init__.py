"""The ``policywright`` command: open the editor, or work headless with a subcommand.

Each subcommand lives in its own module exposing ``NAME``, ``HELP``, ``add_arguments(parser)``
and ``run(args) -> int``; this module only builds the parser and dispatches, and imports the
Qt editor only when a window is really wanted.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from types import ModuleType

from editor import __version__
from editor.cli import check, diff, export, newproject, openeditor, publish, scan
from editor.cli.common import EXIT_CODES_HELP, EXIT_OK, EXIT_USAGE, CommandError

# One line per command keeps merges of new commands conflict-free.
COMMANDS: tuple[ModuleType, ...] = (
    openeditor,
    newproject,
    check,
    scan,
    publish,
    diff,
    export,
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="policywright",
        description=(
            "Write and maintain a privacy policy by answering plain questions. "
            "Run without a command to open the editor."
        ),
        epilog=(
            "Examples:\n"
            "  policywright                          open the editor\n"
            "  policywright shop.policy              open a project in the editor\n"
            "  policywright new --template cafe my.policy\n"
            "                                        start a project from a sample\n"
            "  policywright check --law gdpr my.policy\n"
            "                                        list what the policy still needs\n"
            "  policywright publish shop.policy --label 2027-01 --date 2027-01-01\n"
            "                                        record the draft as a published version\n"
            "  policywright diff shop.policy         what changed since the last publication\n"
            "  policywright export my.policy --format html,docx\n"
            "                                        write a web page and a Word file\n\n"
            f"{EXIT_CODES_HELP}"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"policywright {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMANDS:
        command = sub.add_parser(
            module.NAME,
            help=module.HELP,
            description=getattr(module, "DESCRIPTION", module.HELP),
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        module.add_arguments(command)
        command.set_defaults(run=module.run)
    return parser


def _normalise(argv: list[str]) -> list[str]:
    """Let ``policywright PROJECT`` mean ``policywright open PROJECT``."""
    names = {m.NAME for m in COMMANDS}
    if not argv:
        return [openeditor.NAME]
    first = argv[0]
    if first in names or first.startswith("-"):
        return argv
    return [openeditor.NAME, *argv]


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    args = parser.parse_args(_normalise(args_list))
    try:
        result: int = args.run(args)
        return result
    except CommandError as exc:
        print(f"policywright: {exc.message}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("policywright: interrupted", file=sys.stderr)
        return EXIT_USAGE + 128
    except BrokenPipeError:
        # The reader went away (e.g. `policywright check x.policy | head`): not an error of
        # ours. Point stdout at devnull so the interpreter's final flush does not fail again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
