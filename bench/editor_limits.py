"""The biggest project we promise (10,000 cookies, 2,000 recipients) in the editor window.

Run from the checkout: ``.venv/bin/python bench/editor_limits.py [--runs N]`` (offscreen unless
a display is set). Opens the project through File > Open from a folder whose names have spaces
and non-ASCII letters, waits for the first preview, types into the business name and into the
name of a cookie in the middle of the list (one key every 90 ms), writes the recovery copy as
the autosave timer does, and saves with the Save action. It prints, for each step, its time
(``_cpu_s``: the window thread's own processor time, which a busy machine does not inflate) and
the longest event-loop stall (a 1 ms heartbeat that cannot beat while the window is busy): what
a user would feel as a frozen window. Typing stalls include waiting for the preview to follow.

``measure_editor`` is shared with the test that holds these numbers to generous bounds
(tests/ui/test_faults_limits.py).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.limits import COOKIES, RECIPIENTS, huge_project  # noqa: E402

FOLDER = "Grand client – Zürich"
FILE = "énorme projet.policy"
TYPED = " and more"


class StallMeter:
    """The longest gap between beats of a 1 ms timer while the meter runs, in ms."""

    def __init__(self) -> None:
        from PySide6.QtCore import QElapsedTimer, QTimer

        self.clock = QElapsedTimer()
        self.clock.start()
        self.beats: list[int] = []
        self.timer = QTimer()
        self.timer.setInterval(1)
        self.timer.timeout.connect(lambda: self.beats.append(self.clock.nsecsElapsed()))

    def start(self) -> None:
        self.beats = [self.clock.nsecsElapsed()]
        self.timer.start()

    def stop(self) -> float:
        self.timer.stop()
        self.beats.append(self.clock.nsecsElapsed())
        gaps = [(b - a) / 1e6 for a, b in zip(self.beats, self.beats[1:], strict=False)]
        return max(gaps, default=0.0)


def _spin(until: Callable[[], bool], timeout: float) -> None:
    from PySide6.QtCore import QCoreApplication, QThread

    deadline = time.perf_counter() + timeout
    while not until():
        if time.perf_counter() > deadline:
            raise TimeoutError("the window did not settle")
        QCoreApplication.processEvents()
        QThread.usleep(200)


def _settled(window) -> Callable[[], bool]:  # type: ignore[no-untyped-def]
    def done() -> bool:
        analyser, pane = window.analyser, window.preview
        return analyser.idle and pane.doc.done and pane.shown_generation == analyser.generation

    return done


def _type(edit, text: str, interval_ms: int) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtTest import QTest

    edit.setFocus()
    edit.end(False)
    for i, char in enumerate(text):
        if i:
            until = time.perf_counter() + interval_ms / 1000
            _spin(lambda u=until: time.perf_counter() >= u, 5)  # type: ignore[misc]
        QTest.keyClick(edit, char)


def _question_edit(window, label: str):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLineEdit

    from editor.ui.pages.base import QuestionRow

    for row in window.current_page().findChildren(QuestionRow):
        if row.question.label == label and row.isVisibleTo(window):
            return row.field.findChild(QLineEdit)
    raise LookupError(label)


def measure_editor(
    folder: Path, window_factory: Callable[[], object], *, settle: bool = True
) -> dict[str, float]:
    """Seconds per step and the longest stall (ms) per step, on the huge project.

    Without ``settle`` the user does not wait for the preview: they type as soon as the project
    is open, while the first preview is still being built (the test does this, to stay short).
    """
    from PySide6.QtWidgets import QFileDialog

    from editor.storage import load_project, save_project
    from editor.ui.listeditor import ListEditor

    path = folder / FOLDER / FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    save_project(huge_project(), path)
    window = window_factory()
    meter = StallMeter()
    seen: dict[str, float] = {}
    QFileDialog.getOpenFileName = lambda *a, **k: (str(path), "")  # type: ignore[method-assign, assignment]
    window.files.autosave.stop()  # measured on its own below, not at a random moment
    started, cpu = time.perf_counter(), time.thread_time()
    window.commands.open.trigger()
    seen["open_s"] = time.perf_counter() - started
    seen["open_cpu_s"] = time.thread_time() - cpu
    assert window.session.path == path, "File > Open did not open the huge project"
    if settle:
        meter.start()
        _spin(_settled(window), 300)
        seen["first_preview_s"] = time.perf_counter() - started
        seen["first_preview_stall_ms"] = meter.stop()

    window.show_page("organisation")
    if settle:
        _spin(_settled(window), 300)
    edit = _question_edit(window, "What is your business's legal name?")
    meter.start()
    _type(edit, TYPED, 90)
    typed = time.perf_counter()
    if settle:
        _spin(_settled(window), 300)
        seen["name_preview_after_last_key_s"] = time.perf_counter() - typed
    seen["typing_name_stall_ms"] = meter.stop()

    window.show_page("cookies")
    if settle:
        _spin(_settled(window), 300)
    editor = next(e for e in window.current_page().findChildren(ListEditor))
    meter.start()
    editor.select_row(COOKIES // 2)
    edit = _question_edit(window, "Cookie name")
    _type(edit, TYPED, 90)
    typed = time.perf_counter()
    if settle:
        _spin(_settled(window), 300)
        seen["cookie_preview_after_last_key_s"] = time.perf_counter() - typed
    seen["typing_cookie_stall_ms"] = meter.stop()

    meter.start()
    started, cpu = time.perf_counter(), time.thread_time()
    window.files.write_recovery()  # what the autosave timer does every minute
    seen["autosave_s"] = time.perf_counter() - started
    seen["autosave_cpu_s"] = time.thread_time() - cpu  # the window's own work, whatever the load
    seen["autosave_stall_ms"] = meter.stop()
    assert window.files.recovery.entry_for(path) is not None

    meter.start()
    started, cpu = time.perf_counter(), time.thread_time()
    window.commands.save.trigger()
    seen["save_s"] = time.perf_counter() - started
    seen["save_cpu_s"] = time.thread_time() - cpu
    seen["save_stall_ms"] = meter.stop()
    assert not window.isWindowModified(), "Save left the window modified"
    saved = load_project(path)
    assert saved.organisation.legal_name.endswith(TYPED)
    assert saved.cookies.cookies[COOKIES // 2].name.endswith(TYPED)
    assert len(saved.cookies.cookies) == COOKIES and len(saved.recipients) == RECIPIENTS
    return seen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb" if os.environ.get("DISPLAY") else "offscreen")
    from PySide6.QtCore import QSettings

    from editor.model import Project
    from editor.storage.recovery import RecoveryStore
    from editor.ui.app import create_app
    from editor.ui.mainwindow import MainWindow
    from editor.ui.session import Session
    from editor.ui.settings import Settings

    app = create_app()
    results: dict[str, list[float]] = {}
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)

            def make(folder: Path = folder) -> MainWindow:
                settings = Settings(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat))
                window = MainWindow(Session(Project()), settings, RecoveryStore(folder / "rec"))
                window.resize(1320, 840)
                window.show()
                return window

            for name, value in measure_editor(folder, make).items():
                results.setdefault(name, []).append(value)
            for window in app.topLevelWidgets():
                if isinstance(window, MainWindow):
                    window.session.undo_stack.setClean()
                    window.close()
                    window.deleteLater()
            app.processEvents()
    print(f"{COOKIES:,} cookies, {RECIPIENTS:,} recipients in the editor "
          f"(median of {args.runs}, worst in brackets):")  # fmt: skip
    for name, values in results.items():
        unit = "ms" if name.endswith("_ms") else "s"
        print(f"  {name:34s} {statistics.median(values):9.2f} {unit}  [{max(values):.2f}]")


if __name__ == "__main__":
    main()
