"""Undo commands: every change to the project is one of these, pushed on the session's stack.

Commands hold copies of the values they set, never references into the live project, so an
undone or redone step always restores exactly what the user saw. They change the project only
through ``Session.apply_*``, which also tells the pages, the table models and the preview.
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

from editor.model.fieldpath import FieldPath

if TYPE_CHECKING:
    # Only named in annotations: the window shows before pydantic and the model are loaded.
    from editor.model import Project
    from editor.ui.session import Session

# Command ids for QUndoStack's merging; -1 (the default) means "never merge".
SET_FIELD_ID = 1


def _copy(value: Any) -> Any:
    """An independent copy, so the stack never shares objects with the live project."""
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    return copy.deepcopy(value)


class SetFieldCommand(QUndoCommand):
    """Set one field. Consecutive edits of the same field merge, so typing a word is one step."""

    def __init__(
        self, session: Session, path: FieldPath, value: Any, text: str, *, mergeable: bool = True
    ) -> None:
        super().__init__(text)
        self.session = session
        self.path = path
        self.old = _copy(session.get(path))
        self.new = _copy(value)
        self.mergeable = mergeable

    def id(self) -> int:
        return SET_FIELD_ID if self.mergeable else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetFieldCommand) or not other.mergeable:
            return False
        if other.path != self.path:
            return False
        self.new = other.new
        # Typing a letter and deleting it again leaves nothing to undo.
        self.setObsolete(self.new == self.old)
        return True

    def redo(self) -> None:
        self.session.apply_set(self.path, _copy(self.new))

    def undo(self) -> None:
        self.session.apply_set(self.path, _copy(self.old))


class InsertItemCommand(QUndoCommand):
    """Insert one item into a list field (add, duplicate, paste)."""

    def __init__(
        self, session: Session, list_path: FieldPath, index: int, item: Any, text: str
    ) -> None:
        super().__init__(text)
        self.session = session
        self.list_path = list_path
        self.index = index
        self.item = _copy(item)

    def redo(self) -> None:
        self.session.apply_insert(self.list_path, self.index, _copy(self.item))

    def undo(self) -> None:
        self.session.apply_remove(self.list_path, self.index)


class RemoveItemCommand(QUndoCommand):
    """Remove one item from a list field; undo puts the same item back in the same place."""

    def __init__(self, session: Session, list_path: FieldPath, index: int, text: str) -> None:
        super().__init__(text)
        self.session = session
        self.list_path = list_path
        self.index = index
        self.item = _copy(session.get((*list_path, index)))

    def redo(self) -> None:
        self.session.apply_remove(self.list_path, self.index)

    def undo(self) -> None:
        self.session.apply_insert(self.list_path, self.index, _copy(self.item))


class MoveItemCommand(QUndoCommand):
    """Move one item of a list field from one position to another."""

    def __init__(
        self, session: Session, list_path: FieldPath, source: int, target: int, text: str
    ) -> None:
        super().__init__(text)
        self.session = session
        self.list_path = list_path
        self.source = source
        self.target = target

    def redo(self) -> None:
        self.session.apply_move(self.list_path, self.source, self.target)

    def undo(self) -> None:
        self.session.apply_move(self.list_path, self.target, self.source)


class ReplaceProjectCommand(QUndoCommand):
    """Replace every answer at once (publish a version, restore one into the draft).

    Holds its own copies of the project before and after, so undo gives back exactly the
    project the user had. Published versions are frozen, so the copies share them.
    """

    def __init__(self, session: Session, project: Project, text: str) -> None:
        super().__init__(text)
        self.session = session
        self.old = copy_project(session.project)
        self.new = copy_project(project)

    def redo(self) -> None:
        self.session.apply_project(copy_project(self.new))

    def undo(self) -> None:
        self.session.apply_project(copy_project(self.old))


def copy_project(project: Project) -> Project:
    """A copy that shares nothing mutable with ``project`` but its frozen published versions."""
    copied = project.model_copy(update={"published": []}).model_copy(deep=True)
    copied.published = list(project.published)
    return copied
