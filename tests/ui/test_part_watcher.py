"""The file watcher alone, against a fake of the window: another program's change or delete."""

from __future__ import annotations

from collections.abc import Callable
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


class Watched:
    """A fake window showing a saved project, its watcher, and the user's answer ready."""

    def __init__(self, windows: FakeWindows, folder: Path, answer: DiskChoice) -> None:
        self.path = folder / "cafe.policy"
        save_project(start_project("cafe"), self.path)
        self.window: FakeWindow = windows.open(load_project(self.path), self.path)
        self.saves = Saves()
        self.watcher = ProjectWatcher(self.window, save=self.saves.save, save_as=self.saves.save_as)
        self.answers = Answers(answer)

    def theirs(self, name: str) -> None:
        """Another program writes a different project to the file."""
        other = start_project("cafe")
        other.organisation.legal_name = name
        save_project(other, self.path)


@pytest.fixture
def watched(
    fake_windows: FakeWindows, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Callable[[DiskChoice], Watched]:
    def make(answer: DiskChoice) -> Watched:
        made = Watched(fake_windows, tmp_path, answer)
        monkeypatch.setattr(watcher_module, "ask_disk_change", made.answers)
        return made

    return make


def test_reload_theirs_shows_the_file_as_it_is_on_disk(
    watched: Callable[[DiskChoice], Watched],
) -> None:
    w = watched(DiskChoice.RELOAD)
    w.theirs("Their Café Ltd")

    w.watcher.check()

    assert w.answers.asked == [{"name": "cafe.policy", "deleted": False, "modified": False}]
    assert w.window.session.project.organisation.legal_name == "Their Café Ltd"
    assert w.window.status() == "Reloaded cafe.policy from disk"
    assert w.saves.calls == []
    w.watcher.check()  # the reloaded file is this window's now: not asked again
    assert len(w.answers.asked) == 1


def test_keep_mine_marks_the_window_modified_and_asks_no_more(
    watched: Callable[[DiskChoice], Watched],
) -> None:
    w = watched(DiskChoice.KEEP)
    mine = w.window.session.project.organisation.legal_name
    w.theirs("Their Café Ltd")

    w.watcher.check()

    assert w.window.session.project.organisation.legal_name == mine
    assert w.window.session.modified  # this version differs from the file: saving replaces it
    w.watcher.check()
    assert len(w.answers.asked) == 1


@pytest.mark.parametrize(
    ("choice", "call"), [(DiskChoice.SAVE, "save"), (DiskChoice.SAVE_AS, "save_as")]
)
def test_a_deleted_file_offers_to_save_it_again(
    watched: Callable[[DiskChoice], Watched], choice: DiskChoice, call: str
) -> None:
    w = watched(choice)
    w.path.unlink()

    w.watcher.check()

    assert w.answers.asked[0]["deleted"] is True
    assert w.saves.calls == [call]


def test_the_same_bytes_written_again_are_not_news(
    watched: Callable[[DiskChoice], Watched],
) -> None:
    w = watched(DiskChoice.RELOAD)
    data = w.path.read_bytes()
    w.path.unlink()
    w.path.write_bytes(data)  # a sync tool's copy: another inode and time, the same project

    w.watcher.check()

    assert w.answers.asked == []


def test_before_save_lets_the_user_save_elsewhere(
    watched: Callable[[DiskChoice], Watched],
) -> None:
    w = watched(DiskChoice.SAVE_AS)
    assert w.watcher.before_save(w.path) is None  # unchanged on disk: go ahead
    w.theirs("Their Café Ltd")

    assert w.watcher.before_save(w.path) is True  # saved under another name instead
    assert w.saves.calls == ["save_as"]
    assert load_project(w.path).organisation.legal_name == "Their Café Ltd"  # theirs stays
