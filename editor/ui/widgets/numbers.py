"""Numbers, dates and lengths of time, each with a "not answered yet" state."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QSpinBox, QWidget

from editor.model.base import Duration, TimeUnit, longest_amount
from editor.ui.widgets.base import FieldWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("Fields", text)


class _OptionalSpinBox(QSpinBox):
    """A spin box whose lowest value means "not set" and shows as a dash."""

    def __init__(self, minimum: int, maximum: int, suffix: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setRange(minimum - 1, maximum)
        self.setSpecialValueText(_tr("Not set"))
        if suffix:
            self.setSuffix(f" {suffix}")
        self.setMinimumWidth(110)

    def optional_value(self) -> int | None:
        return None if self.value() == self.minimum() else self.value()

    def set_optional_value(self, value: int | None) -> None:
        self.setValue(self.minimum() if value is None else int(value))


class NumberField(FieldWidget):
    """A whole number such as a minimum age or a number of days."""

    def __init__(
        self, minimum: int = 0, maximum: int = 9999, suffix: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.spin = _OptionalSpinBox(minimum, maximum, suffix, self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.spin)
        layout.addStretch(1)
        self.setFocusProxy(self.spin)
        self._loading = False
        self.spin.valueChanged.connect(self._changed)
        self.spin.editingFinished.connect(self.committed.emit)

    def _changed(self, _value: int) -> None:
        if not self._loading:
            self.edited.emit()

    def value(self) -> int | None:
        return self.spin.optional_value()

    def set_value(self, value: Any) -> None:
        self._loading = True
        try:
            self.spin.set_optional_value(value)
        finally:
            self._loading = False


class DateField(FieldWidget):
    """A date, or none: the tick box says whether there is a date at all."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.enabled = QCheckBox(_tr("Set a date:"), self)
        self.date = QDateEdit(self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("d MMMM yyyy")
        self.date.setDate(QDate.currentDate())
        self.date.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.enabled)
        layout.addWidget(self.date)
        layout.addStretch(1)
        self.setFocusProxy(self.enabled)
        self._loading = False
        self.enabled.clicked.connect(self._toggled)
        self.date.dateChanged.connect(self._changed)

    def _toggled(self, checked: bool) -> None:
        self.date.setEnabled(checked)
        if checked:
            self.date.setFocus()
        self.edited.emit()
        self.committed.emit()

    def _changed(self, _date: QDate) -> None:
        if not self._loading and self.enabled.isChecked():
            self.edited.emit()

    def value(self) -> dt.date | None:
        if not self.enabled.isChecked():
            return None
        return self.date.date().toPython()  # type: ignore[no-any-return]

    def set_value(self, value: Any) -> None:
        self._loading = True
        try:
            self.enabled.setChecked(value is not None)
            self.date.setEnabled(value is not None)
            if value is not None:
                self.date.setDate(QDate(value.year, value.month, value.day))
        finally:
            self._loading = False

    def set_accessible_name(self, name: str) -> None:
        super().set_accessible_name(name)
        self.date.setAccessibleName(name)


class DurationField(FieldWidget):
    """A length of time: a number and a unit (13 months, 30 days)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.amount = _OptionalSpinBox(0, 9999, "", self)
        self.unit = QComboBox(self)
        self.unit.addItem(_tr("Choose a unit…"), None)
        for unit in TimeUnit:
            self.unit.addItem(_tr(unit.label).lower(), unit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.amount)
        layout.addWidget(self.unit)
        layout.addStretch(1)
        self.setFocusProxy(self.amount)
        self._loading = False
        self.amount.valueChanged.connect(self._changed)
        self.unit.activated.connect(self._unit_changed)
        self.amount.editingFinished.connect(self.committed.emit)

    def _changed(self, _value: object) -> None:
        if not self._loading:
            self.edited.emit()

    def _unit_changed(self, _index: int) -> None:
        self._fit_amount_to_unit()
        self._changed(_index)

    def _fit_amount_to_unit(self) -> None:
        # 9,999 minutes is a week, 9,999 years means nothing: the model allows 1,000 years, so
        # a switch from days to years brings 5,000 down to 1,000 instead of refusing it.
        unit = self.unit.currentData()
        blocked = self.amount.blockSignals(True)  # one edit for the unit, not a second one
        try:
            self.amount.setMaximum(min(9999, longest_amount(unit)) if unit else 9999)
        finally:
            self.amount.blockSignals(blocked)

    def value(self) -> Duration:
        return Duration(amount=self.amount.optional_value(), unit=self.unit.currentData())

    def set_value(self, value: Any) -> None:
        value = value if isinstance(value, Duration) else Duration()
        self._loading = True
        try:
            self.unit.setCurrentIndex(max(self.unit.findData(value.unit), 0))
            self._fit_amount_to_unit()
            self.amount.set_optional_value(value.amount)
        finally:
            self._loading = False

    def set_accessible_name(self, name: str) -> None:
        super().set_accessible_name(name)
        self.amount.setAccessibleName(name)
        self.unit.setAccessibleName(_tr("{question}: unit").format(question=name))
