"""The live preview: the policy as it will be published, next to the questions.

It shows the HTML exporter's markup in a read-only text view and follows the analyser's
results. Hovering a sentence shows which answers wrote it; clicking it goes to the question
(``question_requested``), which is how a user finds where to change a sentence they dislike.
Updates are applied a few units at a time between events (see ``previewdoc``), keep the
reader's scroll position, never take the keyboard focus, and scroll to the section being edited
when the user moves on to another section.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QHelpEvent, QMouseEvent, QPalette
from PySide6.QtWidgets import QLabel, QTextBrowser, QToolTip, QVBoxLayout, QWidget

from editor.paths import templates_dir
from editor.ui.analysis import Analysis

if TYPE_CHECKING:
    from collections.abc import Callable

    from editor.model.fieldpath import FieldPath
    from editor.ui.previewdoc import PreviewDocument
    from editor.ui.previewunits import Unit

# Qt's rich text reads a subset of CSS; the exporter ships a stylesheet written for it.
_FALLBACK_CSS = "h1 { font-size: 18pt; } h2 { font-size: 14pt; } p { margin-bottom: 6pt; }"
TICK_BUDGET_S = 0.012  # longest piece of preview work between two events


def _tr(text: str) -> str:
    return QCoreApplication.translate("Preview", text)


# Each unit sits in its own frame, so margins between blocks come from here, not from CSS
# collapsing between neighbours.
_PREVIEW_CSS = "ul, ol { margin-top: 0; margin-bottom: 4pt; } h1, h2, h3 { margin-top: 0; }"


def _stylesheet() -> str:
    try:
        css = (templates_dir() / "html" / "print-engine.css").read_text("utf-8")
    except OSError:
        css = _FALLBACK_CSS
    return css + "\n" + _PREVIEW_CSS


class PreviewPane(QWidget):
    """The preview dock's contents."""

    updated = Signal()  # the view shows the latest result in full
    question_requested = Signal(object)  # a FieldPath: the question that wrote a clicked sentence

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preview")
        # Until the text view exists the pane shows its (page-coloured) background.
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAutoFillBackground(True)
        self._view: QTextBrowser | None = None
        self.notice = QLabel(self)
        self.notice.setObjectName("hint")
        self.notice.setWordWrap(True)
        self.notice.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.notice)
        self._doc: PreviewDocument | None = None
        self.tick = QTimer(self)
        self.tick.setInterval(0)
        self.tick.timeout.connect(self._apply_some)
        self.section_key = ""  # the section being edited
        self._scroll_pending = False
        self._holding_scroll = False  # while a click shows its question, the preview stays put
        # Whether the project gives an answer (set by the window, which holds the project).
        self.answered: Callable[[FieldPath], bool] | None = None
        self.shown_generation = 0

    @property
    def view(self) -> QTextBrowser:
        """The text view; made when first needed, after the window is on screen."""
        if self._view is None:
            view = QTextBrowser(self)
            view.setObjectName("previewText")
            view.setOpenLinks(False)  # offline: a link in the policy must not open a browser
            view.setAccessibleName(_tr("Policy preview"))
            view.document().setDefaultStyleSheet(_stylesheet())
            view.document().setDocumentMargin(16)
            view.viewport().installEventFilter(self)
            layout = self.layout()
            assert layout is not None
            layout.addWidget(view)
            if self.isVisible():
                view.show()  # a child made after its parent was shown starts hidden
                layout.activate()
            self._view = view
        return self._view

    @property
    def doc(self) -> PreviewDocument:
        """The preview's text; made with the first result, after the window is on screen."""
        if self._doc is None:
            from editor.ui.previewdoc import PreviewDocument

            self._doc = PreviewDocument(self.view.document())
        return self._doc

    # --- results -------------------------------------------------------------------------------

    def show_result(self, result: Analysis) -> None:
        if result.units is None:
            self.notice.setText(_tr(result.preview_error) or _tr("No preview available."))
            self.notice.setVisible(True)
            return
        self.notice.setVisible(False)
        self.shown_generation = result.generation
        self.doc.set_target(result.units)
        self._apply_some()
        if not self.doc.done:
            self.tick.start()

    def _apply_some(self) -> None:
        anchor = self._top_anchor()
        done = self.doc.apply(TICK_BUDGET_S)
        self._restore(anchor)
        if done:
            self.tick.stop()
            if self._scroll_pending:
                self._scroll_to_section()
            self.updated.emit()

    # --- scrolling -----------------------------------------------------------------------------

    def follow_section(self, key: str | None) -> None:
        """Show the section being edited, when the user moves to a different one."""
        if not key or key == self.section_key:
            return
        self.section_key = key
        if self._holding_scroll:
            return  # the user is reading here: the sentence they clicked stays in view
        self._scroll_pending = True
        if self.doc.done:
            self._scroll_to_section()

    def _scroll_to_section(self) -> None:
        frame = self.doc.first_frame_of(self.section_key)
        if frame is None:
            return  # not in the policy (yet); try again after the next update
        self._scroll_pending = False
        layout = self.view.document().documentLayout()
        top = int(layout.frameBoundingRect(frame).top())  # type: ignore[attr-defined]
        self.view.verticalScrollBar().setValue(max(top, 0))

    def _top_anchor(self) -> tuple[object, float] | None:
        """The unit at the top of the view and how far into it the view starts."""
        y = self.view.verticalScrollBar().value()
        if y == 0 or not self.doc.frames:
            return None
        layout = self.view.document().documentLayout()
        for unit, frame in zip(self.doc.units, self.doc.frames, strict=True):
            rect = layout.frameBoundingRect(frame)  # type: ignore[attr-defined]
            if rect.bottom() > y:
                return unit, y - rect.top()
        return None

    def _restore(self, anchor: tuple[object, float] | None) -> None:
        """Keep the same text at the top of the view after units above it changed height."""
        if anchor is None:
            return
        unit, offset = anchor
        layout = self.view.document().documentLayout()
        for shown, frame in zip(self.doc.units, self.doc.frames, strict=True):
            if shown is unit:
                top = layout.frameBoundingRect(frame).top()  # type: ignore[attr-defined]
                self.view.verticalScrollBar().setValue(int(top + offset))
                return

    # --- where a sentence comes from -----------------------------------------------------------

    def unit_at(self, point: QPoint) -> Unit | None:
        """The unit (a paragraph, list or table rows) under ``point`` of the view's viewport."""
        if self._doc is None or self._view is None:
            return None
        return self._doc.unit_at(self._view.cursorForPosition(point).position())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._view is not None and watched is self._view.viewport():
            if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
                self._show_source(event)
                return True
            if (
                event.type() == QEvent.Type.MouseButtonRelease
                and isinstance(event, QMouseEvent)
                and event.button() == Qt.MouseButton.LeftButton
            ):
                self.go_to_question_at(event.position().toPoint())
        return super().eventFilter(watched, event)

    def go_to_question_at(self, point: QPoint) -> bool:
        """Ask for the question that wrote the sentence at ``point``; False if none did."""
        from editor.ui.sources import first_asked

        if self.view.textCursor().hasSelection():
            return False  # the user selected text to copy, not a sentence to change
        unit = self.unit_at(point)
        path = first_asked(unit.answers, self.answered) if unit is not None else None
        if path is None:
            return False
        self._holding_scroll = True
        try:
            self.question_requested.emit(path)
        finally:
            self._holding_scroll = False
        return True

    def _show_source(self, event: QHelpEvent) -> None:
        from editor.ui.sources import source_tooltip

        unit = self.unit_at(event.pos())
        text = source_tooltip(unit.answers, unit.laws) if unit is not None else ""
        if text:
            QToolTip.showText(event.globalPos(), text, self.view)
        else:
            QToolTip.hideText()
