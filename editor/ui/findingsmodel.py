"""The findings as a list for the problems panel: words, marks, filtering and drawing.

Each finding is drawn on two lines, the message (wrapped) and then, smaller, where to fix it,
the law, the legal source and how sure we are of it, so the panel reads well docked under the
questions or beside the preview. The list changes row by row (``FindingsModel.set_findings``),
so a view keeps its selection and scroll position while updates arrive.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence
from functools import cache
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QRectF,
    QSize,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from editor.ui.drawing import drawn_icon
from editor.ui.outline import OUTLINE

if TYPE_CHECKING:
    # Not at run time: the window (and this panel) shows before pydantic and the model load.
    from editor.checks import Finding
    from editor.model import Law

# editor.checks.Severity and Confidence are string enums; the panel works with their values, so
# the window can start before the checks are loaded (the worker loads them after start-up).
ERROR, WARNING, INFO = "error", "warning", "info"
SEVERITIES = (ERROR, WARNING, INFO)

Index = QModelIndex | QPersistentModelIndex
FINDING_ROLE = Qt.ItemDataRole.UserRole
DETAILS_ROLE = Qt.ItemDataRole.UserRole + 1
GENERAL = "general"  # the law filter's value for the rules that hold whatever the law

# Findings about a whole section (no field) name the checks' section; most are page keys.
_SECTION_PAGES = {"lawful_basis": "purposes", "transfers": "location"}
_PAGE_TITLES = {section.key: section.title for section in OUTLINE}

SEVERITY_NAMES = {ERROR: "Error", WARNING: "Warning", INFO: "Tip"}
SEVERITY_WORDS = {
    ERROR: ("error", "errors"),
    WARNING: ("warning", "warnings"),
    INFO: ("tip", "tips"),
}
SEVERITY_HELP = {
    ERROR: "Something the law asks your policy to say is missing.",
    WARNING: "Probably a gap, or an answer that carries a risk.",
    INFO: "Advice: worth a look, not required.",
}
CONFIDENCE_TEXT = {
    "confirmed": ("confirmed", "Seen in the legal text or a regulator's own guidance."),
    "likely": ("likely", "Secondary sources agree; the legal text itself was not seen."),
    "unconfirmed": ("unsure", "Sources disagree: ask someone who knows this law."),
}
COLOURS = {ERROR: "#b3261e", WARNING: "#c77700", INFO: "#2f6fbe"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Findings", text)


def section_page(section: str) -> str:
    """The editor page of a checks section (``Finding.section``, ``SectionReadability.page``)."""
    return _SECTION_PAGES.get(section, section)


@cache
def _page_for_shape(shape: tuple[str | int, ...]) -> str | None:
    from editor.ui.pages import page_for_path  # loads the page specs, after start-up

    return page_for_path(shape)


def page_for_finding(finding: Finding) -> str | None:
    """The key of the editor page where ``finding`` is fixed."""
    # The page depends on the path's shape, not on which item it names: looked up once per
    # shape (a large project has a finding for each of hundreds of recipients).
    shape = tuple(0 if isinstance(part, int) else part for part in finding.path)
    key = _page_for_shape(shape) if shape else None
    if key is None:
        key = section_page(finding.section.value)
    return key if key in _PAGE_TITLES else None


def page_title(key: str | None) -> str:
    return QCoreApplication.translate("Navigator", _PAGE_TITLES[key]) if key else ""


def count_by_severity(findings: Iterable[Finding]) -> dict[str, int]:
    counts = dict.fromkeys(SEVERITIES, 0)
    for finding in findings:
        counts[finding.severity] += 1
    return counts


def count_text(counts: dict[str, int], severities: Iterable[str]) -> str:
    """ "2 errors, 1 warning" for the severities asked for that have any; "" if none has."""
    parts = []
    for severity in severities:
        n = counts.get(severity, 0)
        if n:
            one, many = SEVERITY_WORDS[severity]
            parts.append(f"{n} {_tr(one if n == 1 else many)}")
    return ", ".join(parts)


def join_words(words: Sequence[str]) -> str:
    """ "A", "A and B", "A, B and C"."""
    if len(words) <= 1:
        return "".join(words)
    return _tr("{first} and {last}").format(first=", ".join(words[:-1]), last=words[-1])


def law_name(law: Law) -> str:
    return QCoreApplication.translate("Fields", law.label)


def laws_text(finding: Finding) -> str:
    return ", ".join(law_name(law) for law in finding.laws) if finding.laws else _tr("Any policy")


@cache
def severity_icon(severity: str, size: int = 16) -> QIcon:
    """A drawn mark per severity: a red cross, an amber "!", a blue "i"."""

    def draw(painter: QPainter, circle: QRectF) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(COLOURS[severity]))
        painter.drawEllipse(circle)
        pen = QPen(QColor("white"), 1.8)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        s = float(size)
        if severity == ERROR:
            painter.drawLine(QPointF(s * 0.36, s * 0.36), QPointF(s * 0.64, s * 0.64))
            painter.drawLine(QPointF(s * 0.64, s * 0.36), QPointF(s * 0.36, s * 0.64))
        elif severity == WARNING:
            painter.drawLine(QPointF(s / 2, s * 0.28), QPointF(s / 2, s * 0.56))
            painter.drawPoint(QPointF(s / 2, s * 0.72))
        else:
            painter.drawPoint(QPointF(s / 2, s * 0.3))
            painter.drawLine(QPointF(s / 2, s * 0.46), QPointF(s / 2, s * 0.72))

    return drawn_icon(size, draw)


def details_text(finding: Finding) -> str:
    """The second line: where, which law, the source, and how sure we are."""
    word = _tr(CONFIDENCE_TEXT[finding.confidence][0])
    parts = [page_title(page_for_finding(finding)), laws_text(finding), finding.citation, word]
    return "  ·  ".join(p for p in parts if p)


def tooltip_text(finding: Finding) -> str:
    word, why = CONFIDENCE_TEXT[finding.confidence]
    return "\n".join(
        [
            f"{_tr(SEVERITY_NAMES[finding.severity])}: {_tr(SEVERITY_HELP[finding.severity])}",
            _tr("Where: {page}").format(page=page_title(page_for_finding(finding))),
            _tr("Law: {laws}").format(laws=laws_text(finding)),
            _tr("Source: {citation}").format(citation=finding.citation),
            _tr("Confidence: {word}. {why}").format(word=_tr(word), why=_tr(why)),
            _tr("Double-click or press Enter to go to the answer."),
        ]
    )


def _key(finding: Finding) -> tuple[Any, ...]:
    # The message is not part of a finding's identity: renaming the recipient it names changes
    # the message, and the row (and its selection) should stay.
    return (finding.rule_id, finding.path, finding.section)


class FindingsModel(QAbstractListModel):
    """The findings, one row each, changed row by row so that views keep their selection."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.findings: list[Finding] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.findings)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        finding = self.findings[index.row()]
        if role == FINDING_ROLE:
            return finding
        if role == Qt.ItemDataRole.DisplayRole:
            return finding.message
        if role == DETAILS_ROLE:
            return details_text(finding)
        if role == Qt.ItemDataRole.DecorationRole:
            return severity_icon(finding.severity)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip_text(finding)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            name = _tr(SEVERITY_NAMES[finding.severity])
            return f"{name}: {finding.message} {details_text(finding)}"
        return None

    def set_findings(self, findings: Sequence[Finding]) -> None:
        """Show ``findings``, inserting and removing only the rows that differ."""
        new = list(findings)
        old_keys = [_key(f) for f in self.findings]
        new_keys = [_key(f) for f in new]
        matcher = difflib.SequenceMatcher(a=old_keys, b=new_keys, autojunk=False)
        # From the end, so the row numbers of the earlier steps stay valid.
        for tag, i1, i2, j1, j2 in reversed(matcher.get_opcodes()):
            if tag in ("delete", "replace"):
                self.beginRemoveRows(QModelIndex(), i1, i2 - 1)
                del self.findings[i1:i2]
                self.endRemoveRows()
            if tag in ("insert", "replace"):
                self.beginInsertRows(QModelIndex(), i1, i1 + j2 - j1 - 1)
                self.findings[i1:i1] = new[j1:j2]
                self.endInsertRows()
        changed = [row for row, f in enumerate(new) if self.findings[row] != f]
        self.findings = new
        if changed:  # the same finding in new words (e.g. it names a renamed recipient)
            self.dataChanged.emit(self.index(min(changed)), self.index(max(changed)))


