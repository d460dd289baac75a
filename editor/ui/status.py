"""How far along each page is: not started, in progress, complete, or needing attention.

Progress is counted from the page's own specs (the visible, non-optional questions that have an
answer), so adding a question to a page updates its progress with no extra code. Attention comes
from "attention sources": functions that return (field path, message) pairs for a project. Format
problems are the first source; the checks package's findings can be added as another.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import Enum
from functools import cache
from typing import TYPE_CHECKING, Any

from editor.model.fieldpath import FieldPath, get_value, parse_path

if TYPE_CHECKING:
    from pydantic import BaseModel

    from editor.model import Project
    from editor.ui.questions import Entry, PageSpec

# The helpers below import the model and the page specs when first called, not here: the
# navigator uses this module's states in the window that shows before the model is loaded.

# (path, message) pairs that need the user's attention, e.g. validation problems or findings.
AttentionSource = Callable[["Project"], Iterable[tuple[FieldPath, str]]]


class SectionState(Enum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    COMPLETE = "complete"
    NEEDS_ATTENTION = "needs_attention"


@dataclass
class PageStatus:
    state: SectionState
    answered: int = 0
    required: int = 0
    messages: list[str] = field(default_factory=list)  # what needs attention, for the tooltip


def validation_problems(project: Project) -> Iterable[tuple[FieldPath, str]]:
    from editor.model.validation import find_problems

    return ((p.path, p.message) for p in find_problems(project))


@dataclass
class _Count:
    answered: int = 0
    required: int = 0
    any_answer: bool = False


def _get(project: Project, path: FieldPath) -> Any:
    try:
        return get_value(project, path)
    except LookupError:
        return None


@cache
def _answer_helpers() -> tuple[type, Callable[[Any], bool]]:
    # Imported once, on first use: an import statement in these per-question helpers runs
    # through PySide6's import hook each time, thousands of times per edit on a large project.
    from editor.model.base import Duration, is_blank

    return Duration, is_blank


@cache
def _entry_types() -> tuple[type, ...]:
    from editor.ui.questions import Group, Info, Kind, ListQuestion, Question

    return Group, Info, Kind, ListQuestion, Question


def _answered(value: Any) -> bool:
    Duration, is_blank = _answer_helpers()  # noqa: N806 - a class, named as one
    if isinstance(value, Duration):
        return value.is_set()
    return not is_blank(value)


def _count(entries: tuple[Entry, ...], project: Project, base: FieldPath, out: _Count) -> None:
    Group, Info, Kind, ListQuestion, Question = _entry_types()  # noqa: N806 - classes
    for entry in entries:
        when = getattr(entry, "when", None)
        if when is not None and not when.holds(_get(project, (*base, *parse_path(when.path)))):
            continue
        if isinstance(entry, Group):
            _count(entry.entries, project, base, out)
        elif isinstance(entry, Info):
            continue
        elif isinstance(entry, ListQuestion):
            items = _get(project, (*base, *entry.field_path)) or []
            if not entry.optional and not entry.fixed:
                out.required += 1
                out.answered += bool(items)
            out.any_answer |= bool(items) and not entry.fixed
            for i in range(len(items)):
                _count(entry.detail, project, (*base, *entry.field_path, i), out)
        elif isinstance(entry, Question):
            path = (*base, *entry.field_path)
            value = _get(project, path)
            if entry.kind is Kind.CHECK or _is_plain_bool(path):
                continue  # a tick box always has an answer; it says nothing about progress
            has = _answered(value)
            # A default the user never touched (the title "Privacy Policy") does not start a page.
            out.any_answer |= has and not _is_default(path, value)
            if not entry.optional:
                out.required += 1
                out.answered += has
            if entry.followups and value in entry.followups_when:
                _count(entry.followups, project, base, out)


@cache
def _default(parent: type[BaseModel], name: str) -> Any:
    return parent.model_fields[name].get_default(call_default_factory=True)


def _shape(path: FieldPath) -> tuple[str | int, ...]:
    """The path with every list index as 0: all items of a list share one field type."""
    return tuple(0 if isinstance(p, int) else p for p in path)


@cache
def _field_at(shape: tuple[str | int, ...]) -> Any:
    """The model's field type at ``shape``, or None. Cached: the navigator's progress asks this
    for every question of every list item after each edit (thousands on a large project), and
    the answer depends only on the model's classes."""
    from editor.model import Project
    from editor.ui.modelinfo import field_type

    try:
        return field_type(Project, shape)
    except LookupError:
        return None


def _is_default(path: FieldPath, value: Any) -> bool:
    name = path[-1]
    if not isinstance(name, str):
        return False
    parent = _field_at(_shape(path[:-1]))
    model = None if parent is None else parent.model
    return model is not None and value == _default(model, name)


def _is_plain_bool(path: FieldPath) -> bool:
    """A ``bool`` that cannot be unanswered (as opposed to a yes/no ``bool | None``)."""
    ft = _field_at(_shape(path))
    return ft is not None and ft.base is bool and not ft.optional and not ft.is_list


def page_status(spec: PageSpec, project: Project, attention: list[str]) -> PageStatus:
    count = _Count()
    _count(spec.entries, project, (), count)
    if not count.any_answer:
        # A page nobody has touched is "not started", even though the checks already know
        # what it will need: a new project should not open as a wall of warnings.
        state = SectionState.NOT_STARTED
    elif attention:
        state = SectionState.NEEDS_ATTENTION
    elif count.answered >= count.required:
        state = SectionState.COMPLETE
    else:
        state = SectionState.IN_PROGRESS
    return PageStatus(state, count.answered, count.required, attention)


def all_statuses(
    pages: Iterable[PageSpec],
    project: Project,
    sources: Iterable[AttentionSource],
    page_for_path: Callable[[FieldPath], str | None],
) -> dict[str, PageStatus]:
    """The status of every page, with each attention message filed under its page."""
    attention: dict[str, list[str]] = {}
    for source in sources:
        for path, message in source(project):
            key = page_for_path(path)
            if key is not None:
                attention.setdefault(key, []).append(message)
    return {spec.key: page_status(spec, project, attention.get(spec.key, [])) for spec in pages}
