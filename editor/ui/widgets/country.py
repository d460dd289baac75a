"""Countries by name, stored as ISO 3166-1 alpha-2 codes ("IE", "US")."""

from __future__ import annotations

from functools import cache
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from editor.ui.widgets.base import FieldWidget

# Babel's territories include regions and private-use codes that are not countries.
_NOT_COUNTRIES = frozenset({"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"})


def _tr(text: str) -> str:
    return QCoreApplication.translate("Fields", text)


@cache
def countries() -> tuple[tuple[str, str], ...]:
    """(code, English name) for every country, sorted by name. Babel loads on first use."""
    from babel import Locale  # ~40 ms of locale data: not needed until a country is shown

    names = Locale("en").territories
    pairs = [
        (code, name)
        for code, name in names.items()
        if len(code) == 2 and code.isalpha() and code.isupper() and code not in _NOT_COUNTRIES
    ]
    return tuple(sorted(pairs, key=lambda p: p[1].casefold()))


@cache
def country_name(code: str) -> str:
    return dict(countries()).get(code.upper(), code)


def country_label(code: str) -> str:
    """How a country appears in pickers and tables: "Ireland (IE)"."""
    return f"{country_name(code)} ({code.upper()})" if code else ""


class CountryCombo(QComboBox):
    """A searchable country picker: type part of a name or a code, pick from the list."""

    picked = Signal()

    def __init__(self, none_text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        self.addItem(none_text or _tr("Choose a country…"), "")
        for code, _name in countries():
            self.addItem(country_label(code), code)
        completer = self.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.lineEdit().setPlaceholderText(_tr("Type to search…"))
        self.activated.connect(lambda _i: self.picked.emit())
        self.lineEdit().editingFinished.connect(self._restore_text)
        self.setMinimumContentsLength(24)

    def code(self) -> str:
        return str(self.currentData() or "")

    def set_code(self, code: str) -> None:
        index = self.findData((code or "").upper())
        if index < 0 and code:
            # A code babel does not know (hand-edited file): keep it visible rather than lose it.
            self.addItem(code, code)
            index = self.count() - 1
        self.setCurrentIndex(max(index, 0))
        self._restore_text()

    def _restore_text(self) -> None:
        """Half-typed search text that matched nothing goes back to the chosen country."""
        if self.lineEdit().text() != self.itemText(self.currentIndex()):
            self.lineEdit().setText(self.itemText(self.currentIndex()))


class CountryField(FieldWidget):
    """One country."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = CountryCombo(parent=self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo)
        layout.addStretch(1)
        self.setFocusProxy(self.combo)
        self.combo.picked.connect(lambda: (self.edited.emit(), self.committed.emit()))

    def value(self) -> str:
        return self.combo.code()

    def set_value(self, value: Any) -> None:
        self.combo.set_code(str(value or ""))


class CountryListField(FieldWidget):
    """Several countries: a short list with a picker to add and a button to remove."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setMaximumHeight(96)
        self.picker = CountryCombo(_tr("Add a country…"), self)
        self.remove = QPushButton(_tr("Remove"), self)
        self.remove.setEnabled(False)
        row = QHBoxLayout()
        row.addWidget(self.picker)
        row.addWidget(self.remove)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(row)
        self.setFocusProxy(self.picker)
        self._codes: list[str] = []
        self.picker.picked.connect(self._add)
        self.remove.clicked.connect(self._remove)
        self.list.currentRowChanged.connect(lambda row: self.remove.setEnabled(row >= 0))

    def _add(self) -> None:
        code = self.picker.code()
        self.picker.set_code("")
        if code and code not in self._codes:
            self.set_value([*self._codes, code])
            self.edited.emit()
            self.committed.emit()

    def _remove(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self._codes):
            self.set_value(self._codes[:row] + self._codes[row + 1 :])
            self.edited.emit()
            self.committed.emit()

    def value(self) -> list[str]:
        return list(self._codes)

    def set_value(self, value: Any) -> None:
        codes = [str(c) for c in (value or [])]
        if codes == self._codes:
            return
        self._codes = codes
        self.list.clear()
        for code in codes:
            item = QListWidgetItem(country_label(code))
            item.setData(Qt.ItemDataRole.UserRole, code)
            self.list.addItem(item)
        self.remove.setEnabled(False)

    def set_accessible_name(self, name: str) -> None:
        super().set_accessible_name(name)
        self.list.setAccessibleName(name)
        self.picker.setAccessibleName(_tr("Add a country to: {question}").format(question=name))
