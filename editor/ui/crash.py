"""What happens when the editor itself fails: the user's work is kept, and the editor goes on.

``install()`` replaces ``sys.excepthook`` (which PySide6 calls for an exception raised in a slot
or an overridden Qt method) and ``threading.excepthook`` (worker threads). For each uncaught
exception the handler, on the GUI thread:

1. writes a recovery copy of every open project with unsaved changes, at once, so the work is
   safe even if the editor goes on to fail for good;
2. writes a crash report (traceback, versions, platform, and of the project only its file name;
   answers that appear in an error message are blanked out) to ``crash-reports`` beside the
   recovery folder;
3. tells the user in plain words, once for a burst of errors, and lets them keep working.

A failure that keeps repeating (a paint handler that raises on every repaint) is handled once;
the same failure after a quiet spell is handled again, with a fresh recovery copy.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sys
import threading
import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from editor import __version__
from editor.paths import user_data_dir

if TYPE_CHECKING:
    from editor.ui.files import FileController
    from editor.ui.session import Session

REPORTS_FOLDER = "crash-reports"
KEEP_REPORTS = 50  # older reports are deleted, so a failing editor cannot fill the disk
QUIET_S = 30.0  # a failure that has not happened for this long is handled again in full
BLANKED = "[answer removed]"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Crash", text)


@dataclass
class CrashNotice:
    """What the user is told about one failure (or a burst of them)."""

    saved: list[str] = field(default_factory=list)  # projects whose recovery copy was written
    unchanged: list[str] = field(default_factory=list)  # projects with nothing unsaved
    not_saved: list[tuple[str, str]] = field(default_factory=list)  # (project, why not)
    report: Path | None = None
    details: str = ""
    repeats: int = 0  # further failures while the notice waited to be shown

    def text(self) -> str:
        if self.not_saved:
            names = ", ".join(f"“{name}” ({why})" for name, why in self.not_saved)
            return _tr(
                "Something went wrong. A recovery copy of {names} could not be written, so "
                "please save your work now with Save As."
            ).format(names=names)
        if self.saved:
            names = ", ".join(f"“{n}”" for n in self.saved)
            return _tr(
                "Something went wrong. Your work is safe: a recovery copy of {names} was "
                "written just now, and Policywright offers it back if it has to close."
            ).format(names=names)
        if self.unchanged:
            names = ", ".join(f"“{n}”" for n in self.unchanged)
            return _tr(
                "Something went wrong. Your work is safe: {names} has no unsaved changes."
            ).format(names=names)
        return _tr("Something went wrong. Your work is safe: no project had unsaved changes.")

    def informative(self) -> str:
        text = _tr("You can keep working. Saving soon is a good idea.")
        if self.report is not None:
            text += "\n\n" + _tr(
                "A report for the developers was written to {path}. It holds no answers from "
                "your project."
            ).format(path=self.report)
        if self.repeats:
            more = _tr("It happened {n} more times since (or other problems did).")
            text += "\n\n" + more.format(n=self.repeats)
        return text


def show_crash_notice(parent: QWidget | None, notice: CrashNotice) -> None:
    """The dialog; tests replace it."""
    from PySide6.QtWidgets import QMessageBox  # here: no dialog is needed at start-up

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_tr("Something went wrong"))
    box.setText(notice.text())
    box.setInformativeText(notice.informative())
    if notice.details:
        box.setDetailedText(notice.details)
    box.addButton(_tr("&Keep working"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


@runtime_checkable
class ProjectWindow(Protocol):
    """A window with a project open, as a failure sees it: the work to keep and where to."""

    session: Session
    files: FileController  # its recovery store, and when it last wrote a copy

    def update_save_state(self) -> None: ...

    def isVisible(self) -> bool: ...


def main_windows() -> list[ProjectWindow]:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return []
    # A closed window waiting for deletion has nothing left to keep.
    return [w for w in app.topLevelWidgets() if isinstance(w, ProjectWindow) and w.isVisible()]


# --- the report ----------------------------------------------------------------------------------


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings(item)


def answer_scrubber(windows: list[ProjectWindow]) -> Callable[[str], str]:
    """Blank out every answer of the open projects (3 characters or more) found in a text."""
    answers: set[str] = set()
    for window in windows:
        with contextlib.suppress(Exception):  # a half-applied edit may not dump
            answers.update(s for s in _strings(window.session.project.model_dump()) if len(s) > 2)
        path = window.session.path
        if path is not None:
            answers.add(str(path.parent))  # the folder may name a client; the file name stays

    def scrub(text: str) -> str:
        for answer in sorted((a for a in answers if a in text), key=len, reverse=True):
            text = text.replace(answer, BLANKED)
        return text

    return scrub


def format_failure(exc: BaseException, scrub: Callable[[str], str]) -> str:
    """The traceback with each exception's message scrubbed (the code lines are kept)."""
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and all(current is not seen for seen in chain):
        chain.append(current)
        cause = current.__cause__
        current = cause if cause is not None else (
            None if current.__suppress_context__ else current.__context__
        )  # fmt: skip
    parts: list[str] = []
    for number, item in enumerate(reversed(chain)):
        if number:
            parts.append("\nDuring the handling of the above exception, another one followed:\n\n")
        if item.__traceback__ is not None:
            parts.append("Traceback (most recent call last):\n")
            parts.extend(traceback.format_tb(item.__traceback__))
        parts.append(scrub("".join(traceback.format_exception_only(type(item), item))))
    return "".join(parts)


