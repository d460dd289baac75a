"""Someone else changes or deletes the open project: the window notices and the user chooses.

"Someone else" is this test writing the file, as another program (or another Policywright that
took over the project) would; the window's own saves must never count.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from editor.samples import start_project
from editor.storage import load_project, save_project
from editor.ui import watcher as watcher_module
from editor.ui.mainwindow import MainWindow
from editor.ui.watcher import DiskChoice
from tests.ui.fault_helpers import Windows, type_legal_name

QUIET_MS = 3 * watcher_module.SETTLE_MS  # long enough for a prompt that should come to come


@dataclass
class Prompts:
    """Answers the watcher's question with ``answer`` and records each question."""

    answer: DiskChoice = DiskChoice.KEEP
    asked: list[tuple[str, bool, bool]] = field(default_factory=list)  # name, deleted, modified

    def __call__(self, _parent: object, name: str, *, deleted: bool, modified: bool) -> DiskChoice:
        self.asked.append((name, deleted, modified))
        return self.answer


@pytest.fixture
def prompts(monkeypatch: pytest.MonkeyPatch) -> Prompts:
    recorder = Prompts()
    monkeypatch.setattr(watcher_module, "ask_disk_change", recorder)
    return recorder


@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = tmp_path / "bean.policy"
    save_project(start_project("cafe"), path)
    return path


def someone_else_saves(path: Path, legal_name: str) -> None:
    theirs = load_project(path)
    theirs.organisation.legal_name = legal_name
    save_project(theirs, path)  # atomically, as another Policywright would


def legal_name(window: MainWindow) -> str:
    return window.session.project.organisation.legal_name


def test_changed_on_disk_reload_theirs(
    qtbot: QtBot, windows: Windows, prompts: Prompts, project: Path
) -> None:
    window = windows.open(path=project)
    prompts.answer = DiskChoice.RELOAD
    someone_else_saves(project, "Their Name Ltd")
    qtbot.waitUntil(lambda: len(prompts.asked) == 1)
    assert prompts.asked[0] == ("bean.policy", False, False)
    assert legal_name(window) == "Their Name Ltd"
    assert not window.isWindowModified()
    qtbot.wait(QUIET_MS)
    assert len(prompts.asked) == 1, "asked once per change"


def test_changed_on_disk_keep_mine_then_save_over_theirs(
    qtbot: QtBot, windows: Windows, prompts: Prompts, project: Path
) -> None:
    window = windows.open(path=project)
    type_legal_name(qtbot, window, " mine")
    mine = legal_name(window)
    prompts.answer = DiskChoice.KEEP
    someone_else_saves(project, "Their Name Ltd")
    qtbot.waitUntil(lambda: len(prompts.asked) == 1)
    assert prompts.asked[0] == ("bean.policy", False, True)
    assert legal_name(window) == mine and window.isWindowModified()
    qtbot.wait(QUIET_MS)
    assert len(prompts.asked) == 1, "the same change is not asked about again"
    window.commands.save.trigger()
    assert load_project(project).organisation.legal_name == mine
    qtbot.wait(QUIET_MS)
    assert len(prompts.asked) == 1, "our own save is not a change by someone else"


def test_keep_mine_on_an_unmodified_window_makes_it_modified(
    qtbot: QtBot, windows: Windows, prompts: Prompts, project: Path
) -> None:
    """Otherwise closing would silently leave their version while the window showed ours."""
    window = windows.open(path=project)
    someone_else_saves(project, "Their Name Ltd")
    qtbot.waitUntil(lambda: len(prompts.asked) == 1)
    assert window.isWindowModified()


def test_changed_on_disk_save_mine_as(
    qtbot: QtBot,
    windows: Windows,
    prompts: Prompts,
    project: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = windows.open(path=project)
    type_legal_name(qtbot, window, " mine")
    mine = legal_name(window)
    copy = project.with_name("bean (mine).policy")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(copy), ""))
    prompts.answer = DiskChoice.SAVE_AS
    someone_else_saves(project, "Their Name Ltd")
    qtbot.waitUntil(lambda: len(prompts.asked) == 1)
    assert load_project(copy).organisation.legal_name == mine
    assert load_project(project).organisation.legal_name == "Their Name Ltd"
    assert window.session.path == copy and not window.isWindowModified()
    someone_else_saves(project, "Theirs again")  # no longer this window's file
    qtbot.wait(QUIET_MS)
    assert len(prompts.asked) == 1


def test_deleted_then_saved_again(
    qtbot: QtBot, windows: Windows, prompts: Prompts, project: Path
) -> None:
    window = windows.open(path=project)
    type_legal_name(qtbot, window, " mine")
    prompts.answer = DiskChoice.SAVE
    project.unlink()
    qtbot.waitUntil(lambda: len(prompts.asked) == 1)
    assert prompts.asked[0] == ("bean.policy", True, True)
    assert load_project(project).organisation.legal_name == legal_name(window)
    assert not window.isWindowModified()


def test_moved_away_keep_working_then_it_comes_back(
    qtbot: QtBot, windows: Windows, prompts: Prompts, project: Path
) -> None:
    window = windows.open(path=project)
    prompts.answer = DiskChoice.KEEP
    elsewhere = project.with_name("moved.policy")
    project.rename(elsewhere)
    qtbot.waitUntil(lambda: len(prompts.asked) == 1)
    assert prompts.asked[0][1] is True and window.isWindowModified()
    qtbot.wait(QUIET_MS)
    assert len(prompts.asked) == 1
    someone_else_saves(elsewhere, "Restored Ltd")
    elsewhere.rename(project)  # a file at the path again, and a different one
    qtbot.waitUntil(lambda: len(prompts.asked) == 2)
    assert prompts.asked[1][1] is False


