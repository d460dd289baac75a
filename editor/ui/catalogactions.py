"""The catalog's commands on the third-parties and cookies pages and in the menus.

Adding from the catalog, removing a third party together with its cookies, and saving a
third party to the user's own catalog. Questions to the user go through the small ``ask_*``
functions, which tests replace with their answer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from editor.catalog import (
    PersonalEntryDraftError,
    builtin_catalog,
    entry_from_recipient,
    load_catalog,
    personal_catalog_dir,
    removal_for_recipient,
    save_personal_entry,
)
from editor.catalog.personal import personal_entry_path
from editor.ui.catalogedits import remove_recipient
from editor.ui.dialogs import ask_yes_no_or_cancel
from editor.ui.session import Session

if TYPE_CHECKING:
    from editor.ui.window import EditorWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("Catalog", text)


def _status(parent: QWidget, message: str) -> None:
    window = parent.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(message, 8000)


# --- questions (replaced in tests) -------------------------------------------------------------


def ask_remove_cookies(parent: QWidget, name: str, cookies: list[str]) -> bool | None:
    """True: remove the cookies too; False: keep them; None: do not remove anything."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(_tr("Remove third party"))
    shown = ", ".join(cookies[:8]) + (" …" if len(cookies) > 8 else "")
    box.setText(
        _tr("“{name}” sets {count} cookies in your list: {names}.").format(
            name=name, count=len(cookies), names=shown
        )
    )
    box.setInformativeText(
        _tr("Remove them too? Kept cookies stay in your cookie list without a third party.")
    )
    together = box.addButton(_tr("Remove &with its cookies"), QMessageBox.ButtonRole.AcceptRole)
    alone = box.addButton(_tr("&Keep the cookies"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(together)
    return ask_yes_no_or_cancel(box, together, alone)


def ask_save_entry(parent: QWidget, text: str, details: str) -> bool:
    answer = QMessageBox.question(
        parent,
        _tr("Save to my catalog"),
        f"{text}\n\n{details}",
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Save,
    )
    return answer == QMessageBox.StandardButton.Save


def tell(parent: QWidget, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


# --- list editor actions (see editor.ui.pages.recipients and .cookies) ---------------------------


def add_from_list(editor: Any) -> None:
    from editor.ui.catalogdialog import add_service_dialog

    add_service_dialog(editor.session, editor)


def remove_recipient_row(editor: Any, row: int) -> None:
    """Remove the third party in ``row``, offering to remove its cookies in the same step."""
    session: Session = editor.session
    recipient = session.project.recipients[row]
    removal = removal_for_recipient(session.project, recipient.id)
    cookie_ids = set(removal.cookie_ids) if removal else set()
    names = [
        c.name or _tr("(unnamed)") for c in session.project.cookies.cookies if c.id in cookie_ids
    ]
    if removal is None or not names:
        session.remove_item(("recipients",), row, _tr("Remove third party"))
        return
    answer = ask_remove_cookies(editor, recipient.name or _tr("This third party"), names)
    if answer is None:
        return
    remove_recipient(session, recipient.name, removal, with_cookies=answer)


def save_recipient_row(editor: Any) -> None:
    """Save the selected third party and its cookies as an entry of the personal catalog."""
    session: Session = editor.session
    row = editor.current_row()
    if row < 0:
        return
    recipient = session.project.recipients[row]
    catalog = load_catalog()
    title = _tr("Save to my catalog")
    try:
        entry = entry_from_recipient(session.project, recipient.id, catalog)
    except PersonalEntryDraftError as err:
        lines = "\n".join(f"• {p}" for p in err.problems)
        tell(editor, title, _tr("Before this third party can be saved to your catalog:\n\n{lines}")
             .format(lines=lines))  # fmt: skip
        return
    folder = personal_catalog_dir()
    path = personal_entry_path(entry, folder)
    cookies = sum(1 for c in entry.cookies if c.added_by_default)
    text = _tr("Save “{name}” with {count} cookies to your catalog?").format(
        name=entry.name, count=cookies
    )
    details = [_tr("You can then add it to any project with “Add from catalog”.")]
    if entry.id in builtin_catalog():
        details.append(
            _tr("It replaces the built-in entry for “{name}” on this computer.").format(
                name=entry.name
            )
        )
    elif path.exists():
        details.append(_tr("It replaces the entry you saved before."))
    details.append(_tr("It is saved as {path}").format(path=path))
    if not ask_save_entry(editor, text, "\n".join(details)):
        return
    try:
        save_personal_entry(entry, folder)
    except OSError as err:
        QMessageBox.critical(
            editor, title, _tr("It could not be saved: {reason}").format(reason=err.strerror or err)
        )
        return
    _status(editor, _tr("Saved “{name}” to your catalog.").format(name=entry.name))


# --- window commands (see editor.ui.actions) ---------------------------------------------------


def add_service_from_window(window: EditorWindow) -> None:
    """Edit › Add from catalog: add, then show the third parties so the user sees it."""
    from editor.ui.catalogdialog import add_service_dialog

    added = add_service_dialog(window.session, window.widget())
    if added and window.navigator.current_key() not in ("recipients", "cookies"):
        window.show_page("recipients")
