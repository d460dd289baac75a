"""Help › Update service catalog…: take in a newer catalog from a file, see what changes, and
accept the new facts into the open project one by one (one undo step for all accepted)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from editor.catalog import CatalogError, load_catalog
from editor.catalog.loader import current_catalog_info
from editor.catalog.update import (
    ProjectDifference,
    Staged,
    accept,
    changes,
    changes_text,
    install,
    is_stale,
    project_differences,
    stage,
)

if TYPE_CHECKING:
    from editor.catalog.loader import Catalog
    from editor.ui.session import Session
    from editor.ui.window import EditorWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("CatalogUpdate", text)


def tell_if_catalog_is_old(window: QMainWindow, today: dt.date | None = None) -> bool:
    """Say in the status bar when the catalog's facts are over a year old; True if it did."""
    try:
        info = current_catalog_info()
    except CatalogError:
        return False  # a damaged catalog says so where it is used
    if not is_stale(info, today or dt.date.today()):
        return False
    window.statusBar().showMessage(
        _tr(
            "The service catalog is from {date}: over a year old. Certifications and cookies "
            "change; Edit › Update service catalog… takes in a newer one."
        ).format(date=info.date.isoformat()),
        20000,
    )
    return True


def update_catalog(window: EditorWindow) -> None:
    """Ask for the file, read it, and show what it changes."""
    folder = window.settings.get("files/last_folder") or str(Path.home())
    path, _ = QFileDialog.getOpenFileName(
        window.widget(),
        _tr("Update the service catalog"),
        folder,
        _tr("Catalog release or Open Cookie Database CSV (*.json *.csv);;All files (*)"),
    )
    if path:
        open_update(window.widget(), window.session, Path(path))


def open_update(parent: QWidget, session: Session, path: Path) -> CatalogUpdateDialog | None:
    try:
        current = load_catalog()
        staged = stage(path)
    except CatalogError as err:
        QMessageBox.warning(parent, _tr("Update the service catalog"), str(err))
        return None
    dialog = CatalogUpdateDialog(session, current, staged, parent)
    dialog.open()
    return dialog


class CatalogUpdateDialog(QDialog):
    """What the newer catalog changes, and the project's values it contradicts, to tick."""

    def __init__(
        self, session: Session, current: Catalog, staged: Staged, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.staged = staged
        self.installed = False
        self.setWindowTitle(_tr("Update the service catalog"))
        self.resize(720, 560)
        info = staged.catalog.info
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                _tr("From {source}: catalog {version} of {date}, {count} services.").format(
                    source=staged.source, version=info.version, date=info.date,
                    count=len(staged.catalog),
                )
            )
        )  # fmt: skip
        self.summary = QPlainTextEdit(changes_text(changes(current, staged.catalog)))
        self.summary.setReadOnly(True)
        layout.addWidget(self.summary, 2)
        self.differences = project_differences(session.project, staged.catalog)
        heading = (
            _tr("Your project's values that differ from the new catalog (tick those to take over):")
            if self.differences
            else _tr("Your project's third parties and cookies agree with the new catalog.")
        )
        layout.addWidget(QLabel(heading))
        self.list = QListWidget()
        for difference in self.differences:
            item = QListWidgetItem(
                _tr("{name}, {what}: {mine} → {new}").format(
                    name=difference.item_name, what=difference.label,
                    mine=difference.project_value, new=difference.catalog_value,
                )
            )  # fmt: skip
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.setVisible(bool(self.differences))
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.install_button = buttons.addButton(
            _tr("&Install catalog"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def ticked(self) -> list[ProjectDifference]:
        return [
            difference
            for row, difference in enumerate(self.differences)
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        ]

    def apply(self) -> None:
        try:
            install(self.staged)
        except (OSError, CatalogError) as err:
            QMessageBox.warning(self, _tr("Update the service catalog"), str(err))
            return
        self.installed = True
        chosen = self.ticked()
        if chosen:
            self.session.replace_project(
                accept(self.session.project, chosen), _tr("Take over the new catalog's facts")
            )
        self.accept()
