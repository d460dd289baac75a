"""The problems panel: what the checks found, with the law that asks for it and where to fix it.

Filters by severity (tick buttons with counts) and by law. Updates arrive from each checks job
while the user types; they change the list row by row and never take the focus, so the selection
and the scroll position stay. Activating a finding (double-click or Enter) emits ``activated``;
the window opens its page at the field.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QListView,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from editor.ui.findingsmodel import (
    ERROR,
    FINDING_ROLE,
    GENERAL,
    INFO,
    SEVERITIES,
    SEVERITY_HELP,
    SEVERITY_WORDS,
    WARNING,
    FindingDelegate,
    FindingsFilter,
    FindingsModel,
    count_by_severity,
    join_words,
    law_name,
    severity_icon,
)

if TYPE_CHECKING:
    from editor.checks import Finding
    from editor.model import Law

FILTER_TEXT = {ERROR: "Errors", WARNING: "Warnings", INFO: "Tips"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Findings", text)


class FindingsView(QListView):
    """The list; says what was checked when it is empty, and re-measures its rows when its
    width changes (messages wrap).

    The empty state is drawn in the list rather than shown instead of it, so the list keeps the
    keyboard focus (F8) whether or not it has rows; screen readers get it as the description.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.placeholder = ""

    def set_placeholder(self, text: str) -> None:
        if text != self.placeholder:
            self.placeholder = text
            self.setAccessibleDescription(text)
            self.viewport().update()

    def sizeHint(self) -> QSize:
        # A few findings high: the questions above keep most of the window, and the dock's
        # height is the user's to change (and remembered).
        return QSize(super().sizeHint().width(), self.fontMetrics().height() * 7)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if model is None or model.rowCount() or not self.placeholder:
            return
        painter = QPainter(self.viewport())
        muted = self.palette().color(QPalette.ColorRole.Text)
        muted.setAlpha(170)
        painter.setPen(muted)
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        painter.drawText(self.viewport().rect().adjusted(12, 12, -12, -12), flags, self.placeholder)
        painter.end()


