"""The "Add service" dialog: find a known service and add what it brings in one step.

Search as you type (names, other names, companies, kinds, hosts), narrow by kind, and see on
the right exactly what adding the selected service will add to this project. Adding is one
undoable step; the user's own answers are never overwritten.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QUrl,
)
from PySide6.QtGui import QDesktopServices, QFont, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from editor.catalog import Catalog, CatalogEntry, ServiceAddition, apply_service, load_catalog
from editor.catalog.apply import find_service_recipient
from editor.catalog.loader import personal_catalog_dir
from editor.model import ServiceKind
from editor.ui.catalogedits import add_service
from editor.ui.catalogpreview import describe, esc
from editor.ui.session import Session

ENTRY_ROLE = Qt.ItemDataRole.UserRole


def _tr(text: str) -> str:
    return QCoreApplication.translate("Catalog", text)


class _ArrowsToList(QObject):
    """Up and Down in the search field move through the matches, as in a launcher."""

    def __init__(self, matches: QListWidget) -> None:
        super().__init__(matches)
        self.matches = matches

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
                QCoreApplication.sendEvent(self.matches, event)
                return True
        return False


class _TwoLineItem(QStyledItemDelegate):
    """A match as its name, with its kind and marks in smaller, muted text below."""

    def _lines(self, index: QModelIndex | QPersistentModelIndex) -> tuple[str, str]:
        name, _, details = str(index.data(Qt.ItemDataRole.DisplayRole) or "").partition("\n")
        return name, details

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        metrics = option.fontMetrics
        return QSize(option.rect.width(), metrics.height() * 2 + 10)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        name, details = self._lines(index)
        plain = QStyleOptionViewItem(option)
        self.initStyleOption(plain, index)
        plain.text = ""
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, plain, painter, widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        rect = option.rect.adjusted(6, 4, -6, -4)
        line = option.fontMetrics.height()
        painter.save()
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(palette.color(text_role))
        painter.drawText(rect.adjusted(0, 0, 0, -line), Qt.AlignmentFlag.AlignLeft, name)
        small = QFont(option.font)
        small.setPointSizeF(max(option.font.pointSizeF() * 0.9, 7.0))
        painter.setFont(small)
        if not selected:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(rect.adjusted(0, line, 0, 0), Qt.AlignmentFlag.AlignLeft, details)
        painter.restore()


class AddServiceDialog(QDialog):
    """Search the catalog and add the selected service to the session's project."""

    def __init__(
        self,
        session: Session,
        catalog: Catalog | None = None,
        parent: QWidget | None = None,
        *,
        kind: ServiceKind | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.catalog = catalog if catalog is not None else load_catalog()
        self.added: str | None = None  # the name of the service added, once it is
        self.setWindowTitle(_tr("Add a service from the catalog"))

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(_tr("Name, company or web address, e.g. Stripe"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(_tr("Search the catalog"))
        search_label = QLabel(_tr("&Search:"), self)
        search_label.setBuddy(self.search)
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(_tr("Kind of service"))
        self.kind.addItem(_tr("All kinds ({count})").format(count=len(self.catalog)), None)
        kinds = sorted({k for e in self.catalog for k in e.kinds}, key=lambda k: _tr(k.label))
        for k in kinds:
            count = len(self.catalog.by_kind(k))
            self.kind.addItem(_tr("{kind} ({count})").format(kind=_tr(k.label), count=count), k)
        if kind is not None and kind in kinds:
            self.kind.setCurrentIndex(self.kind.findData(kind))
        kind_label = QLabel(_tr("&Kind:"), self)
        kind_label.setBuddy(self.kind)

        self.matches = QListWidget(self)
        self.matches.setAccessibleName(_tr("Matching services"))
        self.matches.setItemDelegate(_TwoLineItem(self.matches))
        self.search.installEventFilter(_ArrowsToList(self.matches))
        self.preview = QTextBrowser(self)
        self.preview.setObjectName("servicePreview")
        self.preview.setOpenLinks(False)  # addresses are shown, never opened from here
        self.preview.setAccessibleName(_tr("What will be added"))
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.matches)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setChildrenCollapsible(False)

        self.problems = QLabel(self)
        self.problems.setObjectName("problem")
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.PlainText)
        self._show_problems()
        self.optional = QCheckBox(self)
        self.optional.setVisible(False)

        self.buttons = QDialogButtonBox(self)
        self.add_button = self.buttons.addButton(
            _tr("&Add to project"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.add_button.setDefault(True)
        self.folder_button = QPushButton(_tr("Open &my catalog folder"), self)
        self.folder_button.setAutoDefault(False)
        self.folder_button.setToolTip(
            _tr("Your own entries are kept here: {folder}").format(folder=personal_catalog_dir())
        )
        self.buttons.accepted.connect(self.add_selected)
        self.buttons.rejected.connect(self.reject)
        self.folder_button.clicked.connect(self._open_folder)

        top = QHBoxLayout()
        top.addWidget(search_label)
        top.addWidget(self.search, 3)
        top.addSpacing(12)
        top.addWidget(kind_label)
        top.addWidget(self.kind, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.problems)
        layout.addWidget(self.optional)
        bottom = QHBoxLayout()
        bottom.addWidget(self.folder_button)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)
        self.resize(980, 620)

        self.search.textChanged.connect(lambda _t: self.refresh())
        self.kind.currentIndexChanged.connect(lambda _i: self.refresh())
        self.matches.currentItemChanged.connect(lambda _c, _p: self.show_selected())
        self.matches.itemActivated.connect(lambda _item: self.add_selected())
        self.optional.toggled.connect(lambda _on: self.show_selected())
        self.refresh()
        self.search.setFocus()

    # --- finding -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """List the entries matching the search and the kind; keep the selection if it still
        matches, else select the best match."""
        current = self.selected()
        kind = self.kind.currentData()
        found = self.catalog.search(self.search.text(), kind)
        self.matches.blockSignals(True)
        self.matches.clear()
        for entry in found:
            self.matches.addItem(self._item(entry))
        self.matches.blockSignals(False)
        ids = [e.id for e in found]
        row = ids.index(current.id) if current is not None and current.id in ids else 0
        self.matches.setCurrentRow(row if found else -1)
        self.show_selected()

    def _item(self, entry: CatalogEntry) -> QListWidgetItem:
        details = [_tr(entry.kind.label)]
        if self.catalog.is_personal(entry.id):
            details.append(_tr("your catalog"))
        existing, by_name = find_service_recipient(self.session.project, entry)
        if existing is not None and not by_name:
            details.append(_tr("in your project"))
        item = QListWidgetItem(f"{entry.name}\n{' · '.join(details)}")
        item.setData(ENTRY_ROLE, entry.id)
        entity = entry.legal_entity.name if entry.legal_entity else ""
        item.setToolTip(entity)
        return item

    def selected(self) -> CatalogEntry | None:
        item = self.matches.currentItem()
        return self.catalog.get(str(item.data(ENTRY_ROLE))) if item is not None else None

    def addition(self) -> ServiceAddition | None:
        """What adding the selected service would add now (None when nothing is selected)."""
        entry = self.selected()
        if entry is None:
            return None
        optional = self.optional.isVisible() and self.optional.isChecked()
        return apply_service(self.session.project, entry, include_optional=optional)

    def show_selected(self) -> None:
        entry = self.selected()
        if entry is None:
            self._show_nothing()
            return
        optional = [c for c in entry.cookies if not c.added_by_default]
        self.optional.setVisible(bool(optional))
        self.optional.setText(
            _tr("Also add {count} optional cookies (not every site has them)").format(
                count=len(optional)
            )
        )
        addition = self.addition()
        assert addition is not None
        self.preview.setHtml(
            describe(
                entry,
                addition,
                self.session.project,
                personal=self.catalog.is_personal(entry.id),
                include_optional=self.optional.isVisible() and self.optional.isChecked(),
            )
        )
        self.add_button.setEnabled(not addition.is_empty)
        self.add_button.setText(_tr("&Add to project") if not addition.is_empty else _tr("Added"))

    def _show_nothing(self) -> None:
        self.optional.setVisible(False)
        self.add_button.setEnabled(False)
        text = self.search.text().strip()
        message = (
            _tr("Nothing in the catalog matches “{text}”.").format(text=text)
            if text
            else _tr("No services of this kind.")
        )
        hint = _tr(
            "Add it by hand with “Add third party” on the Third parties page. You can then "
            "save it to your own catalog, to add it to other projects in one step."
        )
        self.preview.setHtml(f"<p><b>{esc(message)}</b></p><p>{esc(hint)}</p>")

    def _show_problems(self) -> None:
        problems = self.catalog.problems
        self.problems.setVisible(bool(problems))
        if problems:
            lines = [
                _tr("Some files in your catalog could not be used and are not listed:")
                if len(problems) > 1
                else _tr("A file in your catalog could not be used and is not listed:")
            ]
            lines += [f"• {p.path.name}: {p.message}" for p in problems]
            self.problems.setText("\n".join(lines))
            self.problems.setToolTip("\n\n".join(p.detail or p.message for p in problems))

    def _open_folder(self) -> None:
        folder = personal_catalog_dir()
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    # --- adding --------------------------------------------------------------------------------

    def add_selected(self) -> None:
        entry = self.selected()
        addition = self.addition()
        if entry is None or addition is None or addition.is_empty:
            return
        add_service(self.session, entry.name, addition)
        self.added = entry.name
        self.accept()


def add_service_dialog(
    session: Session, parent: QWidget, kind: ServiceKind | None = None
) -> str | None:
    """Show the dialog; the name of the service added, or None."""
    dialog = AddServiceDialog(session, parent=parent, kind=kind)
    dialog.exec()
    if dialog.added:
        window = parent.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(
                _tr("Added {name}. Undo takes it all back.").format(name=dialog.added), 8000
            )
    return dialog.added
