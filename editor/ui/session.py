"""The open project: its answers, its file, its undo stack, saving and autosaving.

The window and the pages talk to the project only through a ``Session``. Every edit goes through
the undo stack, so the modified flag is simply "the stack is not at its clean index", and every
change is announced with the path that changed, so only the widgets, table rows and preview
sections that show that path need to refresh.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from editor.model.fieldpath import FieldPath, format_path, get_value, set_value
from editor.storage import load_project, lock, save_project
from editor.storage.recovery import RecoveryEntry, RecoveryStore
from editor.ui.undo import (
    InsertItemCommand,
    MoveItemCommand,
    RemoveItemCommand,
    ReplaceProjectCommand,
    SetFieldCommand,
)

if TYPE_CHECKING:
    from editor.model import Project


def _tr(text: str) -> str:
    return QCoreApplication.translate("Session", text)


def is_related(a: FieldPath, b: FieldPath) -> bool:
    """True when one path contains the other: a change at one may change what the other shows."""
    n = min(len(a), len(b))
    return a[:n] == b[:n]


class Session(QObject):
    """One open project and everything needed to edit, undo, save and recover it."""

    # A value at this path (or below it) changed; () means "everything" (a new project).
    changed = Signal(object)
    # The items of the list at this path were inserted, removed or moved; the int is the row
    # that should be current afterwards (-1: none), so a list editor can follow the change.
    listChanged = Signal(object, int)
    # A different project was loaded into the session (open, new, recover).
    projectReplaced = Signal()
    # Undo or redo changed the value at this path (the window shows its page).
    undone = Signal(object)
    # The file name or the read-only state changed.
    fileChanged = Signal()
    modifiedChanged = Signal(bool)
    # The project was written to its file (the file watcher learns what is ours).
    saved = Signal()

    def __init__(
        self,
        project: Project | None = None,
        path: Path | None = None,
        parent: QObject | None = None,
        *,
        loading: bool = False,
    ) -> None:
        super().__init__(parent)
        self._project = project  # None: a blank project, made when first needed
        # At start-up the window shows before the model is loaded; until the first project is
        # put in this session (``replace``) it is "loading" and the window says so.
        self.loading = loading
        self.path = path
        self.read_only = False
        self.origin = ""  # e.g. the sample name for an untitled project started from a sample
        self.session_id = os.urandom(4).hex()  # names the recovery slot of an untitled project
        self.undo_stack = QUndoStack(self)
        self._typing: SetFieldCommand | None = None  # the step that typing may still extend
        self._pushing = False  # a new edit is being pushed (as opposed to undo or redo)
        self.forced_read_only = False
        self._locked: Path | None = None
        self.undo_stack.cleanChanged.connect(self._clean_changed)
        self._update_read_only()
        if path is None or lock.other_owner(path) is None:
            # Another editor's lock is not taken here: the window asks first (at start-up).
            self.take_lock()

    def __del__(self) -> None:
        # Empty the undo stack while every command is still whole. When the cycle collector
        # frees a session (tests make and drop many), it may otherwise tear down the commands'
        # Python side first, and the stack's C++ destructor then deletes them a second time.
        with contextlib.suppress(RuntimeError):  # the C++ side is gone already
            self.undo_stack.clear()

    def _clean_changed(self, clean: bool) -> None:
        self.modifiedChanged.emit(not clean)

    # --- reading -------------------------------------------------------------------------------

    @property
    def project(self) -> Project:
        if self._project is None:
            from editor.model import Project

            self._project = Project()
        return self._project

    @project.setter
    def project(self, project: Project) -> None:
        self._project = project

    def get(self, path: FieldPath) -> Any:
        """The value at ``path``; raises LookupError if it does not exist (e.g. a removed item)."""
        return get_value(self.project, path)

    @property
    def modified(self) -> bool:
        return not self.undo_stack.isClean()

    def display_name(self) -> str:
        """The name shown in the title bar and in prompts."""
        if self.path is not None:
            return self.path.name
        if self.loading:
            return _tr("Loading…")
        name = self.project.organisation.display_name
        return name or _tr("Untitled")

    # --- editing (undoable) --------------------------------------------------------------------

    def set_field(self, path: FieldPath, value: Any, *, merge: bool = True, text: str = "") -> bool:
        """Set one answer as an undoable step; False when the value is already there."""
        try:
            if self.get(path) == value:
                return False
        except LookupError:
            return False
        text = text or _tr("Edit {field}").format(field=_describe(path))
        command = SetFieldCommand(self, path, value, text, mergeable=merge)
        self._push(command)
        if self.undo_stack.command(self.undo_stack.index() - 1) is command:
            self._typing = command  # not merged into the previous step: it is the new top
        return True

    def seal_typing(self) -> None:
        """End the current typing step: the next edit of the same field is a new undo step."""
        if self._typing is not None:
            self._typing.mergeable = False
            self._typing = None

    def insert_item(self, list_path: FieldPath, index: int, item: Any, text: str = "") -> None:
        text = text or _tr("Add item")
        self._push(InsertItemCommand(self, list_path, index, item, text))

    def remove_item(self, list_path: FieldPath, index: int, text: str = "") -> None:
        text = text or _tr("Remove item")
        self._push(RemoveItemCommand(self, list_path, index, text))

    def move_item(self, list_path: FieldPath, source: int, target: int, text: str = "") -> None:
        size = len(self.get(list_path))
        if source == target or not (0 <= source < size and 0 <= target < size):
            return
        text = text or _tr("Move item")
        self._push(MoveItemCommand(self, list_path, source, target, text))

    def replace_project(self, project: Project, text: str) -> None:
        """Put ``project`` in place of every answer as one undoable step (publish, restore).

        Unlike ``replace`` (another file), the undo history and the file stay.
        """
        self.seal_typing()
        self._push(ReplaceProjectCommand(self, project, text))

    def _push(self, command: QUndoCommand) -> None:
        self._pushing = True
        try:
            self.undo_stack.push(command)
        finally:
            self._pushing = False

    @contextlib.contextmanager
    def macro(self, text: str) -> Iterator[None]:
        """Group several edits into one undo step (e.g. adding a recipient with its cookies)."""
        self.undo_stack.beginMacro(text)
        try:
            yield
        finally:
            self.undo_stack.endMacro()

    # --- applying (called by undo commands only) -----------------------------------------------

    def _announce(self, path: FieldPath) -> None:
        self.changed.emit(path)
        if not self._pushing:
            self.undone.emit(path)

    def apply_set(self, path: FieldPath, value: Any) -> None:
        set_value(self.project, path, value)
        if isinstance(value, list):
            self.listChanged.emit(path, -1)  # a whole list replaced: tables must reload
        self._announce(path)

    def apply_project(self, project: Project) -> None:
        self.project = project
        self._announce(())  # () is "everything": pages, tables and the preview reload

    def apply_insert(self, list_path: FieldPath, index: int, item: Any) -> None:
        items = self.get(list_path)
        items.insert(index, item)
        self.listChanged.emit(list_path, index)
        self._announce(list_path)

    def apply_remove(self, list_path: FieldPath, index: int) -> None:
        items = self.get(list_path)
        del items[index]
        self.listChanged.emit(list_path, min(index, len(items) - 1))
        self._announce(list_path)

    def apply_move(self, list_path: FieldPath, source: int, target: int) -> None:
        items = self.get(list_path)
        items.insert(target, items.pop(source))
        self.listChanged.emit(list_path, target)
        self._announce(list_path)

    # --- files ---------------------------------------------------------------------------------

    def replace(
        self,
        project: Project,
        path: Path | None,
        *,
        origin: str = "",
        modified: bool = False,
        read_only: bool = False,
    ) -> None:
        """Show another project in this session; the undo history starts again.

        ``read_only`` keeps the file as it is (another editor has it open): Save becomes
        Save As, and no lock is taken.
        """
        self.release_lock()
        self.project = project
        self.loading = False
        self.path = path
        self.origin = origin
        self.session_id = os.urandom(4).hex()
        self.undo_stack.clear()
        if modified:
            self.undo_stack.resetClean()  # e.g. recovered work that is not in the file yet
        self._typing = None
        self.forced_read_only = read_only
        self._update_read_only()
        self.take_lock()
        self.changed.emit(())  # first, so tables reload before pages select their rows
        self.projectReplaced.emit()
        self.fileChanged.emit()
        self.modifiedChanged.emit(self.modified)

    def open(self, path: Path) -> None:
        """Load a project file; raises ProjectFileError and leaves the session as it was."""
        project = load_project(path)
        self.replace(project, path)

    def save(self, path: Path | None = None) -> None:
        """Save to ``path`` (or the current file); raises ProjectSaveError, keeping the work."""
        target = path if path is not None else self.path
        if target is None:
            raise ValueError("an untitled project needs a file name; use save(path)")
        save_project(self.project, target)
        renamed = target != self.path
        if renamed:
            self.release_lock()
        self.path = target
        self.origin = ""
        self.undo_stack.setClean()
        if renamed or self.read_only:
            self.forced_read_only = False
            self._update_read_only()
            self.take_lock()
            self.fileChanged.emit()
        self.saved.emit()

    def _update_read_only(self) -> None:
        """A file we may not write is opened read-only: Save becomes Save As."""
        self.read_only = self.forced_read_only or (
            self.path is not None
            and (
                (self.path.exists() and not os.access(self.path, os.W_OK))
                or not os.access(self.path.parent, os.W_OK)
            )
        )

    def set_read_only(self, read_only: bool) -> None:
        """Keep (or stop keeping) the file as it is, e.g. because another editor has it open."""
        self.forced_read_only = read_only
        self._update_read_only()
        if read_only:
            self.release_lock()
        else:
            self.take_lock()
        self.fileChanged.emit()

    # --- the lock beside the file (editor.storage.lock) ----------------------------------------

    def take_lock(self) -> None:
        """Tell other editors this file is open here (taken only after a successful open)."""
        if self.path is not None and not self.read_only and lock.acquire(self.path):
            self._locked = self.path

    def release_lock(self) -> None:
        if self._locked is not None:
            lock.release(self._locked)
            self._locked = None

    # --- recovery ------------------------------------------------------------------------------

    def write_recovery(self, store: RecoveryStore) -> RecoveryEntry:
        return store.write(
            self.project, self.path, session_id=self.session_id, title=self.display_name()
        )

    def discard_recovery(self, store: RecoveryStore) -> None:
        """Forget this project's autosave copy, e.g. after a save or a deliberate discard."""
        from editor.storage.recovery import slot_key

        key = slot_key(self.path, self.session_id)
        for entry in store.entries():
            if entry.key == key or entry.key == f"untitled-{self.session_id}":
                store.discard(entry)


def _describe(path: FieldPath) -> str:
    """A short name for an undo step, such as 'legal name' for organisation.legal_name."""
    names = [p for p in path if isinstance(p, str)]
    return names[-1].replace("_", " ") if names else format_path(path)