class FindingsPanel(QWidget):
    """The findings list with its filters, and an empty state that says what was checked."""

    activated = Signal(object)  # Finding

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findingsPanel")
        self.laws: list[Law] = []  # the laws checked (those that apply)
        self.model = FindingsModel(self)
        self.proxy = FindingsFilter(self)
        self.proxy.setSourceModel(self.model)

        self.buttons: dict[str, QToolButton] = {}
        filters = QWidget(self)
        filters.setObjectName("findingsFilters")
        # The filters never set the window's minimum width: in a narrow window they are cut
        # off at the right rather than making the whole window wider.
        filters.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        bar = QHBoxLayout(filters)
        bar.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        bar.setContentsMargins(6, 2, 6, 4)
        bar.setSpacing(4)
        for severity in SEVERITIES:
            button = QToolButton(filters)
            button.setCheckable(True)
            button.setChecked(True)
            button.setIcon(severity_icon(severity))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setAutoRaise(True)
            button.setToolTip(
                _tr("Show or hide the {kind}. {help}").format(
                    kind=_tr(SEVERITY_WORDS[severity][1]), help=_tr(SEVERITY_HELP[severity])
                )
            )
            button.toggled.connect(self._filter_changed)
            self.buttons[severity] = button
            bar.addWidget(button)
        bar.addSpacing(12)
        law_label = QLabel(_tr("&Law:"), filters)
        self.law_box = QComboBox(filters)
        # Narrow when the window is: the list of laws shows the long names in full.
        self.law_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.law_box.setMinimumContentsLength(14)
        self.law_box.setAccessibleName(_tr("Show the problems of one law"))
        law_label.setBuddy(self.law_box)
        self.law_box.currentIndexChanged.connect(self._filter_changed)
        bar.addWidget(law_label)
        bar.addWidget(self.law_box)
        bar.addStretch(1)
        self.shown_label = QLabel(filters)
        self.shown_label.setObjectName("hint")
        bar.addWidget(self.shown_label)

        self.view = FindingsView(self)
        self.view.setObjectName("findings")
        self.view.setAccessibleName(_tr("Problems"))
        self.view.setModel(self.proxy)
        self.view.setItemDelegate(FindingDelegate(self.view))
        self.view.setUniformItemSizes(False)
        self.view.setAlternatingRowColors(True)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.activated.connect(self._activated)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(filters)
        layout.addWidget(self.view, 1)
        self._fill_law_box()
        self._update_counts()

    # --- updates -------------------------------------------------------------------------------

    def set_findings(self, findings: Sequence[Finding], laws: Iterable[Law]) -> None:
        """Show the findings of a checks job for ``laws`` (the laws that apply)."""
        from editor.model import Law  # loaded by now: findings come after the project

        ordered = sorted(set(laws), key=list(Law).index)
        named = {law for f in findings for law in f.laws}
        if ordered != self.laws or not named <= set(self.laws):
            self.laws = ordered
            self._fill_law_box(named)
        self.model.set_findings(findings)
        self._update_counts()

    def _fill_law_box(self, named: set[Law] | None = None) -> None:
        current = self.law_box.currentData() or ""
        wanted = set(self.laws) | (named or set())
        # In the law enum's order; none before the first checks (the model may not be loaded).
        laws = sorted(wanted, key=lambda law: list(type(law)).index(law))
        self.law_box.blockSignals(True)
        self.law_box.clear()
        self.law_box.addItem(_tr("All laws"), "")
        self.law_box.addItem(_tr("Any policy (general rules)"), GENERAL)
        for law in laws:
            self.law_box.addItem(law_name(law), law.value)
        # A law that no longer applies is no longer checked: back to every law, rather than
        # "no problems found" for a law whose rules did not run.
        self.law_box.setCurrentIndex(max(self.law_box.findData(current), 0))
        self.law_box.blockSignals(False)
        if (self.law_box.currentData() or "") != self.proxy.law:
            self._apply_filter()

    def _apply_filter(self) -> None:
        severities = {s for s, b in self.buttons.items() if b.isChecked()}
        self.proxy.set_filter(severities, self.law_box.currentData() or "")

    def _filter_changed(self) -> None:
        self._apply_filter()
        self._update_counts()

    def _update_counts(self) -> None:
        counts = count_by_severity(self.model.findings)
        for severity, button in self.buttons.items():
            button.setText(f"{_tr(FILTER_TEXT[severity])} ({counts[severity]})")
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        hidden = shown != total
        self.shown_label.setText(
            _tr("{shown} of {total} shown").format(shown=shown, total=total) if hidden else ""
        )
        self.view.set_placeholder(self.empty_text() if not shown else "")

    def empty_text(self) -> str:
        """What the panel says when it lists nothing: what was checked, and for which laws."""
        law = self.law_box.currentData() or ""
        if law == GENERAL:
            scope = _tr("the rules for every policy")
        elif law:
            from editor.model import Law

            scope = law_name(Law(law))
        elif self.laws:
            scope = join_words([law_name(x) for x in self.laws])
        else:
            return _tr(
                "No problems found. No particular privacy law applies yet: say where your "
                "customers are, and the policy is checked against the laws that apply."
            )
        chosen = [s for s in SEVERITIES if self.buttons[s].isChecked()]
        if len(chosen) == len(SEVERITIES):
            kinds = _tr("problems")
        elif not chosen:
            return _tr("Every kind of problem is hidden: tick Errors, Warnings or Tips above.")
        else:
            kinds = join_words([_tr(SEVERITY_WORDS[s][1]) for s in chosen])
        return _tr("No {kinds} found for {laws}.").format(kinds=kinds, laws=scope)

    # --- using it ------------------------------------------------------------------------------

    def visible_findings(self) -> list[Finding]:
        """The findings the list shows, in order."""
        return [self.proxy.index(row, 0).data(FINDING_ROLE) for row in range(self.proxy.rowCount())]

    def selected_finding(self) -> Finding | None:
        index = self.view.currentIndex()
        return index.data(FINDING_ROLE) if index.isValid() else None

    def select_first(self, severity: str | None = None) -> None:
        """Put the cursor on the first finding (of ``severity``), e.g. from the export warning."""
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if severity is None or index.data(FINDING_ROLE).severity == severity:
                self.view.setCurrentIndex(index)
                self.view.scrollTo(index)
                return

    def _activated(self, index: QModelIndex) -> None:
        finding = index.data(FINDING_ROLE)
        if finding is not None:
            self.activated.emit(finding)
