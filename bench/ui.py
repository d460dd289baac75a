"""Editor benchmark: start-up against a minimal PySide6 window, typing stalls, preview latency.

Run from the checkout: ``.venv/bin/python bench/ui.py [--runs N] [--no-callgrind]``. Under a
display (``xvfb-run -a .venv/bin/python bench/ui.py`` on a server) Qt uses xcb; without one,
offscreen. It prints medians of:

- start-up, for ``policywright`` opening its first-run sample (the real entry point,
  ``editor.cli.main``, with fresh settings) and for a bare QMainWindow (the floor):
  "shown", from process start until the first window is exposed and painted (for the editor:
  its real main window with menus, toolbar, section names and a "Loading…" page), and
  "filled", until the first page of the project has been painted with the answers in it;
  each as wall time and as instruction counts under ``valgrind --tool=callgrind``, with the
  ratio to the floor;
- typing: the longest event-loop stall while typing into a field of the large synthetic project
  (200 recipients, 1,000 cookies, 50 custom sections), measured by a 1 ms heartbeat timer;
- preview: time from the last keystroke to the preview showing it, typical and large project.

``--bundle dist/policywright-VERSION`` instead times the installed bundle's start-up from
outside (until its window exists on the X server), beside the minimal window and the checkout.

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
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

MARKS = ("SHOWN", "FILLED")

# The children replace QApplication.exec. Filters on the window see each Expose (sent to its
# QWindow) and UpdateRequest (sent to the widget) event, which the window handles by painting
# right after the filters return. SHOWN is printed, with the time.time() then, once the first
# has been handled; FILLED once one has been handled while the current page is a form page (for
# an editor that builds its page before it shows, the same moment). The children wait without
# spinning, so instruction counts do not depend on how long the display takes.
# ``BENCH_STOP_AT=shown`` ends the process at SHOWN, so callgrind counts up to that moment only;
# os._exit skips the teardown.
_CHILD_HEAD = """
import os, sys, time
from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QApplication

WAIT = QEventLoop.ProcessEventsFlag.WaitForMoreEvents
PAINTS = (QEvent.Type.Expose, QEvent.Type.UpdateRequest)

def mark(name):
    print(name, repr(time.time()), "pydantic" in sys.modules, flush=True)

class Watch(QObject):
    exposed = filled = False
    def __init__(self, window):
        super().__init__()
        self.window = window
    def eventFilter(self, watched, event):
        if event.type() in PAINTS and self.window.windowHandle().isExposed():
            self.exposed = True
            stack = getattr(self.window, "stack", None)
            if stack is not None and type(stack.currentWidget()).__name__ == "FormPage":
                self.filled = True
        return False

def exec_and_mark(self=None):
    app = QApplication.instance()
    window = next(w for w in app.topLevelWidgets() if w.isVisible() and w.isWindow())
    watch = Watch(window)
    window.windowHandle().installEventFilter(watch)
    window.installEventFilter(watch)
    waker = QTimer()  # never block for long, whatever the platform does
    waker.start(50)
    if window.windowHandle().isExposed():  # exposed, and so painted, within show()
        watch.eventFilter(window, QEvent(QEvent.Type.UpdateRequest))
    while not watch.exposed:
        app.processEvents(WAIT)
    mark("SHOWN")
    if os.environ.get("BENCH_STOP_AT") == "shown" or not hasattr(window, "stack"):
        os._exit(0)
    while not watch.filled:
        app.processEvents(WAIT)
    mark("FILLED")
    os._exit(0)

QApplication.exec = exec_and_mark
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

