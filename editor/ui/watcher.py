"""Noticing that someone else changed or deleted the open project file, and letting the user choose.

The watcher follows the file and its folder (a program that saves atomically, as Policywright
does, replaces the file, and the watch on the old file ends with it). Whenever either changes it
compares the file with what this window last loaded or saved: the size, time and inode first,
then the bytes. Our own saves therefore never count, nor does a rewrite with the same content;
a different file, or none, makes the window ask:

- changed: reload theirs / keep mine (the next save replaces theirs) / save mine as…
- deleted or moved away: save it again here / save as… / keep working.

On a network drive the system may not report changes made by other computers, so the file is
also compared whenever the user comes back to the editor from another program.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from editor.errors import ProjectFileError
from editor.storage import load_project
from editor.ui.dialogs import show_error

if TYPE_CHECKING:
    from editor.ui.window import EditorWindow

SETTLE_MS = 300  # a program writing in several steps has finished by then


def _tr(text: str) -> str:
    return QCoreApplication.translate("Watcher", text)


@dataclass(frozen=True)
class DiskState:
    """What was at the project's path at one moment; ``digest`` is None for a missing file."""

    stat: tuple[int, int, int] | None  # (size, mtime_ns, inode)
    digest: str | None = None

    @property
    def exists(self) -> bool:
        return self.stat is not None


def quick_state(path: Path) -> DiskState:
    try:
        st = os.stat(path)
    except OSError:
        return DiskState(None)
    return DiskState((st.st_size, st.st_mtime_ns, st.st_ino))


def full_state(path: Path) -> DiskState:
    quick = quick_state(path)
    try:
        data = path.read_bytes()
    except OSError:
        return quick if quick.exists else DiskState(None)
    import hashlib  # here, not at start-up: it loads OpenSSL

    return DiskState(quick.stat, hashlib.sha256(data).hexdigest())


class DiskChoice(Enum):
    RELOAD = "reload"  # show the file as it is on disk now
    KEEP = "keep"  # keep this window's version; the next save replaces the file
    SAVE = "save"  # write this window's version to the same path again (after a delete)
    SAVE_AS = "save_as"


def ask_disk_change(parent: QWidget, name: str, *, deleted: bool, modified: bool) -> DiskChoice:
    """Ask what to do about a file another program changed or deleted."""
    from PySide6.QtWidgets import QMessageBox  # here: no dialog is needed at start-up

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    choices: dict[object, DiskChoice] = {}
    if deleted:
        box.setWindowTitle(_tr("Project file deleted"))
        box.setText(_tr("“{name}” was deleted or moved by another program. Your work is still "
                        "open here.").format(name=name))  # fmt: skip
        box.setInformativeText(_tr("Save it again in the same place, save it under another "
                                   "name, or keep working and decide later."))  # fmt: skip
        default = box.addButton(_tr("&Save again"), QMessageBox.ButtonRole.AcceptRole)
        choices[default] = DiskChoice.SAVE
        choices[box.addButton(_tr("Save &As…"), QMessageBox.ButtonRole.ActionRole)] = (
            DiskChoice.SAVE_AS
        )
        keep = box.addButton(_tr("&Keep working"), QMessageBox.ButtonRole.RejectRole)
        choices[keep] = DiskChoice.KEEP
    else:
        box.setWindowTitle(_tr("Project changed by another program"))
        box.setText(_tr("“{name}” was changed by another program since it was opened or saved "
                        "here.").format(name=name))  # fmt: skip
        lose = (
            _tr("Reload it to see the other version (your unsaved changes here are lost), ")
            if modified
            else _tr("Reload it to see the other version, ")
        )
        box.setInformativeText(lose + _tr("keep yours (saving replaces the other version), "
                                          "or save yours under another name."))  # fmt: skip
        reload = box.addButton(_tr("&Reload theirs"), QMessageBox.ButtonRole.AcceptRole)
        choices[reload] = DiskChoice.RELOAD
        keep = box.addButton(_tr("&Keep mine"), QMessageBox.ButtonRole.RejectRole)
        choices[keep] = DiskChoice.KEEP
        choices[box.addButton(_tr("Save mine &As…"), QMessageBox.ButtonRole.ActionRole)] = (
            DiskChoice.SAVE_AS
        )
        default = keep if modified else reload
    box.setDefaultButton(default)  # type: ignore[arg-type]
    box.setEscapeButton(keep)
    box.exec()
    return choices.get(box.clickedButton(), DiskChoice.KEEP)


