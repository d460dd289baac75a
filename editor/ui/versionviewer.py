"""A published version, read as it was published: its composed policy, which nobody can edit.

The viewer composes a snapshot, a Project of its own that is never part of the session, so no
edit, undo or restore can reach it; the text view is read-only. It is a window beside the
editor, not a modal dialog, so the user can compare it with the draft's preview.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from editor.model import Project, PublishedVersion
from editor.ui.analysis import compose_preview
from editor.ui.preview import PreviewPane


def _tr(text: str) -> str:
    return QCoreApplication.translate("VersionViewer", text)


class VersionViewer(QDialog):
    """One published version's policy, read-only, with a way to restore it."""

    restoreRequested = Signal(str)

    def __init__(
        self,
        version: PublishedVersion,
        snapshot: Project,
        dates: tuple[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.version = version
        self.snapshot = snapshot
        effective, published = dates
        self.setWindowTitle(_tr("Version {label} (read-only)").format(label=version.label))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        title = QLabel(
            _tr("Version {label}: published on {published}, effective {effective}").format(
                label=version.label, published=published, effective=effective
            ),
            self,
        )
        title.setObjectName("groupTitle")
        title.setWordWrap(True)
        hint = QLabel(
            _tr(
                "This is the policy as it was published. Published versions cannot be changed; "
                "to work from this one, restore it into the draft."
            ),
            self,
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.preview = PreviewPane(self)
        self.preview.view.setAccessibleName(
            _tr("Version {label} of the policy").format(label=version.label)
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        restore = QPushButton(_tr("&Restore into draft…"), self)
        buttons.addButton(restore, QDialogButtonBox.ButtonRole.ActionRole)
        restore.clicked.connect(lambda: self.restoreRequested.emit(version.label))
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addWidget(self.preview, 1)
        layout.addWidget(buttons)
        self.resize(720, 760)
        self._compose()

    def _compose(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = compose_preview(1, self.snapshot)
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.preview.show_result(result)

    def text(self) -> str:
        """The policy's words as shown (for tests and accessibility checks)."""
        return self.preview.view.toPlainText()
