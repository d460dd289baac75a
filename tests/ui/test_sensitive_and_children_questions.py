"""Questions asked only when they apply: the condition for sensitive data, a period counted from
an event, and details about children that adults give."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from editor.model import DataCategory, DataKind, Project, RetentionRule
from editor.ui.listeditor import ListEditor
from editor.ui.pages import page
from editor.ui.pages.base import FormPage, QuestionRow
from editor.ui.session import Session
from tests.ui.findings_helpers import Window

CONDITION = "Besides the legal reason, what allows you to use this sensitive data?"
CONDITION_LAW = "Which law or paragraph, if any?"
PERIOD = "For how long?"
UNTIL = "Until what happens?"
AFTER = "After what happens?"
FROM_ADULTS = (
    "Do adults give you details about children, such as a family booking, a gift's "
    "recipient or the children in a household?"
)
WHICH_DETAILS = "Which details?"

Open = Callable[..., Window]


def _detail(qtbot: QtBot, key: str) -> tuple[Session, ListEditor, FormPage]:
    project = Project()
    project.data_categories.append(DataCategory(id="c", name="Situation", kind=DataKind.CONTACT))
    session = Session(project)
    form = FormPage(page(key), session)
    qtbot.addWidget(form)
    form.resize(900, 900)
    form.show()
    editor = form.findChildren(ListEditor)[0]
    editor.select_row(0)
    return session, editor, form  # the form must outlive the test's use of its editor


def _shown(editor: ListEditor) -> set[str]:
    return {
        row.question.label
        for row in editor.detail.findChildren(QuestionRow)
        if row.isVisibleTo(editor)
    }


@pytest.mark.parametrize("kind", [DataKind.HEALTH, DataKind.RELIGIOUS, DataKind.CRIMINAL])
def test_the_condition_is_asked_only_of_sensitive_data(qtbot: QtBot, kind: DataKind) -> None:
    session, editor, _form = _detail(qtbot, "data")
    assert editor.detail.isVisibleTo(editor)
    assert CONDITION not in _shown(editor) and CONDITION_LAW not in _shown(editor)
    session.set_field(("data_categories", 0, "kind"), kind)
    assert {CONDITION, CONDITION_LAW} <= _shown(editor)
    session.set_field(("data_categories", 0, "kind"), DataKind.USAGE)
    assert CONDITION not in _shown(editor)


def test_a_period_after_an_event_asks_for_both(qtbot: QtBot) -> None:
    session, editor, _form = _detail(qtbot, "retention")
    session.set_field(("data_categories", 0, "retention", "rule"), RetentionRule.UNTIL_EVENT)
    assert UNTIL in _shown(editor) and PERIOD not in _shown(editor)
    session.set_field(("data_categories", 0, "retention", "rule"), RetentionRule.PERIOD_AFTER_EVENT)
    assert {PERIOD, AFTER} <= _shown(editor) and UNTIL not in _shown(editor)
    session.set_field(("data_categories", 0, "retention", "rule"), RetentionRule.PERIOD)
    assert PERIOD in _shown(editor) and AFTER not in _shown(editor)


def test_details_about_children_from_adults_are_asked_of_every_service(open_window: Open) -> None:
    project = Project()
    project.children.directed_to_children = False
    w = open_window(project)
    w.window.navigator.select("children")
    assert w.has_row(FROM_ADULTS) and not w.has_row(WHICH_DETAILS)
    w.window.session.set_field(("children", "children_details_from_adults"), True)
    assert w.has_row(WHICH_DETAILS)
    w.window.session.set_field(("children", "children_details_from_adults"), False)
    assert not w.has_row(WHICH_DETAILS)
