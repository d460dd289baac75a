"""A lock file beside an open project, so two editors do not overwrite each other's work.

The lock is ``.<name>.lock`` in the project's folder and says who holds it (pid, host, user,
since when). A lock left by an editor that crashed on this machine is recognised (its process
is gone) and taken over silently; a lock held by a live editor, or by another machine, is
reported so the user can open the project read-only or take it over. Following novelWriter,
the lock is written only after the project has been read successfully.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from editor.storage.atomic import write_atomic


@dataclass(frozen=True)
class LockOwner:
    pid: int
    host: str
    user: str
    since: str

    def describe(self) -> str:
        where = "on this computer" if self.host == _host() else f"on {self.host}"
        return f"{self.user or 'someone'} {where} (since {self.since[:16].replace('T', ' ')})"


def _host() -> str:
    # socket (and getpass, below) are imported when a lock is first read or written rather
    # than when the editor starts, whose window should show as soon as it can.
    import socket

    return socket.gethostname()


def lock_path(project_path: Path) -> Path:
    return project_path.with_name(f".{project_path.name}.lock")


def _me() -> LockOwner:
    try:
        import getpass

        user = getpass.getuser()
    except (KeyError, OSError):
        user = ""
    return LockOwner(os.getpid(), _host(), user, dt.datetime.now().isoformat(timespec="seconds"))


def _process_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":
        return _windows_process_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, owned by another user
        return True
    except OSError:
        return False
    return True


def _windows_process_alive(pid: int) -> bool:
    # On Windows os.kill(pid, 0) is not a probe: 0 is CTRL_C_EVENT, sent to the other
    # editor's console group. Ask the kernel for the process and its exit code instead.
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    query_limited_information, still_active = 0x1000, 259
    handle = kernel32.OpenProcess(query_limited_information, False, pid)
    if not handle:
        # Access denied means the process exists but belongs to someone else.
        return bool(kernel32.GetLastError() == 5)
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == still_active
    finally:
        kernel32.CloseHandle(handle)


def read_owner(project_path: Path) -> LockOwner | None:
    """Who holds the lock, or None when nobody does (no lock, unreadable, or stale)."""
    try:
        data = json.loads(lock_path(project_path).read_text("utf-8"))
        owner = LockOwner(
            int(data["pid"]), str(data["host"]), str(data["user"]), str(data["since"])
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if owner.host == _host() and not _process_alive(owner.pid):
        return None  # left behind by an editor that crashed
    return owner


def other_owner(project_path: Path) -> LockOwner | None:
    """The holder of the lock if it is another editor than this process."""
    owner = read_owner(project_path)
    if owner is None:
        return None
    if owner.pid == os.getpid() and owner.host == _host():
        return None
    return owner


def acquire(project_path: Path) -> bool:
    """Write our lock (taking over any other); False if the folder does not allow it.

    A project on a read-only medium cannot be locked, which is fine: it cannot be saved either.
    """
    owner = _me()
    data = {"pid": owner.pid, "host": owner.host, "user": owner.user, "since": owner.since}
    try:
        write_atomic(lock_path(project_path), json.dumps(data).encode(), keep_backup=False)
    except OSError:
        return False
    return True


def release(project_path: Path) -> None:
    """Remove the lock if it is ours; never remove another editor's lock."""
    owner = read_owner(project_path)
    if owner is not None and owner.pid == os.getpid() and owner.host == _host():
        with contextlib.suppress(OSError):
            lock_path(project_path).unlink()
