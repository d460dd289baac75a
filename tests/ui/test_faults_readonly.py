"""A project that cannot be written where it is opens read-only, says why, and saves elsewhere.

The read-only drive is real: a tmpfs remounted read-only (root can write anywhere else, and CI
runs as root). A folder without permission is real for an ordinary user; for root, where
permissions do not apply, only the wording is checked.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from editor.samples import start_project
from editor.storage import load_project, lock, save_project
from editor.ui import files as files_module
from editor.ui import readonly
from editor.ui.mainwindow import MainWindow
from tests.ui.fault_helpers import (
    Windows,
    mount_tmpfs,
    remount_read_only,
    type_legal_name,
    unmount,
)

IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


@pytest.fixture
def read_only_stick(tmp_path: Path) -> Iterator[Path]:
    """A project on a drive mounted read-only, like a locked USB stick or a CD."""
    stick = tmp_path / "USB stick"
    stick.mkdir()
    if not mount_tmpfs(stick, "size=1m"):
        pytest.skip("mounting a tmpfs needs root (CI runs as root)")
    try:
        path = stick / "Café menu policy.policy"
        save_project(start_project("cafe"), path)
        remount_read_only(stick)
        yield path
    finally:
        unmount(stick)


def bar_text(window: MainWindow) -> str:
    bar = window.read_only_bar
    return bar.text.text() if bar.isVisibleTo(window) else ""


def test_project_on_a_read_only_drive_opens_read_only_and_saves_elsewhere(
    qtbot: QtBot,
    windows: Windows,
    read_only_stick: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = windows.open(start_project("blank"))
    assert window.files.open_path(read_only_stick)
    assert window.session.read_only and "(read-only)" in window.windowTitle()
    text = bar_text(window)
    assert "read-only because it is on a drive that cannot be written to" in text
    assert "Save As" in text and window.read_only_bar.save_as.isVisibleTo(window)
    assert not lock.lock_path(read_only_stick).exists()

    type_legal_name(qtbot, window, " edited")  # editing works; only saving in place does not
    edited = window.session.project.organisation.legal_name
    window.files.write_recovery()
    assert window.files.recovery.entry_for(read_only_stick) is not None

    target = tmp_path / "on my disk" / "Café menu policy.policy"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.commands.save.trigger()  # Ctrl+S asks where, since it cannot save in place
    assert load_project(target).organisation.legal_name == edited
    assert window.session.path == target and not window.session.read_only
    assert bar_text(window) == "" and "(read-only)" not in window.windowTitle()
    assert load_project(read_only_stick).organisation.legal_name != edited


def test_the_bar_offers_save_as(
    windows: Windows, read_only_stick: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = windows.open(path=read_only_stick)  # as at start-up: policywright PATH
    assert bar_text(window)
    target = tmp_path / "copy.policy"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.read_only_bar.save_as.click()
    assert target.is_file() and bar_text(window) == ""


@pytest.mark.skipif(IS_ROOT, reason="folder permissions do not apply to root")
def test_folder_without_permission_opens_read_only(windows: Windows, tmp_path: Path) -> None:
    folder = tmp_path / "shared folder"
    folder.mkdir()
    path = folder / "p.policy"
    save_project(start_project("cafe"), path)
    folder.chmod(0o555)
    try:
        window = windows.open(path=path)
        assert window.session.read_only
        assert "you do not have permission to change files in the folder" in bar_text(window)
    finally:
        folder.chmod(0o755)


def test_reasons_in_plain_words(windows: Windows, monkeypatch: pytest.MonkeyPatch) -> None:
    path = windows.tmp / "p.policy"
    save_project(start_project("cafe"), path)
    window = windows.open(path=path)
    assert bar_text(window) == ""
    real_access = os.access

    def deny(what: Path, *, file: bool) -> None:
        def access(p: object, mode: int, *args: object, **kwargs: object) -> bool:
            target = path if file else path.parent
            if Path(str(p)) == target and mode & os.W_OK:
                return False
            return real_access(p, mode)  # type: ignore[arg-type]

        monkeypatch.setattr(os, "access", access)

    deny(path, file=True)
    window.session.set_read_only(False)  # re-reads whether the file may be written
    assert "the file is marked read-only" in bar_text(window)
    monkeypatch.undo()
    deny(path.parent, file=False)
    window.session.set_read_only(False)
    assert "you do not have permission to change files in the folder" in bar_text(window)
    monkeypatch.undo()
    window.session.set_read_only(False)
    assert bar_text(window) == ""


def test_open_in_another_editor_says_so(windows: Windows, monkeypatch: pytest.MonkeyPatch) -> None:
    path = windows.tmp / "shared.policy"
    save_project(start_project("cafe"), path)
    monkeypatch.setattr(lock, "other_owner", lambda _p: lock.LockOwner(1, "elsewhere", "ann", ""))
    monkeypatch.setattr(files_module, "ask_locked", lambda _w, name, holder: False)
    window = windows.open(start_project("blank"))
    assert window.files.open_path(path)
    assert "it is open in another Policywright window (ann on elsewhere" in bar_text(window)


def test_read_only_drive_is_recognised(read_only_stick: Path) -> None:
    assert readonly.on_read_only_drive(read_only_stick.parent)
    assert not readonly.on_read_only_drive(read_only_stick.parent.parent)
