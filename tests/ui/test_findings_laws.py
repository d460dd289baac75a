"""The page "Where your customers are" (which laws apply, why, and the user's own choice) and
the readability notes, driven as a user drives them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QCheckBox, QRadioButton

from editor.checks import Section
from editor.checks.plain_language import ReadabilityReport, SectionReadability
from editor.model import CustomSection, Law, Project, Region, applicable_laws
from editor.samples import start_project
from editor.ui.checksview import readability_note, readability_text
from editor.ui.laws import LawsPanel
from tests.ui.findings_helpers import Window

Open = Callable[..., Window]
REGIONS = "Where do the people you serve live?"
NONPROFIT = "Are you a non-profit organisation?"
REVENUE = "Is your annual revenue over USD 26.6 million?"
TEN_MILLION = "Do you handle the data of 10 million or more Californians a year?"
TURNOVER = "Is your annual turnover over AUD 3 million?"
HARD_TEXT = (
    "Notwithstanding the aforementioned organisational considerations, accountability "
    "necessitates comprehensive documentation of processing operations, encompassing "
    "categorisation, minimisation and pseudonymisation methodologies applicable "
    "organisation-wide, irrespective of jurisdictional particularities."
)


def _jurisdictions(w: Window) -> LawsPanel:
    w.window.navigator.select("jurisdictions")
    panel = w.window.current_page().findChild(LawsPanel)
    assert panel is not None
    return panel


def _tick(w: Window, region: str) -> None:
    box = next(b for b in w.row(REGIONS).field.findChildren(QCheckBox) if b.text() == region)
    w.qtbot.mouseClick(box, Qt.MouseButton.LeftButton)


def _answer(w: Window, question: str, yes: bool) -> None:
    yes_button, no_button = w.row(question).field.findChildren(QRadioButton)
    w.qtbot.mouseClick(yes_button if yes else no_button, Qt.MouseButton.LeftButton)


def test_the_page_says_which_laws_apply_and_why_as_answers_change(open_window: Open) -> None:
    w = open_window()
    laws = _jurisdictions(w)
    assert laws.summary.text().startswith("From your answers so far, no particular privacy law")
    gdpr = laws.rows[Law.GDPR]
    assert gdpr.mark.text() == "–"
    assert gdpr.reason.text() == "You do not serve the EU/EEA and are not established there."

    _tick(w, "European Union / EEA")
    assert laws.summary.text() == (
        "Your policy is written for EU GDPR, because of your answers above."
    )
    assert gdpr.mark.text() == "✔"
    assert gdpr.reason.text() == "You serve people in the EU/EEA."

    _tick(w, "Canada")
    assert laws.summary.text().startswith("Your policy is written for EU GDPR and Canada PIPEDA")


def test_overriding_a_law_changes_what_applies_and_can_be_undone(open_window: Open) -> None:
    project = Project()
    project.jurisdictions.regions = [Region.EU_EEA]
    w = open_window(project)
    laws = _jurisdictions(w)
    choice = laws.rows[Law.GDPR].choice
    assert choice.currentText() == "Automatic"

    choice.setFocus()
    w.qtbot.keyClick(choice, Qt.Key.Key_End)  # the last choice: "Does not apply"
    assert choice.currentText() == "Does not apply"
    assert w.project.jurisdictions.law_overrides == {Law.GDPR: False}
    assert Law.GDPR not in applicable_laws(w.project)
    assert laws.rows[Law.GDPR].reason.text() == (
        "Your choice. From your answers alone: You serve people in the EU/EEA."
    )
    assert laws.summary.text().startswith("From your answers so far, no particular privacy law")
    stack = w.window.session.undo_stack
    assert stack.undoText() == "Choose that the EU GDPR does not apply"
    w.settle()
    assert not any(Law.GDPR in f.laws for f in w.findings())

    w.window.navigator.select("contact")
    w.window.commands.undo.trigger()
    assert w.window.current_page().spec.key == "jurisdictions"  # undo shows what changed
    assert w.project.jurisdictions.law_overrides == {}
    assert Law.GDPR in applicable_laws(w.project)
    assert choice.currentText() == "Automatic"
    assert laws.rows[Law.GDPR].reason.text() == "You serve people in the EU/EEA."

    w.window.commands.redo.trigger()
    assert w.project.jurisdictions.law_overrides == {Law.GDPR: False}
    assert choice.currentText() == "Does not apply"


def test_a_law_can_be_made_to_apply_and_set_back_to_automatic(open_window: Open) -> None:
    w = open_window()
    laws = _jurisdictions(w)
    choice = laws.rows[Law.LGPD].choice
    choice.setFocus()
    w.qtbot.keyClick(choice, Qt.Key.Key_Down)  # "Applies"
    assert applicable_laws(w.project) == {Law.LGPD}
    assert laws.rows[Law.LGPD].mark.text() == "✔"
    assert laws.summary.text() == (
        "Your policy is written for Brazil LGPD, from your answers and your choices."
    )
    w.qtbot.keyClick(choice, Qt.Key.Key_Home)  # "Automatic"
    assert w.project.jurisdictions.law_overrides == {}
    assert applicable_laws(w.project) == set()
    assert w.window.session.undo_stack.count() == 2


def test_the_ccpa_questions_appear_only_when_they_can_decide(open_window: Open) -> None:
    w = open_window()
    _jurisdictions(w)
    assert not w.has_row(NONPROFIT) and not w.has_row(REVENUE)

    _tick(w, "California")
    assert w.has_row(NONPROFIT) and w.has_row(REVENUE)
    assert not w.has_row(TEN_MILLION)  # only once the CCPA applies

    _answer(w, NONPROFIT, yes=True)
    assert not w.has_row(REVENUE)  # non-profits are outside the CCPA
    _answer(w, NONPROFIT, yes=False)
    assert w.has_row(REVENUE)

    _answer(w, REVENUE, yes=True)
    assert Law.CCPA in applicable_laws(w.project)
    assert w.has_row(TEN_MILLION)


def test_the_turnover_question_appears_for_australia(open_window: Open) -> None:
    w = open_window()
    _jurisdictions(w)
    assert not w.has_row(TURNOVER)
    _tick(w, "Australia")
    assert w.has_row(TURNOVER)
    _tick(w, "Australia")
    assert not w.has_row(TURNOVER)
    w.window.session.set_field(("organisation", "country"), "AU")  # based there
    assert w.has_row(TURNOVER)


def test_a_threshold_finding_leads_to_its_question(open_window: Open) -> None:
    project = Project()
    project.jurisdictions.regions = [Region.CALIFORNIA]
    w = open_window(project)
    w.activate(w.finding("general.ccpa-thresholds"))
    assert w.window.current_page().spec.key == "jurisdictions"
    focused = w.window.focusWidget()
    assert focused is not None and w.row(REVENUE).isAncestorOf(focused)


def test_a_hard_section_gets_a_gentle_note_on_its_page(open_window: Open) -> None:
    project = start_project("cafe")
    project.custom_sections.append(CustomSection(title="Our approach", body=HARD_TEXT))
    w = open_window(project)
    w.window.navigator.select("custom")
    page = w.window.current_page()
    w.qtbot.waitUntil(lambda: page.note.isVisibleTo(page), timeout=20_000)
    assert page.note.text() == (
        "“Our approach” in your policy is hard to read (score 0): shorter sentences help."
    )
    assert "Readability" in w.view.readability_label.text()
    assert not w.window.page_widget("contact").note.isVisibleTo(w.window)

    w.window.session.set_field(
        ("custom_sections", 0, "body"), "We film the till. We keep the film for a week."
    )
    w.qtbot.waitUntil(lambda: not page.note.isVisibleTo(page), timeout=20_000)


def test_the_status_bar_shows_the_policy_readability(open_window: Open) -> None:
    w = open_window(start_project("cafe"))
    w.settle()
    assert w.view.readability_label.text() == "Readability 72: easy to read"
    assert "Flesch reading ease" in w.view.readability_label.toolTip()


def test_the_note_names_the_part_when_a_page_writes_several() -> None:
    def part(key: str, title: str, score: float, page: Section) -> SectionReadability:
        return SectionReadability(key, title, score, 120, 6, page)

    report = ReadabilityReport(
        58.0,
        (
            part("security", "Security", 42.4, Section.SECURITY),
            part("how_we_use", "How we use it", 47.0, Section.LAWFUL_BASIS),
            part("lawful_basis", "Our legal reasons", 61.0, Section.LAWFUL_BASIS),
        ),
    )
    assert readability_note("security", report) == (
        "This section is hard to read (score 42): shorter sentences help."
    )
    assert readability_note("purposes", report) == (
        "“How we use it” in your policy is hard to read (score 47): shorter sentences help."
    )
    assert readability_note("contact", report) == ""
    assert readability_text(report)[0] == "Readability 58: fairly hard to read"


def test_scrolling_the_page_over_a_law_does_not_change_it(open_window: Open) -> None:
    w = open_window()
    choice = _jurisdictions(w).rows[Law.GDPR].choice
    w.window.navigator.setFocus()
    centre = choice.rect().center()
    wheel = QWheelEvent(
        QPointF(centre), QPointF(choice.mapToGlobal(centre)), QPoint(0, 0), QPoint(0, -120),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
        False,
    )  # fmt: skip
    QApplication.sendEvent(choice, wheel)
    assert choice.currentText() == "Automatic"
    assert w.project.jurisdictions.law_overrides == {}
