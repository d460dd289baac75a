"""The session and its undo stack: edits, merging, list operations, saving, recovery."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.errors import ProjectSaveError
from editor.model import Cookie, Project
from editor.storage import load_project
from editor.storage.recovery import RecoveryStore
from editor.ui.session import Session, is_related

NAME = ("organisation", "legal_name")
COOKIES = ("cookies", "cookies")


@pytest.fixture
def session(qapp: object) -> Session:
    return Session(Project())


def type_into(session: Session, path: tuple, text: str) -> None:
    """Set the field one more character at a time, as typing in a text box does."""
    for i in range(1, len(text) + 1):
        session.set_field(path, text[:i])


def test_typing_in_one_field_is_one_undo_step(session: Session) -> None:
    type_into(session, NAME, "Bean & Leaf")
    assert session.undo_stack.count() == 1
    assert session.modified
    session.undo_stack.undo()
    assert session.project.organisation.legal_name == ""
    assert not session.modified
    session.undo_stack.redo()
    assert session.project.organisation.legal_name == "Bean & Leaf"


def test_sealed_typing_starts_a_new_step(session: Session) -> None:
    type_into(session, NAME, "Bean")
    session.seal_typing()
    type_into(session, NAME, "Bean & Leaf"[4:])  # keeps typing after leaving the field
    session.set_field(NAME, "Bean & Leaf")
    assert session.undo_stack.count() == 2
    session.undo_stack.undo()
    assert session.project.organisation.legal_name == "Bean"


def test_edits_of_different_fields_are_separate_steps(session: Session) -> None:
    type_into(session, NAME, "Bean")
    type_into(session, ("organisation", "trading_name"), "B&L")
    assert session.undo_stack.count() == 2


def test_typing_and_deleting_leaves_nothing_to_undo(session: Session) -> None:
    session.set_field(NAME, "B")
    session.set_field(NAME, "")
    assert session.undo_stack.count() == 0
    assert not session.modified


def test_setting_the_same_value_is_not_an_edit(session: Session) -> None:
    assert not session.set_field(NAME, "")
    assert session.undo_stack.count() == 0


def test_change_signal_names_the_path(session: Session) -> None:
    seen: list[tuple] = []
    session.changed.connect(seen.append)
    session.set_field(NAME, "X")
    session.undo_stack.undo()
    assert seen == [NAME, NAME]


def test_list_insert_remove_move_and_undo(session: Session) -> None:
    for name in ("a", "b", "c"):
        session.insert_item(COOKIES, len(session.get(COOKIES)), Cookie(name=name))
    names = lambda: [c.name for c in session.project.cookies.cookies]  # noqa: E731
    assert names() == ["a", "b", "c"]
    session.move_item(COOKIES, 0, 2)
    assert names() == ["b", "c", "a"]
    session.remove_item(COOKIES, 1)
    assert names() == ["b", "a"]
    session.undo_stack.undo()
    assert names() == ["b", "c", "a"]
    session.undo_stack.undo()
    assert names() == ["a", "b", "c"]
    for _ in range(3):
        session.undo_stack.undo()
    assert names() == []
    assert not session.modified


def test_list_changes_announce_the_row_to_select(session: Session) -> None:
    rows: list[int] = []
    session.listChanged.connect(lambda path, row: rows.append(row))
    session.insert_item(COOKIES, 0, Cookie(name="a"))
    session.insert_item(COOKIES, 1, Cookie(name="b"))
    session.remove_item(COOKIES, 1)
    assert rows == [0, 1, 0]


def test_undo_restores_an_independent_copy(session: Session) -> None:
    session.insert_item(COOKIES, 0, Cookie(name="a"))
    session.remove_item(COOKIES, 0)
    session.undo_stack.undo()
    restored = session.project.cookies.cookies[0]
    session.undo_stack.redo()
    session.undo_stack.undo()
    assert session.project.cookies.cookies[0] is not restored
    assert session.project.cookies.cookies[0] == restored


def test_macro_is_one_step(session: Session) -> None:
    with session.macro("Add Google Analytics"):
        session.insert_item(COOKIES, 0, Cookie(name="_ga"))
        session.insert_item(COOKIES, 1, Cookie(name="_gid"))
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert session.project.cookies.cookies == []


def test_save_marks_clean_and_reopens_the_same(session: Session, tmp_path: Path) -> None:
    type_into(session, NAME, "Bean & Leaf")
    target = tmp_path / "cafe.policy"
    session.save(target)
    assert not session.modified
    assert session.path == target
    assert load_project(target).organisation.legal_name == "Bean & Leaf"
    other = Session()
    other.open(target)
    assert other.project == session.project
    assert not other.modified


def test_failed_save_keeps_the_work(session: Session, tmp_path: Path) -> None:
    session.set_field(NAME, "Bean")
    with pytest.raises(ProjectSaveError) as caught:
        session.save(tmp_path / "missing-folder" / "x.policy")
    assert "Your work is still open" in caught.value.message
    assert session.modified
    assert session.path is None
    assert session.project.organisation.legal_name == "Bean"


def test_recovery_copy_round_trip(session: Session, tmp_path: Path) -> None:
    store = RecoveryStore(tmp_path / "recovery")
    session.set_field(NAME, "Bean")
    entry = session.write_recovery(store)
    assert store.load(entry).organisation.legal_name == "Bean"
    session.discard_recovery(store)
    assert store.entries() == []


def test_replace_clears_history_and_can_mark_modified(session: Session) -> None:
    session.set_field(NAME, "Bean")
    session.replace(Project(), None, modified=True)
    assert session.undo_stack.count() == 0
    assert session.modified


def test_is_related() -> None:
    assert is_related(("a", "b"), ("a", "b", 1))
    assert is_related((), ("a",))
    assert not is_related(("a", "b"), ("a", "c"))
