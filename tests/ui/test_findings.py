"""The problems panel, the sections' counts, the status bar summary and exporting with errors."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QPersistentModelIndex
from PySide6.QtWidgets import QFileDialog, QLineEdit

from editor.checks import run_checks
from editor.model import Law, Project
from editor.samples import start_project
from editor.ui import checksview
from editor.ui.analysis import CHECKS
from editor.ui.checksview import ExportChoice
from editor.ui.findingsmodel import FindingsModel
from editor.ui.status import SectionState
from tests.ui.findings_helpers import Window

Open = Callable[..., Window]
LEGAL_NAME = "What is your business's legal name?"
EMAIL = "Email address for privacy questions"


def test_a_missing_answer_is_listed_until_it_is_given(open_window: Open) -> None:
    w = open_window()
    finding = w.finding("general.organisation-name")
    assert finding.message == "Give the name of your business or your own name."
    w.type_answer(LEGAL_NAME, "Bean and Leaf Cafe")
    w.wait_rule("general.organisation-name", present=False)


def test_activating_a_finding_opens_its_page_with_the_cursor_in_the_field(
    open_window: Open,
) -> None:
    w = open_window()
    w.wait_rule("general.contact")
    assert w.window.current_page().spec.key == "organisation"
    w.activate(w.finding("general.contact"))
    assert w.window.current_page().spec.key == "contact"
    assert w.window.navigator.current_key() == "contact"
    focused = w.window.focusWidget()
    assert isinstance(focused, QLineEdit)
    assert focused is w.row(EMAIL).field.findChild(QLineEdit)


def test_a_finding_about_a_list_item_selects_the_item(open_window: Open) -> None:
    project = start_project("saas")
    w = open_window(project)
    finding = w.finding("gdpr.if-not-provided")
    assert finding.path[:2] == ("data_categories", 1)
    w.activate(finding)
    assert w.window.current_page().spec.key == "data"
    focused = w.window.focusWidget()
    assert focused is not None and w.window.current_page().isAncestorOf(focused)
    assert focused is not w.panel.view


def test_a_template_blank_is_an_error_in_the_panel_that_opens_its_field(
    open_window: Open,
) -> None:
    w = open_window()
    w.type_answer(LEGAL_NAME, "[STORE_NAME]")
    finding = w.finding("general.placeholder")
    assert finding.severity == "error" and finding.path == ("organisation", "legal_name")
    w.activate(finding)
    focused = w.window.focusWidget()
    assert focused is w.row(LEGAL_NAME).field.findChild(QLineEdit)


def test_filter_by_severity_and_by_law(open_window: Open) -> None:
    w = open_window(start_project("mobile-app"))
    w.wait_rule("gdpr.eu-representative-needed")
    everything = w.findings()
    assert {f.severity for f in everything} >= {"warning", "info"}

    w.panel.buttons["info"].click()  # hide the tips
    assert w.findings() == [f for f in everything if f.severity != "info"]
    assert "of" in w.panel.shown_label.text()
    w.panel.buttons["info"].click()

    box = w.panel.law_box
    box.setCurrentIndex(box.findData(Law.GDPR.value))
    assert w.findings() and all(Law.GDPR in f.laws for f in w.findings())
    box.setCurrentIndex(box.findData(Law.PIPEDA.value))
    assert [f.rule_id for f in w.findings()] == ["pipeda.related-organisations"]
    assert box.findData(Law.LGPD.value) == -1  # only the laws that apply are offered

    w.panel.buttons["warning"].click()
    w.panel.buttons["info"].click()
    assert w.findings() == []
    assert w.panel.view.placeholder == "No errors found for Canada PIPEDA."
    box.setCurrentIndex(0)
    assert w.panel.view.placeholder == (
        "No errors found for EU GDPR, UK GDPR, California Online Privacy Protection Act and "
        "Canada PIPEDA."
    )


def test_no_problems_names_the_laws_checked(open_window: Open) -> None:
    w = open_window(start_project("cafe"))
    w.settle()
    assert w.findings() == []
    assert w.panel.view.placeholder == "No problems found for EU GDPR."
    assert w.panel.view.accessibleDescription() == "No problems found for EU GDPR."
    assert w.view.summary.text() == "No errors or warnings"


def test_updates_keep_the_selection_and_leave_the_focus_alone(open_window: Open) -> None:
    w = open_window()
    w.wait_rule("general.contact")
    w.panel.view.setCurrentIndex(
        w.panel.proxy.index(
            next(i for i, f in enumerate(w.findings()) if f.rule_id == "general.contact"), 0
        )
    )
    edit = w.type_answer(LEGAL_NAME, "Bean")  # removes a finding above the selected one
    w.wait_rule("general.organisation-name", present=False)
    w.settle()
    assert edit.hasFocus()
    selected = w.panel.selected_finding()
    assert selected is not None and selected.rule_id == "general.contact"


def test_the_list_changes_row_by_row() -> None:
    project = Project()
    before = run_checks(project)
    model = FindingsModel()
    model.set_findings(before)
    contact = next(i for i, f in enumerate(before) if f.rule_id == "general.contact")
    kept = QPersistentModelIndex(model.index(contact))
    removed: list[int] = []
    model.rowsRemoved.connect(lambda _p, first, last: removed.extend(range(first, last + 1)))
    project.organisation.legal_name = "Bean"
    model.set_findings(run_checks(project))
    assert removed == [0]  # only the name's row went
    assert kept.isValid() and kept.data() == before[contact].message


def test_sections_show_their_error_and_warning_counts(open_window: Open) -> None:
    project = start_project("mobile-app")
    project.contact.email = ""
    w = open_window(project)
    w.qtbot.waitUntil(lambda: "✖ 1" in w.badge("contact"), timeout=20_000)
    assert w.badge("organisation") == "Your business  (⚠ 2)"
    assert w.badge("contact") == "Contact  (✖ 1)"
    status = w.window.navigator.status("contact")
    assert status is not None and status.state is SectionState.NEEDS_ATTENTION
    assert w.badge("cookies") == "Cookies"  # complete: no count

    w.window.navigator.select("contact")
    w.type_answer(EMAIL, "maya@trailmate.app")
    w.qtbot.waitUntil(lambda: w.badge("contact") == "Contact", timeout=20_000)


def test_a_page_not_started_stays_quiet(open_window: Open) -> None:
    w = open_window()
    w.wait_rule("general.organisation-name")
    w.settle()
    assert w.badge("organisation") == "Your business"  # the mark says "not started" too
    w.type_answer("Your website", "https://beanandleaf.ie")
    w.qtbot.waitUntil(lambda: w.badge("organisation") == "Your business  (✖ 1)", timeout=20_000)


def test_the_status_bar_counts_problems_and_opens_the_panel(open_window: Open) -> None:
    w = open_window()
    w.wait_rule("general.contact")
    w.settle()
    assert w.view.summary.text() == "4 errors, 5 warnings"
    w.view.dock.hide()
    w.view.summary.click()
    assert w.view.dock.isVisible()
    assert w.panel.view.hasFocus()


def test_the_panel_is_a_dock_shown_and_hidden_from_the_view_menu(open_window: Open) -> None:
    w = open_window()
    toggle = w.view.dock.toggleViewAction()
    assert toggle in w.window.commands.view_menu.actions()
    assert w.view.dock.isVisible()
    toggle.trigger()
    assert not w.view.dock.isVisible()
    toggle.trigger()
    assert w.view.dock.isVisible()
    toggle.trigger()
    go = w.view.go_to_problems
    assert go.shortcut().toString() == "F8" and go in w.window.commands.view_menu.actions()
    go.trigger()
    assert w.view.dock.isVisible()
    w.qtbot.waitUntil(w.panel.view.hasFocus)  # also before the first checks arrive


def _export(w: Window, monkeypatch: pytest.MonkeyPatch, answer: ExportChoice) -> list[int]:
    asked: list[int] = []

    def ask(_parent: object, errors: int) -> ExportChoice:
        asked.append(errors)
        return answer

    monkeypatch.setattr(checksview, "ask_export_with_errors", ask)
    target = w.tmp / "policy.html"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    w.window.exporter.export("html")
    return asked


def test_exporting_with_errors_warns_and_can_go_on(
    open_window: Open, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = open_window()
    w.settle()
    assert _export(w, monkeypatch, ExportChoice.EXPORT) == [4]
    assert (w.tmp / "policy.html").is_file()


def test_exporting_with_errors_can_be_cancelled_or_show_the_problems(
    open_window: Open, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = open_window()
    w.settle()
    assert _export(w, monkeypatch, ExportChoice.CANCEL) == [4]
    assert not (w.tmp / "policy.html").exists()
    w.view.dock.hide()
    assert _export(w, monkeypatch, ExportChoice.SHOW) == [4]
    assert not (w.tmp / "policy.html").exists()
    assert w.view.dock.isVisible() and w.panel.view.hasFocus()
    selected = w.panel.selected_finding()
    assert selected is not None and selected.severity == "error"


def test_exporting_right_after_an_edit_counts_the_errors_of_that_edit(
    open_window: Open, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = open_window()
    w.settle()
    w.type_answer(LEGAL_NAME, "Bean")  # export before the checks job has run
    assert _export(w, monkeypatch, ExportChoice.CANCEL) == [3]


def test_exporting_without_errors_does_not_ask(
    open_window: Open, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = open_window(start_project("cafe"))
    w.settle()
    assert _export(w, monkeypatch, ExportChoice.CANCEL) == []
    assert (w.tmp / "policy.html").is_file()


def test_the_checks_reuse_the_preview_and_score_readability_off_the_typing_thread(
    open_window: Open, monkeypatch: pytest.MonkeyPatch
) -> None:
    from editor.checks import plain_language

    scored_on: list[str] = []
    real = plain_language.document_readability

    def scoring(doc: object) -> object:
        scored_on.append(threading.current_thread().name)
        return real(doc)  # type: ignore[arg-type]

    monkeypatch.setattr(plain_language, "document_readability", scoring)
    w = open_window(start_project("cafe"))
    given: list[object] = []
    job = w.window.analyser.jobs[CHECKS]

    def checks(*args: Any) -> Any:
        given.append(args[-1])
        return job(*args)

    w.window.analyser.jobs[CHECKS] = checks
    w.settle()
    w.window.navigator.select("organisation")
    w.type_answer(LEGAL_NAME, " Ltd")
    w.settle()
    assert given and given[-1] is not None  # the preview's policy, not composed again
    assert scored_on and set(scored_on) == {"analysis"}
    assert w.view.readability_label.text().startswith("Readability ")
