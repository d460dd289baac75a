"""Qt tests: a guard against PySide6 6.12's None reference leak on Python 3.11 (see
``editor.ui.qtcompat``), and no dialog may wait for a click that never comes."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from editor.ui.qtcompat import protect_none_refcount
from editor.ui.style import apply_style

protect_none_refcount()

# Made at collection, before any test runs: the PDF exporter's tests would otherwise create a
# QGuiApplication first, and no widget can be made in a process that has one of those.
if QApplication.instance() is None:
    _APP = QApplication(["policywright-tests"])
    # The editor's look (fonts and paddings that layouts depend on), set once before any widget
    # exists: changing the style sheet later re-creates the style under live widgets.
    apply_style(_APP)


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
