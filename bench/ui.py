"""Editor benchmark: start-up against a minimal PySide6 window, typing stalls, preview latency.

Run from the checkout: ``.venv/bin/python bench/ui.py [--runs N] [--no-callgrind]``. Under a
display (``xvfb-run -a .venv/bin/python bench/ui.py`` on a server) Qt uses xcb; without one,
offscreen. It prints medians of:

- start-up: process start to the first exposed window, for ``policywright`` opening its first-run
  sample (the real entry point, ``editor.cli.main``) and for a bare QMainWindow (the floor), as a
  ratio; and the same two as instruction counts under ``valgrind --tool=callgrind``;
- typing: the longest event-loop stall while typing into a field of the large synthetic project
  (200 recipients, 1,000 cookies, 50 custom sections), measured by a 1 ms heartbeat timer;
- preview: time from the last keystroke to the preview showing it, typical and large project.

Targets (issue 4): start-up within 1.3x the floor; no stall over 50 ms; preview within 100 ms of
the last keystroke on a typical project.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

# Children print this, then the time.time() at which their first window was exposed.
SHOWN = "SHOWN"

_CHILD_HEAD = """
import sys, time
from PySide6.QtWidgets import QApplication
from PySide6.QtTest import QTest

def exec_until_shown(self=None):
    app = QApplication.instance()
    while not any(w.isVisible() for w in app.topLevelWidgets()):
        app.processEvents()
    window = next(w for w in app.topLevelWidgets() if w.isVisible() and w.isWindow())
    QTest.qWaitForWindowExposed(window, 10000)
    app.processEvents()
    print("SHOWN", repr(time.time()), flush=True)
    return 0

QApplication.exec = exec_until_shown
"""

FLOOR_CHILD = (
    _CHILD_HEAD
    + """
from PySide6.QtWidgets import QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1320, 840)
window.show()
sys.exit(app.exec())
"""
)

APP_CHILD = (
    _CHILD_HEAD
    + """
