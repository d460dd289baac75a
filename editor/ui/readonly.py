"""The bar that says why a project is read-only, and offers Save As.

A project opens read-only when its file or folder cannot be written (a read-only drive, a CD, a
folder without permission, a file marked read-only) or when another editor has it open and the
user chose to look only. The title says "(read-only)"; this bar says why in plain words, so the
user knows the edits they make can still be kept, under another name.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from editor.storage import lock
from editor.ui.session import Session


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReadOnly", text)


def on_read_only_drive(folder: Path) -> bool:
    """True if ``folder`` is on a file system mounted read-only (a CD, a locked stick)."""
    statvfs = getattr(os, "statvfs", None)
    if statvfs is None:  # Windows: a read-only drive shows as a folder we may not write
        return False
    try:
        return bool(statvfs(folder).f_flag & os.ST_RDONLY)
    except OSError:
        return False


def read_only_reason(session: Session) -> str:
    """Why the session's project cannot be saved in place: a phrase, or "" if it can."""
    path = session.path
    if path is None or not session.read_only:
        return ""
    if session.forced_read_only:
        holder = lock.other_owner(path)
        if holder is not None:
            return _tr("it is open in another Policywright window ({holder})").format(
                holder=holder.describe()
            )
        return _tr("you chose to open it without changing the file")
    if on_read_only_drive(path.parent):
        return _tr("it is on a drive that cannot be written to")
    if path.exists() and not os.access(path, os.W_OK):
        return _tr("the file is marked read-only")
    return _tr("you do not have permission to change files in the folder {folder}").format(
        folder=path.parent
    )


class ReadOnlyBar(QFrame):
    """Shown above the pages while ``session``'s project is read-only; its button calls
    ``save_as``."""

    def __init__(
        self, session: Session, save_as: Callable[[], object], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("readOnlyBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        palette = self.palette()
        role = QPalette.ColorRole
        palette.setColor(role.Window, palette.color(role.ToolTipBase))  # a note, not an error
        palette.setColor(role.WindowText, palette.color(role.ToolTipText))
        self.setPalette(palette)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.save_as = QPushButton(_tr("Save &As…"), self)
        self.save_as.setToolTip(_tr("Keep your changes in a new file"))
        self.save_as.clicked.connect(lambda: save_as())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 8, 16, 8)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.save_as)
        session.fileChanged.connect(self.refresh)
        session.projectReplaced.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        reason = read_only_reason(self.session)
        if reason:
            self.text.setText(
                _tr("This project is read-only because {reason}. You can still make changes "
                    "and keep them in a new file with Save As.").format(reason=reason)
            )  # fmt: skip
        self.setVisible(bool(reason))
