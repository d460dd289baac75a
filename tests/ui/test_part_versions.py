"""The versions controller alone, against a fake of the window: publish, restore, the notice,
the reminder. The online-shop sample has versions 2024-04, 2025-02 and 2026-02 and a draft that
adds a delivery company (Evri)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget
from pytestqt.qtbot import QtBot

from editor.document.walk import plain_text
from editor.model import Project
from editor.model.fieldpath import FieldPath
from editor.samples import start_project
from editor.ui import versioning
from editor.ui.exporting import Exportable
from editor.ui.publishdialog import PublishDialog
from editor.ui.versioning import VersionsController
from editor.ui.versionspanel import DRAFT_KEY
from editor.versions import publish, snapshot
from tests.ui.fake_window import FakeAnalyser, FakeWindow, FakeWindows

TODAY = dt.date(2026, 11, 22)


class Exports:
    """The exporter, recorded: what was asked, and the document it would have written."""

    def __init__(self) -> None:
        self.asked: list[tuple[str, Exportable | None]] = []

    def export(self, fmt: str, other: Exportable | None = None) -> bool:
        self.asked.append((fmt, other))
        return True


class Parts:
    """A fake window with a versions controller and what it was given, recorded."""

    def __init__(self, window: FakeWindow) -> None:
        self.window = window
        self.dock = QDockWidget("Versions", window)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        self.exports = Exports()
        self.analyser = FakeAnalyser()
        self.went_to: list[FieldPath] = []
        self.versions = VersionsController(
            window,
            self.dock,
            exporter=self.exports,  # type: ignore[arg-type]
            analyser=self.analyser,  # type: ignore[arg-type]
            go_to=self.went_to.append,
        )
        self.versions.today = lambda: TODAY

    @property
    def project(self) -> Project:
        return self.window.session.project


def parts_for(fake_windows: FakeWindows, project: Project) -> Parts:
    return Parts(fake_windows.open(project))


def test_its_actions_go_in_the_file_and_view_menus(fake_windows: FakeWindows) -> None:
    parts = parts_for(fake_windows, Project())
    assert parts.window.menus["file"] == [parts.versions.publish_action]
    assert parts.window.menus["view"] == [parts.dock.toggleViewAction()]
    assert parts.dock.widget() is parts.versions.panel


def test_publish_records_a_version_that_undo_takes_back(
    fake_windows: FakeWindows, monkeypatch: pytest.MonkeyPatch
) -> None:
    parts = parts_for(fake_windows, start_project("online-shop"))
    before = parts.project.model_dump(mode="json")

    def answer(dialog: PublishDialog) -> int:
        dialog.label_edit.setText("2026-12")
        dialog.note_edit.setPlainText("We now deliver with Evri.")
        dialog.publish_button.click()
        return int(dialog.result())

    monkeypatch.setattr(PublishDialog, "exec", answer)
    parts.versions.publish_action.trigger()

    version = parts.project.published[-1]
    assert (version.label, version.effective_date, version.note) == (
        "2026-12",
        TODAY,
        "We now deliver with Evri.",
    )
    assert "Evri" in [r.name for r in snapshot(parts.project, "2026-12").recipients]
    assert parts.window.status() == "Published version 2026-12. Save the project to keep it."
    parts.window.session.undo_stack.undo()
    assert parts.project.model_dump(mode="json") == before


def test_restore_asks_then_puts_the_old_answers_in_the_draft(
    fake_windows: FakeWindows, monkeypatch: pytest.MonkeyPatch
) -> None:
    parts = parts_for(fake_windows, start_project("online-shop"))
    before = parts.project.model_dump(mode="json")
    answers = iter([False, True])
    asked: list[str] = []
    monkeypatch.setattr(
        versioning, "ask_restore", lambda _parent, label: asked.append(label) or next(answers)
    )

    assert not parts.versions.restore_version("2024-04")  # the user said no
    assert parts.project.model_dump(mode="json") == before
    assert parts.versions.restore_version("2024-04")

    assert asked == ["2024-04", "2024-04"]
    old = snapshot(parts.project, "2024-04")
    assert [r.name for r in parts.project.recipients] == [r.name for r in old.recipients]
    assert "Undo takes it back" in parts.window.status()
    parts.window.session.undo_stack.undo()
    assert parts.project.model_dump(mode="json") == before


def test_the_notice_for_the_draft_goes_to_the_exporter(fake_windows: FakeWindows) -> None:
    parts = parts_for(fake_windows, start_project("online-shop"))
    parts.versions.show_panel(DRAFT_KEY)
    assert parts.dock.isVisible()

    assert parts.versions.export_notice("md")

    [(fmt, other)] = parts.exports.asked
    assert fmt == "md" and other is not None
    assert other.name_suffix == "-notice" and not other.table_of_contents
    assert "Evri" in plain_text(other.make())


def test_the_comparisons_links_go_to_the_question(fake_windows: FakeWindows) -> None:
    parts = parts_for(fake_windows, start_project("online-shop"))
    parts.versions.panel.comparison.changeActivated.emit(("recipients", 3, "name"))
    assert parts.went_to == [("recipients", 3, "name")]


def test_the_yearly_reminder_after_the_first_preview(
    fake_windows: FakeWindows, qtbot: QtBot
) -> None:
    old = publish(
        Project(), "2025-06", effective_date=dt.date(2025, 6, 1), today=dt.date(2025, 5, 20)
    )
    parts = parts_for(fake_windows, old)
    bar = parts.versions.review_bar
    assert not parts.versions.review_checked  # nothing loaded before the first preview

    parts.analyser.previewed.emit(None)
    qtbot.waitUntil(lambda: parts.versions.review_checked, timeout=20_000)

    assert bar.isVisibleTo(parts.window)
    assert "last published on May 20, 2025" in bar.text.text()
    bar.review.click()
    assert parts.dock.isVisible()
    assert parts.versions.panel.selection().keys == (DRAFT_KEY,)
    bar.dismiss.click()
    assert not bar.isVisibleTo(parts.window)