def test_own_saves_and_identical_rewrites_are_not_changes(
    qtbot: QtBot,
    windows: Windows,
    prompts: Prompts,
    project: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = windows.open(path=project)
    for n in range(3):
        type_legal_name(qtbot, window, f" {n}")
        window.commands.save.trigger()
        window.files.write_recovery()
        qtbot.wait(50)
    project.write_bytes(project.read_bytes())  # touched: same bytes, new time
    qtbot.wait(QUIET_MS)
    assert prompts.asked == []
    renamed = project.with_name("renamed.policy")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(renamed), ""))
    window.commands.save_as.trigger()
    type_legal_name(qtbot, window, " again")
    window.commands.save.trigger()
    qtbot.wait(QUIET_MS)
    assert prompts.asked == []


def test_a_burst_of_writes_is_one_question(
    qtbot: QtBot, windows: Windows, prompts: Prompts, project: Path
) -> None:
    windows.open(path=project)
    prompts.answer = DiskChoice.RELOAD
    for n in range(5):
        someone_else_saves(project, f"Their Name {n}")
    qtbot.waitUntil(lambda: len(prompts.asked) >= 1)
    qtbot.wait(QUIET_MS)
    assert len(prompts.asked) == 1


def test_read_only_window_reloads_what_the_other_editor_saved(
    qtbot: QtBot,
    windows: Windows,
    prompts: Prompts,
    project: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = windows.open(path=project)
    window.session.set_read_only(True)  # "Open read-only" because another editor has it
    prompts.answer = DiskChoice.RELOAD
    someone_else_saves(project, "Saved by the other editor")
    qtbot.waitUntil(lambda: len(prompts.asked) == 1)
    assert legal_name(window) == "Saved by the other editor"
    assert window.session.read_only, "reloading keeps the window read-only"


def test_reload_of_a_damaged_file_keeps_mine(
    qtbot: QtBot,
    windows: Windows,
    prompts: Prompts,
    project: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = windows.open(path=project)
    mine = legal_name(window)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, title, text, *a: shown.append(text))
    prompts.answer = DiskChoice.RELOAD
    project.write_text('{"format_version": 1, "organisation": {"legal_na', "utf-8")
    qtbot.waitUntil(lambda: len(prompts.asked) == 1)
    assert shown and "Your version stays open here." in shown[0]
    assert legal_name(window) == mine and window.isWindowModified()


def test_a_change_the_system_did_not_report_is_found_on_coming_back(
    qtbot: QtBot, windows: Windows, prompts: Prompts, project: Path
) -> None:
    """A network drive may not report other computers' writes; returning to the editor checks."""
    from PySide6.QtCore import Qt

    window = windows.open(path=project)
    window.watcher.fs.removePaths(window.watcher.fs.files() + window.watcher.fs.directories())
    window.watcher.fs.blockSignals(True)
    someone_else_saves(project, "Written from another computer")
    qtbot.wait(QUIET_MS)
    assert prompts.asked == []
    window.watcher._app_state_changed(Qt.ApplicationState.ApplicationActive)
    qtbot.waitUntil(lambda: len(prompts.asked) == 1)


@pytest.mark.parametrize("answer", [DiskChoice.KEEP, DiskChoice.RELOAD])
def test_saving_right_after_someone_else_did_asks_first(
    qtbot: QtBot, windows: Windows, prompts: Prompts, project: Path, answer: DiskChoice
) -> None:
    """Ctrl+S before the watcher had its look: the save itself notices and asks."""
    window = windows.open(path=project)
    type_legal_name(qtbot, window, " mine")
    mine = legal_name(window)
    prompts.answer = answer
    someone_else_saves(project, "Their Name Ltd")
    window.commands.save.trigger()  # at once: no event has been processed since their write
    assert prompts.asked == [("bean.policy", False, True)]
    on_disk = load_project(project).organisation.legal_name
    if answer is DiskChoice.KEEP:
        assert on_disk == mine and not window.isWindowModified()
    else:
        assert on_disk == "Their Name Ltd" == legal_name(window)
    qtbot.wait(QUIET_MS)
    assert len(prompts.asked) == 1


def test_the_question_speaks_plainly(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot) -> None:
    seen: list[tuple[str, str, list[str]]] = []

    def exec_(box: QMessageBox) -> int:
        seen.append((box.text(), box.informativeText(), [b.text() for b in box.buttons()]))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    ask = watcher_module.ask_disk_change
    assert ask(None, "a.policy", deleted=False, modified=True) is DiskChoice.KEEP  # type: ignore[arg-type]
    assert ask(None, "a.policy", deleted=True, modified=False) is DiskChoice.KEEP  # type: ignore[arg-type]
    (changed, changed_info, changed_buttons), (deleted, _info, deleted_buttons) = seen
    assert "was changed by another program" in changed
    assert "your unsaved changes here are lost" in changed_info
    assert sorted(changed_buttons) == ["&Keep mine", "&Reload theirs", "Save mine &As…"]
    assert "was deleted or moved by another program" in deleted
    assert sorted(deleted_buttons) == ["&Keep working", "&Save again", "Save &As…"]
