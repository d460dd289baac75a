"""File › Check what my site uses: the scan off the GUI thread, and the review step."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from editor.catalog import ScanInputError, ScanReport, load_catalog, scan_file
from editor.catalog.apply import apply_service, with_service
from editor.model import CookieCategory, Project
from editor.ui import scanreview
from editor.ui.scanreview import ScanReviewDialog, SiteScan, start_scan
from editor.ui.session import Session
from tests.catalog.test_scan import CAFE, write


@pytest.fixture
def recording(tmp_path: Path) -> Path:
    return write(tmp_path, CAFE)


def review_dialog(qtbot: QtBot, session: Session, recording: Path) -> ScanReviewDialog:
    catalog = load_catalog()
    report = scan_file(recording, catalog, project=session.project)
    dialog = ScanReviewDialog(session, report, catalog)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_review_adds_only_the_ticked_findings_in_one_step(qtbot: QtBot, recording: Path) -> None:
    session = Session(Project())
    dialog = review_dialog(qtbot, session, recording)
    assert "Hotjar" in [f.name for f in dialog.report.found]
    dialog.set_ticked("Hotjar", False)
    dialog.set_ticked("uid", False)
    assert dialog.add_button.isEnabled()
    dialog.apply()

    project = session.project
    services = {r.service_id for r in project.recipients}
    assert {"google-analytics-4", "stripe"} <= services
    assert "hotjar" not in services
    names = {c.name: c for c in project.cookies.cookies}
    # PHPSESSID is PHP's session cookie (the Open Cookie Database knows it): added as such.
    assert names["PHPSESSID"].service_id == "php-net"
    assert names["PHPSESSID"].category is CookieCategory.FUNCTIONAL
    assert "uid" not in names
    assert session.undo_stack.count() == 1  # one step
    session.undo_stack.undo()
    assert project.recipients == [] and project.cookies.cookies == []


def test_what_the_project_has_already_cannot_be_ticked(qtbot: QtBot, recording: Path) -> None:
    catalog = load_catalog()
    ga = catalog.get("google-analytics-4")
    assert ga is not None
    session = Session(with_service(Project(), apply_service(Project(), ga)))
    dialog = review_dialog(qtbot, session, recording)
    (item,) = dialog.tree.findItems("Google Analytics 4", Qt.MatchFlag.MatchRecursive)
    assert "already in your project" in item.text(1)
    assert not item.flags() & Qt.ItemFlag.ItemIsUserCheckable
    texts = [dialog.tree.topLevelItem(i).text(0) for i in range(dialog.tree.topLevelItemCount())]
    assert any(t.startswith("Other sites your pages load from") for t in texts)


def test_the_scan_runs_off_the_gui_thread_and_opens_the_review(
    qtbot: QtBot, recording: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reviewed: list[ScanReport] = []
    monkeypatch.setattr(scanreview, "review", lambda _p, _s, report, _c: reviewed.append(report))
    parent = QWidget()
    qtbot.addWidget(parent)
    scan = start_scan(parent, Session(Project()), recording)
    with qtbot.waitSignal(scan.finished, timeout=20_000):
        pass
    qtbot.waitUntil(lambda: bool(reviewed))
    assert "stripe" in reviewed[0].found_ids()


def test_a_malformed_file_gets_a_clear_message(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[ScanInputError] = []
    monkeypatch.setattr(scanreview, "show_unreadable", lambda _p, err: shown.append(err))
    broken = tmp_path / "site.har"
    broken.write_text('{"log": {"entries": [{"request": ', "utf-8")
    parent = QWidget()
    qtbot.addWidget(parent)
    scan = start_scan(parent, Session(Project()), broken)
    with qtbot.waitSignal(scan.finished, timeout=20_000):
        pass
    qtbot.waitUntil(lambda: bool(shown))
    assert shown[0].path == broken and shown[0].message


def test_stop_ends_the_scan_without_a_review(qtbot: QtBot, recording: Path) -> None:
    scan = SiteScan(recording, Project(), None)
    scan.stop()
    with qtbot.waitSignal(scan.finished, timeout=20_000) as blocker:
        scan.start()
    assert blocker.args == [None]


def test_the_file_menu_command_checks_a_recording(
    qtbot: QtBot, tmp_path: Path, recording: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from tests.ui.test_window import Harness

    harness = Harness(qtbot, tmp_path)
    window = harness.window
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(recording), ""))
    reviewed: list[ScanReport] = []
    monkeypatch.setattr(scanreview, "review", lambda _p, _s, report, _c: reviewed.append(report))
    assert window.commands.check_site in window.menuBar().actions()[0].menu().actions()
    window.commands.check_site.trigger()
    qtbot.waitUntil(lambda: bool(reviewed), timeout=20_000)
    assert reviewed[0].source == recording.name
    window.close()


def test_results_arrive_on_the_gui_thread(qtbot: QtBot, recording: Path) -> None:
    import threading

    threads: list[threading.Thread] = []
    scan = SiteScan(recording, Project(), None)
    scan.progressed.connect(lambda _p: threads.append(threading.current_thread()))
    scan.finished.connect(lambda _r: threads.append(threading.current_thread()))
    with qtbot.waitSignal(scan.finished, timeout=20_000):
        scan.start()
    assert threads and all(t is threading.main_thread() for t in threads)
