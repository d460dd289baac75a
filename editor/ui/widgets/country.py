"""Countries by name, stored as ISO 3166-1 alpha-2 codes ("IE", "US")."""

from __future__ import annotations

from functools import cache
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QFocusEvent
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


def country_name(code: str) -> str:
    """The English name of a country code.

    Babel's list takes ~70 ms to load, so until a picker needs the whole list, names come from
    Qt's own table (the same CLDR names for every country code in use).
    """
    code = code.upper()
    if countries.cache_info().currsize:
        return dict(countries()).get(code, code)
    territory = QLocale.codeToTerritory(code)
    if territory == QLocale.Country.AnyCountry:
        return code
    return QLocale.territoryToString(territory)


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
        self.none_text = none_text or _tr("Choose a country…")
        self.addItem(self.none_text, "")
        # The ~250 countries are added when the picker is first used, not for every picker
        # on a page that is merely shown.
        self.populated = False
        self.lineEdit().setPlaceholderText(_tr("Type to search…"))
        self.activated.connect(lambda _i: self.picked.emit())
        self.lineEdit().editingFinished.connect(self._restore_text)
        self.setMinimumContentsLength(24)

    def populate(self) -> None:
        if self.populated:
            return
        self.populated = True
        current = self.code()
        self.blockSignals(True)
        self.clear()
        self.addItem(self.none_text, "")
        for code, _name in countries():
            self.addItem(country_label(code), code)
        completer = self.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.set_code(current)
        self.blockSignals(False)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.populate()  # typing searches the whole list
        super().focusInEvent(event)

    def showPopup(self) -> None:
        self.populate()
        super().showPopup()

    def code(self) -> str:
        return str(self.currentData() or "")

    def set_code(self, code: str) -> None:
        code = (code or "").upper()
        if not self.populated and code and self.findData(code) < 0:
            while self.count() > 1:
                self.removeItem(1)
            self.addItem(country_label(code), code)
        index = self.findData(code)
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
