"""One section of the composed policy as text, for the tests of single answers."""

from __future__ import annotations

import datetime as dt

from editor.compose import compose
from editor.document import find_section, section_text
from editor.model import Project

TODAY = dt.date(2026, 12, 1)


def section_of(project: Project, key: str) -> str:
    """The text of the section ``key``, or "" when the policy has no such section."""
    section = find_section(compose(project, today=TODAY), key)
    return section_text(section) if section else ""


def apps_text(project: Project) -> str:
    return section_of(project, "apps")
