"""The ``policywright`` command: open the editor, or work headless with a subcommand.

Each subcommand lives in its own module exposing ``add_arguments(parser)``, ``run(args) -> int``
and optionally ``DESCRIPTION``, and is listed in ``COMMANDS``. This module only builds the
parser and dispatches; it imports a command's module (and so the Qt editor) only when needed.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from editor import __version__
from editor.cli.common import EXIT_CODES_HELP, EXIT_OK, EXIT_USAGE, CommandError
from editor.gctune import collection_paused

# name: (module, one-line help). A command's module is imported only when that command runs,
# so `policywright export` does not pay for loading the checks, the catalog or the versions.
# One line per command keeps merges of new commands conflict-free.
COMMANDS: dict[str, tuple[str, str]] = {
    "open": ("editor.cli.openeditor", "open the editor (the default)"),
    "new": ("editor.cli.newproject", "create a new project file (blank or from a sample)"),
    "import": ("editor.cli.importing", "start a project from the privacy policy you have now"),
    "check": ("editor.cli.check", "list missing and risky answers, per law (exit 1 on errors)"),
    "scan": ("editor.cli.scan", "find the services a site uses, from a HAR file or cookie export"),
    "catalog": ("editor.cli.catalog", "list or show catalog services; take in a newer catalog"),
    "publish": ("editor.cli.publish", "record the draft as a published version"),
    "diff": ("editor.cli.diff", "show what changed between two versions (or the draft)"),
    "notice": ("editor.cli.notice", "write the notice telling customers what changed"),
    "export": ("editor.cli.export", "write the policy as HTML, Markdown, DOCX, PDF or text"),
}
DEFAULT_COMMAND = "open"


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser; only ``command``'s module is loaded (none for top-level --help/--version)."""
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
            "  policywright import privacy.html my.policy\n"
            "                                        start from the policy you have now\n"
            "  policywright check --law gdpr my.policy\n"
            "                                        list what the policy still needs\n"
            "  policywright publish shop.policy --label 2027-01 --date 2027-01-01\n"
            "                                        record the draft as a published version\n"
            "  policywright diff shop.policy         what changed since the last publication\n"
            "  policywright notice shop.policy --format html,txt\n"
            "                                        the notice to send your customers\n"
            "  policywright export my.policy --format html,docx\n"
            "                                        write a web page and a Word file\n"
            "  policywright catalog update cookies.csv --project my.policy\n"
            "                                        take in a newer catalog, offline\n\n"
            f"{EXIT_CODES_HELP}"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"policywright {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (module_name, one_line) in COMMANDS.items():
        if name != command:
            sub.add_parser(name, help=one_line)
            continue
        module = importlib.import_module(module_name)
        parser_for = sub.add_parser(
            name,
            help=one_line,
            description=getattr(module, "DESCRIPTION", one_line),
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        module.add_arguments(parser_for)
        parser_for.set_defaults(run=module.run)
    return parser


def _normalise(argv: list[str]) -> list[str]:
    """Let ``policywright PROJECT`` mean ``policywright open PROJECT``."""
    if not argv:
        return [DEFAULT_COMMAND]
    first = argv[0]
    if first in COMMANDS or first.startswith("-"):
        return argv
    return [DEFAULT_COMMAND, *argv]


def _plain_open(args_list: list[str]) -> argparse.Namespace | None:
    """``open`` with at most a project and no options: what argparse would make of it.

    Opening the editor is the usual start, and argparse (its help texts go through gettext,
    which searches the disk for translations) costs the window a few milliseconds.
    """
    if args_list[0] != DEFAULT_COMMAND or len(args_list) > 2:
        return None
    project = args_list[1] if len(args_list) == 2 else None
    if project is not None and (not project or project.startswith("-")):
        return None
    from editor.cli import openeditor

    return argparse.Namespace(
        command=DEFAULT_COMMAND,
        project=None if project is None else Path(project),
        run=openeditor.run,
    )


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    args_list = _normalise(args_list)
    args = _plain_open(args_list)
    if args is None:
        chosen = args_list[0] if args_list[0] in COMMANDS else None
        args = build_parser(chosen).parse_args(args_list)
    try:
        if args.command == DEFAULT_COMMAND:  # the editor tunes the collector itself
            result: int = args.run(args)
        else:
            # A headless command loads, composes and writes once, keeping almost all it makes
            # until it exits: collections would only walk that ever larger heap (a third of
            # composing a large project).
            with collection_paused():
                result = args.run(args)
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
