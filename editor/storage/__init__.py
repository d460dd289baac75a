"""Reading and writing project files (``*.policy``).

Every failure is an ``editor.storage.ProjectFileError`` (see ``editor.errors`` for the
subclasses) whose message can be shown to the user as it is; a failed load or save never
modifies the file on disk.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import TYPE_CHECKING

from editor.errors import (
    ProjectCorruptError,
    ProjectFileError,
    ProjectInvalidError,
    ProjectNotFoundError,
    ProjectSaveError,
    ProjectTooLargeError,
    ProjectTooNewError,
    ProjectUnreadableError,
)
from editor.storage.atomic import backup_path, write_atomic
from editor.storage.fileformat import (
    FILE_EXTENSION,
    MAX_FILE_BYTES,
    dump_project,
    parse_project,
)

__all__ = [
    "FILE_EXTENSION",
    "MAX_FILE_BYTES",
    "ProjectCorruptError",
    "ProjectFileError",
    "ProjectInvalidError",
    "ProjectNotFoundError",
    "ProjectSaveError",
    "ProjectTooLargeError",
    "ProjectTooNewError",
    "ProjectUnreadableError",
    "backup_path",
    "dump_project",
    "load_project",
    "parse_project",
    "read_project_bytes",
    "save_project",
    "write_failure_reason",
]

if TYPE_CHECKING:
    from editor.model import Project


def read_project_bytes(path: Path | str) -> bytes:
    """The raw bytes of a project file, with every OS failure turned into a clear message."""
    path = Path(path)
    try:
        if path.is_dir():
            raise ProjectUnreadableError(path, "This is a folder, not a project file.")
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            # A pipe or a device: reading one could wait forever and freeze the editor.
            raise ProjectUnreadableError(
                path, "This is not a file but a device or a pipe, so it cannot be a project."
            )
        size = info.st_size
        if size <= MAX_FILE_BYTES:
            # Read no more than the limit: a device or a pipe reports no size and never ends.
            with path.open("rb") as handle:
                data = handle.read(MAX_FILE_BYTES + 1)
            if len(data) <= MAX_FILE_BYTES:
                return data
        limit = f"{MAX_FILE_BYTES // (1024 * 1024)} MB"
        shown = f"{size // (1024 * 1024)} MB" if size > MAX_FILE_BYTES else f"more than {limit}"
        raise ProjectTooLargeError(
            path,
            f"This file is {shown}; a project file cannot be larger than {limit}. "
            "It is probably not a project.",
        )
    except FileNotFoundError as exc:
        raise ProjectNotFoundError(
            path, "There is no file here. It may have been moved or deleted."
        ) from exc
    except PermissionError as exc:
        raise ProjectUnreadableError(
            path, "You do not have permission to open this file.", detail=str(exc)
        ) from exc
    except IsADirectoryError as exc:
        raise ProjectUnreadableError(path, "This is a folder, not a project file.") from exc
    except OSError as exc:
        raise ProjectUnreadableError(
            path, f"The file could not be read ({exc.strerror or exc}).", detail=str(exc)
        ) from exc


def load_project(path: Path | str) -> Project:
    """Read a project file; raise ProjectFileError with a user-facing message."""
    path = Path(path)
    return parse_project(read_project_bytes(path), path)


def save_project(project: Project, path: Path | str) -> None:
    """Write a project atomically, keeping the previous file as ``<name>.bak``."""
    path = Path(path)
    data = dump_project(project)
    try:
        write_atomic(path, data)
    except OSError as exc:
        reason = write_failure_reason(path, exc)
        raise ProjectSaveError(
            path, _save_failure_message(reason, exc), detail=str(exc), reason=reason
        ) from exc


def write_failure_reason(path: Path, exc: OSError) -> str:
    """Why writing ``path`` failed, for a non-programmer: a phrase without a full stop."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return "the disk is full"
    if exc.errno == errno.EROFS:
        return "the drive is read-only"
    if exc.errno == errno.ENAMETOOLONG:
        return "the name is too long for this drive"
    # os.path's checks, unlike Path's, answer False instead of raising when the path cannot
    # even be looked at (a name too long, a folder one may not enter).
    if isinstance(exc, IsADirectoryError) or os.path.isdir(path):
        return "there is a folder with that name"
    if isinstance(exc, PermissionError) or exc.errno == errno.EACCES:
        return f"you do not have permission to write in {path.parent}"
    if isinstance(exc, NotADirectoryError) or os.path.isfile(path.parent):
        return f"{path.parent} is a file, not a folder"
    if isinstance(exc, FileNotFoundError) or not os.path.exists(path.parent):
        return f"the folder {path.parent} does not exist"
    return exc.strerror or os.strerror(exc.errno or 0) or str(exc)


def _save_failure_message(reason: str, exc: OSError) -> str:
    keep = "Your work is still open; save it somewhere else."
    if reason == (exc.strerror or os.strerror(exc.errno or 0) or str(exc)):
        return f"The project could not be saved ({reason}). {keep}"
    return f"{reason[0].upper()}{reason[1:]}, so the project was not saved. {keep}"
