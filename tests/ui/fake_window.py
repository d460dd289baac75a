"""A small fake of ``editor.ui.window.EditorWindow``, for testing the window's parts alone.

It is a plain ``QMainWindow`` (for the status bar, the parent of dialogs and docks) with the
session, settings and sections list the parts read, and it records what they ask of the window:
pages shown, save-state updates, actions added to menus. No ``MainWindow`` is involved.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from editor.model import Project
from editor.ui.navigator import Navigator
from editor.ui.outline import OUTLINE
from editor.ui.session import Session
from editor.ui.settings import Settings


class FakeWindow(QMainWindow):
    """The window as its parts see it, and nothing more."""

    def __init__(self, session: Session, settings: Settings) -> None:
        super().__init__()
        self.session = session
        self.settings = settings
        self.navigator = Navigator(OUTLINE, self)
        self.shown_pages: list[str] = []
        self.save_state_updates = 0
        self.menus: dict[str | None, list[QAction]] = {}

    def widget(self) -> QMainWindow:
        return self

    def show_page(self, key: str) -> None:
        self.shown_pages.append(key)

    def update_save_state(self) -> None:
        self.save_state_updates += 1

    def add_action(self, action: QAction, menu: str | None = None) -> None:
        self.addAction(action)
        self.menus.setdefault(menu, []).append(action)

    def status(self) -> str:
        return self.statusBar().currentMessage()


class FakeWindows:
    """Makes fake windows on their own settings, and closes them without prompts afterwards."""

    def __init__(self, qtbot: QtBot, tmp_path: Path) -> None:
        self.qtbot = qtbot
        self.settings = Settings(
            QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        )
        self.opened: list[FakeWindow] = []

    def open(self, project: Project | None = None, path: Path | None = None) -> FakeWindow:
        window = FakeWindow(Session(project or Project(), path), self.settings)
        self.opened.append(window)
        window.show()  # the watcher looks only while its window is on screen
        return window

    def close_all(self) -> None:
        for window in self.opened:
            window.session.undo_stack.setClean()
            window.session.release_lock()
            window.close()
            window.deleteLater()


class FakeAnalyser(QObject):
    """The analyser's signals and edit count, for parts that follow its results."""

    previewed = Signal(object)
    finished = Signal(object)
    edits = 0