class FindingsFilter(QSortFilterProxyModel):
    """Shows the findings of the chosen severities and law."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.severities: set[str] = set(SEVERITIES)
        self.law = ""  # "" every law, GENERAL the general rules, else a Law value

    def set_filter(self, severities: set[str], law: str) -> None:
        if hasattr(self, "endFilterChange"):  # Qt 6.10 and later; invalidateFilter is deprecated
            self.beginFilterChange()
            self.severities, self.law = set(severities), law
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.severities, self.law = set(severities), law
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, FindingsModel)
        finding = model.findings[source_row]
        if finding.severity not in self.severities:
            return False
        if not self.law:
            return True
        if self.law == GENERAL:
            return not finding.laws
        return self.law in finding.regimes


class FindingDelegate(QStyledItemDelegate):
    """Draws a finding: its mark, the message wrapped, and a smaller line of details."""

    PAD = 5
    ICON = 16

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.view = view

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        small = QFont(option.font)
        if small.pointSizeF() > 0:
            small.setPointSizeF(small.pointSizeF() * 0.9)
        return option.font, small

    def _text_width(self) -> int:
        return max(self.view.viewport().width() - self.ICON - 4 * self.PAD, 80)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        font, small = self._fonts(option)
        width = self._text_width()
        flags = Qt.TextFlag.TextWordWrap
        message = QFontMetrics(font).boundingRect(
            QRect(0, 0, width, 10_000), flags, str(index.data())
        )
        details = QFontMetrics(small).boundingRect(
            QRect(0, 0, width, 10_000), flags, str(index.data(DETAILS_ROLE))
        )
        height = message.height() + details.height() + 2 * self.PAD + 2
        return QSize(width, max(height, self.ICON + 2 * self.PAD))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        opt.icon = QIcon()
        style = self.view.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, self.view)

        font, small = self._fonts(option)
        rect = option.rect.adjusted(self.PAD, self.PAD, -self.PAD, -self.PAD)
        icon = index.data(Qt.ItemDataRole.DecorationRole)
        if isinstance(icon, QIcon):
            icon.paint(painter, QRect(rect.left(), rect.top() + 1, self.ICON, self.ICON))
        text_rect = rect.adjusted(self.ICON + 2 * self.PAD, 0, 0, 0)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Normal
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setFont(font)
        painter.setPen(option.palette.color(group, role))
        flags = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        used = painter.boundingRect(text_rect, flags, str(index.data()))
        painter.drawText(text_rect, flags, str(index.data()))
        painter.setFont(small)
        if not selected:
            muted = option.palette.color(group, QPalette.ColorRole.Text)
            muted.setAlpha(170)
            painter.setPen(muted)
        details_rect = text_rect.adjusted(0, used.height() + 2, 0, 0)
        painter.drawText(details_rect, flags, str(index.data(DETAILS_ROLE)))
        painter.restore()
