"""The section navigator: every page in order, each marked with how far along it is.

Marks come from ``PageStatus`` values computed elsewhere (``editor.ui.status``), so the
navigator does not care whether "needs attention" came from a format problem or a finding of the
checks. ``set_badge`` adds a short count after a title (e.g. findings) for later panels.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from editor.ui.drawing import drawn_icon
from editor.ui.outline import Section
from editor.ui.status import PageStatus, SectionState

if TYPE_CHECKING:
    from editor.ui.questions import PageSpec

KEY_ROLE = Qt.ItemDataRole.UserRole


def _tr(text: str) -> str:
    return QCoreApplication.translate("Navigator", text)


STATE_TEXT = {
    SectionState.NOT_STARTED: "Not started",
    SectionState.IN_PROGRESS: "In progress",
    SectionState.COMPLETE: "Complete",
    SectionState.NEEDS_ATTENTION: "Needs attention",
}


@cache
def state_icon(state: SectionState, size: int = 16) -> QIcon:
    """A small round mark per state, drawn rather than shipped, so it follows the DPI."""

    def draw(painter: QPainter, circle: QRectF) -> None:
        grey, blue = QColor("#8a8f98"), QColor("#2f6fbe")
        green, amber = QColor("#2e7d32"), QColor("#c77700")
        if state is SectionState.NOT_STARTED:
            painter.setPen(QPen(grey, 1.5))
            painter.drawEllipse(circle)
        elif state is SectionState.IN_PROGRESS:
            painter.setPen(QPen(blue, 1.5))
            painter.drawEllipse(circle)
            half = QPainterPath()
            half.moveTo(circle.center())
            half.arcTo(circle, 90, 180)
            half.closeSubpath()
            painter.fillPath(half, blue)
        elif state is SectionState.COMPLETE:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(green)
            painter.drawEllipse(circle)
            painter.setPen(QPen(QColor("white"), 1.8))
            painter.drawPolyline(
                [QPointF(size * 0.3, size * 0.52), QPointF(size * 0.45, size * 0.66),
                 QPointF(size * 0.72, size * 0.36)]
            )  # fmt: skip
        else:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(amber)
            painter.drawEllipse(circle)
            painter.setPen(QPen(QColor("white"), 2))
            painter.drawLine(QPointF(size / 2, size * 0.28), QPointF(size / 2, size * 0.58))
            painter.drawPoint(QPointF(size / 2, size * 0.74))

    return drawn_icon(size, draw)


class Navigator(QListWidget):
    """The list of pages on the left of the window."""

    pageSelected = Signal(str)

    def __init__(self, pages: Iterable[Section | PageSpec], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navigator")
        # The style sheet's item padding must apply before the (uniform) row height is
        # measured, or rows grow under the user's eyes when the first marks arrive.
        self.ensurePolished()
        self.setAccessibleName(_tr("Sections"))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setIconSize(QSize(16, 16))
        self.setUniformItemSizes(True)
        self._titles: dict[str, str] = {}
        self._badges: dict[str, str] = {}
        self._statuses: dict[str, PageStatus] = {}
        for spec in pages:
            item = QListWidgetItem(state_icon(SectionState.NOT_STARTED), _tr(spec.title))
            item.setData(KEY_ROLE, spec.key)
            self._titles[spec.key] = _tr(spec.title)
            self.addItem(item)
        self.currentItemChanged.connect(self._current_changed)

    def sizeHint(self) -> QSize:
        width = max(self.sizeHintForColumn(0), 160) + 2 * self.frameWidth() + 8
        return QSize(width, super().sizeHint().height())

    def _item(self, key: str) -> QListWidgetItem | None:
        for row in range(self.count()):
            item = self.item(row)
            if item.data(KEY_ROLE) == key:
                return item
        return None

    def _current_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is not None:
            self.pageSelected.emit(current.data(KEY_ROLE))

    def current_key(self) -> str:
        item = self.currentItem()
        return str(item.data(KEY_ROLE)) if item is not None else ""

    def select(self, key: str) -> None:
        item = self._item(key)
        if item is not None:
            self.setCurrentItem(item)

    def step(self, delta: int) -> None:
        """Go to the next (1) or previous (-1) page."""
        row = min(max(self.currentRow() + delta, 0), self.count() - 1)
        self.setCurrentRow(row)

    def status(self, key: str) -> PageStatus | None:
        return self._statuses.get(key)

    def set_statuses(self, statuses: dict[str, PageStatus]) -> None:
        for key, status in statuses.items():
            if self._statuses.get(key) == status:
                continue
            self._statuses[key] = status
            item = self._item(key)
            if item is None:
                continue
            item.setIcon(state_icon(status.state))
            lines = [_tr(STATE_TEXT[status.state])]
            if status.required:
                lines.append(
                    _tr("{answered} of {required} questions answered").format(
                        answered=status.answered, required=status.required
                    )
                )
            lines += status.messages[:5]
            item.setToolTip("\n".join(lines))
            # Screen readers hear the state with the title, as sighted users see the mark.
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                f"{self._titles[key]}, {_tr(STATE_TEXT[status.state])}",
            )

    def set_badge(self, key: str, text: str) -> None:
        """Show a short note after a page's title, e.g. "3" findings; "" removes it."""
        item = self._item(key)
        if item is None:
            return
        self._badges[key] = text
        item.setText(f"{self._titles[key]}  ({text})" if text else self._titles[key])


def with_legend(navigator: Navigator) -> QWidget:
    """The navigator with a key to its marks underneath, for those who do not hover."""
    box = QWidget(navigator.parentWidget())
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(navigator, 1)
    legend = QFrame(box)
    legend.setObjectName("legend")
    grid = QVBoxLayout(legend)
    grid.setContentsMargins(10, 6, 6, 8)
    grid.setSpacing(2)
    for state in (
        SectionState.COMPLETE,
        SectionState.IN_PROGRESS,
        SectionState.NOT_STARTED,
        SectionState.NEEDS_ATTENTION,
    ):
        row = QHBoxLayout()
        row.setSpacing(6)
        mark = QLabel(legend)
        mark.setPixmap(state_icon(state).pixmap(12, 12))
        text = QLabel(_tr(STATE_TEXT[state]), legend)
        text.setObjectName("hint")
        row.addWidget(mark)
        row.addWidget(text, 1)
        grid.addLayout(row)
    layout.addWidget(legend)
    return box


class ExampleBar(QFrame):
    """Tells a first-time user that the filled-in project is an example, and how to start."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exampleBar")
        text = QLabel(
            _tr(
                "This is an example project, so you can see what a finished policy looks like. "
                "Change anything you like, or start your own."
            ),
            self,
        )
        text.setWordWrap(True)
        self.start_own = QPushButton(_tr("&Start my own policy…"), self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 8, 16, 8)
        layout.addWidget(text, 1)
        layout.addWidget(self.start_own)
