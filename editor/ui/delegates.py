"""In-cell editors for list tables: the right editor for each kind of column."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    Qt,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from editor.ui.fields import field_name, reference_options
from editor.ui.listmodel import ListTableModel
from editor.ui.modelinfo import field_type
from editor.ui.questions import Kind
from editor.ui.session import Session
from editor.ui.widgets.base import forward_undo_keys
from editor.ui.widgets.country import CountryCombo

AnyIndex = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("ListEditor", text)


class ChecklistPopup(QListWidget):
    """Several choices inside a cell: a list of tick boxes that opens over the table."""

    def __init__(self, options: list[tuple[Any, str]], parent: QWidget) -> None:
        super().__init__(parent)
        for value, label in options:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.addItem(item)

    def chosen(self) -> list[Any]:
        return [
            self.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        ]

    def set_chosen(self, values: list[Any]) -> None:
        for i in range(self.count()):
            item = self.item(i)
            ticked = item.data(Qt.ItemDataRole.UserRole) in values
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)


class ListItemDelegate(QStyledItemDelegate):
    """Creates, fills and reads the editor of a cell according to its column's kind."""

    def __init__(self, model: ListTableModel, session: Session, parent: QWidget) -> None:
        super().__init__(parent)
        self.table_model = model
        self.session = session

    def _kind(self, index: AnyIndex) -> Kind:
        return self.table_model.columns[index.column()].kind

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        kind = self._kind(index)
        column = self.table_model.columns[index.column()]
        item_type = field_type(type(self.session.project), self.table_model.list_path).model
        assert item_type is not None
        ft = field_type(item_type, column.path)
        if kind in (Kind.CHOICE, Kind.YES_NO, Kind.REF):
            combo = QComboBox(parent)
            if kind is Kind.YES_NO:
                choices: list[tuple[Any, str]] = [
                    (None, "—"),
                    (True, _tr("Yes")),
                    (False, _tr("No")),
                ]
            elif kind is Kind.REF:
                choices = [
                    ("", _tr("None")),
                    *reference_options(self.session, field_name(column.path)),
                ]
            else:
                assert ft.enum is not None
                choices = [(None, _tr("Choose…"))] if ft.optional else []
                choices += [(m, _tr(m.label)) for m in ft.enum]
            for value, label in choices:
                combo.addItem(label, value)
            # A pick is an answer: write it at once instead of waiting for the cell to close.
            combo.activated.connect(lambda _i, c=combo: self._commit(c))
            return combo
        if kind in (Kind.MULTI_CHOICE, Kind.REFS):
            if kind is Kind.REFS:
                options = reference_options(self.session, field_name(column.path))
            else:
                assert ft.enum is not None
                options = [(m, _tr(m.label)) for m in ft.enum]
            popup = ChecklistPopup(list(options), parent)
            popup.itemChanged.connect(lambda _item, p=popup: self.commitData.emit(p))
            return popup
        if kind is Kind.NUMBER:
            spin = QSpinBox(parent)
            spin.setRange(-1, 9999)
            spin.setSpecialValueText(_tr("Not set"))
            return spin
        if kind is Kind.DATE:
            date = QDateEdit(parent)
            date.setCalendarPopup(True)
            return date
        if kind is Kind.COUNTRY:
            return CountryCombo(parent=parent)
        line = QLineEdit(parent)
        forward_undo_keys(line)
        return line

    def _commit(self, editor: QWidget) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, CountryCombo):
            editor.set_code(value or "")
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(value), 0))
        elif isinstance(editor, ChecklistPopup):
            editor.set_chosen(list(value or []))
        elif isinstance(editor, QSpinBox):
            editor.setValue(-1 if value is None else int(value))
        elif isinstance(editor, QDateEdit):
            day = value or dt.date.today()
            editor.setDate(QDate(day.year, day.month, day.day))
        elif isinstance(editor, QLineEdit):
            editor.setText("" if value is None else str(value))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        value: Any
        if isinstance(editor, CountryCombo):
            value = editor.code()
        elif isinstance(editor, QComboBox):
            value = editor.currentData()
        elif isinstance(editor, ChecklistPopup):
            value = editor.chosen()
        elif isinstance(editor, QSpinBox):
            value = None if editor.value() < 0 else editor.value()
        elif isinstance(editor, QDateEdit):
            value = editor.date().toPython()
        elif isinstance(editor, QLineEdit):
            value = editor.text()
        else:
            return
        model.setData(index, value, Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> None:
        rect = QRect(option.rect)  # type: ignore[attr-defined]
        if isinstance(editor, ChecklistPopup):
            # Open downwards over the rows below, wide and tall enough to read the choices.
            rows = min(editor.count(), 8)
            rect.setWidth(max(rect.width(), 300))
            rect.setHeight(rows * editor.sizeHintForRow(0) + 2 * editor.frameWidth() + 2)
        editor.setGeometry(rect)
