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
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from editor.gctune import collection_paused
from editor.ui.session import Session
from editor.ui.status import AttentionSource, PageStatus, all_statuses, validation_problems

if TYPE_CHECKING:
    from editor.model import Project
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
    # The composed policy (preview jobs), which the next checks job reuses if nothing changed.
    document: Any = None
    readability: Any = None  # editor.checks.plain_language.ReadabilityReport (checks jobs)


def checks_attention(findings: list[Any]) -> AttentionSource:
    """Errors and warnings of the checks, as attention for the navigator."""

    def source(_project: Project) -> list[tuple[Any, str]]:
        return [(f.path, f.message) for f in findings if getattr(f.severity, "value", "") != "info"]

    return source


def compose_preview(generation: int, project: Project) -> Analysis:
    """The preview job: compose the policy and cut it into units (pure Python, reads only)."""
    result = Analysis(generation)
    try:
        from editor.compose import compose
        from editor.document.walk import plain_text, word_count
        from editor.ui.previewunits import document_units

        with collection_paused():  # the policy and its units all stay alive: nothing to free
            doc = compose(project)
            result.document = doc
            result.units = document_units(doc)
            # Line by line: the same count (no word spans a line break), but no single regex
            # call holds the interpreter lock for the 10+ ms a large policy takes in one piece.
            result.words = sum(word_count(line) for line in plain_text(doc).splitlines())
    except ImportError as exc:
        result.preview_error = f"The policy composer is not installed ({exc.name})."
    except Exception as exc:
        traceback.print_exc()
        result.preview_error = f"The policy could not be composed: {exc}"
    return result


def check_pages(
    generation: int, project: Project, extra: list[AttentionSource], document: Any = None
) -> Analysis:
    """The checks job: findings, readability and each page's progress, for the navigator.

    ``document`` is the policy the last preview composed from this very version of the project,
    if there is one: composing is the costly part, so it is not done twice.
    """
    from editor.ui.pages import PAGES, page_for_path

    result = Analysis(generation)
    try:
        from editor.checks import run_checks
        from editor.checks.plain_language import document_readability

        if document is None:
            from editor.compose import compose

            with collection_paused():
                document = compose(project)
        result.findings = run_checks(project, document=document)
        result.readability = document_readability(document)  # scored by a rule just now
    except Exception:
        traceback.print_exc()
    sources = [validation_problems, checks_attention(result.findings), *extra]
    result.statuses = all_statuses(PAGES, project, sources, page_for_path)
    return result


PREVIEW, CHECKS = "preview", "checks"


class Analyser(QObject):
    """Runs the preview and checks jobs after edits, one at a time, the preview first.

    The preview follows each pause in typing (``delay_ms``); the checks, which only change
    the navigator's marks and take longer, wait for a longer pause (``checks_delay_ms``), so
    they never hold up the preview of the next keystroke.
    """

    previewed = Signal(object)  # Analysis with the preview (units, words)
    finished = Signal(object)  # Analysis with the statuses and findings
    _delivered = Signal(str, object)  # from the worker thread to this object's thread

    def __init__(
        self,
        session: Session,
        delay_ms: int = 25,
        checks_delay_ms: int = 300,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.extra_sources: list[AttentionSource] = []
        self.timer = self._timer(delay_ms, PREVIEW)
        self.checks_timer = self._timer(checks_delay_ms, CHECKS)
        self.generation = 0  # of preview jobs
        self.checks_generation = 0
        self.started_at: dict[int, float] = {}  # preview generation -> perf_counter at start
        self.busy = False
        self.pending: set[str] = set()
        self.jobs: dict[str, Callable[..., Analysis]] = {
            PREVIEW: lambda g, p, _extra, _document: compose_preview(g, p),
            CHECKS: check_pages,
        }
        self.edits = 0  # counts changes, to tell whether one happened during a job
        self._edits_at_start = 0
        self._document: tuple[int, Any] = (-1, None)  # (edits, policy) of the last preview
        self._delivered.connect(self._on_delivered)
        session.changed.connect(self._on_changed)

    def _timer(self, delay_ms: int, kind: str) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(delay_ms)
        timer.timeout.connect(lambda: self.request(kind))
        return timer

    def _on_changed(self, _path: object) -> None:
        self.edits += 1
        self.schedule()

    def add_attention_source(self, source: AttentionSource) -> None:
        """Another reason a page may need attention (it runs in the worker: keep it pure)."""
        self.extra_sources.append(source)
        self.checks_timer.start()

    def schedule(self) -> None:
        self.timer.start()
        self.checks_timer.start()

    @property
    def idle(self) -> bool:
        """No job runs, waits or is due."""
        return not (
            self.busy or self.pending or self.timer.isActive() or self.checks_timer.isActive()
        )

    def request(self, kind: str) -> None:
        self.pending.add(kind)
        self._pump()

    def _pump(self) -> None:
        if self.busy or not self.pending:
            return
        kind = PREVIEW if PREVIEW in self.pending else CHECKS
        self.pending.discard(kind)
        self.busy = True
        if kind == PREVIEW:
            self.generation += 1
            generation = self.generation
            self.started_at[generation] = time.perf_counter()
        else:
            self.checks_generation += 1
            generation = self.checks_generation
        self._edits_at_start = self.edits
        edits, document = self._document
        document = document if kind == CHECKS and edits == self.edits else None
        args = (kind, generation, self.session.project, list(self.extra_sources), document)
        threading.Thread(target=self._run, args=args, daemon=True, name="analysis").start()

    def _run(
        self,
        kind: str,
        generation: int,
        project: Project,
        extra: list[AttentionSource],
        document: Any,
    ) -> None:
        try:
            result = self.jobs[kind](generation, project, extra, document)
        except Exception as exc:
            traceback.print_exc()
            result = Analysis(generation, preview_error=str(exc))
        with contextlib.suppress(RuntimeError):  # the window closed while we worked
            self._delivered.emit(kind, result)

    def _on_delivered(self, kind: str, result: Analysis) -> None:
        self.busy = False
        result.raced = self.edits != self._edits_at_start
        if kind == PREVIEW:
            if not result.raced and result.document is not None:
                self._document = (self._edits_at_start, result.document)
            if not (result.raced and result.units is None):  # a raced failure is not news
                self.previewed.emit(result)
        elif not result.raced:  # a raced check is redone: the edit restarted its timer
            self.finished.emit(result)
        self._pump()

    def wait_idle(self, timeout_ms: int = 10_000) -> bool:
        """For tests and benchmarks: process events until no job runs or is due."""
        from PySide6.QtCore import QCoreApplication, QDeadlineTimer

        deadline = QDeadlineTimer(timeout_ms)
        while not self.idle:
            if deadline.hasExpired():
                return False
            QCoreApplication.processEvents()
            threading.Event().wait(0.002)
        return True