def describe_environment() -> list[str]:
    import platform  # here, not at start-up: only a crash report needs it

    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion

    return [
        f"Policywright: {__version__}",
        f"Python: {platform.python_version()} ({platform.python_implementation()})",
        f"Qt: {qVersion()}, PySide6: {pyside_version}",
        f"Platform: {platform.platform()}",
        f"Qt platform plugin: {QApplication.platformName() if QApplication.instance() else '-'}",
    ]


def write_report(folder: Path, body: str) -> Path:
    """Write one report and delete the oldest beyond ``KEEP_REPORTS``."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    path = folder / f"crash-{stamp}.txt"
    path.write_text(body, "utf-8", errors="backslashreplace")
    reports = sorted(folder.glob("crash-*.txt"))
    for old in reports[:-KEEP_REPORTS]:
        with contextlib.suppress(OSError):
            old.unlink()
    return path


# --- the handler ---------------------------------------------------------------------------------


def _signature(exc: BaseException) -> tuple[str, str]:
    """Where a failure came from, so that a repeating one is handled once."""
    frames = traceback.extract_tb(exc.__traceback__) if exc.__traceback__ else []
    where = f"{frames[-1].filename}:{frames[-1].lineno}" if frames else ""
    return type(exc).__qualname__, where


class CrashHandler(QObject):
    """Installed once per process by ``install()``; see the module docstring."""

    _from_thread = Signal(object, str)  # a worker thread's failure, handled on the GUI thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.reports_folder: Path | None = None  # None: beside the windows' recovery folder
        self.last_seen: dict[tuple[str, str], float] = {}  # signature -> time.monotonic()
        self.notice: CrashNotice | None = None  # waiting to be shown, or on screen
        self.showing = False
        self.handled = 0
        self._previous: tuple[Any, Any] | None = None
        self._from_thread.connect(self._handle_on_gui_thread)

    # --- installing ------------------------------------------------------------------------

    def install(self) -> None:
        if self._previous is None:
            self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self._sys_hook
        threading.excepthook = self._thread_hook

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook, threading.excepthook = self._previous
            self._previous = None

    def _sys_hook(
        self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        self._dispatch(kind, exc, threading.current_thread().name)

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None:
            return
        name = args.thread.name if args.thread is not None else "?"
        self._dispatch(args.exc_type, args.exc_value, name)

    def _dispatch(self, kind: type[BaseException], exc: BaseException, thread: str) -> None:
        _print(exc)
        if issubclass(kind, KeyboardInterrupt | SystemExit):
            return
        if QThread.currentThread() is self.thread():
            self.handle(exc, thread)
        else:
            self._from_thread.emit(exc, thread)  # queued: the project lives on the GUI thread

    def _handle_on_gui_thread(self, exc: BaseException, thread: str) -> None:
        self.handle(exc, thread)

    # --- handling ------------------------------------------------------------------------------

    def handle(self, exc: BaseException, thread: str = "MainThread") -> None:
        """Keep the work, write the report, and tell the user (later, from the event loop)."""
        try:
            self._handle(exc, thread)
        except Exception:  # the handler must never be the next failure
            _print(sys.exc_info()[1])

    def _handle(self, exc: BaseException, thread: str) -> None:
        self.handled += 1
        signature = _signature(exc)
        now = time.monotonic()
        previous = self.last_seen.get(signature)
        self.last_seen[signature] = now
        if previous is not None and now - previous < QUIET_S:
            if self.notice is not None:
                self.notice.repeats += 1
            return
        windows = main_windows()
        notice = keep_work(windows)
        body = self._report_body(exc, thread, windows, notice)
        notice.details = body
        try:
            notice.report = write_report(self._folder(windows), body)
        except OSError:
            notice.report = None
        if self.notice is not None:  # one dialog for a burst of failures
            self.notice.repeats += 1
            return
        self.notice = notice
        QTimer.singleShot(0, self._tell)  # never a modal dialog inside a paint or a slot

    def _folder(self, windows: list[ProjectWindow]) -> Path:
        if self.reports_folder is not None:
            return self.reports_folder
        for window in windows:
            return Path(window.files.recovery.folder).parent / REPORTS_FOLDER
        return user_data_dir() / REPORTS_FOLDER

    def _report_body(
        self, exc: BaseException, thread: str, windows: list[ProjectWindow], notice: CrashNotice
    ) -> str:
        lines = [
            "Policywright crash report",
            f"When: {dt.datetime.now().astimezone().isoformat(timespec='seconds')}",
            *describe_environment(),
            f"Thread: {thread}",
        ]
        for window in windows:
            session = window.session
            name = session.path.name if session.path is not None else "(never saved)"
            lines.append(
                f"Project file: {name}; unsaved changes: {'yes' if session.modified else 'no'}; "
                f"read-only: {'yes' if session.read_only else 'no'}"
            )
        lines.append(
            f"Recovery copies written: {len(notice.saved)}; failed: {len(notice.not_saved)}"
        )
        lines += ["", format_failure(exc, answer_scrubber(windows))]
        return "\n".join(lines)

    def _tell(self) -> None:
        if self.notice is None or self.showing:
            return
        self.showing = True
        windows = main_windows()
        keep_work(windows, self.notice)
        parent = QApplication.activeWindow() or next(
            (w for w in windows if isinstance(w, QWidget)), None
        )
        try:
            show_crash_notice(parent, self.notice)
        finally:
            self.showing = False
            self.notice = None


def keep_work(windows: list[ProjectWindow], notice: CrashNotice | None = None) -> CrashNotice:
    """Write a recovery copy of every open project with unsaved changes, now.

    Called again with the same ``notice`` once the event loop runs: a failure in the middle of
    an edit (in a slot of the change it announced) comes before the undo stack counts the edit
    as unsaved, so a project that looked unchanged may have changed after all.
    """
    notice = notice if notice is not None else CrashNotice()
    done = set(notice.saved) | {name for name, _why in notice.not_saved}
    for window in windows:
        session = window.session
        name = session.display_name()
        if name in done:
            continue
        if not session.modified:
            if name not in notice.unchanged:
                notice.unchanged.append(name)
            continue
        if name in notice.unchanged:
            notice.unchanged.remove(name)
        try:
            session.write_recovery(window.files.recovery)
        except Exception as exc:  # OSError, or a project left half-edited by the failure
            why = getattr(exc, "strerror", None) or type(exc).__name__
            notice.not_saved.append((name, str(why)))
            continue
        window.files.last_autosave = dt.datetime.now()
        with contextlib.suppress(Exception):
            window.update_save_state()
        notice.saved.append(name)
    return notice


def _print(exc: BaseException | None) -> None:
    # Still on stderr for whoever started the editor from a terminal (None in a windowed bundle).
    if exc is not None and sys.stderr is not None:
        with contextlib.suppress(Exception):
            traceback.print_exception(exc, file=sys.stderr)


def install(parent: QObject | None = None) -> CrashHandler:
    """Install the handler for this process (call after the QApplication exists)."""
    handler = CrashHandler(parent if parent is not None else QApplication.instance())
    handler.install()
    return handler
