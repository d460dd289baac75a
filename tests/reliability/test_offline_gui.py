"""The offline promise, in the editor: opening, editing, exporting, checking and saving through
the window never opens a network connection.

Under strace, the real editor (``python tests/reliability/offline_gui_flow.py``: the
``policywright`` entry point, offscreen) is started and driven; no AF_INET or AF_INET6 socket
may appear in it or in any process it starts. In this process, the same flow runs in a
pytest-qt window with every Python socket and name lookup refused.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from editor.model import Project
from editor.storage.recovery import RecoveryStore
from editor.ui.mainwindow import MainWindow
from editor.ui.session import Session
from editor.ui.settings import Settings
from tests.qtapp import widget_application
from tests.reliability.network_guard import run_traced
from tests.reliability.offline_gui_flow import ROOT, Dialogs, drive, prepare

_APP = widget_application()  # widget-capable and styled, as tests/ui/conftest.py makes it

SCRIPT = ROOT / "tests" / "reliability" / "offline_gui_flow.py"


def fresh_user_env(home: Path) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[var] = str(home / var.lower())
    return env


@pytest.mark.slow
def test_editor_under_strace_creates_no_internet_socket(tmp_path: Path) -> None:
    traced = run_traced(
        [sys.executable, str(SCRIPT), str(tmp_path / "flow")],
        cwd=ROOT,
        env=fresh_user_env(tmp_path / "user"),
    )
    output = traced.stdout + traced.stderr[-3000:]
    assert "DONE 0" in traced.stdout, output
    assert traced.returncode == 0, output
    assert not traced.internet, f"the editor opened internet sockets: {traced.internet}"
    out = tmp_path / "flow" / "Café Ünïcode work" / "site files"
    assert sorted(p.suffix for p in out.iterdir()) == [".docx", ".html", ".md", ".pdf"]
    print("socket families seen:", sorted(traced.families))


@pytest.mark.slow
def test_strace_sees_a_socket_opened_inside_the_running_editor(tmp_path: Path) -> None:
    # The control: the same script, plus one AF_INET6 socket from one of the editor's threads.
    traced = run_traced(
        [sys.executable, str(SCRIPT), str(tmp_path / "flow"), "--control"],
        cwd=ROOT,
        env=fresh_user_env(tmp_path / "user"),
    )
    assert traced.returncode == 0, traced.stdout + traced.stderr[-3000:]
    assert "AF_INET6" in traced.families, traced.calls


def test_editor_flow_in_process_with_sockets_refused(
    qtbot: QtBot, tmp_path: Path, no_network: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Dialogs.install patches Qt's dialog functions for the whole process: undo it afterwards.
    for name in ("getOpenFileName", "getSaveFileName"):
        monkeypatch.setattr(QFileDialog, name, getattr(QFileDialog, name))
    for name in ("warning", "critical", "question", "information"):
        monkeypatch.setattr(QMessageBox, name, getattr(QMessageBox, name))
    dialogs = Dialogs()
    dialogs.install()
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(Session(Project()), settings, RecoveryStore(tmp_path / "recovery"))
    window.show()
    qtbot.waitExposed(window)
    try:
        problems = drive(window, prepare(tmp_path), dialogs)
    finally:
        window.session.undo_stack.setClean()
        window.close()
        window.deleteLater()
    assert problems == []
    assert not no_network
