"""Keyboard use: every question has an Alt+letter of its own, and About names the version."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QAbstractButton, QDockWidget, QLabel, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from editor import __version__
from editor.model import Project
from editor.storage.recovery import RecoveryStore
from editor.ui.mainwindow import MainWindow
from editor.ui.mnemonics import mnemonic_of, with_mnemonic
from editor.ui.outline import OUTLINE
from editor.ui.pages.base import QuestionRow
from editor.ui.session import Session
from editor.ui.settings import Settings


@pytest.fixture
def make_window(qtbot: QtBot, tmp_path: Path) -> Iterator[Any]:
    windows: list[MainWindow] = []

    def make(project: Project) -> MainWindow:
        settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
        window = MainWindow(Session(project), settings, RecoveryStore(tmp_path / "recovery"))
        windows.append(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    yield make
    for window in windows:
        window.session.undo_stack.setClean()
        window.close()
        window.deleteLater()


def mnemonics(window: MainWindow, *, hidden: bool = False) -> list[tuple[str, str]]:
    """(letter, text) of every mnemonic the user can reach now: menus, buttons, labels.

    With ``hidden``, also those on the current page that its answers hide for now, and those
    of docks that are closed now (the page leaves their letters free for when they open).
    """
    page = window.current_page()
    found = [(mnemonic_of(a.text()), a.text()) for a in window.menuBar().actions()]
    widgets: list[QWidget] = [*window.findChildren(QAbstractButton), *window.findChildren(QLabel)]
    for widget in widgets:
        if isinstance(widget, QLabel) and widget.buddy() is None:
            continue
        assert isinstance(widget, QAbstractButton | QLabel)
        in_hidden_place = page.isAncestorOf(widget) or _in_dock(widget)
        if widget.isVisibleTo(window) or (hidden and in_hidden_place):
            found.append((mnemonic_of(widget.text()), widget.text()))
    return [(letter, text) for letter, text in found if letter]


def _in_dock(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QDockWidget):
        parent = parent.parentWidget()
    return parent is not None


def test_with_mnemonic_prefers_the_start_of_a_word() -> None:
    taken: set[str] = {"w"}
    assert with_mnemonic("What is your legal name?", taken) == "What is your &legal name?"
    assert with_mnemonic("Terms & conditions", taken) == "&Terms && conditions"
    assert taken == {"w", "l", "t"}
    assert mnemonic_of("Terms && &conditions") == "c"
    assert with_mnemonic("Ww", {"w"}) == "Ww"  # no free letter: no mnemonic


def test_mnemonics_are_unique_on_every_page(make_window: Any, sample_project: Project) -> None:
    window = make_window(sample_project)
    for section in OUTLINE:
        window.navigator.select(section.key)
        shown = mnemonics(window)
        letters = [letter for letter, _text in shown]
        clashes = sorted({text for letter, text in shown if letters.count(letter) > 1})
        assert not clashes, f"{section.key}: {clashes}"
        # A question keeps its letter while hidden, so the letters do not move about.
        letters = [letter for letter, _text in mnemonics(window, hidden=True)]
        for row in window.current_page().findChildren(QuestionRow):
            text = _question_text(row)
            # Every question has a letter, unless every letter of it is taken on this page.
            if row.isVisibleTo(window) and not mnemonic_of(text):
                free = {c.lower() for c in text if c.isascii() and c.isalpha()} - set(letters)
                assert not free, f"{section.key}: {text!r} could use {sorted(free)}"


def test_follow_ups_join_the_tab_order_without_qt_warnings(
    make_window: Any, qtlog: Any, sample_project: Project
) -> None:
    """Follow-up questions built on reveal join the Tab order; a combo box's list or a
    completer's popup is a window of its own and must not be chained (Qt warns and refuses)."""
    window = make_window(sample_project)
    for section in OUTLINE:
        window.navigator.select(section.key)
    warnings = [r.message for r in qtlog.records if "setTabOrder" in r.message]
    assert not warnings, warnings[:3]


def _question_text(row: QuestionRow) -> str:
    label = getattr(row, "label", None)
    if isinstance(label, QLabel):
        return label.text()
    box = row.field.focusProxy()
    assert isinstance(box, QAbstractButton)  # a tick box carries its own question
    return box.text()


def test_alt_and_a_letter_puts_the_cursor_in_the_answer(
    make_window: Any, qtbot: QtBot, sample_project: Project
) -> None:
    window = make_window(sample_project)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # mnemonics are window shortcuts
    window.navigator.select("organisation")
    row = next(
        r for r in window.current_page().findChildren(QuestionRow)
        if r.question.path == "organisation.legal_name"
    )  # fmt: skip
    letter = mnemonic_of(row.label.text())
    assert letter
    window.navigator.setFocus()
    key = getattr(Qt.Key, f"Key_{letter.upper()}")
    qtbot.keyClick(window.navigator, key, Qt.KeyboardModifier.AltModifier)
    edit = row.field.findChild(QLineEdit)
    assert edit is not None and edit.hasFocus()


def test_about_names_the_version(make_window: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "about", lambda _p, title, text: shown.append((title, text)))
    window = make_window(Project())
    window.commands.about.trigger()
    assert len(shown) == 1
    title, text = shown[0]
    assert title == "About Policywright"
    assert f"Policywright {__version__}" in text
    # The Apache License asks for the attribution of the catalog's cookie data.
    assert "Open Cookie Database" in text and "Apache License 2.0" in text


def test_the_edit_menu_offers_the_catalog_update(make_window: Any) -> None:
    window = make_window(Project())
    edit = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    assert window.commands.update_catalog in edit.actions()
