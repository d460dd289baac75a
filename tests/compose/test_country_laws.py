"""The country laws' wording (Switzerland, Québec, ...): only when the law applies, and marked as
that law's wording where the list or sentence is shared with other laws."""

from __future__ import annotations

import datetime as dt

from editor.compose import compose
from editor.document import find_section, section_text
from editor.model import Project
from editor.samples import sample_paths
from editor.storage import load_project

TODAY = dt.date(2026, 9, 1)


def _cafe(*regions: str, **jurisdictions: object) -> Project:
    project = load_project(sample_paths()["cafe"])
    project.jurisdictions.regions = list(regions)  # type: ignore[arg-type]
    for name, value in jurisdictions.items():
        setattr(project.jurisdictions, name, value)
    return project


def _text(project: Project, key: str) -> str:
    section = find_section(compose(project, today=TODAY), key)
    return section_text(section) if section else ""


def test_switzerland_adds_its_authority_rights_and_countries_abroad() -> None:
    without = _cafe("uk")
    assert "Switzerland" not in _text(without, "rights") + _text(without, "transfers")
    project = _cafe("uk", "switzerland")
    rights = _text(project, "rights")
    assert "In Switzerland: Federal Data Protection and Information Commissioner" in rights
    assert "Take it with you." in rights
    project.recipients[0].country = "US"
    assert "If you live in Switzerland, your personal data goes outside Switzerland, to" in (
        _text(project, "transfers")
    )


def test_quebec_only_once_serving_quebec_is_answered() -> None:
    project = _cafe("canada")
    project.recipients[0].country = "US"
    assert "Québec" not in _text(project, "rights") + _text(project, "transfers")
    project.jurisdictions.serves_quebec = True
    assert "In Québec: Commission d'accès à l'information du Québec" in _text(project, "rights")
    assert "Withdraw consent." in _text(project, "rights")
    assert "may be sent outside Québec, to Germany, Ireland and the United States" in _text(
        project, "transfers"
    )
