"""``policywright diff``: what changed between two published versions, or since the last one."""

from __future__ import annotations

import argparse
from pathlib import Path

from editor.cli.common import EXIT_OK, load_or_fail, versions_or_fail
from editor.versions import DRAFT, compare_versions
from editor.versions.report import as_json, as_markdown, as_text

DESCRIPTION = (
    "Show what changed between two versions of the policy, grouped by section, in plain words. "
    "Material changes (new purposes, recipients, data, transfers, longer retention, weaker "
    "rights, selling) are marked: people should hear about them before they take effect.\n\n"
    f"Versions are named by their labels; '{DRAFT}' is the working draft. Without --from and "
    "--to, the last published version is compared with the draft."
)
FORMATS = ("text", "md", "json")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("project", type=Path, metavar="PROJECT.policy", help="the project file")
    parser.add_argument(
        "--from",
        dest="from_label",
        metavar="LABEL",
        help="the older version (default: the last published version)",
    )
    parser.add_argument(
        "--to",
        dest="to_label",
        default=DRAFT,
        metavar="LABEL",
        help=f"the newer version, or '{DRAFT}' (the default)",
    )
    parser.add_argument(
        "--format", choices=FORMATS, default="text", help="text (default), md or json"
    )


def run(args: argparse.Namespace) -> int:
    path: Path = args.project
    project = load_or_fail(path)
    with versions_or_fail(path):
        comparison = compare_versions(project, args.from_label, args.to_label)
    if args.format == "json":
        print(as_json(comparison), end="")
    elif args.format == "md":
        print(as_markdown(comparison, project), end="")
    else:
        print(as_text(comparison, project), end="")
    return EXIT_OK
