"""Faults injected while a command saves a project: the old file and its backup survive.

``new --force``, ``publish`` and ``scan --apply`` each save a project. An error at each step of
the save (creating the temporary file, writing, fsync, linking the backup, either rename) must
end the command with exit code 3 and the reason in one line, leave the project file and its
backup byte for byte as they were, and leave no temporary file behind.
"""

from __future__ import annotations

import errno
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import editor.storage.atomic as atomic
from editor.cli import main
from editor.model import Organisation, Project
from editor.storage import backup_path, save_project
from tests.reliability.offline_flow import small_har


def _error(code: int) -> OSError:
    return OSError(code, os.strerror(code))


class _FailingWriter:
    """A file whose write puts half the bytes on disk and then fails, like a disk filling up."""

    def __init__(self, handle: Any, error: OSError) -> None:
        self._handle, self._error = handle, error

    def __enter__(self) -> _FailingWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self._handle.close()

    def write(self, data: bytes) -> int:
        self._handle.write(data[: len(data) // 2])
        self._handle.flush()
        raise self._error

    def flush(self) -> None:
        self._handle.flush()

    def fileno(self) -> int:
        return int(self._handle.fileno())


Fault = Callable[[pytest.MonkeyPatch, Path], None]


def _at_write(code: int) -> Fault:
    def inject(monkeypatch: pytest.MonkeyPatch, project: Path) -> None:
        real = os.fdopen
        monkeypatch.setattr(
            atomic.os, "fdopen", lambda fd, *a, **k: _FailingWriter(real(fd, *a, **k), _error(code))
        )

    return inject


def _at_fsync(code: int) -> Fault:
    def inject(monkeypatch: pytest.MonkeyPatch, project: Path) -> None:
        real = os.fsync

        def fsync(fd: int) -> None:
            if os.path.isfile(f"/proc/self/fd/{fd}"):  # the data; a failed folder sync is harmless
                raise _error(code)
            real(fd)

        monkeypatch.setattr(atomic.os, "fsync", fsync)

    return inject


def _at_rename(of: str) -> Fault:
    """Fail the rename that puts the new project (or the backup) in place."""

    def inject(monkeypatch: pytest.MonkeyPatch, project: Path) -> None:
        real = os.replace
        target = project if of == "project" else backup_path(project)

        def replace(src: Any, dst: Any) -> None:
            if Path(dst) == target:
                raise _error(errno.EIO)
            real(src, dst)

        monkeypatch.setattr(atomic.os, "replace", replace)

    return inject


def _at_backup_link(monkeypatch: pytest.MonkeyPatch, project: Path) -> None:
    monkeypatch.setattr(atomic.os, "link", lambda *a, **k: (_ for _ in ()).throw(_error(errno.EIO)))


def _at_temporary_file(code: int) -> Fault:
    def inject(monkeypatch: pytest.MonkeyPatch, project: Path) -> None:
        def mkstemp(*args: Any, **kwargs: Any) -> tuple[int, str]:
            raise _error(code)

        monkeypatch.setattr(atomic.tempfile, "mkstemp", mkstemp)

    return inject


FAULTS: dict[str, tuple[Fault, str]] = {
    "write, disk full": (_at_write(errno.ENOSPC), "disk is full"),
    "write, I/O error": (_at_write(errno.EIO), "Input/output error"),
    "fsync, I/O error": (_at_fsync(errno.EIO), "Input/output error"),
    "fsync, disk full": (_at_fsync(errno.ENOSPC), "disk is full"),
    "backup link, I/O error": (_at_backup_link, "Input/output error"),
    "rename of the project": (_at_rename("project"), "Input/output error"),
    "temporary file, read-only drive": (_at_temporary_file(errno.EROFS), "read-only"),
    "temporary file, no permission": (_at_temporary_file(errno.EACCES), "permission"),
}


def _commands(folder: Path, project: Path) -> dict[str, list[str]]:
    recording = folder / "site.har"
    recording.write_text(json.dumps(small_har()), "utf-8")
    return {
        "new": ["new", "--template", "cafe", "--force", str(project)],
        "publish": ["publish", str(project), "--label", "2027-01", "--date", "2027-01-01"],
        "scan --apply": ["scan", str(recording), "--project", str(project), "--apply"],
    }


@pytest.mark.parametrize("fault", FAULTS)
@pytest.mark.parametrize("command", ["new", "publish", "scan --apply"])
def test_failed_save_keeps_project_and_backup(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    command: str,
    fault: str,
) -> None:
    folder = tmp_path / "Café files"
    folder.mkdir()
    project = folder / "Mon café.policy"
    save_project(Project(organisation=Organisation(legal_name="Older")), project)
    save_project(Project(organisation=Organisation(legal_name="Old")), project)
    before, backup_before = project.read_bytes(), backup_path(project).read_bytes()
    argv = _commands(tmp_path, project)[command]
    inject, reason = FAULTS[fault]
    inject(monkeypatch, project)

    code = main(argv)
    err = capsys.readouterr().err
    monkeypatch.undo()

    assert code == 3, err
    assert err.count("\n") == 1 and err.startswith("policywright: "), err
    assert reason in err and "Traceback" not in err
    assert project.read_bytes() == before, "the project file changed"
    assert backup_path(project).read_bytes() == backup_before, "the backup changed"
    assert sorted(p.name for p in folder.iterdir()) == ["Mon café.policy", "Mon café.policy.bak"]


def test_failed_backup_rename_after_the_save_keeps_the_older_backup(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = tmp_path / "p.policy"
    save_project(Project(organisation=Organisation(legal_name="Older")), project)
    save_project(Project(organisation=Organisation(legal_name="Old")), project)
    backup_before = backup_path(project).read_bytes()
    _at_rename("backup")(monkeypatch, project)
    assert main(["publish", str(project), "--label", "v1"]) == 0
    monkeypatch.undo()
    assert b'"v1"' in project.read_bytes()
    assert backup_path(project).read_bytes() == backup_before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.policy", "p.policy.bak"]
