"""Atomic file replacement that keeps the previous version as a backup.

The file at the target path is, at every instant, either the complete old content or the
complete new content: the new bytes go to a temporary file in the same folder, are flushed and
fsynced, and only then renamed over the target. The previous file survives as ``<name>.bak``.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import stat
import tempfile
from pathlib import Path

BACKUP_SUFFIX = ".bak"


def backup_path(path: Path) -> Path:
    return path.with_name(path.name + BACKUP_SUFFIX)


def write_atomic(path: Path, data: bytes, *, keep_backup: bool = True) -> None:
    """Replace ``path`` with ``data`` atomically; raise OSError and leave the old file intact.

    The backup is prepared under a temporary name and put in place only after the new file is:
    a save that fails at any step leaves both the file and its previous backup untouched.
    """
    path = Path(path)
    folder = path.parent
    existing_mode = _mode_of(path)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    tmp = Path(tmp_name)
    old_copy: Path | None = None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, existing_mode if existing_mode is not None else _default_mode())
        if keep_backup and existing_mode is not None:
            old_copy = _copy_of_current(path)
        os.replace(tmp, path)
    except BaseException:
        for leftover in (tmp, old_copy):
            if leftover is not None:
                with contextlib.suppress(OSError):
                    leftover.unlink()
        raise
    if old_copy is not None:
        try:
            os.replace(old_copy, backup_path(path))
        except OSError:
            # The project is saved; the backup just stays one save older.
            with contextlib.suppress(OSError):
                old_copy.unlink()
    _fsync_folder(folder)


def _mode_of(path: Path) -> int | None:
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        return None


def _default_mode() -> int:
    # mkstemp creates 0600; a new project should get the user's usual permissions instead.
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def _copy_of_current(path: Path) -> Path:
    """A hidden copy of the current file beside it, to become ``<name>.bak`` after the save.

    A hard link costs nothing and keeps the old content once the rename swaps the target; where
    links are not supported (FAT, some network drives) the file is copied instead.
    """
    backup = backup_path(path)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{backup.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        tmp.unlink()
        try:
            os.link(path, tmp)
        except OSError as exc:
            if exc.errno not in (errno.EPERM, errno.EXDEV, errno.ENOTSUP, errno.EMLINK):
                raise
            shutil.copy2(path, tmp)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    return tmp


def _fsync_folder(folder: Path) -> None:
    # The rename is durable only once the directory entry is on disk. Not possible on Windows.
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
