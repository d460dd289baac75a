"""The declarative language of form pages: questions, groups, list editors, conditions.

A page is a list of these specs; ``editor.ui.pages.base`` builds the widgets and the binder
connects them to the model. A spec names the model field by its path (relative to the page's
project, or to the list item for a list editor's detail form) and says how to ask for it in
the user's words; the widget is chosen from the field's type (see ``editor.ui.fields``).

Strings in specs are English source text; they are translated when the widgets are built.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from enum import Enum, auto
from typing import TYPE_CHECKING, Any

from editor.model.fieldpath import FieldPath, parse_path

if TYPE_CHECKING:
    from editor.model import Project


class Kind(Enum):
    """The widget for a question. Usually inferred from the model; set it to override."""

    TEXT = auto()
    LONG_TEXT = auto()
    EMAIL = auto()
    URL = auto()
    PHONE = auto()
    YES_NO = auto()
    CHECK = auto()
    CHOICE = auto()
    MULTI_CHOICE = auto()
    NUMBER = auto()
    DATE = auto()
    COUNTRY = auto()
    COUNTRIES = auto()
    DURATION = auto()
    REF = auto()  # one item of another list, by id
    REFS = auto()  # several items of another list, by id


@dataclass(frozen=True, init=False)
class When:
    """Show something only while the answer at ``path`` is one of ``values``.

    ``When("has_dpo", True)`` reveals the DPO's details once the user says yes.
    """

    path: str
    values: tuple[Any, ...]

    def __init__(self, path: str, *values: Any) -> None:
        object.__setattr__(self, "path", path)
        object.__setattr__(self, "values", values)

    def holds(self, value: Any) -> bool:
        return value in self.values


class Includes(When):
    """Show something while the list at ``path`` includes any of ``values``.

    ``Includes("regions", Region.CALIFORNIA)`` asks the CCPA questions only of those who need them.
    """

    def holds(self, value: Any) -> bool:
        return any(v in (value or ()) for v in self.values)


class Holds(When):
    """Show something while ``test(project)`` is true: for conditions on several answers.

    ``Holds(lambda p: Law.CCPA in applicable_laws(p))`` asks a CCPA-only question only while the
    CCPA applies. The test runs after every edit, so it must be cheap.
    """

    def __init__(self, test: Callable[[Project], bool]) -> None:
        super().__init__("", test)  # the empty path is the whole project

    def holds(self, value: Any) -> bool:
        return bool(self.values[0](value))


@dataclass(frozen=True)
class Question:
    """One question about one field."""

    path: str  # e.g. "organisation.legal_name"; relative to the form's base
    label: str  # the question, in plain words: "What is your business's legal name?"
    hint: str = ""  # one line under the field
    why: str = ""  # "Why we ask": what the answer changes in the policy, or what the law says
    placeholder: str = ""  # an example answer, shown greyed in the empty field
    kind: Kind | None = None
    lines: int = 0  # > 0: a multi-line answer about this many lines high
    when: When | None = None
    optional: bool = False  # leaving it empty does not make the section incomplete
    followups: tuple[Entry, ...] = ()  # revealed while the answer is yes (or `followups_when`)
    followups_when: tuple[Any, ...] = (True,)
    suffix: str = ""  # after a number: "days", "years"
    minimum: int = 0
    maximum: int = 9999

    @property
    def field_path(self) -> FieldPath:
        return parse_path(self.path)


@dataclass(frozen=True)
class Group:
    """Questions under a small heading, e.g. "Address"."""

    title: str
    entries: tuple[Entry, ...]
    intro: str = ""
    when: When | None = None


@dataclass(frozen=True)
class Column:
    """One column of a list editor's table; edited in place with the field's own editor."""

    path: str  # relative to the item
    title: str
    width: int = 0  # pixels; 0 stretches
    kind: Kind | None = None

    @property
    def field_path(self) -> FieldPath:
        return parse_path(self.path)


@dataclass(frozen=True)
class ListAction:
    """One more button for a list editor, such as "Add from catalog…"."""

    text: str  # with a mnemonic: "Add from &catalog…"
    run: Callable[[Any], None]  # called with the ListEditor
    tooltip: str = ""
    needs_item: bool = False  # enabled only while an item is selected


@dataclass(frozen=True)
class ListQuestion:
    """A list of repeated things (cookies, recipients): a table, buttons, and a detail form."""

    path: str
    label: str
    item_name: str  # singular, lower case: "cookie" makes "Add cookie"
    columns: tuple[Column, ...]
    detail: tuple[Entry, ...] = ()  # questions about the selected item, paths relative to it
    hint: str = ""
    why: str = ""
    when: When | None = None
    optional: bool = False
    fixed: bool = False  # rows are added and removed on another page (only edited here)
    title_path: str = "name"  # names an item in the detail heading and in pickers
    new_item: Callable[[], Any] | None = None  # default: the item type with its defaults
    empty_text: str = ""  # shown while the list is empty
    table_rows: int = 6  # visible rows before the table scrolls
    actions: tuple[ListAction, ...] = ()  # more buttons after "Add"
    # Replaces the plain removal of the item in this row (called with the ListEditor and the
    # row), e.g. to offer to remove a third party's cookies with it.
    remove_item: Callable[[Any, int], None] | None = None

    @property
    def field_path(self) -> FieldPath:
        return parse_path(self.path)


@dataclass(frozen=True)
class Info:
    """Text computed from the answers (e.g. which laws apply and why), refreshed on each edit."""

    render: Callable[[Project], str]  # returns a short piece of Qt rich text
    title: str = ""


@dataclass(frozen=True)
class Custom:
    """A widget that questions cannot describe, e.g. the laws with the user's choice for each.

    ``build(binder, parent)`` makes the widget when the page is built; it edits the project
    through ``binder.session`` (undo commands) and follows it with ``binder.watch``. It adds
    nothing to the page's progress.
    """

    build: Callable[[Any, Any], Any]  # (Binder, QWidget) -> QWidget
    when: When | None = None


Entry = Question | Group | ListQuestion | Info | Custom


@dataclass(frozen=True)
class PageSpec:
    """One page of the editor: one step in the navigator."""

    key: str  # stable id, e.g. "cookies"; used by the navigator, settings and findings
    title: str  # navigator label and page heading
    intro: str  # one short paragraph under the heading
    entries: tuple[Entry, ...]
    # The composed policy sections this page writes (PolicySection values or "custom:"),
    # so the preview can scroll to what is being edited.
    policy_sections: tuple[str, ...] = ()
    extra_paths: tuple[str, ...] = field(default=())  # more model paths this page owns


def walk(entries: tuple[Entry, ...]) -> Iterator[Entry]:
    """Every entry, depth first, including follow-ups and group members (not list details)."""
    for entry in entries:
        yield entry
        if isinstance(entry, Group):
            yield from walk(entry.entries)
        elif isinstance(entry, Question):
            yield from walk(entry.followups)