from editor.cli import main
sys.exit(main([]))
"""
)


def platform_name() -> str:
    if os.environ.get("QT_QPA_PLATFORM"):
        return os.environ["QT_QPA_PLATFORM"]
    return "xcb" if os.environ.get("DISPLAY") else "offscreen"


def child_env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = platform_name()
    # A fresh user: no settings, no recent files, so the first-run sample opens.
    for var, sub in (("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"),
                     ("XDG_CACHE_HOME", "cache"), ("XDG_STATE_HOME", "state")):  # fmt: skip
        env[var] = str(home / sub)
    env["PYTHONPATH"] = str(ROOT)
    return env


def start_once(code: str, home: Path) -> float:
    """Seconds from spawning the child to its first exposed window."""
    started = time.time()
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=child_env(home),
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    for line in result.stdout.splitlines():
        if line.startswith(SHOWN):
            return float(line.split()[1]) - started
    raise RuntimeError(f"the child did not show a window:\n{result.stdout}\n{result.stderr}")


def startup(runs: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        start_once(APP_CHILD, home)  # warm the disk cache and the compiled-template cache
        start_once(FLOOR_CHILD, home)
        floor, app = [], []
        for _ in range(runs):  # interleaved, so both see the same machine load
            floor.append(start_once(FLOOR_CHILD, home))
            app.append(start_once(APP_CHILD, home))
    f, a = statistics.median(floor), statistics.median(app)
    print(f"start-up to first shown window ({platform_name()}, median of {runs}):")
    print(f"  minimal PySide6 window (floor)   {f * 1000:7.0f} ms")
    print(f"  policywright with a sample       {a * 1000:7.0f} ms")
    print(f"  ratio                            {a / f:7.2f}x   (target 1.3x)")


def callgrind_count(code: str, home: Path) -> int:
    with tempfile.TemporaryDirectory() as out:
        result = subprocess.run(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}/cg.out",
             sys.executable, "-c", code],
            capture_output=True, text=True, env=child_env(home), cwd=ROOT, timeout=1800,
            check=False,
        )  # fmt: skip
    match = re.search(r"Collected : (\d+)", result.stderr)
    if match is None:
        raise RuntimeError(result.stderr[-2000:])
    return int(match.group(1))


def startup_callgrind() -> None:
    if shutil.which("valgrind") is None:
        print("instruction counts: valgrind is not installed; skipped")
        return
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        start_once(APP_CHILD, home)  # the template cache, as after a first run
        floor = callgrind_count(FLOOR_CHILD, home)
        app = callgrind_count(APP_CHILD, home)
    print("start-up instruction counts (callgrind, one run each):")
    print(f"  minimal PySide6 window (floor)   {floor / 1e6:7.0f} M")
    print(f"  policywright with a sample       {app / 1e6:7.0f} M")
    print(f"  ratio                            {app / floor:7.2f}x")


# --- typing and preview, in this process ---------------------------------------------------------


class Typist:
    """Types into a line edit one key per timer tick while a heartbeat measures stalls."""

    def __init__(self, app, window) -> None:  # type: ignore[no-untyped-def]
        from PySide6.QtCore import QElapsedTimer, QTimer

        self.app = app
        self.window = window
        self.clock = QElapsedTimer()
        self.clock.start()
        self.beats: list[int] = []
        self.heart = QTimer()
        self.heart.setInterval(1)
        self.heart.timeout.connect(lambda: self.beats.append(self.clock.nsecsElapsed()))
        # Preview generation -> when its job started, as the analyser records it.
        self.started: dict[int, float] = window.analyser.started_at

    def settle(self, timeout: float = 60) -> None:
        from PySide6.QtCore import QThread

        deadline = time.perf_counter() + timeout
        pane = self.window.preview
        while time.perf_counter() < deadline:
            self.app.processEvents()
            analyser = self.window.analyser
            if analyser.idle and pane.doc.done and pane.shown_generation == analyser.generation:
                return
            QThread.msleep(1)
        raise TimeoutError("the preview did not settle")

    def type_text(self, edit, text: str, interval_ms: int = 90) -> tuple[float, float]:  # type: ignore[no-untyped-def]
        """Type ``text``; return (longest stall in ms, ms from last key to updated preview)."""
        from PySide6.QtCore import QThread
        from PySide6.QtTest import QTest

        edit.setFocus()
        self.beats.clear()
        self.heart.start()
        last_key = 0.0
        for i, char in enumerate(text):
            if i:  # the user's pause between keys, with the event loop running
                until = last_key + interval_ms / 1000
                while time.perf_counter() < until:
                    self.app.processEvents()
                    QThread.usleep(200)
            QTest.keyClick(edit, char)
            last_key = time.perf_counter()
        # Wait for the first preview job that started after the last key to be on screen.
        pane = self.window.preview
        deadline = time.perf_counter() + 60
        while time.perf_counter() < deadline:
            self.app.processEvents()
            after = [g for g, t in self.started.items() if t >= last_key]
            if after and pane.shown_generation >= min(after) and pane.doc.done:
                break
            QThread.usleep(200)
        updated = time.perf_counter()
        self.heart.stop()
        self.settle()
        gaps = [(b - a) / 1e6 for a, b in zip(self.beats, self.beats[1:], strict=False)]
        return max(gaps, default=0.0), (updated - last_key) * 1000


def _question_edit(window, label: str):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLineEdit

    from editor.ui.pages.base import QuestionRow

    for row in window.current_page().findChildren(QuestionRow):
        if row.question.label == label and row.isVisibleTo(window):
            return row.field.findChild(QLineEdit)
    raise LookupError(label)


def typing(runs: int) -> None:
    from PySide6.QtCore import QSettings
    from synthetic import large_project

    from editor.samples import start_project
    from editor.ui.app import create_app
    from editor.ui.gctune import freeze_long_lived
    from editor.ui.listeditor import ListEditor
    from editor.ui.mainwindow import MainWindow
    from editor.ui.session import Session
    from editor.ui.settings import Settings

    app = create_app()
    tmp = tempfile.mkdtemp()
    settings = Settings(QSettings(f"{tmp}/settings.ini", QSettings.Format.IniFormat))
    results: dict[str, tuple[list[float], list[float]]] = {}
    for label, make in (("typical (cafe)", lambda: start_project("cafe")),
                        ("large", large_project)):  # fmt: skip
        window = MainWindow(Session(make()), settings)
        window.resize(1320, 840)
        window.show()
        freeze_long_lived(collect_first=True)  # as run_editor does after showing the window
        typist = Typist(app, window)
        typist.settle()
        stalls, latencies = [], []
        cases = [("organisation", "What is your business's legal name?")]
        if label == "large":
            cases.append(("cookies", "Cookie name"))  # a table column and the detail heading
        for _ in range(runs):
            for page_key, question in cases:
                window.show_page(page_key)
                if page_key == "cookies":
                    editor = window.current_page().findChildren(ListEditor)[0]
                    editor.select_row(500)  # a cookie in the middle of a thousand
                typist.settle()
                edit = _question_edit(window, question)
                stall, latency = typist.type_text(edit, " and more")
                stalls.append(stall)
                latencies.append(latency)
        results[label] = (stalls, latencies)
        window.session.undo_stack.setClean()
        window.close()
        window.deleteLater()
        app.processEvents()
    print(f"typing one key every 90 ms ({platform_name()}, {runs} runs of 9 keys per field):")
    for label, (stalls, latencies) in results.items():
        median_stall = statistics.median(stalls)
        print(
            f"  {label:16s} longest stall {max(stalls):6.1f} ms (median run {median_stall:5.1f})"
            f"   last key to preview {statistics.median(latencies):6.0f} ms (median)"
        )
    print("  targets: no stall over 50 ms; preview within 100 ms on a typical project")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--no-callgrind", action="store_true")
    parser.add_argument("--only", choices=("startup", "callgrind", "typing"))
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", platform_name())
    if args.only in (None, "startup"):
        startup(args.runs)
    if args.only in (None, "callgrind") and not args.no_callgrind:
        startup_callgrind()
    if args.only in (None, "typing"):
        typing(max(1, args.runs // 2))


if __name__ == "__main__":
    main()
