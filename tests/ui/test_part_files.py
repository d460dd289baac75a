"""The file controller alone, against a fake of the window: save, save as, open, ask first."""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog

from editor import storage
from editor.samples import start_project
from editor.storage import load_project, save_project
from editor.storage.recovery import RecoveryStore
from editor.ui import files as files_module
from editor.ui import watcher as watcher_module
from editor.ui.dialogs import SaveChoice
from editor.ui.files import FileController
from editor.ui.watcher import DiskChoice
from tests.ui.fake_window import FakeWindow, FakeWindows

NAME = ("organisation", "legal_name")


@pytest.fixture
def recovery(tmp_path: Path) -> RecoveryStore:
    return RecoveryStore(tmp_path / "recovery")


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(files_module, "show_error", lambda _p, title, text: shown.append(text))
    return shown


def saved_cafe(tmp_path: Path) -> Path:
    path = tmp_path / "cafe.policy"
    save_project(start_project("cafe"), path)
    return path


def files_for(window: FakeWindow, recovery: RecoveryStore) -> FileController:
    return FileController(window, recovery)


def test_save_writes_the_file_and_clears_the_modified_state(
    fake_windows: FakeWindows, tmp_path: Path, recovery: RecoveryStore
) -> None:
    path = saved_cafe(tmp_path)
    window = fake_windows.open(load_project(path), path)
    files = files_for(window, recovery)
    window.session.set_field(NAME, "Corner Café Ltd")
    assert window.session.modified

    assert files.save()

    assert load_project(path).organisation.legal_name == "Corner Café Ltd"
    assert not window.session.modified
    assert window.status() == "Saved cafe.policy"
    assert window.settings.recent_files()[0] == path


def test_save_of_an_untitled_project_asks_where_and_adds_the_extension(
    fake_windows: FakeWindows,
    tmp_path: Path,
    recovery: RecoveryStore,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = fake_windows.open(start_project("cafe"))
    files = files_for(window, recovery)
    asked: list[str] = []

    def save_name(_parent: Any, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(tmp_path / "my-cafe"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    assert files.save()
    assert Path(asked[0]).name.endswith(".policy")  # named after the business
    assert load_project(tmp_path / "my-cafe.policy").organisation.display_name
    assert window.session.path == tmp_path / "my-cafe.policy"


def test_a_failed_save_keeps_the_work_modified_and_in_a_recovery_copy(
    fake_windows: FakeWindows,
    tmp_path: Path,
    recovery: RecoveryStore,
    errors: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = saved_cafe(tmp_path)
    before = path.read_bytes()
    window = fake_windows.open(load_project(path), path)
    files = files_for(window, recovery)
    window.session.set_field(NAME, "Unsaved Ltd")
    real_write = storage.write_atomic

    def disk_full(target: Path, data: bytes, **kwargs: Any) -> None:
        if Path(target) == path:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        real_write(target, data, **kwargs)  # the recovery copy goes elsewhere, and works

    monkeypatch.setattr(storage, "write_atomic", disk_full)
    assert not files.save()

    assert len(errors) == 1 and "disk is full" in errors[0]
    assert path.read_bytes() == before
    assert window.session.modified
    assert [entry.title for entry in recovery.entries()] == [window.session.display_name()]
    assert files.last_autosave is not None
    assert window.save_state_updates == 1  # "Unsaved changes · recovery copy 12:34"


@pytest.mark.parametrize(
    ("choice", "may_close", "saved"),
    [
        (SaveChoice.DISCARD, True, False),
        (SaveChoice.CANCEL, False, False),
        (SaveChoice.SAVE, True, True),
    ],
)
def test_maybe_save_asks_before_losing_work(
    fake_windows: FakeWindows,
    tmp_path: Path,
    recovery: RecoveryStore,
    monkeypatch: pytest.MonkeyPatch,
    choice: SaveChoice,
    may_close: bool,
    saved: bool,
) -> None:
    path = saved_cafe(tmp_path)
    window = fake_windows.open(load_project(path), path)
    files = files_for(window, recovery)
    asked: list[str] = []
    monkeypatch.setattr(
        files_module, "ask_save_changes", lambda _p, name: asked.append(name) or choice
    )
    assert files.maybe_save()  # nothing to lose yet: not asked
    assert asked == []

    window.session.set_field(NAME, "Changed Ltd")
    assert files.maybe_save() is may_close
    assert asked == ["cafe.policy"]
    assert (load_project(path).organisation.legal_name == "Changed Ltd") is saved


def test_opening_a_damaged_file_says_why_and_keeps_the_open_project(
    fake_windows: FakeWindows, tmp_path: Path, recovery: RecoveryStore, errors: list[str]
) -> None:
    window = fake_windows.open(start_project("cafe"))
    files = files_for(window, recovery)
    before = window.session.project
    damaged = tmp_path / "damaged.policy"
    damaged.write_text('{"format_version": 1, "organisation": ', "utf-8")

    assert not files.open_path(damaged, ask=False)

    assert len(errors) == 1
    assert window.session.project is before
    assert damaged.read_text("utf-8") == '{"format_version": 1, "organisation": '


def test_opening_a_project_shows_it_and_remembers_it(
    fake_windows: FakeWindows, tmp_path: Path, recovery: RecoveryStore
) -> None:
    window = fake_windows.open()
    files = files_for(window, recovery)
    path = saved_cafe(tmp_path)

    assert files.open_path(path, ask=False)

    assert window.session.path == path
    assert window.session.project.organisation == load_project(path).organisation
    assert window.settings.recent_files() == [path]
    assert window.settings.get("files/last_folder") == str(tmp_path)


def test_a_save_over_a_file_someone_else_changed_asks_first(
    fake_windows: FakeWindows,
    tmp_path: Path,
    recovery: RecoveryStore,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The controller's own watcher is asked before the save replaces the file."""
    path = saved_cafe(tmp_path)
    window = fake_windows.open(load_project(path), path)
    files = files_for(window, recovery)
    theirs = start_project("cafe")
    theirs.organisation.legal_name = "Their Edit Ltd"
    save_project(theirs, path)
    window.session.set_field(NAME, "My Edit Ltd")
    asked: list[bool] = []

    def keep_mine(_parent: Any, _name: str, *, deleted: bool, modified: bool) -> Any:
        asked.append(deleted)
        return DiskChoice.KEEP

    monkeypatch.setattr(watcher_module, "ask_disk_change", keep_mine)
    assert files.save()
    assert asked == [False]
    assert load_project(path).organisation.legal_name == "My Edit Ltd"
