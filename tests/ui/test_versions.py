"""Versions in the editor: publish, compare, restore, view, the notice and the yearly reminder.

Driven as a user drives the window: the File menu's "Publish this version…", the Versions
panel's list and buttons, Ctrl+Z. The sample online shop has three published versions
(2024-04, 2025-02, 2026-02) and a draft that adds a delivery company.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from editor.model import Project
from editor.samples import sample_paths
from editor.storage import load_project
from editor.storage.recovery import RecoveryStore
from editor.ui import versioning
from editor.ui.mainwindow import MainWindow
from editor.ui.publishdialog import PublishDialog, suggest_label
from editor.ui.session import Session
from editor.ui.settings import Settings
from editor.ui.sidebyside import NEW_SHADE, OLD_SHADE
from editor.ui.versionspanel import DRAFT_KEY
from editor.versions import publish, snapshot

TODAY = dt.date(2026, 11, 22)
SHOP = sample_paths()["online-shop"]


def shop() -> Project:
    return load_project(SHOP)


def plain(text: str) -> str:
    """Shown text with its spacing (the material mark's no-break spaces) made plain."""
    return " ".join(text.split())


def published_dump(project: Project) -> list[dict[str, Any]]:
    return [v.model_dump(mode="json") for v in project.published]


class Window:
    """A main window with its own settings, set to ``TODAY``, closed without prompts."""

    def __init__(self, qtbot: QtBot, tmp_path: Path, project: Project) -> None:
        self.qtbot = qtbot
        settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
        self.window = MainWindow(
            Session(project, tmp_path / "shop.policy"), settings, RecoveryStore(tmp_path / "rec")
        )
        self.versions = self.window.versions
        self.versions.today = lambda: TODAY
        self.window.show()
        qtbot.waitExposed(self.window)
        qtbot.waitUntil(lambda: self.versions.review_checked, timeout=20_000)

    @property
    def project(self) -> Project:
        return self.window.session.project

    @property
    def panel(self) -> Any:
        return self.versions.panel

    def open_panel(self, *select: str) -> None:
        self.window.versions.dock.toggleViewAction().trigger()
        assert self.versions.dock.isVisible()
        if select:
            self.panel.select(*select)

    def changes_text(self) -> str:
        return plain(self.panel.comparison.words.toPlainText())

    def close(self) -> None:
        self.window.session.undo_stack.setClean()
        self.window.close()
        self.window.deleteLater()


@pytest.fixture
def shop_window(qtbot: QtBot, tmp_path: Path) -> Iterator[Window]:
    window = Window(qtbot, tmp_path, shop())
    yield window
    window.close()


def answer_publish(
    monkeypatch: pytest.MonkeyPatch, label: str | None = None, note: str = ""
) -> list[PublishDialog]:
    """Answer the publish dialog as a user would: type the label and note, press Publish."""
    seen: list[PublishDialog] = []

    def run(dialog: PublishDialog) -> int:
        seen.append(dialog)
        if label is not None:
            dialog.label_edit.setText(label)
        dialog.note_edit.setPlainText(note)
        dialog.publish_button.click()
        return int(dialog.result())

    monkeypatch.setattr(PublishDialog, "exec", run)
    return seen


# --- publishing -----------------------------------------------------------------------------


def test_publish_records_a_version_and_ctrl_z_removes_it(
    shop_window: Window, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = shop_window.project.model_dump(mode="json")
    answer_publish(monkeypatch, "2026-12", note="We now deliver with Evri.")
    assert shop_window.versions.publish_action in shop_window.window.commands.file_menu.actions()
    shop_window.versions.publish_action.trigger()

    project = shop_window.project
    assert [v.label for v in project.published] == ["2024-04", "2025-02", "2026-02", "2026-12"]
    version = project.published[-1]
    assert (version.effective_date, version.published_on) == (TODAY, TODAY)
    assert version.note == "We now deliver with Evri."
    assert "Evri" in version.summary
    assert project.policy.version_label == "2026-12"
    assert shop_window.window.isWindowModified()
    evri = [r.name for r in project.recipients].index("Evri")
    assert snapshot(project, "2026-12").recipients[evri].name == "Evri"

    # A later edit of the draft does not reach the published version.
    shop_window.window.session.set_field(("recipients", evri, "name"), "Evri Ltd")
    assert snapshot(shop_window.project, "2026-12").recipients[evri].name == "Evri"

    shop_window.window.commands.undo.trigger()  # the edit
    window = shop_window.window
    window.setFocus()
    shop_window.qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert shop_window.project.model_dump(mode="json") == before
    assert not window.isWindowModified()
    window.commands.redo.trigger()
    assert [v.label for v in shop_window.project.published][-1] == "2026-12"


def test_publish_dialog_suggests_the_month_and_lists_the_changes(shop_window: Window) -> None:
    dialog = PublishDialog(shop_window.project, TODAY, shop_window.window)
    assert dialog.label_edit.text() == "2026-11"
    assert dialog.effective_date == TODAY
    assert (
        dialog.changes_title.text()
        == "What changed since version 2026-02 (effective 1 February 2026)"
    )
    words = plain(dialog.changes.words.toPlainText())
    assert "Who we share it with" in words
    assert "Material Added recipient: Evri (delivery and logistics, United Kingdom)" in words
    assert "Privacy contact phone added" in words
    assert "2 changes, 1 material" in words
    assert "This version has material changes" in dialog.date_hint.text()
    dialog.date_edit.setDate(dt.date(2026, 12, 15))
    assert "This version has material changes" not in dialog.date_hint.text()
    dialog.close()


def test_publish_dialog_explains_a_taken_label_and_an_early_date(shop_window: Window) -> None:
    dialog = PublishDialog(shop_window.project, TODAY, shop_window.window)
    dialog.label_edit.setText("2026-02")
    assert dialog.label_problem.isVisibleTo(dialog)
    assert "already a version called “2026-02”" in dialog.label_problem.text()
    assert not dialog.publish_button.isEnabled()

    dialog.label_edit.setText("2027-01")
    assert not dialog.label_problem.isVisibleTo(dialog)
    dialog.date_edit.setDate(dt.date(2026, 1, 15))
    assert "took effect on 1 February 2026" in dialog.date_problem.text()
    assert not dialog.publish_button.isEnabled()
    dialog.accept()  # Enter in a field: nothing is published
    assert dialog.published is None

    dialog.date_edit.setDate(dt.date(2027, 1, 1))
    assert dialog.publish_button.isEnabled()
    dialog.accept()
    assert dialog.published is not None
    assert dialog.published.published[-1].effective_date == dt.date(2027, 1, 1)
    assert len(shop_window.project.published) == 3  # the dialog changes nothing itself


def test_the_suggested_label_follows_the_date_until_the_user_types_one() -> None:
    project = shop()
    assert suggest_label(project, dt.date(2026, 2, 3)) == "2026-02-03"  # 2026-02 is taken
    dialog = PublishDialog(project, TODAY)
    dialog.date_edit.setDate(dt.date(2027, 3, 1))
    assert dialog.label_edit.text() == "2027-03"
    dialog.label_edit.setText("Spring update")
    dialog.date_edit.setDate(dt.date(2027, 4, 1))
    assert dialog.label_edit.text() == "Spring update"


def test_the_first_publication_says_so(qtbot: QtBot) -> None:
    dialog = PublishDialog(Project(), TODAY)
    qtbot.addWidget(dialog)
    assert "first version you publish" in dialog.changes.words.toPlainText()
    assert not dialog.changes.isTabEnabled(1)


# --- the panel and comparisons --------------------------------------------------------------


def test_panel_lists_the_draft_and_versions_newest_first(shop_window: Window) -> None:
    shop_window.open_panel()
    items = [shop_window.panel.list.item(r).text() for r in range(shop_window.panel.list.count())]
    assert items[0].startswith("Draft")
    assert items[1].startswith("2026-02 · effective 1 February 2026\nYou can now pay by card")
    assert items[3].startswith("2024-04 · effective 1 April 2024")


def test_comparison_of_two_selected_versions_lists_the_shops_changes(shop_window: Window) -> None:
    shop_window.open_panel("2024-04", "2025-02")
    text = shop_window.changes_text()
    assert "Changes from version 2024-04 (effective 1 April 2024) to version 2025-02" in text
    for expected in (
        "What we collect",
        "Material Added data category: Newsletter sign-ups (contact details)",
        "Who we share it with",
        "Material Added recipient: Klaviyo (email marketing, United States, EU–US Data "
        "Privacy Framework)",
        "Material Data now also stored in the United States",
        "Privacy contact email changed from “hello@fernhillyarns.co.uk” to "
        "“privacy@fernhillyarns.co.uk”",
        "12 changes, 9 material",
    ):
        assert expected in text
    assert "Material Privacy contact email" not in text  # contact details are not material
    # Grouped in the policy's order: what is collected before who it is shared with.
    assert text.index("What we collect") < text.index("Who we share it with")


def test_side_by_side_in_a_narrow_window_leaves_the_questions_whole(shop_window: Window) -> None:
    shop_window.window.resize(1320, 860)  # the narrowest window every page fits
    shop_window.open_panel("2025-02", "2026-02")
    shop_window.panel.comparison.setCurrentIndex(1)
    shop_window.qtbot.wait(100)
    assert shop_window.window.current_page().viewport().width() >= 640


def test_side_by_side_shows_the_sections_that_differ(shop_window: Window) -> None:
    shop_window.window.resize(1500, 860)  # room for the questions and two columns
    shop_window.open_panel("2025-02", "2026-02")
    view = shop_window.panel.comparison
    assert shop_window.versions.dock.width() < 600
    view.setCurrentIndex(1)
    dock = shop_window.versions.dock
    shop_window.qtbot.waitUntil(lambda: dock.width() >= 600)  # widened for two columns
    assert shop_window.window.current_page().viewport().width() >= 640, "the page stays whole"
    text = plain(view.side.toPlainText())
    assert "Version 2025-02 effective 1 February 2025" in text
    assert "Version 2026-02 effective 1 February 2026" in text
    assert "Who we share it with Material Added recipient: Stripe" in text
    assert "Contact us" not in text  # unchanged between these versions
    html = view.side.toHtml()
    assert html.count(OLD_SHADE) >= 2 and html.count(NEW_SHADE) >= 2  # _ga and _ga_* rows


def test_one_version_shows_what_it_changed_and_the_draft_what_is_unpublished(
    shop_window: Window,
) -> None:
    shop_window.open_panel("2026-02")
    assert "Changes from version 2025-02" in shop_window.changes_text()
    assert "Added recipient: Stripe" in shop_window.changes_text()
    shop_window.panel.select(DRAFT_KEY)
    assert "Changes from version 2026-02 (effective 1 February 2026) to the draft" in (
        shop_window.changes_text()
    )
    shop_window.panel.select("2024-04")
    assert "first published version" in shop_window.changes_text()


def test_the_draft_comparison_follows_edits_and_links_to_the_question(
    shop_window: Window,
) -> None:
    shop_window.open_panel(DRAFT_KEY)
    session = shop_window.window.session
    session.set_field(("organisation", "legal_name"), "Fernhill Yarns Limited")
    shop_window.qtbot.waitUntil(lambda: "Fernhill Yarns Limited" in shop_window.changes_text())
    evri = next(
        n for n, c in enumerate(shop_window.panel.comparison.comparison.changes) if "Evri" in c.text
    )
    shop_window.panel.comparison.words.anchorClicked.emit(f"change:{evri}")
    assert shop_window.window.current_page().spec.key == "recipients"


# --- restore and view -----------------------------------------------------------------------


def test_restore_is_one_undoable_step_and_leaves_published_versions_alone(
    shop_window: Window, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(versioning, "ask_restore", lambda _w, label: asked.append(label) or True)
    before = shop_window.project.model_dump(mode="json")
    published = published_dump(shop_window.project)
    shop_window.open_panel("2024-04")
    shop_window.panel.restore_button.click()

    assert asked == ["2024-04"]
    project = shop_window.project
    old = snapshot(project, "2024-04")
    assert [r.name for r in project.recipients] == [r.name for r in old.recipients]
    assert project.policy.version_label == "2026-02"  # what was really published last
    assert published_dump(project) == published
    assert shop_window.window.isWindowModified()

    shop_window.window.commands.undo.trigger()
    assert shop_window.project.model_dump(mode="json") == before
    assert not shop_window.window.isWindowModified()


def test_restore_asks_first(shop_window: Window, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(versioning, "ask_restore", lambda _w, _label: False)
    before = shop_window.project.model_dump(mode="json")
    shop_window.open_panel("2025-02")
    shop_window.panel.restore_button.click()
    assert shop_window.project.model_dump(mode="json") == before
    assert shop_window.window.session.undo_stack.count() == 0


def test_view_shows_a_published_version_that_edits_cannot_touch(shop_window: Window) -> None:
    shop_window.open_panel("2024-04")
    shop_window.panel.view_button.click()
    viewer = shop_window.versions.viewers[-1]
    shop_window.qtbot.waitUntil(lambda: "Fernhill" in viewer.text())  # type: ignore[attr-defined]
    assert "Klaviyo" not in viewer.text()  # type: ignore[attr-defined]
    assert viewer.preview.view.isReadOnly()  # type: ignore[attr-defined]
    stored = published_dump(shop_window.project)
    shop_window.window.session.set_field(("recipients", 0, "name"), "Changed")
    assert published_dump(shop_window.project) == stored
    assert viewer.snapshot.recipients[0].name != "Changed"  # type: ignore[attr-defined]
    viewer.close()


# --- the notice -----------------------------------------------------------------------------


def test_export_the_notice_for_the_selected_versions(
    shop_window: Window, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    target = tmp_path / "notice"
    suggested: list[str] = []

    def save_name(*args: Any, **_kwargs: Any) -> tuple[str, str]:
        suggested.append(args[2])
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    shop_window.open_panel("2025-02", "2026-02")
    assert shop_window.panel.notice_button.isEnabled()
    md = next(a for a in shop_window.panel.notice_button.menu().actions() if "Markdown" in a.text())
    md.trigger()
    text = (tmp_path / "notice.md").read_text("utf-8")
    assert "We have updated our privacy policy" in text
    assert "Stripe" in text
    assert suggested[0].endswith("shop-notice-2026-02.md")
    # The policy's own Export keeps its format.
    assert shop_window.window.settings.get("export/last_format") == "html"


# --- the yearly reminder --------------------------------------------------------------------


def test_reminder_appears_when_the_last_publication_is_over_a_year_old(
    qtbot: QtBot, tmp_path: Path
) -> None:
    old = publish(
        Project(), "2025-06", effective_date=dt.date(2025, 6, 1), today=dt.date(2025, 5, 20)
    )
    window = Window(qtbot, tmp_path, old)
    try:
        bar = window.versions.review_bar
        assert bar.isVisible()
        assert "last published on May 20, 2025" in bar.text.text()  # no country: US style
        assert "at least once a year" in bar.text.text()
        bar.review.click()
        assert window.versions.dock.isVisible()
        assert window.panel.selection().keys == (DRAFT_KEY,)
        bar.dismiss.click()
        assert not bar.isVisible()
        window.window.session.set_field(("organisation", "legal_name"), "Still Here Ltd")
        assert not bar.isVisible()  # dismissed for this session
    finally:
        window.close()


def test_publishing_again_puts_the_reminder_away(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = publish(
        Project(), "2025-06", effective_date=dt.date(2025, 6, 1), today=dt.date(2025, 5, 20)
    )
    window = Window(qtbot, tmp_path, old)
    try:
        assert window.versions.review_bar.isVisible()
        answer_publish(monkeypatch)  # the suggested label, 2026-11
        window.versions.publish()
        assert window.project.published[-1].summary == "Reviewed; no changes."
        assert not window.versions.review_bar.isVisible()
        window.window.commands.undo.trigger()
        assert window.versions.review_bar.isVisible()
    finally:
        window.close()


def test_no_reminder_for_a_recent_publication(qtbot: QtBot, tmp_path: Path) -> None:
    recent = publish(
        Project(), "2026-03", effective_date=dt.date(2026, 3, 1), today=dt.date(2026, 2, 20)
    )
    window = Window(qtbot, tmp_path, recent)
    try:
        assert window.versions.review_checked
        assert not window.versions.review_bar.isVisible()
    finally:
        window.close()


def test_no_reminder_for_a_policy_never_published(qtbot: QtBot, tmp_path: Path) -> None:
    window = Window(qtbot, tmp_path, Project())
    try:
        assert not window.versions.review_bar.isVisible()
        window.open_panel(DRAFT_KEY)
        assert "Nothing is published yet" in window.changes_text()
    finally:
        window.close()


def test_replace_project_is_exactly_undone(qapp: object) -> None:
    session = Session(shop())
    before = session.project.model_dump(mode="json")
    session.replace_project(Project(), "Start over")
    assert session.project.organisation.legal_name == ""
    assert session.modified
    session.undo_stack.undo()
    assert session.project.model_dump(mode="json") == before
    assert not session.modified


def test_no_reminder_on_an_example_project(qtbot: QtBot, tmp_path: Path) -> None:
    session = Session(shop())
    session.origin = "online-shop"  # the first-run example: not the user's own policy
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(session, settings, RecoveryStore(tmp_path / "rec"))
    window.versions.today = lambda: dt.date(2028, 1, 1)
    window.show()
    try:
        qtbot.waitUntil(lambda: window.versions.review_checked, timeout=20_000)
        assert not window.versions.review_bar.isVisible()
    finally:
        window.close()
