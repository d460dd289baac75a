"""The main window, driven as a user drives it: typing, lists, undo, files, export, recovery."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QFileDialog, QLineEdit, QMessageBox, QRadioButton
from pytestqt.qtbot import QtBot

from editor.model import Project
from editor.samples import sample_names, start_project
from editor.storage import load_project, lock, save_project
from editor.storage.recovery import RecoveryStore
from editor.ui import files as files_module
from editor.ui.listeditor import ListEditor
from editor.ui.mainwindow import MainWindow
from editor.ui.pages.base import QuestionRow
from editor.ui.session import Session
from editor.ui.settings import Settings
from editor.ui.status import SectionState

LEGAL_NAME = "What is your business's legal name?"


class Harness:
    """A window with its own settings and recovery folder, and helpers that act as a user."""

    def __init__(self, qtbot: QtBot, tmp_path: Path, project: Project | None = None,
                 path: Path | None = None) -> None:  # fmt: skip
        self.qtbot = qtbot
        self.tmp = tmp_path
        self.settings = Settings(
            QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        )
        self.recovery = RecoveryStore(tmp_path / "recovery")
        self.windows: list[MainWindow] = []
        self.window = self.open_window(project or Project(), path)

    def open_window(self, project: Project, path: Path | None = None) -> MainWindow:
        window = MainWindow(Session(project, path), self.settings, self.recovery)
        # Not qtbot.addWidget: pytest-qt would close it before our fixture can answer the
        # unsaved-changes prompt; the harness fixture closes its windows itself.
        self.windows.append(window)
        window.show()
        self.qtbot.waitExposed(window)
        return window

    def row(self, question: str) -> QuestionRow:
        for row in self.window.current_page().findChildren(QuestionRow):
            if row.question.label == question and row.isVisibleTo(self.window):
                return row
        raise AssertionError(f"no visible question {question!r}")

    def type_answer(self, question: str, text: str) -> QLineEdit:
        edit = self.row(question).field.findChild(QLineEdit)
        assert edit is not None
        edit.setFocus()
        self.qtbot.keyClicks(edit, text)
        return edit

    def go(self, page_key: str) -> None:
        self.window.navigator.select(page_key)
        assert self.window.current_page().spec.key == page_key

    def list_editor(self, item_name: str) -> ListEditor:
        return next(
            e for e in self.window.current_page().findChildren(ListEditor)
            if e.spec.item_name == item_name
        )  # fmt: skip

    def preview_text(self) -> str:
        return self.window.preview.view.toPlainText()

    def wait_preview(self, *texts: str, absent: tuple[str, ...] = ()) -> None:
        def shows() -> bool:
            text = self.preview_text()
            return all(t in text for t in texts) and not any(t in text for t in absent)

        self.qtbot.waitUntil(shows, timeout=20_000)


@pytest.fixture
def harness(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Harness]:
    h = Harness(qtbot, tmp_path)
    yield h
    # Close without the unsaved-changes prompt, which would wait for a click forever.
    for window in h.windows:
        window.session.undo_stack.setClean()
        window.close()
        window.deleteLater()


def answer_save_dialog(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))


def test_fill_the_organisation_page_by_typing(harness: Harness) -> None:
    window = harness.window
    assert window.current_page().spec.key == "organisation"
    harness.type_answer(LEGAL_NAME, "Bean & Leaf Cafe Limited")
    harness.type_answer("Your website", "https://beanandleaf.ie")
    organisation = window.session.project.organisation
    assert organisation.legal_name == "Bean & Leaf Cafe Limited"
    assert organisation.website == "https://beanandleaf.ie"
    assert window.isWindowModified()
    harness.wait_preview("Bean & Leaf Cafe Limited")
    harness.qtbot.waitUntil(
        lambda: (
            window.navigator.status("organisation") is not None
            and window.navigator.status("organisation").state is SectionState.IN_PROGRESS
        )  # type: ignore[union-attr]
    )


def test_preview_updates_without_taking_the_focus(harness: Harness) -> None:
    edit = harness.type_answer(LEGAL_NAME, "Focus Ltd")
    harness.wait_preview("Focus Ltd")
    harness.qtbot.keyClicks(edit, " and Sons")
    harness.wait_preview("Focus Ltd and Sons")
    assert edit.hasFocus()
    assert edit.text() == "Focus Ltd and Sons"


def test_add_a_cookie_and_a_recipient_through_the_list_editors(harness: Harness) -> None:
    harness.go("cookies")
    yes = harness.row("Do your websites or apps use cookies or similar technologies?").field
    harness.qtbot.mouseClick(yes.findChildren(QRadioButton)[0], Qt.MouseButton.LeftButton)
    cookies = harness.list_editor("cookie")
    harness.qtbot.mouseClick(cookies.add_button, Qt.MouseButton.LeftButton)
    name = harness.window.focusWidget()
    assert isinstance(name, QLineEdit)  # the new cookie's first question has the cursor
    harness.qtbot.keyClicks(name, "_ga_session")
    assert cookies.model.index(0, 0).data() == "_ga_session"

    harness.go("recipients")
    recipients = harness.list_editor("third party")
    harness.qtbot.mouseClick(recipients.add_button, Qt.MouseButton.LeftButton)
    harness.qtbot.keyClicks(harness.window.focusWidget(), "Stripe")
    project = harness.window.session.project
    assert [c.name for c in project.cookies.cookies] == ["_ga_session"]
    assert [r.name for r in project.recipients] == ["Stripe"]
    harness.wait_preview("_ga_session", "Stripe")


def test_undo_and_redo_from_the_menu_and_keyboard(harness: Harness) -> None:
    window = harness.window
    edit = harness.type_answer(LEGAL_NAME, "Bean")
    harness.wait_preview("Bean")
    window.commands.undo.trigger()
    assert edit.text() == ""
    assert window.session.project.organisation.legal_name == ""
    assert not window.isWindowModified()
    harness.wait_preview(absent=("Bean",))
    window.commands.redo.trigger()
    assert edit.text() == "Bean"
    edit.setFocus()
    harness.qtbot.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert edit.text() == ""  # Ctrl+Z in a text box undoes the project's last step


def test_undo_shows_the_page_of_the_undone_answer(harness: Harness) -> None:
    harness.type_answer(LEGAL_NAME, "Bean")
    harness.go("contact")
    harness.window.commands.undo.trigger()
    assert harness.window.current_page().spec.key == "organisation"


def test_save_reopen_and_find_the_same_answers(
    harness: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    harness.type_answer(LEGAL_NAME, "Bean & Leaf")
    target = harness.tmp / "bean.policy"
    answer_save_dialog(monkeypatch, harness.tmp / "bean")  # the extension is added
    harness.window.commands.save.trigger()
    assert target.is_file()
    assert not harness.window.isWindowModified()
    assert harness.window.windowTitle().startswith("bean.policy")
    assert harness.settings.recent_files()[0] == target.resolve()

    reopened = harness.open_window(load_project(target), target)
    reopened.navigator.select("organisation")
    edit = reopened.current_page().findChild(QLineEdit)
    assert edit is not None and edit.text() == "Bean & Leaf"
    assert reopened.session.project == harness.window.session.project


def test_open_from_the_menu(harness: Harness, monkeypatch: pytest.MonkeyPatch) -> None:
    path = harness.tmp / "cafe.policy"
    save_project(start_project("cafe"), path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    harness.window.commands.open.trigger()
    assert harness.window.session.path == path
    assert harness.window.windowTitle().startswith("cafe.policy")
    harness.wait_preview("Bean & Leaf")


def test_failed_save_shows_the_reason_and_keeps_the_work(
    harness: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    harness.type_answer(LEGAL_NAME, "Bean")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a: shown.append(text))
    answer_save_dialog(monkeypatch, harness.tmp / "no-such-folder" / "x.policy")
    harness.window.commands.save.trigger()
    assert shown and "does not exist" in shown[0]
    assert harness.window.isWindowModified()
    assert harness.window.session.project.organisation.legal_name == "Bean"


def test_unsaved_changes_prompt_on_close(harness: Harness, monkeypatch: pytest.MonkeyPatch) -> None:
    harness.type_answer(LEGAL_NAME, "Bean")
    asked: list[str] = []

    def answer(choice: QMessageBox.StandardButton):  # type: ignore[no-untyped-def]
        def warning(_parent, _title, text, *_args):  # type: ignore[no-untyped-def]
            asked.append(text)
            return choice

        return warning

    monkeypatch.setattr(QMessageBox, "warning", answer(QMessageBox.StandardButton.Cancel))
    assert not harness.window.close()
    assert harness.window.isVisible()
    assert "Do you want to save the changes" in asked[0]

    answer_save_dialog(monkeypatch, harness.tmp / "kept.policy")
    monkeypatch.setattr(QMessageBox, "warning", answer(QMessageBox.StandardButton.Save))
    assert harness.window.close()
    assert load_project(harness.tmp / "kept.policy").organisation.legal_name == "Bean"


def test_unsaved_changes_prompt_before_opening_another_file(
    harness: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    harness.type_answer(LEGAL_NAME, "Bean")
    other = harness.tmp / "other.policy"
    save_project(start_project("saas"), other)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    assert not harness.window.files.open_path(other)
    assert harness.window.session.project.organisation.legal_name == "Bean"
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Discard)
    assert harness.window.files.open_path(other)
    assert harness.window.session.path == other


def test_recover_from_an_autosave(harness: Harness, monkeypatch: pytest.MonkeyPatch) -> None:
    path = harness.tmp / "cafe.policy"
    save_project(start_project("cafe"), path)
    first = harness.open_window(load_project(path), path)
    first.navigator.select("organisation")
    edit = next(
        r.field.findChild(QLineEdit)
        for r in first.current_page().findChildren(QuestionRow)
        if r.question.label == LEGAL_NAME
    )
    edit.end(False)  # the user clicks after the name, then types
    harness.qtbot.keyClicks(edit, " (recovered)")
    first.files.write_recovery()  # what the autosave timer does every minute
    assert "recovery copy" in first.save_label.text()
    first.session.undo_stack.setClean()  # the "crash": the window goes without saving
    first.close()

    offered: list[str] = []
    monkeypatch.setattr(
        files_module, "ask_recover", lambda _w, title, when, original: offered.append(title) or True
    )
    restarted = harness.open_window(load_project(path), path)
    restarted.files.offer_recovery()
    assert offered
    assert restarted.session.project.organisation.legal_name.endswith("(recovered)")
    assert restarted.isWindowModified()  # recovered work is not in the file yet
    assert restarted.session.path == path


def test_export_every_format_from_the_menu(
    harness: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    harness.window.session.replace(start_project("cafe"), None)
    for fmt, action in harness.window.commands.export_formats.items():
        target = harness.tmp / f"policy.{fmt}"
        answer_save_dialog(monkeypatch, target)
        action.trigger()
        assert target.is_file() and target.stat().st_size > 500, fmt
    assert "Bean &amp; Leaf" in (harness.tmp / "policy.html").read_text("utf-8")
    assert "Bean & Leaf" in (harness.tmp / "policy.md").read_text("utf-8")
    assert zipfile.is_zipfile(harness.tmp / "policy.docx")
    assert (harness.tmp / "policy.pdf").read_bytes().startswith(b"%PDF")
    assert harness.settings.get("export/last_format") == "pdf"
    assert harness.settings.get("export/last_folder") == str(harness.tmp)


def test_drop_a_project_file_on_the_window(harness: Harness) -> None:
    path = harness.tmp / "dropped.policy"
    save_project(start_project("saas"), path)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    harness.window.dropEvent(event)
    assert harness.window.session.path == path


def test_bad_email_marks_contact_as_needing_attention(harness: Harness) -> None:
    harness.go("contact")
    harness.type_answer("Email address for privacy questions", "hello")
    harness.qtbot.waitUntil(
        lambda: (
            harness.window.navigator.status("contact") is not None
            and harness.window.navigator.status("contact").state  # type: ignore[union-attr]
            is SectionState.NEEDS_ATTENTION
        ),
        timeout=20_000,
    )


def test_window_remembers_its_layout(harness: Harness) -> None:
    harness.window.resize(700, 500)  # the offscreen screen is 800x600
    harness.window.preview_dock.hide()
    harness.window.save_layout()
    again = harness.open_window(Project())
    assert again.size().width() == 700
    assert not again.preview_dock.isVisible()


def test_a_project_open_in_another_window_opens_read_only(
    harness: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = harness.tmp / "shared.policy"
    save_project(start_project("cafe"), path)
    other = harness.open_window(load_project(path), path)  # "another editor" holds the lock
    assert lock.other_owner(path) is None  # ... but it is this process: not another editor
    monkeypatch.setattr(lock, "other_owner", lambda _p: lock.LockOwner(1, "elsewhere", "ann", ""))
    monkeypatch.setattr(files_module, "ask_locked", lambda _w, name, holder: False)
    assert harness.window.files.open_path(path)
    assert harness.window.session.read_only
    assert "read-only" in harness.window.windowTitle()
    answer_save_dialog(monkeypatch, harness.tmp / "copy.policy")
    harness.window.commands.save.trigger()  # Save becomes Save As
    assert (harness.tmp / "copy.policy").is_file()
    assert not harness.window.session.read_only
    other.close()


def test_new_project_from_a_sample(harness: Harness, monkeypatch: pytest.MonkeyPatch) -> None:
    class Chooser:
        def __init__(self, templates: list, parent: object) -> None:  # type: ignore[type-arg]
            assert [t.name for t in templates][:1] == ["blank"]  # blank first, then samples
            assert any(t.name == "saas" for t in templates)

        def exec(self) -> bool:
            return True

        def chosen(self) -> str:
            return "saas"

    monkeypatch.setattr(files_module, "NewProjectDialog", Chooser)
    harness.window.commands.new.trigger()
    window = harness.window
    assert window.session.path is None and window.session.origin == "saas"
    assert "(example)" in window.windowTitle()
    assert window.example_bar.isVisibleTo(window)
    assert not window.isWindowModified()


def test_new_project_dialog_shows_each_sample_whole(harness: Harness) -> None:
    from editor.ui.dialogs import NewProjectDialog

    dialog = NewProjectDialog(harness.window.files.templates(), harness.window)
    harness.qtbot.addWidget(dialog)
    dialog.show()
    harness.qtbot.waitExposed(dialog)
    view = dialog.list
    assert view.count() == 1 + len(sample_names())
    assert not view.horizontalScrollBar().isVisible()  # descriptions wrap, none is cut off
    for row in range(view.count()):
        assert view.visualItemRect(view.item(row)).width() <= view.viewport().width()


def test_open_recent_lists_saved_projects(harness: Harness) -> None:
    path = harness.tmp / "recent.policy"
    save_project(start_project("cafe"), path)
    harness.settings.add_recent(path)
    menu = harness.window.commands.recent_menu
    menu.aboutToShow.emit()
    actions = [a for a in menu.actions() if a.isEnabled()]
    assert actions and "recent.policy" in actions[0].text()
    actions[0].trigger()
    assert harness.window.session.path == path


def test_ctrl_s_saves(harness: Harness, monkeypatch: pytest.MonkeyPatch) -> None:
    edit = harness.type_answer(LEGAL_NAME, "Keys Ltd")
    answer_save_dialog(monkeypatch, harness.tmp / "keys.policy")
    harness.window.activateWindow()
    harness.qtbot.waitUntil(harness.window.isActiveWindow)
    edit.setFocus()
    harness.qtbot.keyClick(edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert (harness.tmp / "keys.policy").is_file()
    assert not harness.window.isWindowModified()
