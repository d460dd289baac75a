"""File › Start from my current policy… and the review, against a fake window: a new unsaved
project from the old policy, the review of every proposal beside its sentence, decisions as
one undoable step, and nothing made an answer without being accepted."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QTreeWidgetItem

from editor.catalog import Catalog, builtin_catalog
from editor.importer import import_policy
from editor.model import Project, ProposalKind, ProposalStatus
from editor.ui import importing, importreview
from editor.ui.importreview import SECTION_ROLE, ImportReviewDialog
from editor.ui.window import FILE_MENU
from tests.importer.conftest import need_shared
from tests.ui.fake_window import FakeWindow, FakeWindows

CAFE = Path(__file__).parents[1] / "importer" / "data" / "blue-door-cafe.md"


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return builtin_catalog()


@pytest.fixture
def imported(catalog: Catalog) -> Project:
    return import_policy(CAFE, catalog)


def _controller(window: FakeWindow, may_drop: bool = True) -> importing.ImportController:
    return importing.ImportController(window, lambda: may_drop)


def _item(dialog: ImportReviewDialog, kind: ProposalKind) -> QTreeWidgetItem:
    for item in dialog._items():
        proposal = dialog._proposal_of(item)
        if proposal is not None and proposal.kind is kind:
            return item
    raise AssertionError(kind)


def _section_item(dialog: ImportReviewDialog, title: str) -> QTreeWidgetItem:
    return next(i for i in dialog._items() if i.data(0, SECTION_ROLE) and i.text(0) == title)


def test_start_imports_into_a_new_unsaved_project_and_opens_the_review(
    fake_windows: FakeWindows, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = fake_windows.open(Project())
    reviewed: list[Project] = []
    monkeypatch.setattr(importing, "choose_policy_file", lambda _p, _f: CAFE)
    monkeypatch.setattr(
        importing, "review_dialog", lambda w, _c: reviewed.append(w.session.project)
    )
    controller = _controller(window)
    assert window.menus[FILE_MENU] == [controller.start_action, controller.review_action]
    assert not controller.review_action.isEnabled()  # nothing imported yet

    assert controller.start_from_policy()
    session = window.session
    assert session.path is None and session.modified
    assert len(session.project.custom_sections) == 5
    assert session.project.organisation.legal_name == ""  # proposed, not answered
    assert reviewed == [session.project]
    assert controller.review_action.isEnabled()
    assert "Imported blue-door-cafe.md: 5 sections kept, 17 answers to review." in window.status()
    assert window.settings.get("files/last_folder") == str(CAFE.parent)


def test_nothing_happens_when_the_open_project_may_not_be_dropped_or_no_file_is_chosen(
    fake_windows: FakeWindows, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = fake_windows.open(Project())
    before = window.session.project
    monkeypatch.setattr(importing, "choose_policy_file", lambda _p, _f: CAFE)
    assert not _controller(window, may_drop=False).start_from_policy()
    monkeypatch.setattr(importing, "choose_policy_file", lambda _p, _f: None)
    assert not _controller(window).start_from_policy()
    assert window.session.project is before


def test_a_file_that_cannot_be_imported_is_explained_and_changes_nothing(
    fake_windows: FakeWindows, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window = fake_windows.open(Project())
    empty = tmp_path / "old.html"
    empty.write_bytes(b"")
    told: list[tuple[str, str]] = []
    monkeypatch.setattr(importing, "choose_policy_file", lambda _p, _f: empty)
    monkeypatch.setattr(importing, "tell_unreadable", lambda _p, n, r: told.append((n, r)))
    assert not _controller(window).start_from_policy()
    assert told == [("old.html", "the file is empty")]
    assert not window.session.project.custom_sections


@pytest.mark.parametrize("anyway", [False, True])
def test_a_file_that_is_not_a_policy_is_imported_only_if_the_user_says_so(
    fake_windows: FakeWindows, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, anyway: bool
) -> None:
    window = fake_windows.open(Project())
    recipe = tmp_path / "recipe.txt"
    recipe.write_text("Pancakes\n\nMix flour and eggs. Fry them in butter.\n")
    asked: list[str] = []
    monkeypatch.setattr(importing, "choose_policy_file", lambda _p, _f: recipe)
    monkeypatch.setattr(
        importing, "ask_import_anyway", lambda _p, _n, reason: asked.append(reason) or anyway
    )
    monkeypatch.setattr(importing, "review_dialog", lambda _w, _c: None)
    assert _controller(window).start_from_policy() is anyway
    assert "does not read like a privacy policy" in asked[0]
    titles = [s.title for s in window.session.project.custom_sections]
    assert titles == (["Pancakes"] if anyway else [])


def test_the_review_lists_proposals_under_their_sections_and_shows_each_sentence(
    qtbot: Any, imported: Project, catalog: Catalog
) -> None:
    dialog = ImportReviewDialog(imported, catalog)
    qtbot.addWidget(dialog)
    tops = [dialog.tree.topLevelItem(n) for n in range(dialog.tree.topLevelItemCount())]
    assert [t.text(0) for t in tops] == [
        "Privacy Policy for Blue Door Café",
        "Contact",
        "What we collect",
        "Services we use",
        "Your rights",
    ]
    assert [tops[3].child(n).text(0) for n in range(tops[3].childCount())] == [
        "Third-party service: Stripe",
        "Third-party service: Mailchimp",
        "Third-party service: Google Analytics 4",
        "Cookie: _ga (Google Analytics 4)",
    ]
    assert {t.text(1) for t in tops} == {"Imported — to review"}
    # The first open proposal is selected, its sentence highlighted in the old text.
    email = _item(dialog, ProposalKind.EMAIL)
    dialog.tree.setCurrentItem(email)
    proposal = dialog._proposal_of(email)
    assert proposal is not None
    marks = dialog.old_text.extraSelections()
    assert [m.cursor.selectedText() for m in marks] == [proposal.sentence]
    assert proposal.sentence in dialog.sentence.text()
    section = _section_item(dialog, "Contact")
    dialog.tree.setCurrentItem(section)
    assert dialog.old_text.extraSelections()[0].cursor.selectedText().startswith("Contact")
    assert dialog.covered_button.isEnabled() and not dialog.accept_button.isEnabled()


def test_decisions_apply_as_one_undoable_step_and_only_accepted_proposals_answer(
    fake_windows: FakeWindows,
    monkeypatch: pytest.MonkeyPatch,
    imported: Project,
    catalog: Catalog,
) -> None:
    window = fake_windows.open(imported)
    session = window.session

    def decide(dialog: ImportReviewDialog) -> int:
        dialog.tree.setCurrentItem(_item(dialog, ProposalKind.ORGANISATION_NAME))
        dialog.accept_button.click()
        dialog.tree.setCurrentItem(_item(dialog, ProposalKind.EMAIL))
        dialog.reject_button.click()
        dialog.tree.setCurrentItem(_section_item(dialog, "Contact"))
        dialog.covered_button.click()
        dialog.tree.setCurrentItem(_section_item(dialog, "Your rights"))
        dialog.keep_button.click()
        assert _section_item(dialog, "Contact").text(1) == "Removed: covered by your answers"
        assert _section_item(dialog, "Your rights").text(1) == "Kept as your own text"
        return 1

    monkeypatch.setattr(ImportReviewDialog, "exec", decide)
    assert importreview.review(window, catalog)
    project = session.project
    assert project.organisation.legal_name == "Blue Door Café Ltd"
    assert project.contact.email == ""  # rejected
    assert project.contact.phone == ""  # still to review: not an answer
    statuses = {p.kind: p.status for p in project.imported.proposals}
    assert statuses[ProposalKind.ORGANISATION_NAME] is ProposalStatus.ACCEPTED
    assert statuses[ProposalKind.EMAIL] is ProposalStatus.REJECTED
    assert statuses[ProposalKind.PHONE] is ProposalStatus.OPEN
    titles = {s.title: s.review for s in project.custom_sections}
    assert "Contact" not in titles and titles["Your rights"] is None
    assert session.undo_stack.count() == 1
    assert "Undo takes them all back" in window.status()

    session.undo_stack.undo()
    assert session.project == imported


def test_accept_all_and_cancel(
    fake_windows: FakeWindows, monkeypatch: pytest.MonkeyPatch, imported: Project, catalog: Catalog
) -> None:
    window = fake_windows.open(imported)

    def accept_everything_then_cancel(dialog: ImportReviewDialog) -> int:
        dialog.accept_all_button.click()
        assert not dialog.working.imported.open_proposals()
        assert "0 answers to review, 17 accepted" in dialog.summary.text()
        assert not dialog.accept_all_button.isEnabled()
        return 0

    monkeypatch.setattr(ImportReviewDialog, "exec", accept_everything_then_cancel)
    assert not importreview.review(window, catalog)
    assert window.session.project == imported and window.session.undo_stack.count() == 0

    monkeypatch.setattr(ImportReviewDialog, "exec", lambda d: d.accept_all_button.click() or 1)
    assert importreview.review(window, catalog)
    assert {r.service_id for r in window.session.project.recipients} == {
        "stripe",
        "mailchimp",
        "google-analytics-4",
    }


def test_the_first_sentence_is_shown_with_the_lines_before_it(qtbot: Any, catalog: Catalog) -> None:
    policy = need_shared() / "reference-policies" / "saas-analytics.txt"
    dialog = ImportReviewDialog(import_policy(policy, catalog), catalog)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    # The first proposal's sentence is in the old policy's first paragraph: centred in the box
    # at its shown size, the text starts at the top, with the heading above the sentence.
    first = dialog._proposal_of(dialog.tree.currentItem())
    assert first is not None and first.start is not None and first.start < 300
    assert dialog.old_text.verticalScrollBar().value() == 0
