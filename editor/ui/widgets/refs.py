"""Answers that point at other answers: the purposes of a data category, a cookie's recipient.

Options come from another list in the project (by id, labelled by name) and are refreshed when
that list changes, so renaming a purpose renames it everywhere at once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QListWidget, QListWidgetItem, QWidget

from editor.ui.widgets.base import FieldWidget

Options = Callable[[], list[tuple[str, str]]]  # () -> [(id, label)]
VISIBLE_ROWS = 8  # a longer list scrolls


def _tr(text: str) -> str:
    return QCoreApplication.translate("Fields", text)


class RefChecklistField(FieldWidget):
    """Several items of another list, ticked in a short list."""

    def __init__(self, options: Options, empty_text: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.options = options
        self.empty_text = empty_text or _tr("Nothing to choose from yet.")
        self.list = QListWidget(self)
        self.list.setSpacing(2)  # tick boxes need air between them to be hit and read
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        self.setFocusProxy(self.list)
        self._ids: list[str] = []
        self._loading = False
        self.list.itemChanged.connect(self._item_changed)
        self.refresh_options()

    def refresh_options(self) -> None:
        chosen = self._ids
        self._loading = True
        try:
            self.list.clear()
            known = self.options()
            for ref_id, label in known:
                item = QListWidgetItem(label or _tr("(unnamed)"))
                item.setData(Qt.ItemDataRole.UserRole, ref_id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(
                    Qt.CheckState.Checked if ref_id in chosen else Qt.CheckState.Unchecked
                )
                self.list.addItem(item)
            if not known:
                placeholder = QListWidgetItem(self.empty_text)
                placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
                self.list.addItem(placeholder)
        finally:
            self._loading = False
        self._fit_height()

    def _fit_height(self) -> None:
        """As high as its rows (up to VISIBLE_ROWS), so a short list does not scroll."""
        rows = min(max(self.list.count(), 1), VISIBLE_ROWS)
        row = self.list.sizeHintForRow(0) + 2 * self.list.spacing()
        self.list.setFixedHeight(rows * row + 2 * self.list.frameWidth() + self.list.spacing())

    def _item_changed(self, _item: QListWidgetItem) -> None:
        if self._loading:
            return
        listed = set()
        ticked = []
        for row in range(self.list.count()):
            item = self.list.item(row)
            ref_id = item.data(Qt.ItemDataRole.UserRole)
            if ref_id is None:
                continue
            listed.add(ref_id)
            if item.checkState() == Qt.CheckState.Checked:
                ticked.append(ref_id)
        # Keep references the list does not show (broken ones) so validation can report them.
        self._ids = ticked + [i for i in self._ids if i not in listed]
        self.edited.emit()
        self.committed.emit()

    def value(self) -> list[str]:
        return list(self._ids)

    def set_value(self, value: Any) -> None:
        ids = [str(v) for v in (value or [])]
        if ids != self._ids:
            self._ids = ids
            self.refresh_options()


class RefComboField(FieldWidget):
    """One item of another list, or none."""

    def __init__(self, options: Options, none_text: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.options = options
        self.none_text = none_text or _tr("None")
        self.combo = QComboBox(self)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo)
        layout.addStretch(1)
        self.setFocusProxy(self.combo)
        self._id = ""
        self.combo.activated.connect(self._activated)
        self.refresh_options()

    def refresh_options(self) -> None:
        self.combo.clear()
        self.combo.addItem(self.none_text, "")
        for ref_id, label in self.options():
            self.combo.addItem(label or _tr("(unnamed)"), ref_id)
        self._select()

    def _select(self) -> None:
        index = self.combo.findData(self._id)
        if index < 0 and self._id:
            self.combo.addItem(_tr("(missing: {id})").format(id=self._id), self._id)
            index = self.combo.count() - 1
        self.combo.setCurrentIndex(max(index, 0))

    def _activated(self, _index: int) -> None:
        self._id = str(self.combo.currentData() or "")
        self.edited.emit()
        self.committed.emit()

    def value(self) -> str:
        return self._id

    def set_value(self, value: Any) -> None:
        self._id = str(value or "")
        self._select()
