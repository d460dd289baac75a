"""Composing the policy and judging each page, in a worker thread, shortly after each edit.

Composition of a large project takes about half a second, so it never runs on the thread that
handles typing. After a short quiet time the project is copied (``model_dump``: a few
milliseconds even for a large project) and the copy is composed, cut into preview units and
checked in a worker thread; the results arrive back as a signal. One job runs at a time; edits
made meanwhile start one more job when it ends, so results are never more than one job stale.
"""

from __future__ import annotations

import contextlib
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from editor.model import Project
from editor.ui.previewunits import Unit
from editor.ui.session import Session
from editor.ui.status import AttentionSource, PageStatus, all_statuses, validation_problems


@dataclass
class Analysis:
    """What one job found out about one version of the project."""

    generation: int
    units: list[Unit] | None = None  # None: the policy could not be composed
    words: int | None = None
    preview_error: str = ""
    statuses: dict[str, PageStatus] = field(default_factory=dict)
    findings: list[Any] = field(default_factory=list)  # editor.checks findings, for panels


def checks_attention(findings: list[Any]) -> AttentionSource:
    """Errors and warnings of the checks, as attention for the navigator."""

    def source(_project: Project) -> list[tuple[Any, str]]:
        return [(f.path, f.message) for f in findings if getattr(f.severity, "value", "") != "info"]

    return source


def analyse(generation: int, data: dict[str, Any], extra: list[AttentionSource]) -> Analysis:
    """The worker's job: pure Python over a private copy of the project."""
    from editor.ui.pages import PAGES, page_for_path

    project = Project.model_validate(data)
    result = Analysis(generation)
    try:
        from editor.checks import run_checks

        result.findings = run_checks(project)
    except Exception:
        traceback.print_exc()
    sources = [validation_problems, checks_attention(result.findings), *extra]
    result.statuses = all_statuses(PAGES, project, sources, page_for_path)
    try:
        from editor.compose import compose
        from editor.document.walk import word_count
        from editor.ui.previewunits import document_units

        doc = compose(project)
        result.units = document_units(doc)
        result.words = word_count(doc)
    except ImportError as exc:
        result.preview_error = f"The policy composer is not installed ({exc.name})."
    except Exception as exc:
        traceback.print_exc()
        result.preview_error = f"The policy could not be composed: {exc}"
    return result


class Analyser(QObject):
    """Runs ``analyse`` after edits, one job at a time, and reports each result."""

    finished = Signal(object)  # Analysis
    _delivered = Signal(object)  # from the worker thread to this object's thread

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
        self.job: Callable[[int, dict[str, Any], list[AttentionSource]], Analysis] = analyse
        self._delivered.connect(self._on_delivered)
        session.changed.connect(lambda _path: self.schedule())

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
        data = self.session.project.model_dump()
        args = (self.generation, data, list(self.extra_sources))
        threading.Thread(target=self._run, args=args, daemon=True, name="analysis").start()

    def _run(self, generation: int, data: dict[str, Any], extra: list[AttentionSource]) -> None:
        try:
            result = self.job(generation, data, extra)
        except Exception as exc:
            traceback.print_exc()
            result = Analysis(generation, preview_error=str(exc))
        with contextlib.suppress(RuntimeError):  # the window closed while we worked
            self._delivered.emit(result)

    def _on_delivered(self, result: Analysis) -> None:
        self.busy = False
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
