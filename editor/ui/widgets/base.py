"""The contract between a field widget and the binder."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QWidget


class FieldWidget(QWidget):
    """A widget that edits one value of the project.

    ``edited`` is emitted only for the user's own changes; ``set_value`` (used when the model
    changes, e.g. on undo) never emits it, so the binder cannot loop.
    """

    edited = Signal()
    # The user finished editing (left a text box or pressed Enter): time to show a format
    # problem. Widgets without typing commit with every edit.
    committed = Signal()

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def set_accessible_name(self, name: str) -> None:
        """Name the widget (and its focusable parts) for screen readers."""
        self.setAccessibleName(name)
        focus = self.focusProxy()
        if focus is not None:
            focus.setAccessibleName(name)


class UndoKeysToWindow(QObject):
    """Let Ctrl+Z / Ctrl+Shift+Z reach the window's Undo/Redo instead of a text box's own.

    Text widgets keep a private undo history; if they handled the keys, undo would bypass the
    project's undo stack and the model and the widget would disagree. Install on text widgets.
    """

    _KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and any(event.matches(key) for key in self._KEYS)
        ):
            event.ignore()
            return True
        return False


_filter: UndoKeysToWindow | None = None


def forward_undo_keys(widget: QWidget) -> None:
    """Install the shared ``UndoKeysToWindow`` filter on a text widget."""
    global _filter
    if _filter is None:
        _filter = UndoKeysToWindow()
    widget.installEventFilter(_filter)
