"""Editing a list of repeated things: a table, add/duplicate/remove/move, and a detail form.

The table shows a few fields of every item and edits them in place; the form below it asks
every question about the selected item, built from the same specs as a page with the item's
path as base. Buttons have mnemonics and keyboard shortcuts that work while the table has focus.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pydantic import BaseModel
from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from editor.model.base import new_id
from editor.model.fieldpath import FieldPath, get_value
from editor.ui.binding import Binder
from editor.ui.listmodel import ListTableModel, resolve_columns
from editor.ui.modelinfo import field_type
from editor.ui.questions import Entry, ListAction, ListQuestion
from editor.ui.session import Session
from editor.ui.widgets.base import FieldWidget

# Builds the widgets of a form for `entries` into `parent`, bound through `binder`.
FormBuilder = Callable[[tuple[Entry, ...], Binder, type[BaseModel], QWidget], None]


def _tr(text: str) -> str:
    return QCoreApplication.translate("ListEditor", text)


class ListEditor(QWidget):
    """A table of items with buttons, and a form for the selected item."""

    def __init__(
        self,
        spec: ListQuestion,
        session: Session,
        build_form: FormBuilder,
        base: FieldPath = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.spec = spec
        self.session = session
        self.list_path: FieldPath = (*base, *spec.field_path)
        item_type = field_type(type(session.project), self.list_path).model
        assert item_type is not None, spec.path
        self.item_type: type[BaseModel] = item_type
        self.title_path = spec.title_path

        self.model = ListTableModel(
            session, self.list_path, resolve_columns(item_type, spec.columns), self
        )
        self.table = QTableView(self)
        self.table.setModel(self.model)
        from editor.ui.delegates import ListItemDelegate  # its editors load with the first list

        self.table.setItemDelegate(ListItemDelegate(self.model, session, self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, as in a form
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        self.table.setAccessibleName(_tr(spec.label))
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        for i, column in enumerate(spec.columns):
            if column.width:
                header.setSectionResizeMode(i, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(i, column.width)
            else:
                header.setSectionResizeMode(i, QHeaderView.ResizeMode.Stretch)
        rows = spec.table_rows
        self.table.setMinimumHeight(
            header.sizeHint().height()
            + rows * self.table.verticalHeader().defaultSectionSize()
            + 2 * self.table.frameWidth()
        )

        self.buttons = self._make_buttons()
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setObjectName("hint")

        # The detail form: the same kind of questions as a page, about the selected item.
        self.detail = QFrame(self)
        self.detail.setObjectName("detail")
        self.detail.setFrameShape(QFrame.Shape.StyledPanel)
        self.detail_title = QLabel(self.detail)
        self.detail_title.setObjectName("detailTitle")
        self.detail_title.setWordWrap(True)  # an item named at length must not widen the page
        detail_layout = QVBoxLayout(self.detail)
        heading = QHBoxLayout()
        heading.addWidget(self.detail_title, 1)
        for action in spec.actions:
            if action.needs_item:
                self._action_button(action, heading)
        detail_layout.addLayout(heading)
        self.binder = Binder(session, (*self.list_path, 0), self)
        self.binder.available = False  # nothing selected yet
        form = QWidget(self.detail)
        QVBoxLayout(form).setContentsMargins(0, 0, 0, 0)
        build_form(spec.detail, self.binder, item_type, form)
        detail_layout.addWidget(form)
        self.detail.setVisible(bool(spec.detail))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.buttons)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        layout.addWidget(self.detail)

        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._show_row())
        self._row = -1
        session.listChanged.connect(self._on_list_changed)
        session.changed.connect(self._on_changed)
        self.select_row(0 if self.count() else -1)

    # --- buttons -------------------------------------------------------------------------------

    def _make_buttons(self) -> QHBoxLayout:
        name = _tr(self.spec.item_name)
        row = QHBoxLayout()
        row.setSpacing(6)
        self.add_button = self._button(_tr("&Add {item}").format(item=name), self.add, row)
        self.action_buttons: list[tuple[QPushButton, bool]] = []
        for action in self.spec.actions:
            if not action.needs_item:  # those act on the selected item: beside its heading
                self._action_button(action, row)
        self.duplicate_button = self._button(_tr("Dupli&cate"), self.duplicate, row)
        self.remove_button = self._button(_tr("&Remove"), self.remove, row)
        self.up_button = self._button(_tr("Move &up"), lambda: self.move(-1), row)
        self.down_button = self._button(_tr("Move &down"), lambda: self.move(1), row)
        row.addStretch(1)
        self.add_button.setToolTip(_tr("Add a new {item} (Insert)").format(item=name))
        self.duplicate_button.setToolTip(_tr("Copy the selected {item} (Ctrl+D)").format(item=name))
        self.remove_button.setToolTip(_tr("Remove the selected {item} (Delete)").format(item=name))
        self.up_button.setToolTip(_tr("Move the selected {item} up (Ctrl+Up)").format(item=name))
        self.down_button.setToolTip(
            _tr("Move the selected {item} down (Ctrl+Down)").format(item=name)
        )
        for keys, slot in (
            (QKeySequence(Qt.Key.Key_Insert), self.add),
            (QKeySequence("Ctrl+D"), self.duplicate),
            (QKeySequence(QKeySequence.StandardKey.Delete), self.remove),
            (QKeySequence("Ctrl+Up"), lambda: self.move(-1)),
            (QKeySequence("Ctrl+Down"), lambda: self.move(1)),
        ):
            shortcut = QShortcut(keys, self.table, context=Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        if self.spec.fixed:
            for button in (self.add_button, self.duplicate_button, self.remove_button):
                button.hide()
        return row

    def _action_button(self, action: ListAction, row: QHBoxLayout) -> None:
        run = action.run
        button = self._button(_tr(action.text), lambda: run(self), row)
        button.setToolTip(_tr(action.tooltip))
        self.action_buttons.append((button, action.needs_item))

    def _button(self, text: str, slot: Callable[[], Any], row: QHBoxLayout) -> QPushButton:
        button = QPushButton(text, self)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        row.addWidget(button)
        return button

    # --- actions -------------------------------------------------------------------------------

    def count(self) -> int:
        return self.model.rowCount()

    def current_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def select_row(self, row: int) -> None:
        if 0 <= row < self.count():
            index = self.model.index(row, 0)
            self.table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(index)
        else:
            self.table.selectionModel().clearSelection()
            self.table.setCurrentIndex(self.model.index(-1, -1))
        self._show_row()

    def new_item(self) -> Any:
        return self.spec.new_item() if self.spec.new_item else self.item_type()

    def add(self) -> None:
        if self.spec.fixed:
            return
        row = self.current_row() + 1 if self.count() else 0
        name = _tr(self.spec.item_name)
        self.session.insert_item(
            self.list_path, row, self.new_item(), _tr("Add {item}").format(item=name)
        )
        self.focus_detail()

    def duplicate(self) -> None:
        row = self.current_row()
        if self.spec.fixed or row < 0:
            return
        item = self.model.items()[row].model_copy(deep=True)
        if "id" in type(item).model_fields:
            item.id = new_id()  # a copy is a new item: references must not follow it
        title = getattr(item, self.title_path, None)
        if isinstance(title, str) and title:
            setattr(item, self.title_path, _tr("{name} (copy)").format(name=title))
        name = _tr(self.spec.item_name)
        self.session.insert_item(
            self.list_path, row + 1, item, _tr("Duplicate {item}").format(item=name)
        )

    def remove(self) -> None:
        row = self.current_row()
        if self.spec.fixed or row < 0:
            return
        if self.spec.remove_item is not None:
            self.spec.remove_item(self, row)
            return
        name = _tr(self.spec.item_name)
        self.session.remove_item(self.list_path, row, _tr("Remove {item}").format(item=name))

    def move(self, step: int) -> None:
        row = self.current_row()
        if row < 0:
            return
        name = _tr(self.spec.item_name)
        self.session.move_item(
            self.list_path, row, row + step, _tr("Move {item}").format(item=name)
        )

    def focus_detail(self) -> None:
        """Put the cursor in the selected item's first question, ready to type."""
        if not self.detail.isVisible():
            return
        for field in self.detail.findChildren(FieldWidget):
            if field.isVisibleTo(self.detail):
                field.setFocus(Qt.FocusReason.TabFocusReason)
                return

    # --- following the project -----------------------------------------------------------------

    def _on_list_changed(self, list_path: FieldPath, row: int) -> None:
        if list_path == self.list_path:
            self.select_row(row if row >= 0 else min(self._row, self.count() - 1))

    def _on_changed(self, changed: FieldPath) -> None:
        n = len(self.list_path)
        if len(changed) < n and changed == self.list_path[: len(changed)]:
            # The table reloaded (new project, or the list's owner replaced): keep a selection.
            self.select_row(min(max(self._row, 0), self.count() - 1))
            return
        row = self.current_row()
        if row >= 0 and changed[: n + 1] == (*self.list_path, row):
            self._update_title(row)

    def _show_row(self) -> None:
        row = self.current_row()
        self._row = row
        count = self.count()
        has_row = row >= 0
        self.duplicate_button.setEnabled(has_row)
        self.remove_button.setEnabled(has_row)
        for button, needs_item in self.action_buttons:
            button.setEnabled(has_row or not needs_item)
        self.up_button.setEnabled(has_row and row > 0)
        self.down_button.setEnabled(has_row and row < count - 1)
        self.empty.setVisible(count == 0)
        self.empty.setText(
            _tr(self.spec.empty_text)
            if self.spec.empty_text
            else _tr("Nothing here yet. Use “Add {item}” to add one.").format(
                item=_tr(self.spec.item_name)
            )
        )
        self.detail.setVisible(bool(self.spec.detail) and has_row)
        if has_row:
            self.binder.set_base((*self.list_path, row))
            self._update_title(row)

    def _update_title(self, row: int) -> None:
        try:
            title = get_value(self.session.project, (*self.list_path, row, self.title_path))
        except LookupError:
            title = ""
        name = _tr(self.spec.item_name)
        heading = _tr("{Item} {number}").format(Item=name[:1].upper() + name[1:], number=row + 1)
        if title:
            heading += f": {title}"
        self.detail_title.setText(heading)