# For reference: a window laid out like the editor's first one (menus, a toolbar, a list of 21
# sections in a dock, a second dock, a "Loading..." page, a status bar, a style sheet) in plain
# PySide6, with none of Policywright's code. It shows what such a window costs by itself; the
# minimal window, which touches neither the Qt namespace nor any of these widgets, stays the
# floor the target is set against.
SHELL_CHILD = (
    _CHILD_HEAD
    + """
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence, QPixmap
from PySide6.QtWidgets import (QDockWidget, QLabel, QListWidget, QMainWindow, QStackedWidget,
                               QToolBar, QWidget)
app = QApplication(sys.argv[:1])
app.setStyleSheet("QLabel#title { font-size: 16pt; } QListWidget::item { padding: 5px 6px; }")
window = QMainWindow()
window.setWindowTitle("Example - Policywright")
blank = QPixmap(18, 18)
blank.fill(Qt.GlobalColor.transparent)
toolbar = QToolBar("Main", window)
toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
window.addToolBar(toolbar)
for title in ("&File", "&Edit", "&View", "&Help"):
    menu = window.menuBar().addMenu(title)
    for i in range(5):
        action = QAction(QIcon(blank), f"Action &{i}", window)
        action.setShortcut(QKeySequence(f"Ctrl+Shift+{i}"))
        menu.addAction(action)
        if i < 2:
            toolbar.addAction(action)
sections = QListWidget()
sections.addItems([f"Section {i}" for i in range(21)])
left = QDockWidget("Sections", window)
left.setWidget(sections)
window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, left)
right = QDockWidget("Preview", window)
right.setWidget(QWidget())
window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, right)
pages = QStackedWidget()
pages.addWidget(QLabel("Loading...", alignment=Qt.AlignmentFlag.AlignCenter))
window.setCentralWidget(pages)
window.statusBar().addPermanentWidget(QLabel("Saved"))
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


def child_env(home: Path, stop_at: str = "filled") -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = platform_name()
    # A fresh user: no settings, no recent files, so the first-run sample opens.
    for var, sub in (("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"),
                     ("XDG_CACHE_HOME", "cache"), ("XDG_STATE_HOME", "state")):  # fmt: skip
        env[var] = str(home / sub)
    env["PYTHONPATH"] = str(ROOT)
    env["BENCH_STOP_AT"] = stop_at
    # As installed (pip and the installers compile every module): the warm-up run writes the
    # checkout's bytecode caches, even where the shell asks Python not to.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def start_once(code: str, home: Path) -> dict[str, tuple[float, bool]]:
    """Seconds from spawning the child to each mark, and whether pydantic was loaded by then."""
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
    marks = {}
    for line in result.stdout.splitlines():
        parts = line.split()
        if parts and parts[0] in MARKS:
            marks[parts[0]] = (float(parts[1]) - started, parts[2] == "True")
    if "SHOWN" not in marks:
        raise RuntimeError(f"the child did not show a window:\n{result.stdout}\n{result.stderr}")
    return marks


def _rows(floor: float, shell: float, shown: float, filled: float, unit: str) -> None:
    for label, value, note in (
        ("minimal PySide6 window shown (floor)", floor, ""),
        ("policywright window shown", shown, f"{shown / floor:5.2f}x  (target 1.3x)"),
        ("policywright first page filled in", filled, f"{filled / floor:5.2f}x"),
        ("reference: same layout, plain PySide6", shell, f"{shell / floor:5.2f}x"),
    ):
        print(f"  {label:38s}{value:7.0f} {unit:2s}  {note}")


def startup(runs: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        start_once(APP_CHILD, home)  # warm the disk cache, bytecode and template caches
        start_once(FLOOR_CHILD, home)
        start_once(SHELL_CHILD, home)
        floor: list[float] = []
        shell: list[float] = []
        shown: list[float] = []
        filled: list[float] = []
        pydantic_at_shown = set()
        for _ in range(runs):  # interleaved, so all see the same machine load
            floor.append(start_once(FLOOR_CHILD, home)["SHOWN"][0])
            marks = start_once(APP_CHILD, home)
            shown.append(marks["SHOWN"][0])
            pydantic_at_shown.add(marks["SHOWN"][1])
            filled.append(marks["FILLED"][0])
            shell.append(start_once(SHELL_CHILD, home)["SHOWN"][0])
    med = statistics.median
    print(f"start-up, wall time ({platform_name()}, median of {runs}):")
    _rows(med(floor) * 1000, med(shell) * 1000, med(shown) * 1000, med(filled) * 1000, "ms")
    loaded = "yes" if True in pydantic_at_shown else "no"
    print(f"  (pydantic loaded before the editor's window showed: {loaded})")


def callgrind_count(code: str, stop_at: str, home: Path) -> tuple[int, int]:
    """Instructions until ``stop_at``: (the GUI thread's, all threads').

    The GUI thread's count is the one compared: under valgrind a program runs some fifty times
    slower, so a timer (the preview starts 25 ms after an edit) fires much earlier in the
    program's progress than it does for real, and another thread's work lands before the mark.
    """
    with tempfile.TemporaryDirectory() as out:
        result = subprocess.run(
            ["valgrind", "--tool=callgrind", "--separate-threads=yes",
             f"--callgrind-out-file={out}/cg.out", sys.executable, "-c", code],
            capture_output=True, text=True, env=child_env(home, stop_at), cwd=ROOT, timeout=1800,
            check=False,
        )  # fmt: skip
        match = re.search(r"Collected : (\d+)", result.stderr)
        gui = Path(f"{out}/cg.out-01")
        if match is None or not gui.is_file():
            raise RuntimeError(result.stderr[-2000:])
        totals = re.search(r"^totals: (\d+)", gui.read_text("utf-8", "replace"), re.MULTILINE)
        assert totals is not None
        return int(totals.group(1)), int(match.group(1))


def startup_callgrind() -> None:
    if shutil.which("valgrind") is None:
        print("instruction counts: valgrind is not installed; skipped")
        return
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        start_once(APP_CHILD, home)  # bytecode and template caches, as after a first run
        jobs = {
            "floor": (FLOOR_CHILD, "shown"),
            "shell": (SHELL_CHILD, "shown"),
            "shown": (APP_CHILD, "shown"),
            "filled": (APP_CHILD, "filled"),
        }
        # Counts do not depend on the machine's load: run two at a time.
        with ThreadPoolExecutor(2) as pool:
            futures = {key: pool.submit(callgrind_count, *job, home) for key, job in jobs.items()}
            n = {key: future.result() for key, future in futures.items()}
    print("start-up, instructions on the GUI thread (callgrind, one run each):")
    _rows(*(n[k][0] / 1e6 for k in ("floor", "shell", "shown", "filled")), "M")
    others = {k: (n[k][1] - n[k][0]) / 1e6 for k in n}
    if any(v >= 1 for v in others.values()):
        listed = ", ".join(f"{key} {value:.0f} M" for key, value in others.items())
        print(f"  other threads meanwhile (the preview's worker): {listed}")


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
        edit.end(False)  # the user clicks after the answer and adds to it
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

    from editor.gctune import freeze_long_lived
    from editor.samples import start_project
    from editor.ui.app import create_app
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


# --- the installed bundle, seen from outside ---------------------------------------------------
# A PyInstaller bundle cannot run the marking code above, so it is timed as a user sees it: from
# spawning the program until the X server has its top-level window (``xwininfo``, polled), with
# the minimal window and the checkout's editor timed the same way beside it.

BLACK_BOX_FLOOR = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle("Bench floor - Policywright")
window.resize(1320, 840)
window.show()
sys.exit(app.exec())
"""
_TOP_LEVEL = re.compile(rb'"([^"]*Policywright[^"]*)":\s*\([^)]*\)\s+(\d+)x(\d+)')


def _window_up() -> bool:
    tree = subprocess.run(["xwininfo", "-root", "-tree"], capture_output=True, check=False)
    return any(int(m.group(2)) > 100 for m in _TOP_LEVEL.finditer(tree.stdout))


def time_to_window(command: list[str], home: Path) -> float:
    """Seconds from spawning ``command`` until its main window exists on the X server."""
    env = child_env(home)
    env.pop("PYTHONPATH")  # the bundle must not find the checkout
    with tempfile.TemporaryFile() as errors:
        started = time.perf_counter()
        process = subprocess.Popen(
            command, env=env, cwd=home, stdout=subprocess.DEVNULL, stderr=errors
        )
        try:
            while not _window_up():
                if process.poll() is not None or time.perf_counter() - started > 60:
                    errors.seek(0)
                    said = errors.read().decode(errors="replace").strip()[-2000:]
                    raise RuntimeError(f"{' '.join(command)[:80]} showed no window\n{said}")
                time.sleep(0.005)
            return time.perf_counter() - started
        finally:
            process.kill()
            process.wait()
            while _window_up():  # gone before the next program starts
                time.sleep(0.005)


def bundle_startup(bundle: Path, runs: int) -> None:
    if not os.environ.get("DISPLAY") or shutil.which("xwininfo") is None:
        raise SystemExit("--bundle needs an X display and xwininfo (xvfb-run -a, x11-utils)")
    programs = {
        "minimal PySide6 window (floor)": [sys.executable, "-c", BLACK_BOX_FLOOR],
        "policywright from the checkout": [sys.executable, "-m", "editor"],
        f"bundle {bundle.name}": [str(bundle / "policywright")],
    }
    times: dict[str, list[float]] = {name: [] for name in programs}
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        for command in programs.values():  # warm the disk cache
            time_to_window(command, home)
        for _ in range(runs):  # interleaved, so all see the same machine load
            for name, command in programs.items():
                times[name].append(time_to_window(command, home))
    floor = statistics.median(next(iter(times.values())))
    print(f"start-up to the window on the X server (xwininfo, median of {runs}):")
    for name, values in times.items():
        median = statistics.median(values)
        print(f"  {name:40s} {median * 1000:6.0f} ms   {median / floor:4.2f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--no-callgrind", action="store_true")
    parser.add_argument("--only", choices=("startup", "callgrind", "typing"))
    parser.add_argument(
        "--bundle", type=Path, help="time this PyInstaller bundle's start-up (and nothing else)"
    )
    args = parser.parse_args()
    if args.bundle is not None:
        bundle_startup(args.bundle.resolve(), args.runs)
        return
    os.environ.setdefault("QT_QPA_PLATFORM", platform_name())
    if args.only in (None, "startup"):
        startup(args.runs)
    if args.only in (None, "callgrind") and not args.no_callgrind:
        startup_callgrind()
    if args.only in (None, "typing"):
        typing(max(1, args.runs // 2))


if __name__ == "__main__":
    main()
