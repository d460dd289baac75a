"""Helpers for the fault tests: windows with their own settings and recovery folder, typing."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from editor.model import Project
from editor.storage import load_project
from editor.storage.recovery import RecoveryStore
from editor.ui.mainwindow import MainWindow
from editor.ui.pages.base import QuestionRow
from editor.ui.session import Session
from editor.ui.settings import Settings

LEGAL_NAME = "What is your business's legal name?"


class Windows:
    """Opens main windows as the editor does and closes them without prompts afterwards."""

    def __init__(self, qtbot: QtBot, tmp_path: Path) -> None:
        self.qtbot = qtbot
        self.tmp = tmp_path
        self.settings = Settings(
            QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        )
        self.recovery = RecoveryStore(tmp_path / "user-data" / "recovery")
        self.opened: list[MainWindow] = []

    def open(self, project: Project | None = None, path: Path | None = None) -> MainWindow:
        """A window showing ``project``, or the file at ``path`` loaded as the editor loads it."""
        if project is None:
            project = load_project(path) if path is not None else Project()
        window = MainWindow(Session(project, path), self.settings, self.recovery)
        self.opened.append(window)
        window.show()
        self.qtbot.waitExposed(window)
        return window

    def close_all(self) -> None:
        for window in self.opened:
            window.session.undo_stack.setClean()
            window.close()
            window.deleteLater()


def legal_name_edit(window: MainWindow) -> QLineEdit:
    window.navigator.select("organisation")
    for row in window.current_page().findChildren(QuestionRow):
        if row.question.label == LEGAL_NAME and row.isVisibleTo(window):
            edit = row.field.findChild(QLineEdit)
            assert edit is not None
            return edit
    raise AssertionError("no legal name question")


def type_legal_name(qtbot: QtBot, window: MainWindow, text: str) -> QLineEdit:
    """Type (ASCII: QTest aborts on other characters) after the current legal name."""
    edit = legal_name_edit(window)
    edit.setFocus()
    edit.end(False)
    qtbot.keyClicks(edit, text)
    return edit


def mount_tmpfs(folder: Path, options: str) -> bool:
    """Mount a small tmpfs on ``folder`` (root only); False when that is not possible."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        return False
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)],
        capture_output=True,
        check=False,
    )
    return result.returncode == 0


def remount_read_only(folder: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)


def unmount(folder: Path) -> None:
    subprocess.run(["umount", "-l", str(folder)], check=False)
