"""The file watcher alone, against a fake of the window: another program's change or delete."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from editor.samples import start_project
from editor.storage import load_project, save_project
from editor.ui import watcher as watcher_module
from editor.ui.watcher import DiskChoice, ProjectWatcher
from tests.ui.fake_window import FakeWindow, FakeWindows


class Saves:
    """The window's save and save-as, recorded; each says it saved."""

    def __init__(self) -> None:
        self.calls: list[str] = []

    def save(self) -> bool:
        self.calls.append("save")
        return True

    def save_as(self) -> bool:
        self.calls.append("save_as")
        return True


class Answers:
    """The user's answer to "changed by another program", with what they were asked."""

    def __init__(self, choice: DiskChoice) -> None:
        self.choice = choice
        self.asked: list[dict[str, Any]] = []

    def __call__(self, _parent: Any, name: str, *, deleted: bool, modified: bool) -> DiskChoice:
        self.asked.append({"name": name, "deleted": deleted, "modified": modified})
        return self.choice


def opened(fake_windows: FakeWindows, tmp_path: Path) -> tuple[FakeWindow, Path]:
    path = tmp_path / "cafe.policy"
    save_project(start_project("cafe"), path)
    return fake_windows.open(load_project(path), path), path


def theirs(path: Path, name: str) -> None:
    """Another program writes a different project to ``path``."""
    other = start_project("cafe")
    other.organisation.legal_name = name
    save_project(other, path)


def watch(window: FakeWindow, saves: Saves) -> ProjectWatcher:
    return ProjectWatcher(window, save=saves.save, save_as=saves.save_as)


def test_reload_theirs_shows_the_file_as_it_is_on_disk(
    fake_windows: FakeWindows, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, path = opened(fake_windows, tmp_path)
    saves = Saves()
    watcher = watch(window, saves)
    answers = Answers(DiskChoice.RELOAD)
    monkeypatch.setattr(watcher_module, "ask_disk_change", answers)
    theirs(path, "Their Café Ltd")

    watcher.check()

    assert answers.asked == [{"name": "cafe.policy", "deleted": False, "modified": False}]
    assert window.session.project.organisation.legal_name == "Their Café Ltd"
    assert window.status() == "Reloaded cafe.policy from disk"
    assert saves.calls == []
    watcher.check()  # the reloaded file is this window's now: not asked again
    assert len(answers.asked) == 1


def test_keep_mine_marks_the_window_modified_and_asks_no_more(
    fake_windows: FakeWindows, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, path = opened(fake_windows, tmp_path)
    watcher = watch(window, Saves())
    answers = Answers(DiskChoice.KEEP)
    monkeypatch.setattr(watcher_module, "ask_disk_change", answers)
    mine = window.session.project.organisation.legal_name
    theirs(path, "Their Café Ltd")

    watcher.check()

    assert window.session.project.organisation.legal_name == mine
    assert window.session.modified  # this version differs from the file: saving replaces it
    watcher.check()
    assert len(answers.asked) == 1


@pytest.mark.parametrize(
    ("choice", "call"), [(DiskChoice.SAVE, "save"), (DiskChoice.SAVE_AS, "save_as")]
)
def test_a_deleted_file_offers_to_save_it_again(
    fake_windows: FakeWindows,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    choice: DiskChoice,
    call: str,
) -> None:
    window, path = opened(fake_windows, tmp_path)
    saves = Saves()
    watcher = watch(window, saves)
    answers = Answers(choice)
    monkeypatch.setattr(watcher_module, "ask_disk_change", answers)
    path.unlink()

    watcher.check()

    assert answers.asked[0]["deleted"] is True
    assert saves.calls == [call]


def test_the_same_bytes_written_again_are_not_news(
    fake_windows: FakeWindows, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, path = opened(fake_windows, tmp_path)
    watcher = watch(window, Saves())
    answers = Answers(DiskChoice.RELOAD)
    monkeypatch.setattr(watcher_module, "ask_disk_change", answers)
    data = path.read_bytes()
    path.unlink()
    path.write_bytes(data)  # a sync tool's copy: another inode and time, the same project

    watcher.check()

    assert answers.asked == []


def test_before_save_lets_the_user_save_elsewhere(
    fake_windows: FakeWindows, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, path = opened(fake_windows, tmp_path)
    saves = Saves()
    watcher = watch(window, saves)
    monkeypatch.setattr(watcher_module, "ask_disk_change", Answers(DiskChoice.SAVE_AS))
    assert watcher.before_save(path) is None  # unchanged on disk: go ahead
    theirs(path, "Their Café Ltd")

    assert watcher.before_save(path) is True  # saved under another name instead
    assert saves.calls == ["save_as"]
    assert load_project(path).organisation.legal_name == "Their Café Ltd"  # theirs stays
