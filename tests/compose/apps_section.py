"""The policy's apps section as text, for the tests of the answers on the apps page."""

from __future__ import annotations

import datetime as dt

from editor.compose import compose
from editor.document import find_section, section_text
from editor.model import Project

TODAY = dt.date(2026, 12, 1)


def apps_text(project: Project) -> str:
    section = find_section(compose(project, today=TODAY), "apps")
    assert section is not None
    return section_text(section)
