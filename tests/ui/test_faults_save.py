"""A save that fails under Ctrl+S: the user is told why, and nothing typed is lost.

Each fault is injected into the one atomic write of the project file (the recovery copy, which
uses the same code, still works), at each step of that write; a real full disk is a tiny tmpfs
when the tests run as root.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from editor import storage
from editor.samples import start_project
from editor.storage import atomic, backup_path, load_project, save_project
from editor.ui.mainwindow import MainWindow
from tests.ui.fault_helpers import (
    Windows,
    legal_name_edit,
    mount_tmpfs,
    type_legal_name,
    unmount,
)


@dataclass(frozen=True)
class Fault:
    """An OSError at one step of writing the project file."""

    step: str  # "create", "write", "fsync", "backup", "rename"
    code: int
    reason: str  # what the message must say

    @property
    def id(self) -> str:
        return f"{self.step}-{errno.errorcode[self.code]}"


FAULTS = [
    Fault("create", errno.EACCES, "you do not have permission to write in"),
    Fault("create", errno.EROFS, "the drive is read-only"),
    Fault("write", errno.ENOSPC, "the disk is full"),
    Fault("write", errno.EDQUOT, "the disk is full"),
    Fault("write", errno.EIO, "Input/output error"),
    Fault("fsync", errno.EIO, "Input/output error"),
    Fault("fsync", errno.ENOSPC, "the disk is full"),
    Fault("backup", errno.EIO, "Input/output error"),
    Fault("rename", errno.EBUSY, "Device or resource busy"),
    Fault("rename", errno.EXDEV, "Invalid cross-device link"),
    Fault("rename", errno.EACCES, "you do not have permission to write in"),
]


class _FailingFile:
    """A file object whose writes fail like a full or broken disk."""

    def __init__(self, real: Any, code: int) -> None:
        self.real, self.code = real, code

    def write(self, data: bytes) -> int:
        raise OSError(self.code, os.strerror(self.code))

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real, name)

    def __enter__(self) -> _FailingFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.real.close()


def _raiser(code: int) -> Callable[..., Any]:
    def fail(*args: Any, **kwargs: Any) -> Any:
        raise OSError(code, os.strerror(code))

    return fail


@contextlib.contextmanager
def fault_in_writes_to(
    target: Path, fault: Fault, monkeypatch: pytest.MonkeyPatch
) -> Iterator[list[int]]:
    """Writes of ``target`` fail at ``fault.step``; every other write works. Yields hit counts."""
    real_write_atomic = atomic.write_atomic
    hits: list[int] = []

    def faulty(path: Path, data: bytes, **kwargs: Any) -> None:
        if Path(path) != target:
            return real_write_atomic(path, data, **kwargs)
        hits.append(1)
        with monkeypatch.context() as m:
            if fault.step == "create":
                m.setattr(tempfile, "mkstemp", _raiser(fault.code))
            elif fault.step == "write":
                real_fdopen = os.fdopen

                def fdopen(fd: int, *args: Any, **kw: Any) -> _FailingFile:
                    return _FailingFile(real_fdopen(fd, *args, **kw), fault.code)

                m.setattr(os, "fdopen", fdopen)
            elif fault.step == "fsync":
                m.setattr(os, "fsync", _raiser(fault.code))
            elif fault.step == "backup":
                m.setattr(os, "link", _raiser(fault.code))
            elif fault.step == "rename":
                m.setattr(os, "replace", _raiser(fault.code))
            return real_write_atomic(path, data, **kwargs)

    with monkeypatch.context() as outer:
        outer.setattr(storage, "write_atomic", faulty)
        yield hits


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a: shown.append(text))
    return shown


def press_ctrl_s(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    edit = legal_name_edit(window)
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def saved_twice(folder: Path) -> Path:
    """A project saved twice, so that it has a backup too."""
    path = folder / "bean.policy"
    project = start_project("cafe")
    save_project(project, path)
    project.organisation.trading_name = "Bean"
    save_project(project, path)
    return path


def assert_nothing_lost(window: MainWindow, windows: Windows, path: Path, before: bytes,
                        backup_before: bytes) -> None:  # fmt: skip
    assert window.isWindowModified()
    assert path.read_bytes() == before, "the file on disk is the old project"
    assert backup_path(path).read_bytes() == backup_before, "the backup is untouched"
    leftovers = {p.name for p in path.parent.iterdir()} - {
        path.name, backup_path(path).name, f".{path.name}.lock", "settings.ini", "user-data",
    }  # fmt: skip
    assert not leftovers, f"temporary files left behind: {leftovers}"
    entry = windows.recovery.entry_for(path)
    assert entry is not None, "a recovery copy was written when the save failed"
    assert windows.recovery.load(entry) == window.session.project


@pytest.mark.parametrize("fault", FAULTS, ids=lambda f: f.id)
def test_failed_ctrl_s_names_the_reason_and_keeps_the_work(
    qtbot: QtBot,
    windows: Windows,
    errors: list[str],
    monkeypatch: pytest.MonkeyPatch,
    fault: Fault,
) -> None:
    path = saved_twice(windows.tmp)
    before, backup_before = path.read_bytes(), backup_path(path).read_bytes()
    window = windows.open(path=path)
    type_legal_name(qtbot, window, " typed before the failure")
    typed = window.session.project.organisation.legal_name

    with fault_in_writes_to(path, fault, monkeypatch) as hits:
        press_ctrl_s(qtbot, window)
        assert hits, "Ctrl+S tried to save"
        assert len(errors) == 1 and fault.reason.lower() in errors[0].lower(), errors
        assert "not be saved" in errors[0] or "not saved" in errors[0]
        assert "Your work is still open" in errors[0]
        assert_nothing_lost(window, windows, path, before, backup_before)
        assert window.session.project.organisation.legal_name == typed

    # The fault is gone (space freed, drive back): the next Ctrl+S saves everything.
    press_ctrl_s(qtbot, window)
    assert len(errors) == 1
    assert not window.isWindowModified()
    assert load_project(path).organisation.legal_name == typed
    assert windows.recovery.entry_for(path) is None, "the recovery copy is no longer needed"
    assert backup_path(path).read_bytes() == before


def test_failed_save_when_closing_keeps_the_window_open(
    qtbot: QtBot, windows: Windows, errors: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = saved_twice(windows.tmp)
    before, backup_before = path.read_bytes(), backup_path(path).read_bytes()
    window = windows.open(path=path)
    type_legal_name(qtbot, window, " at closing time")
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Save)
    with fault_in_writes_to(path, Fault("write", errno.ENOSPC, "the disk is full"), monkeypatch):
        assert not window.close(), "the window must not close when its save failed"
    assert window.isVisible()
    assert errors and "disk is full" in errors[0]
    assert_nothing_lost(window, windows, path, before, backup_before)


def test_real_full_disk_under_ctrl_s(
    qtbot: QtBot, windows: Windows, errors: list[str], tmp_path: Path
) -> None:
    disk = tmp_path / "stick"
    disk.mkdir()
    if not mount_tmpfs(disk, "size=96k"):
        pytest.skip("mounting a tmpfs needs root (CI runs as root)")
    try:
        path = saved_twice(disk)
        before, backup_before = path.read_bytes(), backup_path(path).read_bytes()
        window = windows.open(path=path)
        # A long answer that the small disk has no room for (pasted, not typed key by key).
        window.session.set_field(("custom_sections",), [])
        window.session.set_field(("organisation", "description"), "A long story. " * 4000)
        type_legal_name(qtbot, window, " on a full stick")
        press_ctrl_s(qtbot, window)
        assert errors and "disk is full" in errors[0], errors
        assert_nothing_lost(window, windows, path, before, backup_before)
    finally:
        for window in windows.opened:
            window.session.undo_stack.setClean()
            window.close()
        windows.opened.clear()
        unmount(disk)
