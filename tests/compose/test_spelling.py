"""US or UK English, from where the organisation is or as chosen in Policy details."""

from __future__ import annotations

import datetime as dt
import json
import re
import tomllib

import pytest

from editor.compose import compose
from editor.document import plain_text
from editor.document.validate import problems
from editor.model import EnglishSpelling, Project
from editor.paths import templates_dir
from editor.samples import sample_paths, start_project
from editor.storage import load_project

TODAY = dt.date(2026, 9, 1)
BRITISH = tomllib.loads((templates_dir() / "en" / "spelling.toml").read_text("utf-8"))["en-US"]


def _british_words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z]+", text)} & set(BRITISH)


def _typed_by_the_owner(project: Project) -> set[str]:
    return _british_words(json.dumps(project.model_dump(mode="json")))


def _american(project: Project) -> Project:
    project.organisation.country = "US"
    return project


@pytest.mark.parametrize("name", sorted(sample_paths()))
def test_an_american_organisation_s_policy_is_in_us_spelling(name: str) -> None:
    project = _american(load_project(sample_paths()[name]))
    doc = compose(project, today=TODAY)
    assert problems(doc) == []
    assert _british_words(plain_text(doc)) <= _typed_by_the_owner(project)


def test_us_spelling_and_dates_in_a_us_policy() -> None:
    project = _american(start_project("saas"))
    text = plain_text(compose(project, today=TODAY))
    assert "September 1, 2026" in text and "1 September 2026" not in text
    assert "other people or organizations" in text
    assert "authorized agent" in text


def test_a_uk_policy_keeps_uk_spelling() -> None:
    text = plain_text(compose(start_project("saas"), today=TODAY))
    assert "other people or organisations" in text and "1 September 2026" in text


def test_the_choice_in_policy_details_wins_over_the_country() -> None:
    project = _american(start_project("saas"))
    project.policy.spelling = EnglishSpelling.UK
    text = plain_text(compose(project, today=TODAY))
    assert "organisations" in text and "1 September 2026" in text
    irish = start_project("cafe")
    irish.policy.spelling = EnglishSpelling.US
    assert "organization" in plain_text(compose(irish, today=TODAY))


def test_what_the_owner_typed_keeps_their_spelling() -> None:
    project = _american(start_project("saas"))
    project.organisation.description = "a small team that organises the paperwork of freelancers"
    text = plain_text(compose(project, today=TODAY))
    assert "organises the paperwork" in text
