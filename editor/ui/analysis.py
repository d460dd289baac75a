"""Composing the policy and judging each page, in a worker thread, shortly after each edit.

Composition of a large project takes about half a second, so it never runs on the thread that
handles typing. After a short quiet time a worker thread composes the project, cuts the policy
into preview units and runs the checks; the results arrive back as a signal. One job runs at a
time; an edit made while a job runs starts one more job when it ends, so what is shown is never
more than one job behind, and the last job always sees the last edit.

The worker reads the live project rather than a copy. Copying a large project costs 10–30 ms of
the typing thread (``model_dump``) and 20 ms of validation holding the interpreter lock, which
is most of the stall budget. Reading while the user edits is safe in CPython (each assignment
is atomic under the GIL, and composition only reads), and a job that raced with an edit is
followed by another job anyway; at worst one preview frame mixes two versions, and a failure
caused by such a race is not shown.
"""

from __future__ import annotations

import contextlib
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from editor.model import Project
from editor.ui.session import Session
from editor.ui.status import AttentionSource, PageStatus, all_statuses, validation_problems

if TYPE_CHECKING:
    from editor.ui.previewunits import Unit


@dataclass
class Analysis:
    """What one job found out about one version of the project."""

    generation: int
    units: list[Unit] | None = None  # None: the policy could not be composed
    raced: bool = False  # the project changed while the job ran; another job follows
    words: int | None = None
    preview_error: str = ""
    statuses: dict[str, PageStatus] = field(default_factory=dict)
    findings: list[Any] = field(default_factory=list)  # editor.checks findings, for panels


def checks_attention(findings: list[Any]) -> AttentionSource:
    """Errors and warnings of the checks, as attention for the navigator."""

    def source(_project: Project) -> list[tuple[Any, str]]:
        return [(f.path, f.message) for f in findings if getattr(f.severity, "value", "") != "info"]

    return source


def analyse(
    generation: int,
    project: Project,
    extra: list[AttentionSource],
    on_preview: Callable[[Analysis], None] | None = None,
    still_current: Callable[[], bool] = lambda: True,
) -> Analysis:
    """The worker's job: pure Python, reading the project only.

    The preview comes first and is handed to ``on_preview`` at once; the checks, which only
    feed the navigator's marks, follow unless the project has changed meanwhile (the next job
    will do them, so this one ends early and lets it start sooner).
    """
    from editor.ui.pages import PAGES, page_for_path

    result = Analysis(generation)
    try:
        from editor.compose import compose
        from editor.document.walk import plain_text, word_count
        from editor.ui.previewunits import document_units

        doc = compose(project)
        result.units = document_units(doc)
        # Line by line: the same count (no word spans a line break), but no single regex call
        # holds the interpreter lock for the 10+ ms a large policy takes in one piece.
        result.words = sum(word_count(line) for line in plain_text(doc).splitlines())
    except ImportError as exc:
        result.preview_error = f"The policy composer is not installed ({exc.name})."
    except Exception as exc:
        traceback.print_exc()
        result.preview_error = f"The policy could not be composed: {exc}"
    if on_preview is not None:
        on_preview(result)
    if not still_current():
        result.raced = True
        return result
    try:
        from editor.checks import run_checks

        result.findings = run_checks(project)
    except Exception:
        traceback.print_exc()
    sources = [validation_problems, checks_attention(result.findings), *extra]
    result.statuses = all_statuses(PAGES, project, sources, page_for_path)
    return result


class Analyser(QObject):
    """Runs ``analyse`` after edits, one job at a time, and reports each result."""

    previewed = Signal(object)  # Analysis with the preview (units, words) filled in
    finished = Signal(object)  # Analysis with everything, statuses and findings too
    _previewed = Signal(object)  # from the worker thread to this object's thread
    _delivered = Signal(object)

    def __init__(self, session: Session, delay_ms: int = 40, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self.extra_sources: list[AttentionSource] = []
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(self.start)
        self.generation = 0
        self.busy = False
        self.again = False
        self.job: Callable[..., Analysis] = analyse
        self.edits = 0  # counts changes, to tell whether one happened during a job
        self._edits_at_start = 0
        self._delivered.connect(self._on_delivered)
        self._previewed.connect(self._on_previewed)
        session.changed.connect(self._on_changed)

    def _on_changed(self, _path: object) -> None:
        self.edits += 1
        self.schedule()

    def add_attention_source(self, source: AttentionSource) -> None:
        """Another reason a page may need attention (it runs in the worker: keep it pure)."""
        self.extra_sources.append(source)
        self.schedule()

    def schedule(self) -> None:
        self.timer.start()

    def start(self) -> None:
        if self.busy:
            self.again = True
            return
        self.busy = True
        self.generation += 1
        self._edits_at_start = self.edits
        args = (self.generation, self.session.project, list(self.extra_sources))
        threading.Thread(target=self._run, args=args, daemon=True, name="analysis").start()

    def _run(self, generation: int, project: Project, extra: list[AttentionSource]) -> None:
        try:
            result = self.job(
                generation,
                project,
                extra,
                on_preview=self._emit_preview,
                still_current=lambda: self.edits == self._edits_at_start,
            )
        except Exception as exc:
            traceback.print_exc()
            result = Analysis(generation, preview_error=str(exc))
        with contextlib.suppress(RuntimeError):  # the window closed while we worked
            self._delivered.emit(result)

    def _emit_preview(self, result: Analysis) -> None:
        with contextlib.suppress(RuntimeError):  # the window closed while we worked
            self._previewed.emit(result)

    def _on_previewed(self, result: Analysis) -> None:
        raced = self.edits != self._edits_at_start
        if not (raced and result.units is None):
            self.previewed.emit(result)

    def _on_delivered(self, result: Analysis) -> None:
        self.busy = False
        result.raced = result.raced or self.edits != self._edits_at_start
        # A job that raced with an edit may have skipped the checks; its successor reports.
        if not result.raced:
            self.finished.emit(result)
        if self.again:
            self.again = False
            self.start()

    def wait_idle(self, timeout_ms: int = 10_000) -> bool:
        """For tests and benchmarks: process events until no job runs or is due."""
        from PySide6.QtCore import QCoreApplication, QDeadlineTimer

        deadline = QDeadlineTimer(timeout_ms)
        while self.busy or self.again or self.timer.isActive():
            if deadline.hasExpired():
                return False
            QCoreApplication.processEvents()
            threading.Event().wait(0.002)
        return True
