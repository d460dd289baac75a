"""The editor's whole flow, driven as a user drives it, for the offline proof of the GUI.

``drive(window, folder)`` opens a copy of a sample through File > Open, types into a field,
exports every format through the editor's own export code, waits for the checks, saves with
Ctrl+S's action and returns what went wrong. It runs inside a pytest-qt test, and as a script
(``python tests/reliability/offline_gui_flow.py FOLDER``) that starts the real editor
(``editor.cli.main``, offscreen), drives its window once it is shown, and quits; that script is
what runs under strace. The folder names have spaces and non-ASCII letters.
"""

from __future__ import annotations

import shutil
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # run as a script
    sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication, QThread, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox  # noqa: E402

from editor.samples import sample_paths  # noqa: E402
from editor.storage import load_project  # noqa: E402
from editor.ui.actions import EXPORT_FORMATS  # noqa: E402
from editor.ui.mainwindow import MainWindow  # noqa: E402
from editor.ui.pages.base import QuestionRow  # noqa: E402

SAMPLE = "cafe"
TYPED = " (offline)"
LEGAL_NAME = "What is your business's legal name?"


class Dialogs:
    """Answers the editor's file dialogs and refuses every message box (none is expected)."""

    def __init__(self) -> None:
        self.open_answer = ""
        self.save_answer = ""
        self.unexpected: list[str] = []

    def install(self) -> None:
        QFileDialog.getOpenFileName = lambda *a, **k: (self.open_answer, "")  # type: ignore[method-assign, assignment]
        QFileDialog.getSaveFileName = lambda *a, **k: (self.save_answer, "")  # type: ignore[method-assign, assignment]

        def refuse(*args: Any, **kwargs: Any) -> Any:
            self.unexpected.append(" | ".join(a for a in args if isinstance(a, str)))
            return QMessageBox.StandardButton.Cancel

        for name in ("warning", "critical", "question", "information"):
            setattr(QMessageBox, name, refuse)


def _wait(condition: Any, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        QCoreApplication.processEvents()
        QThread.msleep(5)
    return True


def _legal_name_edit(window: MainWindow) -> QLineEdit:
    window.navigator.select("organisation")
    for row in window.current_page().findChildren(QuestionRow):
        if row.question.label == LEGAL_NAME:
            edit = row.field.findChild(QLineEdit)
            if edit is not None:
                return edit
    raise LookupError(LEGAL_NAME)


def prepare(folder: Path) -> Path:
    """A copy of the sample in a folder whose names have spaces and non-ASCII letters."""
    work = folder / "Café Ünïcode work"
    work.mkdir(parents=True, exist_ok=True)
    project = work / "Mon café policy.policy"
    shutil.copyfile(sample_paths()[SAMPLE], project)
    return project


def drive(window: MainWindow, project: Path, dialogs: Dialogs) -> list[str]:
    """Open, edit, export all formats, check, save. Returns the problems (none: it worked)."""
    problems: list[str] = []
    out = project.parent / "site files"
    out.mkdir(exist_ok=True)

    dialogs.open_answer = str(project)
    window.commands.open.trigger()
    if window.session.path != project:
        return [f"File > Open did not open {project}: {dialogs.unexpected}"]

    edit = _legal_name_edit(window)
    edit.setFocus()
    edit.end(False)
    QTest.keyClicks(edit, TYPED)
    expected = load_project(project).organisation.legal_name + TYPED
    if window.session.project.organisation.legal_name != expected:
        problems.append(f"typing gave {window.session.project.organisation.legal_name!r}")

    for fmt, _text, ext in EXPORT_FORMATS:
        target = out / f"politique café.{ext}"
        dialogs.save_answer = str(target)
        window.commands.export_formats[fmt].trigger()
        if not target.is_file() or target.stat().st_size < 500:
            problems.append(f"no {fmt} export at {target}")
        elif fmt in ("html", "md") and TYPED.strip() not in target.read_text("utf-8"):
            problems.append(f"the {fmt} export does not have the edit")

    checked: list[object] = []
    window.analyser.finished.connect(checked.append)
    window.analyser.schedule()
    if not _wait(lambda: bool(checked) and window.analyser.idle, 120):
        problems.append("the checks never finished")
    elif not getattr(checked[-1], "statuses", None):
        problems.append("the checks gave no section statuses")

    dialogs.save_answer = ""  # Save must not ask: the project has a file
    window.commands.save.trigger()
    if window.isWindowModified():
        problems.append("Save left the window modified")
    if load_project(project).organisation.legal_name != expected:
        problems.append("the saved file does not have the edit")
    problems += [f"unexpected dialog: {text}" for text in dialogs.unexpected]
    return problems


def main(folder: Path, *, control: bool = False) -> int:
    """Start the real editor, drive its window, quit; exit status 0 only if all went well.

    ``control`` also opens an internet socket from a thread of the running editor, to prove
    that the trace would see one.
    """
    from editor.cli import main as policywright
    from editor.ui.crash import CrashHandler

    dialogs = Dialogs()
    dialogs.install()
    project = prepare(folder)
    problems: list[str] = []

    def run() -> None:
        app = QApplication.instance()
        windows = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow)]  # type: ignore[union-attr]
        if not windows or not windows[0].isVisible():
            QTimer.singleShot(50, run)
            return
        window = windows[0]
        hook = getattr(sys.excepthook, "__self__", None)
        if not isinstance(hook, CrashHandler):
            problems.append("the editor did not install its crash handler")
        if control:
            import socket
            import threading

            opener = threading.Thread(target=lambda: socket.socket(socket.AF_INET6).close())
            opener.start()
            opener.join()
        try:
            problems.extend(drive(window, project, dialogs))
        except Exception as exc:  # reported, not swallowed by the event loop
            problems.append(f"{type(exc).__name__}: {exc}")
        window.close()  # the last window: the editor quits

    QTimer.singleShot(0, run)
    code = policywright([])
    for problem in problems:
        print("PROBLEM:", problem, flush=True)
    print("DONE", code, flush=True)
    return 1 if problems or code else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), control="--control" in sys.argv[2:]))
