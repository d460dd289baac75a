"""Two editors, one file: the other editor is a real process; its lock never outlives it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from editor.samples import start_project
from editor.storage import load_project, lock, save_project
from editor.ui import files as files_module
from editor.ui.app import first_project
from editor.ui.mainwindow import MainWindow
from editor.ui.session import Session
from editor.ui.settings import Settings
from tests.ui.fault_helpers import Windows, type_legal_name

ROOT = Path(__file__).resolve().parents[2]
HOLDER = (
    "import sys, time; from pathlib import Path; from editor.storage import lock;"
    "lock.acquire(Path(sys.argv[1])); print('ok', flush=True); time.sleep(60)"
)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = tmp_path / "shared.policy"
    save_project(start_project("cafe"), path)
    return path


@pytest.fixture
def other_editor(project: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process that holds the project's lock, as a running editor does."""
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(project)], stdout=subprocess.PIPE, text=True, cwd=ROOT
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "ok"
    yield holder
    holder.kill()
    holder.wait()


def answer_lock_prompt(monkeypatch: pytest.MonkeyPatch, answer: bool | None) -> list[str]:
    asked: list[str] = []

    def ask(_window: object, name: str, holder: str) -> bool | None:
        asked.append(f"{name}: {holder}")
        return answer

    monkeypatch.setattr(files_module, "ask_locked", ask)
    return asked


def holder_pid(project: Path) -> int | None:
    owner = lock.read_owner(project)
    return owner.pid if owner is not None else None


def test_take_over_from_a_running_editor(
    qtbot: QtBot,
    windows: Windows,
    project: Path,
    other_editor: subprocess.Popen[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = windows.open(start_project("blank"))
    asked = answer_lock_prompt(monkeypatch, True)
    assert window.files.open_path(project)
    assert asked and "shared.policy" in asked[0] and "on this computer" in asked[0]
    assert not window.session.read_only and "read-only" not in window.windowTitle()
    assert holder_pid(project) == os.getpid(), "the lock is ours now"
    type_legal_name(qtbot, window, " taken over")
    window.commands.save.trigger()
    assert load_project(project).organisation.legal_name.endswith(" taken over")
    window.close()
    assert not lock.lock_path(project).exists(), "closing releases the lock we took"


def test_read_only_leaves_the_running_editor_its_lock(
    windows: Windows,
    project: Path,
    other_editor: subprocess.Popen[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = windows.open(start_project("blank"))
    answer_lock_prompt(monkeypatch, False)
    assert window.files.open_path(project)
    assert window.session.read_only
    assert holder_pid(project) == other_editor.pid
    window.close()
    assert holder_pid(project) == other_editor.pid, "closing never removes another's lock"


def test_cancel_leaves_the_window_as_it_was(
    windows: Windows,
    project: Path,
    other_editor: subprocess.Popen[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = windows.open(start_project("saas"))
    answer_lock_prompt(monkeypatch, None)
    assert not window.files.open_path(project)
    assert window.session.path is None and window.session.origin == ""


@pytest.mark.parametrize("take_over", [False, True], ids=["read-only", "take-over"])
def test_at_start_up_the_user_is_asked_before_the_lock_is_taken(
    qtbot: QtBot,
    tmp_path: Path,
    project: Path,
    other_editor: subprocess.Popen[str],
    monkeypatch: pytest.MonkeyPatch,
    take_over: bool,
) -> None:
    """``policywright shared.policy`` while another editor has it open (as run_editor does)."""
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    loaded, file, _origin, error = first_project(project, settings)
    assert not error
    session = Session(loaded, file)
    assert holder_pid(project) == other_editor.pid, "opening alone must not take the lock"
    window = MainWindow(session, settings)
    qtbot.addWidget(window)
    asked = answer_lock_prompt(monkeypatch, take_over)
    window.files.check_lock_at_start()
    assert asked
    assert window.session.read_only is not take_over
    expected = os.getpid() if take_over else other_editor.pid
    assert holder_pid(project) == expected


def test_lock_of_a_killed_editor_does_not_stick(
    windows: Windows, project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A real editor process opens the project and is killed; the lock file stays behind."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[var] = str(tmp_path / "other-user" / var.lower())
    editor = subprocess.Popen(
        [sys.executable, "-m", "editor", str(project)],
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while holder_pid(project) != editor.pid:
            assert time.monotonic() < deadline, "the other editor never took the lock"
            assert editor.poll() is None, "the other editor exited"
            time.sleep(0.05)
        assert lock.other_owner(project) is not None, "while it runs, it is another editor"
    finally:
        editor.send_signal(signal.SIGKILL)
        editor.wait()
    assert lock.lock_path(project).exists(), "a killed editor leaves its lock file"

    asked = answer_lock_prompt(monkeypatch, False)
    window = windows.open(start_project("blank"))
    assert window.files.open_path(project)
    assert not asked, "a dead editor's lock is not worth a question"
    assert not window.session.read_only
    assert holder_pid(project) == os.getpid()
