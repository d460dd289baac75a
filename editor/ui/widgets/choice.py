"""Answers chosen from fixed options: yes/no, a tick box, one option, several options."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QRadioButton,
    QWidget,
)

from editor.model.base import LabeledEnum
from editor.ui.widgets.base import FieldWidget

TWO_COLUMN_LABEL = 32  # longer option labels need the form's whole width: one column


def _tr(text: str) -> str:
    return QCoreApplication.translate("Fields", text)


class YesNoField(FieldWidget):
    """Yes, No, or not answered yet (neither button checked): the three states of ``bool|None``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.yes = QRadioButton(_tr("Yes"), self)
        self.no = QRadioButton(_tr("No"), self)
        self.group = QButtonGroup(self)
        self.group.addButton(self.yes)
        self.group.addButton(self.no)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(24)
        layout.addWidget(self.yes)
        layout.addWidget(self.no)
        layout.addStretch(1)
        self.setFocusProxy(self.yes)
        # buttonClicked is the user's click or key press, never setChecked below.
        self.group.buttonClicked.connect(lambda _b: (self.edited.emit(), self.committed.emit()))

    def value(self) -> bool | None:
        if self.yes.isChecked():
            return True
        if self.no.isChecked():
            return False
        return None

    def set_value(self, value: Any) -> None:
        if value is None:
            # An exclusive group cannot uncheck its last button; lift exclusivity for a moment.
            self.group.setExclusive(False)
            self.yes.setChecked(False)
            self.no.setChecked(False)
            self.group.setExclusive(True)
        else:
            (self.yes if value else self.no).setChecked(True)

    def set_accessible_name(self, name: str) -> None:
        super().set_accessible_name(name)
        self.yes.setAccessibleDescription(name)
        self.no.setAccessibleDescription(name)


class CheckField(FieldWidget):
    """A tick box for a plain ``bool`` that always has a value."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QCheckBox(text, self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)
        self.setFocusProxy(self.box)
        self.box.clicked.connect(lambda _c: (self.edited.emit(), self.committed.emit()))

    def value(self) -> bool:
        return self.box.isChecked()

    def set_value(self, value: Any) -> None:
        self.box.setChecked(bool(value))


class EnumComboField(FieldWidget):
    """One option from an enum; an optional field starts at "Choose…" (not answered)."""

    def __init__(
        self,
        options: Sequence[LabeledEnum],
        *,
        allow_none: bool = True,
        none_text: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.combo = QComboBox(self)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        if allow_none:
            self.combo.addItem(none_text or _tr("Choose…"), None)
        for member in options:
            self.combo.addItem(_tr(member.label), member)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo)
        layout.addStretch(1)
        self.setFocusProxy(self.combo)
        self.combo.activated.connect(lambda _i: (self.edited.emit(), self.committed.emit()))

    def value(self) -> Any:
        return self.combo.currentData()

    def set_value(self, value: Any) -> None:
        index = self.combo.findData(value)
        self.combo.setCurrentIndex(max(index, 0))


class EnumChecklistField(FieldWidget):
    """Several options from an enum, as tick boxes in columns; the value keeps enum order."""

    def __init__(
        self, options: Sequence[LabeledEnum], columns: int = 0, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.options = list(options)
        labels = [_tr(member.label) for member in self.options]
        if not columns:
            short = max(map(len, labels), default=0) <= TWO_COLUMN_LABEL
            columns = 2 if len(self.options) > 4 and short else 1
        rows = -(-len(self.options) // columns)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(24)
        layout.setVerticalSpacing(8)
        self.boxes: list[QCheckBox] = []
        for i, label in enumerate(labels):
            box = QCheckBox(label, self)
            box.clicked.connect(lambda _c: (self.edited.emit(), self.committed.emit()))
            # Fill column by column so the list reads top to bottom, like the enum.
            layout.addWidget(box, i % rows, i // rows)
            self.boxes.append(box)
        layout.setColumnStretch(columns, 1)
        if self.boxes:
            self.setFocusProxy(self.boxes[0])

    def value(self) -> list[Any]:
        return [m for m, box in zip(self.options, self.boxes, strict=True) if box.isChecked()]

    def set_value(self, value: Any) -> None:
        chosen = set(value or ())
        for member, box in zip(self.options, self.boxes, strict=True):
            box.setChecked(member in chosen)

    def set_accessible_name(self, name: str) -> None:
        super().set_accessible_name(name)
        for box in self.boxes:
            box.setAccessibleDescription(name)
