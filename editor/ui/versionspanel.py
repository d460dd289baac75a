"""The versions panel: the published versions and the draft, and what changed between them.

Select one version to see what it changed, the draft to see what is not published yet, or two
(Ctrl+click) to compare them. From here a version can be viewed as it was published, restored
into the draft, and its notice to customers exported. The panel only shows and asks; the
``VersionsController`` does the work, so the panel never changes the project itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from editor.ui.comparison import ComparisonView

if TYPE_CHECKING:
    # Annotations only: the window shows before pydantic and the model are loaded.
    from editor.model import Project, PublishedVersion

DRAFT_KEY = ""  # the list item of the draft carries this instead of a label
NOTICE_FORMATS: tuple[tuple[str, str], ...] = (
    ("html", "Web page (HTML)…"),
    ("md", "Markdown…"),
    ("txt", "Plain text, for an email…"),
    ("docx", "Word document (DOCX)…"),
    ("pdf", "PDF…"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("VersionsPanel", text)


@dataclass(frozen=True)
class Selection:
    """What the user picked, oldest first: labels of published versions, "" for the draft."""

    keys: tuple[str, ...]

    @property
    def single_version(self) -> str | None:
        """The one published version selected alone, if that is the selection."""
        if len(self.keys) == 1 and self.keys[0] != DRAFT_KEY:
            return self.keys[0]
        return None


class VersionsPanel(QWidget):
    """The dock's contents: the list, its actions, and the comparison below."""

    selectionChanged = Signal(object)  # a Selection
    publishRequested = Signal()
    viewRequested = Signal(str)  # a published version's label
    restoreRequested = Signal(str)
    noticeRequested = Signal(str)  # a format key; the selection says which versions

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("versionsPanel")
        self.list = QListWidget(self)
        self.list.setObjectName("versionList")
        self.list.setAccessibleName(_tr("Published versions"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setSpacing(2)
        # About five versions tall; the comparison below gets the rest of the height.
        self.list.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
        self.list.setMaximumHeight(self.fontMetrics().lineSpacing() * 13)
        self.list.itemSelectionChanged.connect(self._selection_changed)
        self.list.itemActivated.connect(self._activated)

        hint = QLabel(
            _tr("Select a version to see what it changed, or two (Ctrl+click) to compare them."),
            self,
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)

        self.publish_button = QPushButton(_tr("&Publish…"), self)
        self.publish_button.setToolTip(_tr("Publish the draft as a new version"))
        self.publish_button.clicked.connect(self.publishRequested)
        self.view_button = QPushButton(_tr("&View"), self)
        self.view_button.setToolTip(_tr("Read this version as it was published"))
        self.view_button.clicked.connect(lambda: self._with_version(self.viewRequested))
        self.restore_button = QPushButton(_tr("&Restore into draft…"), self)
        self.restore_button.setToolTip(
            _tr("Replace the draft's answers with this version's (you can undo this)")
        )
        self.restore_button.clicked.connect(lambda: self._with_version(self.restoreRequested))
        self.notice_button = QToolButton(self)
        self.notice_button.setText(_tr("&Notice to customers"))
        self.notice_button.setToolTip(
            _tr("Export the notice that tells your customers what changed")
        )
        self.notice_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.notice_button)
        for fmt, text in NOTICE_FORMATS:
            action = menu.addAction(_tr(text))
            action.triggered.connect(lambda _c=False, f=fmt: self.noticeRequested.emit(f))
        self.notice_button.setMenu(menu)

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.view_button, self.restore_button, self.notice_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(6, 6, 6, 4)
        heading = QHBoxLayout()
        heading.addWidget(hint, 1)
        heading.addWidget(self.publish_button, 0, Qt.AlignmentFlag.AlignTop)
        top_layout.addLayout(heading)
        top_layout.addWidget(self.list, 1)
        top_layout.addLayout(buttons)

        self.comparison = ComparisonView(self)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(top)
        splitter.addWidget(self.comparison)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self._update_buttons()

    # --- the list ------------------------------------------------------------------------------

    def set_versions(self, project: Project, dates: dict[str, tuple[str, str]]) -> None:
        """Show the draft and the published versions, newest first; keep what was selected.

        ``dates`` gives each version's effective and publication dates in words.
        """
        kept = set(self.selection().keys)
        self.list.blockSignals(True)
        self.list.clear()
        draft = QListWidgetItem(_tr("Draft\nYour current answers, not published yet"), self.list)
        draft.setData(Qt.ItemDataRole.UserRole, DRAFT_KEY)
        draft.setToolTip(_tr("The answers you are editing now"))
        font = draft.font()
        font.setItalic(True)  # not a version: what the versions are compared with
        draft.setFont(font)
        for version in reversed(project.published):
            effective, published = dates.get(version.label, ("", ""))
            item = QListWidgetItem(_version_text(version, effective), self.list)
            item.setData(Qt.ItemDataRole.UserRole, version.label)
            item.setToolTip(_version_tooltip(version, published))
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setSelected(item.data(Qt.ItemDataRole.UserRole) in kept)
        self.list.blockSignals(False)
        self._selection_changed()

    def select(self, *keys: str) -> None:
        """Select the versions with these labels ("" for the draft), e.g. from the reminder."""
        self.list.blockSignals(True)
        self.list.clearSelection()
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) in keys:
                item.setSelected(True)
                self.list.setCurrentItem(item, QItemSelectionModel.SelectionFlag.NoUpdate)
        self.list.blockSignals(False)
        self._selection_changed()

    def selection(self) -> Selection:
        """The selected versions, oldest first (the draft, at the top of the list, last)."""
        rows = sorted((self.list.row(i), i) for i in self.list.selectedItems())
        keys = [str(item.data(Qt.ItemDataRole.UserRole)) for _row, item in reversed(rows)]
        return Selection(tuple(keys))

    def _selection_changed(self) -> None:
        self._update_buttons()
        self.selectionChanged.emit(self.selection())

    def _update_buttons(self) -> None:
        selection = self.selection()
        one = selection.single_version is not None
        self.view_button.setEnabled(one)
        self.restore_button.setEnabled(one)
        has_published = self.list.count() > 1
        self.notice_button.setEnabled(has_published and 1 <= len(selection.keys) <= 2)

    def _with_version(self, signal: SignalInstance) -> None:
        label = self.selection().single_version
        if label is not None:
            signal.emit(label)

    def _activated(self, item: QListWidgetItem) -> None:
        key = str(item.data(Qt.ItemDataRole.UserRole))
        if key != DRAFT_KEY:
            self.viewRequested.emit(key)


def _version_text(version: PublishedVersion, effective: str) -> str:
    first = _tr("{label} · effective {date}").format(label=version.label, date=effective)
    about = version.note or version.summary
    return f"{first}\n{_shorten(about)}" if about else first


def _version_tooltip(version: PublishedVersion, published: str) -> str:
    lines = [_tr("Published on {date}").format(date=published)]
    if version.note:
        lines.append(version.note)
    if version.summary:
        lines.append(version.summary)
    return "\n\n".join(lines)


def _shorten(text: str, limit: int = 140) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class ReviewBar(QFrame):
    """A gentle reminder that the policy is due its yearly review."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewBar")
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.review = QPushButton(_tr("Review &changes"), self)
        self.dismiss = QToolButton(self)
        self.dismiss.setText(_tr("Dismiss"))
        self.dismiss.setToolTip(_tr("Hide this reminder until the project is opened again"))
        self.dismiss.setAutoRaise(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 8, 16, 8)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.review)
        layout.addWidget(self.dismiss)
        self.setVisible(False)

    def set_last_published(self, when: str) -> None:
        self.text.setText(
            _tr(
                "Your policy was last published on {date}. Review it at least once a year, "
                "and publish it again."
            ).format(date=when)
        )
