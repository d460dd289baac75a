"""Form pages built from specs: typing edits the model, undo updates the widgets, yes/no
reveals follow-ups, format problems appear at the field without blocking anything."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QRadioButton, QWidget
from pytestqt.qtbot import QtBot

from editor.model import DataCategory, Project, PublisherKind, TimeUnit
from editor.ui.binding import Binder
from editor.ui.fields import infer_kind
from editor.ui.pages import PAGES, page, page_for_path
from editor.ui.pages.base import FormPage, QuestionRow
from editor.ui.questions import Kind
from editor.ui.session import Session
from editor.ui.widgets.numbers import DateField, DurationField


@pytest.fixture
def session(qapp: object) -> Session:
    return Session(Project())


def row_for(form: FormPage, question: str) -> QuestionRow:
    for row in form.findChildren(QuestionRow):
        if row.question.label == question:
            return row
    raise AssertionError(f"no question {question!r}")


def line_edit(row: QuestionRow) -> QLineEdit:
    edit = row.field.findChild(QLineEdit)
    assert edit is not None
    return edit


def test_every_page_builds_for_every_sample(qtbot: QtBot, sample_project: Project) -> None:
    session = Session(sample_project)
    for spec in PAGES:
        form = FormPage(spec, session)
        qtbot.addWidget(form)
        assert form.binder.bindings or form.findChildren(QLabel)


def test_typing_edits_the_model_and_undo_restores_the_widget(
    qtbot: QtBot, session: Session
) -> None:
    form = FormPage(page("organisation"), session)
    qtbot.addWidget(form)
    form.show()
    edit = line_edit(row_for(form, "What is your business's legal name?"))
    qtbot.keyClicks(edit, "Bean & Leaf")
    assert session.project.organisation.legal_name == "Bean & Leaf"
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert edit.text() == ""
    session.undo_stack.redo()
    assert edit.text() == "Bean & Leaf"


def test_yes_reveals_follow_up_questions(qtbot: QtBot, session: Session) -> None:
    form = FormPage(page("organisation"), session)
    qtbot.addWidget(form)
    form.show()
    dpo = row_for(form, "Have you appointed a data protection officer (DPO)?")
    with pytest.raises(AssertionError):  # not even built until it is needed
        row_for(form, "Name of the data protection officer")
    yes = dpo.field.findChildren(QRadioButton)[0]
    qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)
    assert session.project.organisation.has_dpo is True
    name_row = row_for(form, "Name of the data protection officer")
    assert name_row.isVisibleTo(form)
    # Tab from the question goes on to the follow-up question that appeared beneath it.
    last_of_question = [w for w in dpo.findChildren(QWidget) if w.focusPolicy()][-1]
    following = last_of_question.nextInFocusChain()
    assert name_row.isAncestorOf(following)
    session.undo_stack.undo()
    assert session.project.organisation.has_dpo is None
    assert not name_row.isVisibleTo(form)
    assert not yes.isChecked()


def test_bad_email_is_marked_after_editing_but_saved_anyway(qtbot: QtBot, session: Session) -> None:
    form = FormPage(page("contact"), session)
    qtbot.addWidget(form)
    form.show()
    row = row_for(form, "Email address for privacy questions")
    edit = line_edit(row)
    qtbot.keyClicks(edit, "hello")
    assert not row.problem.isVisibleTo(form)  # no nagging while typing
    edit.editingFinished.emit()
    assert row.problem.isVisibleTo(form)
    assert "email" in row.problem.text()
    assert session.project.contact.email == "hello"  # never blocked
    qtbot.keyClicks(edit, "@example.com")
    assert not row.problem.isVisibleTo(form)  # fixed: the message goes at once


def test_problem_of_a_loaded_value_shows_at_once(qtbot: QtBot) -> None:
    project = Project()
    project.organisation.website = "beanandleaf.ie"
    form = FormPage(page("organisation"), Session(project))
    qtbot.addWidget(form)
    form.show()
    row = row_for(form, "Your website")
    assert row.problem.isVisibleTo(form)
    assert "https://" in row.problem.text()


def test_choice_and_date_and_duration_widgets_write_typed_values(
    qtbot: QtBot, session: Session
) -> None:
    binder = Binder(session)
    kind_form = FormPage(page("organisation"), session)
    qtbot.addWidget(kind_form)
    combo_row = row_for(kind_form, "What kind of organisation are you?")
    combo = combo_row.field.combo  # type: ignore[attr-defined]
    combo.setCurrentIndex(combo.findData(PublisherKind.SOLE_TRADER))
    combo.activated.emit(combo.currentIndex())
    assert session.project.organisation.kind is PublisherKind.SOLE_TRADER

    date = DateField()
    qtbot.addWidget(date)
    binder.bind(date, ("policy", "effective_date"))
    date.enabled.click()
    assert session.project.policy.effective_date == dt.date.today()

    duration = DurationField()
    qtbot.addWidget(duration)
    session.insert_item(("data_categories",), 0, DataCategory())
    binder.bind(duration, ("data_categories", 0, "retention", "period"))
    duration.amount.setValue(13)
    duration.unit.setCurrentIndex(duration.unit.findData(TimeUnit.MONTHS))
    duration.unit.activated.emit(duration.unit.currentIndex())
    period = session.project.data_categories[0].retention.period
    assert (period.amount, period.unit) == (13, TimeUnit.MONTHS)


def test_kinds_are_inferred_from_the_model() -> None:
    assert infer_kind(Project, ("organisation", "has_dpo")) is Kind.YES_NO
    assert infer_kind(Project, ("policy", "show_summary")) is Kind.CHECK
    assert infer_kind(Project, ("organisation", "kind")) is Kind.CHOICE
    assert infer_kind(Project, ("security", "measures")) is Kind.MULTI_CHOICE
    assert infer_kind(Project, ("contact", "email")) is Kind.EMAIL
    assert infer_kind(Project, ("organisation", "country")) is Kind.COUNTRY
    assert infer_kind(Project, ("data_location", "storage_countries")) is Kind.COUNTRIES
    assert infer_kind(Project, ("recipients", 0, "purpose_ids")) is Kind.REFS
    assert infer_kind(Project, ("cookies", "cookies", 0, "recipient_id")) is Kind.REF
    assert infer_kind(Project, ("rights", "response_days")) is Kind.NUMBER


def test_paths_map_to_their_pages() -> None:
    assert page_for_path(("organisation", "legal_name")) == "organisation"
    assert page_for_path(("cookies", "cookies", 3, "lifetime", "kind")) == "cookies"
    assert page_for_path(("data_categories", 2, "retention", "rule")) == "retention"
    assert page_for_path(("data_categories", 2, "name")) == "data"
    assert page_for_path(("recipients", 0, "country")) == "recipients"
    assert page_for_path(("contact", "postal_address", "street")) == "contact"


def test_a_long_one_line_answer_shows_its_start_unless_being_typed_into(qtbot: QtBot) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QFocusEvent
    from PySide6.QtWidgets import QApplication

    from editor.ui.widgets.text import LineField

    def focus_in(reason: Qt.FocusReason) -> None:
        QApplication.sendEvent(field.edit, QFocusEvent(QEvent.Type.FocusIn, reason))

    field = LineField()
    qtbot.addWidget(field)
    field.resize(120, 30)
    field.show()
    answer = "The date and number of your certificate, and our decision " * 3
    field.set_value(answer)  # loaded with the page, nobody typing here
    assert field.edit.cursorPosition() == 0
    focus_in(Qt.FocusReason.OtherFocusReason)  # "go to the field": the answer is continued
    assert field.edit.cursorPosition() == len(answer)
    field.edit.setCursorPosition(5)  # the user moves the cursor, leaves the window, comes back
    focus_in(Qt.FocusReason.ActiveWindowFocusReason)
    assert field.edit.cursorPosition() == 5
    field.edit.setFocus()
    qtbot.waitUntil(field.edit.hasFocus)
    field.set_value(answer + "and more")  # an undo while the user is in the field
    assert field.edit.cursorPosition() == len(answer + "and more")


def test_opt_out_signals_are_asked_only_of_those_serving_the_us(qtbot: QtBot) -> None:
    from editor.model import Law, Region

    gpc = "Do you honour Global Privacy Control (opt-out preference) signals?"

    def shown(session: Session) -> bool:
        form = FormPage(page("tracking"), session)
        qtbot.addWidget(form)
        form.show()
        try:
            return row_for(form, gpc).isVisibleTo(form)
        except AssertionError:
            return False

    eu = Project()
    eu.jurisdictions.regions = [Region.EU_EEA]
    session = Session(eu)
    assert not shown(session)
    session.set_field(("jurisdictions", "regions"), [Region.EU_EEA, Region.COLORADO])
    assert shown(session)
    chosen = Project()  # no US region ticked, but the user says the CCPA applies
    chosen.jurisdictions.law_overrides = {Law.CCPA: True}
    assert shown(Session(chosen))
