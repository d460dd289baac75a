"""Page progress as the navigator shows it."""

from __future__ import annotations

from editor.model import Project
from editor.samples import start_project
from editor.ui.pages import PAGES, page
from editor.ui.status import SectionState, page_status


def test_a_new_project_is_not_started_anywhere_even_with_findings() -> None:
    project = Project()
    assert {page_status(s, project, ["a finding"]).state for s in PAGES} == {
        SectionState.NOT_STARTED
    }


def test_answering_one_question_starts_a_page() -> None:
    project = Project()
    project.organisation.legal_name = "Bean & Leaf"
    status = page_status(page("organisation"), project, [])
    assert status.state is SectionState.IN_PROGRESS
    assert 0 < status.answered < status.required


def test_a_problem_on_a_started_page_needs_attention() -> None:
    project = Project()
    project.contact.email = "hello"
    status = page_status(page("contact"), project, ["This does not look like an email"])
    assert status.state is SectionState.NEEDS_ATTENTION
    assert status.messages == ["This does not look like an email"]


def test_the_cafe_sample_has_its_business_page_complete() -> None:
    status = page_status(page("organisation"), start_project("cafe"), [])
    assert status.state is SectionState.COMPLETE


def test_follow_ups_count_only_when_revealed() -> None:
    project = Project()
    project.organisation.has_dpo = False
    without = page_status(page("organisation"), project, []).required
    project.organisation.has_dpo = True
    assert page_status(page("organisation"), project, []).required > without