class ProjectWatcher(QObject):
    """Watches the window's project file; see the module docstring.

    ``save`` and ``save_as`` are the window's own (True if saved), for the user's answers.
    """

    def __init__(
        self, window: EditorWindow, *, save: Callable[[], bool], save_as: Callable[[], bool]
    ) -> None:
        super().__init__(window.widget())
        self.window = window
        self.parent_widget = window.widget()  # of the questions, and visible while it is open
        self.session = window.session
        self.save = save
        self.save_as = save_as
        self.known: DiskState | None = None  # the file as this window last loaded or saved it
        self.asking = False
        self.asked = 0  # how many times the user was asked (for tests and the status bar)
        self.fs = QFileSystemWatcher(self)
        self.fs.fileChanged.connect(self._poke)
        self.fs.directoryChanged.connect(self._poke)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SETTLE_MS)
        self.timer.timeout.connect(self.check)
        self.session.saved.connect(self.remember)
        self.session.projectReplaced.connect(self.remember)
        self.session.fileChanged.connect(self.remember)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.applicationStateChanged.connect(self._app_state_changed)
        self.remember()

    # --- following the file ----------------------------------------------------------------

    def remember(self) -> None:
        """The file on disk is ours now (just loaded or saved): watch it from here."""
        path = self.session.path
        self.known = full_state(path) if path is not None else None
        self._watch(path)

    def _watch(self, path: Path | None) -> None:
        wanted = [] if path is None else [str(path.parent), str(path)]
        current = set(self.fs.files()) | set(self.fs.directories())
        stale = [p for p in current if p not in wanted]
        if stale:
            self.fs.removePaths(stale)
        missing = [p for p in wanted if p not in current and os.path.exists(p)]
        if missing:
            self.fs.addPaths(missing)  # a replaced file must be watched again, by path

    def _poke(self, _path: str) -> None:
        self.timer.start()

    def _app_state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.timer.start()

    # --- deciding ------------------------------------------------------------------------------

    def changed_on_disk(self) -> DiskState | None:
        """The new state if the file is not what this window last loaded or saved, else None."""
        path = self.session.path
        if path is None or self.known is None:
            return None
        quick = quick_state(path)
        if quick.stat == self.known.stat:
            return None
        now = full_state(path) if quick.exists else quick
        if now.digest == self.known.digest:  # the same bytes (or still missing): not news
            self.known = now
            return None
        return now

    def check(self) -> None:
        path = self.session.path
        if path is None or self.asking or not self.parent_widget.isVisible():
            return
        self._watch(path)
        if QApplication.activeModalWidget() is not None:
            self.timer.start()  # not on top of another question (e.g. our own Save As)
            return
        now = self.changed_on_disk()
        if now is None:
            return
        self.asking = True
        self.asked += 1
        try:
            self._resolve(path, now)
        finally:
            self.asking = False
        self.timer.start()  # it may have changed again while the user was deciding

    def before_save(self, path: Path) -> bool | None:
        """Asked by a save to ``path``: None to go ahead, or the outcome if the user chose
        otherwise (True: saved under another name; False: not saved, e.g. reloaded theirs).

        This closes the gap between another program's write and the watcher's next look.
        """
        if path != self.session.path or self.asking:
            return None
        now = self.changed_on_disk()
        if now is None:
            return None
        self.asking = True
        self.asked += 1
        try:
            choice = ask_disk_change(
                self.parent_widget,
                path.name,
                deleted=not now.exists,
                modified=self.session.modified,
            )
            if choice is DiskChoice.RELOAD:
                self._reload(path)
                return False
            if choice is DiskChoice.SAVE_AS:
                self.known = now
                return self.save_as()
        finally:
            self.asking = False
        return None  # keep mine, or save again: the save replaces what is there

    def _resolve(self, path: Path, now: DiskState) -> None:
        choice = ask_disk_change(
            self.parent_widget, path.name, deleted=not now.exists, modified=self.session.modified
        )
        if choice is DiskChoice.RELOAD and self._reload(path):
            return
        if choice is DiskChoice.SAVE and self.save():
            return
        if choice is DiskChoice.SAVE_AS and self.save_as():
            return
        # Keep mine (or a reload or save that failed): this version differs from the file, so
        # the window counts as modified, and this change is not asked about again.
        self.known = now
        if not self.session.modified:
            self.session.undo_stack.resetClean()

    def _reload(self, path: Path) -> bool:
        try:
            project = load_project(path)
        except ProjectFileError as exc:
            show_error(
                self.parent_widget,
                _tr("Could not reload “{name}”").format(name=path.name),
                exc.message + "\n\n" + _tr("Your version stays open here."),
            )
            return False
        self.session.replace(project, path, read_only=self.session.forced_read_only)
        self.window.statusBar().showMessage(
            _tr("Reloaded {name} from disk").format(name=path.name), 5000
        )
        return True
