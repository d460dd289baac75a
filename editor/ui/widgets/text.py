"""Text answers: one line (names, emails, web addresses) or a few lines (descriptions)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFocusEvent, QFontMetrics
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPlainTextEdit, QWidget

from editor.model.base import LONGEST_TEXT
from editor.ui.widgets.base import FieldWidget, forward_undo_keys

# Focus the user gave (a click places the cursor; Tab and a mnemonic select all, as Qt does) or
# got back (returning to the window or from a popup keeps the cursor where it was).
_USER_FOCUS = (
    Qt.FocusReason.MouseFocusReason,
    Qt.FocusReason.TabFocusReason,
    Qt.FocusReason.BacktabFocusReason,
    Qt.FocusReason.ShortcutFocusReason,
    Qt.FocusReason.ActiveWindowFocusReason,
    Qt.FocusReason.PopupFocusReason,
)


class LineField(FieldWidget):
    """A one-line answer."""

    def __init__(self, placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        # Qt's own limit (32,767) would cut a longer answer from the file at the first edit.
        self.edit.setMaxLength(LONGEST_TEXT)
        self.edit.setPlaceholderText(placeholder)
        self.edit.setClearButtonEnabled(False)
        forward_undo_keys(self.edit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        self.setFocusProxy(self.edit)
        # textEdited fires for the user's typing only, never for setText (undo, loading).
        self.edit.textEdited.connect(lambda _text: self.edited.emit())
        self.edit.editingFinished.connect(self.committed.emit)
        self.edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Focus given by the program (a problem's "go to the field") continues the answer, so
        # the cursor goes to its end rather than the start set_value left it at.
        if (
            watched is self.edit
            and event.type() == QEvent.Type.FocusIn
            and isinstance(event, QFocusEvent)
            and event.reason() not in _USER_FOCUS
            and not self.edit.hasSelectedText()  # a selection made first is kept
        ):
            self.edit.end(False)
        return False

    def value(self) -> str:
        return self.edit.text()

    def set_value(self, value: Any) -> None:
        text = "" if value is None else str(value)
        if text != self.edit.text():  # keep the cursor where it is when nothing changed
            self.edit.setText(text)
            if not self.edit.hasFocus():
                # setText leaves the cursor at the end, so a long answer shown on a page
                # opened later would read from its middle ("te and number of your..."). The
                # start is what the reader recognises; one being typed into keeps its cursor.
                self.edit.setCursorPosition(0)


class TextAreaField(FieldWidget):
    """A few lines of text; Tab moves on to the next question rather than inserting a tab."""

    def __init__(self, placeholder: str = "", lines: int = 3, parent: QWidget | None = None):
        super().__init__(parent)
        self.edit = QPlainTextEdit(self)
        self.edit.setPlaceholderText(placeholder)
        self.edit.setTabChangesFocus(True)
        self.edit.setUndoRedoEnabled(False)
        forward_undo_keys(self.edit)
        line = QFontMetrics(self.edit.font()).lineSpacing()
        frame = 2 * self.edit.frameWidth() + 2 * int(self.edit.document().documentMargin())
        self.edit.setFixedHeight(line * max(lines, 2) + frame + 4)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        self.setFocusProxy(self.edit)
        self._loading = False
        self.edit.textChanged.connect(self._on_text_changed)
        self.edit.installEventFilter(self)

    def _on_text_changed(self) -> None:
        if not self._loading:
            self.edited.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.FocusOut:
            self.committed.emit()
        return False

    def value(self) -> str:
        # A paste past what the model holds keeps what fits rather than failing the edit.
        return self.edit.toPlainText()[:LONGEST_TEXT]

    def set_value(self, value: Any) -> None:
        text = "" if value is None else str(value)
        if text == self.edit.toPlainText():
            return
        self._loading = True
        try:
            self.edit.setPlainText(text)
        finally:
            self._loading = False
