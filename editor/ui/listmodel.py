"""A Qt table model over one list field of the project (cookies, recipients, ...).

It reads the live project on demand, so a list of a thousand cookies costs nothing until rows
are painted, and it writes through ``Session.set_field`` so inline edits are undoable.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from editor.model.fieldpath import FieldPath
from editor.model.validation import problem_for
from editor.ui.display import display_text
from editor.ui.fields import REFERENCE_SOURCES, field_name, infer_kind
from editor.ui.questions import Column, Kind
from editor.ui.session import Session, is_related

AnyIndex = QModelIndex | QPersistentModelIndex

# Kinds that cannot be edited inside a cell; the detail form below the table edits them.
NOT_INLINE = frozenset({Kind.LONG_TEXT, Kind.DURATION, Kind.COUNTRIES})


def _tr(text: str) -> str:
    return QCoreApplication.translate("ListEditor", text)


@dataclass(frozen=True)
class ResolvedColumn:
    spec: Column
    path: FieldPath
    kind: Kind
    inline: bool  # edited in the cell; otherwise only in the detail form


def resolve_columns(
    item_type: type[BaseModel], columns: tuple[Column, ...]
) -> list[ResolvedColumn]:
    out = []
    for column in columns:
        path = column.field_path
        if column.kind is not None:
            kind, inline = column.kind, column.kind not in NOT_INLINE
        else:
            try:
                kind = infer_kind(item_type, path)
                inline = kind not in NOT_INLINE
            except TypeError:
                # A composite value (a cookie's lifetime) is shown as text, edited below.
                kind, inline = Kind.TEXT, False
        out.append(ResolvedColumn(column, path, kind, inline))
    return out


class ListTableModel(QAbstractTableModel):
    """Rows are the items of ``list_path``; columns are fields of each item."""

    def __init__(
        self,
        session: Session,
        list_path: FieldPath,
        columns: list[ResolvedColumn],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.list_path = list_path
        self.columns = columns
        # Lists whose item names appear in reference columns (a category's purposes).
        self.reference_sources = {
            REFERENCE_SOURCES[field_name(c.path)]
            for c in columns
            if c.kind in (Kind.REF, Kind.REFS)
        }
        # Connected before any list editor's slots, so rows exist when the editor selects one.
        session.changed.connect(self._on_changed)
        session.listChanged.connect(self._on_list_changed)

    def items(self) -> list[Any]:
        try:
            items: list[Any] = self.session.get(self.list_path)
        except LookupError:
            return []
        return items

    # --- QAbstractTableModel ------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items())

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(self.columns[section].spec.title)
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def value_at(self, index: AnyIndex) -> Any:
        column = self.columns[index.column()]
        return self.session.get((*self.list_path, index.row(), *column.path))

    def path_at(self, index: AnyIndex) -> FieldPath:
        return (*self.list_path, index.row(), *self.columns[index.column()].path)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        try:
            value = self.value_at(index)
        except LookupError:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return display_text(value, column.kind, self.session)
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == Qt.ItemDataRole.ToolTipRole:
            problem = problem_for(field_name(column.path), value)
            if problem:
                return _tr(problem)
            return display_text(value, column.kind, self.session, full=True)
        if role == Qt.ItemDataRole.ForegroundRole and problem_for(field_name(column.path), value):
            return QColor("#b3261e")
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self.columns[index.column()].inline:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        title = self.columns[index.column()].spec.title
        self.session.set_field(
            self.path_at(index),
            value,
            merge=False,
            text=_tr("Edit “{field}”").format(field=_tr(title)),
        )
        return True

    # --- following the project ------------------------------------------------------------------

    def _reset(self) -> None:
        self.beginResetModel()
        self.endResetModel()

    def _on_changed(self, changed: FieldPath) -> None:
        n = len(self.list_path)
        if any(changed[: len(src)] == src for src in self.reference_sources):
            self._repaint_all()
        if changed[:n] != self.list_path[: len(changed)]:
            return  # unrelated
        if len(changed) < n:
            self._reset()  # something containing the list was replaced (or the whole project)
            return
        if len(changed) == n:
            return  # the list's own changes arrive as listChanged
        row = changed[n]
        if not (isinstance(row, int) and 0 <= row < self.rowCount()):
            return
        # Repaint only the cells that show the changed field: every repainted cell is a call
        # into Python from the paint code, and typing in a field the table does not show
        # (a cookie's purpose) should cost the table nothing.
        inside = changed[n + 1 :]
        hit = [i for i, c in enumerate(self.columns) if is_related(inside, c.path)]
        if hit:
            self.dataChanged.emit(self.index(row, min(hit)), self.index(row, max(hit)))

    def _on_list_changed(self, list_path: FieldPath, _row: int) -> None:
        if list_path == self.list_path:
            self._reset()

    def _repaint_all(self) -> None:
        if self.rowCount():
            last = self.index(self.rowCount() - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)
