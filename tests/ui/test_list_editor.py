"""List editors: add, duplicate, remove and reorder items; edit in the table and in the form."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit
from pytestqt.qtbot import QtBot

from editor.model import CookieCategory, Project, Purpose
from editor.ui.listeditor import ListEditor
from editor.ui.pages import page
from editor.ui.pages.base import FormPage, QuestionRow
from editor.ui.session import Session


@pytest.fixture
def session(qapp: object) -> Session:
    project = Project()
    project.cookies.uses_cookies = True
    return Session(project)


def cookie_editor(qtbot: QtBot, session: Session) -> tuple[FormPage, ListEditor]:
    form = FormPage(page("cookies"), session)
    qtbot.addWidget(form)
    form.resize(900, 800)
    form.show()
    editor = next(e for e in form.findChildren(ListEditor) if e.spec.item_name == "cookie")
    return form, editor


def detail_edit(editor: ListEditor, question: str) -> QLineEdit:
    for row in editor.detail.findChildren(QuestionRow):
        if row.question.label == question:
            edit = row.field.findChild(QLineEdit)
            assert edit is not None
            return edit
    raise AssertionError(question)


def names(session: Session) -> list[str]:
    return [c.name for c in session.project.cookies.cookies]


def test_add_a_cookie_and_type_its_name(qtbot: QtBot, session: Session) -> None:
    _form, editor = cookie_editor(qtbot, session)
    assert editor.empty.isVisibleTo(editor)
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    assert editor.count() == 1
    assert editor.detail.isVisibleTo(editor)
    qtbot.keyClicks(detail_edit(editor, "Cookie name"), "_ga")
    assert names(session) == ["_ga"]
    assert editor.model.index(0, 0).data() == "_ga"
    assert "_ga" in editor.detail_title.text()
    assert session.undo_stack.count() == 2  # the new row, then the typing
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert editor.count() == 0


def test_duplicate_remove_and_move(qtbot: QtBot, session: Session) -> None:
    _form, editor = cookie_editor(qtbot, session)
    editor.add()
    qtbot.keyClicks(detail_edit(editor, "Cookie name"), "a")
    editor.duplicate()
    assert names(session) == ["a", "a (copy)"]
    first, copy = session.project.cookies.cookies
    assert first.id != copy.id
    assert editor.current_row() == 1
    editor.move(-1)
    assert names(session) == ["a (copy)", "a"]
    assert editor.current_row() == 0
    editor.remove()
    assert names(session) == ["a"]
    session.undo_stack.undo()
    assert names(session) == ["a (copy)", "a"]
    assert editor.current_row() == 0


def test_keyboard_shortcuts_in_the_table(qtbot: QtBot, session: Session) -> None:
    form, editor = cookie_editor(qtbot, session)
    form.activateWindow()
    qtbot.waitUntil(lambda: form.isActiveWindow())
    editor.table.setFocus()
    qtbot.waitUntil(lambda: editor.table.hasFocus())
    qtbot.keyClick(editor.table, Qt.Key.Key_Insert)
    assert editor.count() == 1
    # Adding puts the cursor in the new cookie's first question, ready to type.
    assert editor.detail.isAncestorOf(QApplication.focusWidget())
    editor.table.setFocus()
    qtbot.keyClick(editor.table, Qt.Key.Key_Insert)
    assert editor.count() == 2
    editor.table.setFocus()
    qtbot.keyClick(editor.table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert editor.current_row() == 0
    qtbot.keyClick(editor.table, Qt.Key.Key_Delete)
    assert editor.count() == 1


def test_inline_combo_edits_the_category(qtbot: QtBot, session: Session) -> None:
    _form, editor = cookie_editor(qtbot, session)
    editor.add()
    column = [c.spec.title for c in editor.model.columns].index("Category")
    index = editor.model.index(0, column)
    editor.table.edit(index)
    combo = editor.table.indexWidget(index) or editor.table.findChild(QComboBox)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData(CookieCategory.ANALYTICS))
    combo.activated.emit(combo.currentIndex())
    assert session.project.cookies.cookies[0].category is CookieCategory.ANALYTICS
    assert index.data() == "Analytics"


def test_reference_picker_follows_the_purposes(qtbot: QtBot) -> None:
    project = Project()
    project.purposes.append(Purpose(id="p1", name="Orders"))
    session = Session(project)
    form = FormPage(page("data"), session)
    qtbot.addWidget(form)
    form.show()
    editor = form.findChildren(ListEditor)[0]
    editor.add()
    picker = next(
        r.field for r in editor.detail.findChildren(QuestionRow) if r.question.path == "purpose_ids"
    )
    assert picker.list.item(0).text() == "Orders"  # type: ignore[attr-defined]
    session.set_field(("purposes", 0, "name"), "Take orders")
    assert picker.list.item(0).text() == "Take orders"  # type: ignore[attr-defined]
    picker.list.item(0).setCheckState(Qt.CheckState.Checked)  # type: ignore[attr-defined]
    assert session.project.data_categories[0].purpose_ids == ["p1"]
