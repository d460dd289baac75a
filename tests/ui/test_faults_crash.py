"""An uncaught exception in the editor: the work is kept, a report is written, the editor goes on.

pytest-qt's own capture of exceptions in slots is turned off for these tests: the editor's
handler is the one under test.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from editor.samples import start_project
from editor.storage import save_project
from editor.ui import crash
from editor.ui.crash import CrashHandler, CrashNotice
from tests.ui.fault_helpers import Windows, legal_name_edit, type_legal_name

pytestmark = pytest.mark.qt_no_exception_capture


@pytest.fixture
def notices(monkeypatch: pytest.MonkeyPatch) -> list[CrashNotice]:
    shown: list[CrashNotice] = []
    monkeypatch.setattr(crash, "show_crash_notice", lambda _parent, notice: shown.append(notice))
    return shown


@pytest.fixture
def handler() -> Iterator[CrashHandler]:
    installed = crash.install()
    yield installed
    installed.uninstall()
    installed.deleteLater()


def reports(windows: Windows) -> list[Path]:
    return sorted((windows.tmp / "user-data" / "crash-reports").glob("crash-*.txt"))


def click_a_failing_button(qtbot: QtBot, message: str) -> QPushButton:
    button = QPushButton("Fail")
    qtbot.addWidget(button)

    def fail() -> None:
        raise ValueError(message)

    button.clicked.connect(fail)
    button.click()  # the slot raises; Qt calls sys.excepthook and goes on
    return button


def test_exception_in_a_slot_keeps_the_work_reports_and_keeps_running(
    qtbot: QtBot, windows: Windows, handler: CrashHandler, notices: list[CrashNotice]
) -> None:
    path = windows.tmp / "Client files" / "bean.policy"
    path.parent.mkdir()
    save_project(start_project("cafe"), path)
    window = windows.open(path=path)
    type_legal_name(qtbot, window, " Unsaved")
    secret = window.session.project.organisation.legal_name
    assert secret.endswith(" Unsaved")

    click_a_failing_button(qtbot, f"cannot handle {secret!r}")

    # The recovery copy was written at once, not at the next autosave a minute later.
    entry = windows.recovery.entry_for(path)
    assert entry is not None
    assert windows.recovery.load(entry).organisation.legal_name == secret
    # One report, with the traceback, versions and file name, and none of the answers.
    [report] = reports(windows)
    text = report.read_text("utf-8")
    assert "Traceback (most recent call last)" in text and "ValueError" in text
    assert "Policywright: " in text and "Python: " in text and "Platform: " in text
    assert "Project file: bean.policy; unsaved changes: yes" in text
    assert secret not in text and "Unsaved" not in text and "Client files" not in text
    assert crash.BLANKED in text
    # The user is told, in plain words, once the event loop runs again.
    qtbot.waitUntil(lambda: len(notices) == 1)
    notice = notices[0]
    assert notice.text().startswith("Something went wrong. Your work is safe:")
    assert "bean.policy" in notice.text() and notice.report == report
    assert str(report) in notice.informative()
    # The editor goes on: still modified, still editable, Ctrl+S still saves.
    assert window.isVisible() and window.isWindowModified()
    type_legal_name(qtbot, window, " Later")
    assert window.session.project.organisation.legal_name == secret + " Later"
    window.commands.save.trigger()
    assert not window.isWindowModified()


def test_repeating_failure_is_reported_once(
    qtbot: QtBot, windows: Windows, handler: CrashHandler, notices: list[CrashNotice]
) -> None:
    windows.open(start_project("saas"))
    button = click_a_failing_button(qtbot, "again")
    for _ in range(20):
        button.click()
    qtbot.waitUntil(lambda: len(notices) == 1)
    assert len(reports(windows)) == 1
    assert handler.handled == 21
    qtbot.wait(50)
    assert len(notices) == 1  # no second dialog for the same failure


def test_the_same_failure_after_a_quiet_spell_is_handled_again(
    qtbot: QtBot,
    windows: Windows,
    handler: CrashHandler,
    notices: list[CrashNotice],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = windows.open(start_project("saas"))
    button = click_a_failing_button(qtbot, "sometimes")
    qtbot.waitUntil(lambda: len(notices) == 1)
    type_legal_name(qtbot, window, " typed after the first failure")
    monkeypatch.setattr(crash, "QUIET_S", 0.0)
    button.click()
    qtbot.waitUntil(lambda: len(notices) == 2)
    assert len(reports(windows)) == 2
    [entry] = windows.recovery.entries()
    typed = window.session.project.organisation.legal_name
    assert windows.recovery.load(entry).organisation.legal_name == typed


def test_failure_in_a_worker_thread_is_handled_on_the_gui_thread(
    qtbot: QtBot, windows: Windows, handler: CrashHandler, notices: list[CrashNotice]
) -> None:
    window = windows.open(start_project("saas"))
    type_legal_name(qtbot, window, "X")

    def work() -> None:
        raise RuntimeError("worker failed")

    worker = threading.Thread(target=work, name="analysis")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: len(notices) == 1)
    [report] = reports(windows)
    assert "Thread: analysis" in report.read_text("utf-8")
    assert "Project file: (never saved); unsaved changes: yes" in report.read_text("utf-8")
    assert windows.recovery.entries(), "the untitled project's recovery copy"


def test_unmodified_project_is_said_to_be_safe_without_a_copy(
    qtbot: QtBot, windows: Windows, handler: CrashHandler, notices: list[CrashNotice]
) -> None:
    path = windows.tmp / "saved.policy"
    save_project(start_project("cafe"), path)
    windows.open(path=path)
    QTimer.singleShot(0, lambda: 1 / 0)
    qtbot.waitUntil(lambda: len(notices) == 1)
    assert "“saved.policy” has no unsaved changes" in notices[0].text()
    assert windows.recovery.entries() == []
    assert "ZeroDivisionError" in reports(windows)[0].read_text("utf-8")


def test_when_no_recovery_copy_can_be_written_the_user_is_told_to_save(
    qtbot: QtBot, windows: Windows, handler: CrashHandler, notices: list[CrashNotice]
) -> None:
    window = windows.open(start_project("cafe"))
    type_legal_name(qtbot, window, "X")
    # The user data folder is a file: neither the recovery copy nor the report can be written.
    windows.tmp.joinpath("user-data").write_text("not a folder")
    click_a_failing_button(qtbot, "boom")
    qtbot.waitUntil(lambda: len(notices) == 1)
    text = notices[0].text()
    assert "could not be written" in text and "Save As" in text
    assert "Your work is safe" not in text
    assert notices[0].report is None
    assert window.isVisible()


def test_failure_while_typing_in_the_window(
    qtbot: QtBot,
    windows: Windows,
    handler: CrashHandler,
    notices: list[CrashNotice],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A bug in an editor slot (here: the preview follower) raised by a real keystroke."""
    window = windows.open(start_project("cafe"))
    edit = legal_name_edit(window)

    def broken(_path: object) -> None:
        raise KeyError("broken follower")

    window.session.changed.connect(broken)
    edit.setFocus()
    edit.end(False)  # the user clicks after the name (offscreen, focus may not arrive)
    qtbot.keyClicks(edit, "Z")
    qtbot.waitUntil(lambda: len(notices) == 1)
    assert edit.text().endswith("Z")
    assert window.session.project.organisation.legal_name.endswith("Z")
    assert windows.recovery.entries()
    window.session.changed.disconnect(broken)


def test_install_and_uninstall_restore_the_previous_hooks() -> None:
    import sys

    before = (sys.excepthook, threading.excepthook)
    installed = crash.install()
    assert sys.excepthook != before[0] and threading.excepthook != before[1]
    installed.uninstall()
    assert (sys.excepthook, threading.excepthook) == before
    installed.deleteLater()


def test_reports_are_capped(tmp_path: Path) -> None:
    for n in range(crash.KEEP_REPORTS + 5):
        crash.write_report(tmp_path, f"report {n}")
    assert len(list(tmp_path.glob("crash-*.txt"))) == crash.KEEP_REPORTS


def test_the_dialog_speaks_plainly_and_offers_to_keep_working(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    seen: list[tuple[str, str, list[str]]] = []

    def exec_(box: QMessageBox) -> int:
        seen.append((box.text(), box.detailedText(), [b.text() for b in box.buttons()]))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    notice = CrashNotice(saved=["bean.policy"], report=Path("/r/crash-1.txt"), details="trace")
    crash.show_crash_notice(None, notice)
    [(text, details, buttons)] = seen
    assert text.startswith("Something went wrong. Your work is safe: a recovery copy of")
    assert details == "trace"
    assert "&Keep working" in buttons
