"""The editor's dialogs: new project, unsaved changes, recovery, preferences, about.

The window imports this module before it first shows, but no dialog opens before then: the Qt
classes only the dialogs use (message boxes, button boxes, forms...) are imported where each
dialog is made, as PySide6 builds a class's Python enums the first time the class is imported.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QLabel, QListWidget, QVBoxLayout, QWidget

from editor import __version__
from editor.samples import BLANK
from editor.ui.settings import Settings

if TYPE_CHECKING:
    from PySide6.QtWidgets import QAbstractButton, QMessageBox


def _tr(text: str) -> str:
    return QCoreApplication.translate("Dialogs", text)


class SaveChoice(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def ask_save_changes(parent: QWidget, name: str) -> SaveChoice:
    """Save / Don't Save / Cancel before the work in the window would be lost."""
    from PySide6.QtWidgets import QMessageBox

    buttons = (
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel
    )
    answer = QMessageBox.warning(
        parent,
        _tr("Unsaved changes"),
        _tr("Do you want to save the changes to “{name}”?\n\n"
            "If you don't save, your changes will be lost.").format(name=name),
        buttons,
        QMessageBox.StandardButton.Save,
    )  # fmt: skip
    if answer == QMessageBox.StandardButton.Save:
        return SaveChoice.SAVE
    if answer == QMessageBox.StandardButton.Discard:
        return SaveChoice.DISCARD
    return SaveChoice.CANCEL


def show_error(parent: QWidget, title: str, message: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.critical(parent, title, message)


def ask_yes_no_or_cancel(
    box: QMessageBox, yes: QAbstractButton, no: QAbstractButton
) -> bool | None:
    """Show ``box``: True if ``yes`` was clicked, False for ``no``, None for anything else
    (Cancel, Not now, Escape, the window's close button)."""
    box.exec()
    clicked = box.clickedButton()
    if clicked is yes:
        return True
    if clicked is no:
        return False
    return None


def ask_recover(parent: QWidget, title: str, when: str, original: Path | None) -> bool | None:
    """Offer an autosaved copy: True to recover, False to throw it away, None to decide later."""
    from PySide6.QtWidgets import QMessageBox

    where = (
        _tr("It is newer than the saved file {path}.").format(path=original)
        if original is not None
        else _tr("The project was never saved.")
    )
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(_tr("Recover unsaved work?"))
    box.setText(
        _tr("Policywright kept a copy of “{title}” from {when} that was not saved.").format(
            title=title, when=when
        )
    )
    box.setInformativeText(where + "\n\n" + _tr("Do you want to recover it?"))
    recover = box.addButton(_tr("&Recover"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(_tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(_tr("&Not now"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(recover)
    return ask_yes_no_or_cancel(box, recover, discard)


def ask_locked(parent: QWidget, name: str, holder: str) -> bool | None:
    """Another editor has the file open: True to edit anyway, False for read-only, None to
    cancel (offered only when ``cancel`` makes sense, i.e. not at start-up)."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_tr("Project already open"))
    box.setText(_tr("“{name}” is open in another Policywright window: {holder}.").format(
        name=name, holder=holder))  # fmt: skip
    box.setInformativeText(
        _tr("If you both save, one of you will lose changes. Open it read-only to look, or "
            "edit it anyway if the other window is no longer in use.")
    )  # fmt: skip
    read_only = box.addButton(_tr("Open &read-only"), QMessageBox.ButtonRole.AcceptRole)
    anyway = box.addButton(_tr("&Edit anyway"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(read_only)
    return ask_yes_no_or_cancel(box, anyway, read_only)


@dataclass(frozen=True)
class Template:
    name: str  # "blank" or a sample's name
    title: str
    description: str


class NewProjectDialog(QDialog):
    """Start blank or from one of the samples, which are filled-in examples."""

    def __init__(self, templates: list[Template], parent: QWidget | None = None) -> None:
        from PySide6.QtWidgets import QDialogButtonBox, QListWidgetItem

        super().__init__(parent)
        self.setWindowTitle(_tr("New project"))
        self.list = QListWidget(self)
        self.list.setAccessibleName(_tr("Start from"))
        for template in templates:
            item = QListWidgetItem(f"{template.title}\n{template.description}")
            item.setData(Qt.ItemDataRole.UserRole, template.name)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.setSpacing(3)
        # The samples' one-line descriptions are longer than the dialog: wrap them rather than
        # cut them off behind a horizontal scroll bar.
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        label = QLabel(_tr("&Start from:"), self)
        label.setBuddy(self.list)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_tr("&Create"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(560, 440)

    def chosen(self) -> str:
        item = self.list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else BLANK


class PreferencesDialog(QDialog):
    """The few settings a user may want to change; everything else follows the defaults."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QFormLayout, QSpinBox

        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(_tr("Preferences"))
        self.open_last = QCheckBox(_tr("&Open the most recent project at start"), self)
        self.open_last.setChecked(settings.get("files/open_last_at_start"))
        self.autosave = QSpinBox(self)
        self.autosave.setRange(1, 30)
        self.autosave.setSuffix(_tr(" min"))
        self.autosave.setValue(settings.get("autosave/minutes"))
        self.autosave.setAccessibleName(_tr("Keep a recovery copy every"))
        form = QFormLayout()
        form.addRow(self.open_last)
        autosave_label = QLabel(_tr("&Keep a recovery copy every"), self)
        autosave_label.setBuddy(self.autosave)
        form.addRow(autosave_label, self.autosave)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def accept(self) -> None:
        self.settings.set("files/open_last_at_start", self.open_last.isChecked())
        self.settings.set("autosave/minutes", self.autosave.value())
        super().accept()


def show_about(parent: QWidget) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.about(
        parent,
        _tr("About Policywright"),
        _tr(
            "<h3>Policywright {version}</h3>"
            "<p>Write and maintain a privacy policy by answering plain questions, and publish "
            "it as a web page, a Word document, Markdown or PDF.</p>"
            "<p>Policywright works offline: your answers stay on this computer.</p>"
            "<p>It helps you say what you do with personal data; it is not legal advice.</p>"
            "<p>The service catalog includes facts from the "
            "<a href='https://github.com/jkwakman/Open-Cookie-Database'>Open Cookie Database</a>, "
            "licensed under the Apache License 2.0; the NOTICE file in the program's resources "
            "folder says what was taken and changed.</p>"
        ).format(version=__version__),
    )
