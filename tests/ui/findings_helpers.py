"""A window for the problems-panel and laws tests, with helpers that wait for the checks."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from editor.checks import Finding
from editor.model import Project
from editor.storage.recovery import RecoveryStore
from editor.ui.mainwindow import MainWindow
from editor.ui.navigator import KEY_ROLE
from editor.ui.pages.base import QuestionRow
from editor.ui.session import Session
from editor.ui.settings import Settings


class Window:
    """A main window on its own settings, driven as a user drives it."""

    def __init__(self, qtbot: QtBot, tmp_path: Path, project: Project) -> None:
        self.qtbot = qtbot
        self.tmp = tmp_path
        settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
        self.window = MainWindow(Session(project), settings, RecoveryStore(tmp_path / "recovery"))
        self.window.show()
        qtbot.waitExposed(self.window)
        self.view = self.window.checks_view
        self.panel = self.view.panel

    @property
    def project(self) -> Project:
        return self.window.session.project

    def settle(self) -> None:
        """Wait until the preview and checks have caught up with the last edit."""
        assert self.window.analyser.wait_idle(20_000)
        self.qtbot.waitUntil(lambda: self.view._checked_at == self.window.analyser.edits)

    def findings(self) -> list[Finding]:
        return self.panel.visible_findings()

    def rules(self) -> set[str]:
        return {f.rule_id for f in self.findings()}

    def wait_rule(self, rule_id: str, present: bool = True) -> None:
        self.qtbot.waitUntil(lambda: (rule_id in self.rules()) == present, timeout=20_000)

    def finding(self, rule_id: str) -> Finding:
        """The listed finding of ``rule_id``, once the checks have found it."""
        self.wait_rule(rule_id)
        return next(f for f in self.findings() if f.rule_id == rule_id)

    def badge(self, key: str) -> str:
        navigator = self.window.navigator
        for row in range(navigator.count()):
            item = navigator.item(row)
            if item.data(KEY_ROLE) == key:
                return item.text()
        raise AssertionError(f"no page {key}")

    def row(self, question: str) -> QuestionRow:
        for row in self.window.current_page().findChildren(QuestionRow):
            if row.question.label == question and row.isVisibleTo(self.window):
                return row
        raise AssertionError(f"no visible question {question!r}")

    def has_row(self, question: str) -> bool:
        try:
            self.row(question)
        except AssertionError:
            return False
        return True

    def type_answer(self, question: str, text: str) -> QLineEdit:
        edit = self.row(question).field.findChild(QLineEdit)
        assert edit is not None
        edit.setFocus()
        self.qtbot.keyClicks(edit, text)
        return edit

    def activate(self, finding: Finding) -> None:
        """Select ``finding`` in the panel and press Enter, as a keyboard user does."""
        view = self.panel.view
        row = self.panel.visible_findings().index(finding)
        view.setFocus()
        view.setCurrentIndex(self.panel.proxy.index(row, 0))
        self.qtbot.keyClick(view, Qt.Key.Key_Return)


def window_maker(qtbot: QtBot, tmp_path: Path) -> Iterator[Callable[..., Window]]:
    """For a fixture: ``make(project)`` shows a window; all are closed without prompts after."""
    windows: list[Window] = []

    def make(project: Project | None = None) -> Window:
        w = Window(qtbot, tmp_path, project or Project())
        windows.append(w)
        return w

    yield make
    for w in windows:
        w.window.analyser.wait_idle()
        w.window.session.undo_stack.setClean()
        w.window.close()
        w.window.deleteLater()
