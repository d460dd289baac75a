"""The editor's pages in navigator order, and which page owns which part of the project.

Each page is a module with a ``PAGE`` spec. ``page_for_path`` maps any field path (a validation
problem, a check's finding, the field just edited) to the page that asks for it, so the
navigator can mark it and the window can jump to it.
"""

from __future__ import annotations

from functools import cache

from editor.model import Project
from editor.model.fieldpath import FieldPath, parse_path
from editor.ui.pages import (
    apps,
    automated,
    changes,
    children,
    contact,
    cookies,
    custom,
    data,
    jurisdictions,
    location,
    organisation,
    policy,
    purposes,
    recipients,
    retention,
    rights,
    scope,
    security,
    sharing,
    tracking,
    visibility,
)
from editor.ui.questions import ListQuestion, PageSpec, Question, walk

PAGES: tuple[PageSpec, ...] = (
    organisation.PAGE,
    jurisdictions.PAGE,
    scope.PAGE,
    data.PAGE,
    purposes.PAGE,
    cookies.PAGE,
    recipients.PAGE,
    sharing.PAGE,
    location.PAGE,
    retention.PAGE,
    visibility.PAGE,
    apps.PAGE,
    security.PAGE,
    rights.PAGE,
    children.PAGE,
    tracking.PAGE,
    automated.PAGE,
    changes.PAGE,
    contact.PAGE,
    custom.PAGE,
    policy.PAGE,
)

_BY_KEY = {page.key: page for page in PAGES}


def page(key: str) -> PageSpec:
    return _BY_KEY[key]


Pattern = tuple[str | None, ...]  # a path with None where any list index matches


def _pattern(path: FieldPath) -> Pattern:
    return tuple(None if isinstance(p, int) else p for p in path)


@cache
def _owned() -> list[tuple[Pattern, str]]:
    """(pattern, page key) for every field a page asks for, most specific first."""
    owned: list[tuple[Pattern, str]] = []
    for spec in PAGES:
        for entry in walk(spec.entries):
            if isinstance(entry, Question):
                owned.append((_pattern(entry.field_path), spec.key))
            elif isinstance(entry, ListQuestion):
                base = _pattern(entry.field_path)
                owned.append((base, spec.key))
                for column in entry.columns:
                    owned.append(((*base, None, *_pattern(column.field_path)), spec.key))
                for detail in walk(entry.detail):
                    if isinstance(detail, Question | ListQuestion):
                        owned.append(((*base, None, *_pattern(detail.field_path)), spec.key))
        for extra in spec.extra_paths:
            owned.append((_pattern(parse_path(extra)), spec.key))
    owned.sort(key=lambda item: len(item[0]), reverse=True)
    return owned


def page_for_path(path: FieldPath) -> str | None:
    """The key of the page that asks for ``path`` (or its closest enclosing field)."""
    for pattern, key in _owned():
        if len(pattern) <= len(path) and all(
            isinstance(q, int) if p is None else p == q for p, q in zip(pattern, path, strict=False)
        ):
            return key
    return None


def policy_section_for(path: FieldPath, project: Project) -> str | None:
    """The composed policy section that shows the field at ``path``, for the preview."""
    if path[:1] == ("custom_sections",) and len(path) > 1 and isinstance(path[1], int):
        try:
            return f"custom:{project.custom_sections[path[1]].id}"
        except IndexError:
            return None
    key = page_for_path(path)
    if key is None:
        return None
    sections = page(key).policy_sections
    return sections[0] if sections else None
