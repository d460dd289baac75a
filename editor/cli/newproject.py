"""``policywright new``: start a project file, blank or from a sample."""

from __future__ import annotations

import argparse
from pathlib import Path

from editor.cli.common import (
    EXIT_OK,
    EXIT_USAGE,
    CommandError,
    new_project_path_or_fail,
    save_or_fail,
)
from editor.errors import ProjectFileError
from editor.model import Project
from editor.samples import BLANK, sample_names, start_project

DESCRIPTION = (
    "Create a new project file. Start blank, or from one of the samples, which are "
    "filled-in examples you can adapt:\n  " + ", ".join([BLANK, *sample_names()])
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("output", type=Path, metavar="OUT.policy", help="the file to create")
    parser.add_argument(
        "--template",
        default=BLANK,
        metavar="NAME",
        help=f"'{BLANK}' (the default) or a sample: {', '.join(sample_names())}",
    )
    parser.add_argument("--force", action="store_true", help="overwrite OUT if it exists")


def run(args: argparse.Namespace) -> int:
    output: Path = args.output
    new_project_path_or_fail(output, force=args.force)
    try:
        project: Project = start_project(args.template)
    except KeyError:
        names = ", ".join([BLANK, *sample_names()])
        raise CommandError(
            f"no template called {args.template!r}; choose one of: {names}"
        ) from None
    except ProjectFileError as exc:
        raise CommandError(f"the sample could not be read: {exc}", EXIT_USAGE) from exc
    save_or_fail(project, output)
    print(f"Created {output} from the {args.template!r} template.")
    return EXIT_OK
