"""What every subcommand shares: exit codes, the error they raise, loading a project."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from editor.errors import ProjectFileError, ProjectSaveError

if TYPE_CHECKING:
    from editor.model import Project

EXIT_OK = 0
EXIT_FINDINGS = 1  # `check` found errors in the policy
EXIT_USAGE = 2  # bad arguments, or the project cannot be read
EXIT_WRITE_FAILED = 3  # an output file could not be written

EXIT_CODES_HELP = (
    "Exit codes: 0 success; 1 the check found errors; 2 bad arguments or unreadable project;\n"
    "3 an output could not be written."
)


class CommandError(Exception):
    """A failure reported as one line on stderr with an exit code, never a traceback."""

    def __init__(self, message: str, exit_code: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.message = message
        self.exit_code = exit_code


def load_or_fail(path: Path) -> Project:
    # Imported here so that `policywright --version` and `--help` do not build the model.
    from editor.storage import load_project

    try:
        return load_project(path)
    except ProjectFileError as exc:
        raise CommandError(str(exc), EXIT_USAGE) from exc


def new_project_path_or_fail(path: Path, *, force: bool) -> None:
    """End the command (exit code 2) unless ``path`` is a project file name free to write."""
    from editor.storage import FILE_EXTENSION

    if path.suffix != FILE_EXTENSION:
        raise CommandError(f"the project file name must end in {FILE_EXTENSION}: {path}")
    # os.path.exists: Path.exists raises for a name too long for the drive, which saving the
    # new project then reports (exit code 3) like any other place that cannot be written.
    if os.path.exists(path) and not force:
        raise CommandError(f"{path} already exists; use --force to overwrite it")


def save_or_fail(project: Project, path: Path) -> None:
    """Save, or end the command with exit code 3 saying why; the file on disk stays as it was."""
    from editor.storage import save_project

    try:
        save_project(project, path)
    except ProjectSaveError as exc:
        raise CommandError(
            f"could not save {path}: {exc.reason}. Nothing on disk was changed.",
            EXIT_WRITE_FAILED,
        ) from exc


@contextmanager
def versions_or_fail(path: Path) -> Iterator[None]:
    """End the command with one line (exit code 2) if the versions asked for are not there.

    With no published version at all, the line says how to publish one.
    """
    from editor.versions import NoPublishedVersionsError, VersionError

    try:
        yield
    except NoPublishedVersionsError as exc:
        raise CommandError(
            f"{path}: {exc.message} For example: policywright publish {path} --label 2027-01",
            EXIT_USAGE,
        ) from exc
    except VersionError as exc:
        raise CommandError(f"{path}: {exc.message}", EXIT_USAGE) from exc
