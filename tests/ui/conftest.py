"""Qt tests: a guard against PySide6 6.12's None reference leak on Python 3.11 (see
``editor.ui.qtcompat``), and no dialog may wait for a click that never comes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from tests.qtapp import widget_application

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from tests.ui.fake_window import FakeWindows
    from tests.ui.fault_helpers import Windows

_APP = widget_application()


@pytest.fixture(autouse=True)
def no_unexpected_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A modal dialog in a test hangs the run; fail instead, naming the dialog.

    Tests that expect a dialog patch the function they expect with their own answer.
    """

    def unexpected(*args: Any, **kwargs: Any) -> Any:
        texts = [a for a in args if isinstance(a, str)]
        raise AssertionError(f"unexpected dialog: {texts}")

    for name in ("warning", "critical", "question", "information", "about"):
        monkeypatch.setattr(QMessageBox, name, unexpected)
    monkeypatch.setattr(QMessageBox, "exec", unexpected)
    monkeypatch.setattr(QDialog, "exec", unexpected)


@pytest.fixture
def open_window(qtbot: Any, tmp_path: Any) -> Any:
    """Open a main window on its own settings and recovery folder, driven as a user drives it
    (``tests.ui.findings_helpers.Window``): ``w = open_window(project)``."""
    from tests.ui.findings_helpers import window_maker  # after the application exists

    yield from window_maker(qtbot, tmp_path)


@pytest.fixture
def windows(qtbot: QtBot, tmp_path: Path) -> Iterator[Windows]:
    """Main windows as the editor opens them, on their own settings and recovery folder, closed
    without prompts afterwards (``tests.ui.fault_helpers.Windows``): ``windows.open(project)``."""
    from tests.ui.fault_helpers import Windows  # after the application exists

    opened = Windows(qtbot, tmp_path)
    yield opened
    opened.close_all()


@pytest.fixture
def fake_windows(qtbot: QtBot, tmp_path: Path) -> Iterator[FakeWindows]:
    """Fakes of the window's interface for testing one part alone
    (``tests.ui.fake_window``): ``fake_windows.open(project, path)``."""
    from tests.ui.fake_window import FakeWindows

    opened = FakeWindows(qtbot, tmp_path)
    yield opened
    opened.close_all()
