"""Click a sentence in the preview to go to its question; hover to see which answers wrote it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from editor.samples import start_project
from editor.ui.previewunits import Unit
from editor.ui.sources import answer_label, first_asked, source_tooltip


def _point_of(w: Any, wanted: str) -> tuple[QPoint, Unit]:
    """Where the unit whose text holds ``wanted`` is on screen, scrolled into view."""
    preview = w.window.preview
    doc = preview.doc
    for unit, frame in zip(doc.units, doc.frames, strict=True):
        cursor = preview.view.textCursor()
        cursor.setPosition(frame.firstPosition())
        cursor.setPosition(frame.lastPosition(), cursor.MoveMode.KeepAnchor)
        if wanted in cursor.selectedText():
            cursor.setPosition(frame.firstPosition() + 2)
            preview.view.setTextCursor(cursor)
            preview.view.ensureCursorVisible()
            return preview.view.cursorRect(cursor).center(), unit
    raise AssertionError(f"{wanted!r} is not in the preview")


def test_clicking_a_sentence_goes_to_the_question_that_wrote_it(
    open_window: Any, qtbot: Any
) -> None:
    w = open_window(start_project("cafe"))
    w.settle()
    qtbot.waitUntil(lambda: w.window.preview.doc.done and bool(w.window.preview.doc.units))
    point, unit = _point_of(w, "you can withdraw it")
    assert unit.answers
    viewport = w.window.preview.view.viewport()
    scrolled = w.window.preview.view.verticalScrollBar().value()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=point)
    assert w.window.navigator.current_key() == "purposes"
    focused = QApplication.focusWidget()
    assert focused is not None and w.window.current_page().isAncestorOf(focused)
    # The preview stays where the reader clicked.
    assert w.window.preview.view.verticalScrollBar().value() == scrolled


def test_a_clicked_name_focuses_its_own_question(open_window: Any, qtbot: Any) -> None:
    w = open_window(start_project("cafe"))
    w.settle()
    qtbot.waitUntil(lambda: w.window.preview.doc.done and bool(w.window.preview.doc.units))
    w.window.show_page("policy")
    point, _unit = _point_of(w, "decides how and why your personal data is used")
    qtbot.mouseClick(w.window.preview.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert w.window.navigator.current_key() == "organisation"
    focused = QApplication.focusWidget()
    assert isinstance(focused, QLineEdit) and focused.text() == w.project.organisation.legal_name


def test_hovering_names_the_questions_and_the_law() -> None:
    text = source_tooltip(
        ("organisation.legal_name", "recipients[2].name", "no.such.field"),
        (("gdpr", "Art. 15-22"),),
    )
    assert "What is your business&#x27;s legal name?" in text
    assert "Art. 15-22" in text and "EU GDPR" in text
    assert "no.such" not in text
    assert answer_label("recipients[0].country") is not None
    assert source_tooltip((), ()) == ""


def test_a_click_goes_to_the_first_answer_a_page_asks_for() -> None:
    assert first_asked(("published", "contact.email", "policy.title")) == ("contact", "email")
    assert first_asked(("not_a_path[", "published")) is None


def test_a_click_goes_to_an_answer_given_before_one_only_checked() -> None:
    # A template also reads the empty answers it checks; those did not write the sentence.
    answers = ("published", "contact.phone", "contact.email")
    assert first_asked(answers) == ("contact", "phone")
    assert first_asked(answers, lambda path: path == ("contact", "email")) == ("contact", "email")
    assert first_asked(("contact.phone",), lambda path: False) == ("contact", "phone")
