"""Occasions of sharing, each its own sentence: other occasions as a list, whether people are
told of an authority's request, and a warrant canary; each only when answered."""

from __future__ import annotations

from editor.model import DisclosureOccasion, Disclosures, Project
from editor.versions import compare
from tests.compose.policy_section import section_of


def _project(**answers: object) -> Project:
    return Project(disclosures=Disclosures(**answers))


def test_each_other_occasion_is_its_own_sentence() -> None:
    text = section_of(
        _project(
            other_occasions=[
                DisclosureOccasion(description="with social services if someone is at risk"),
                DisclosureOccasion(description="with our insurer after an accident"),
            ]
        ),
        "sharing",
    )
    assert "- With social services if someone is at risk." in text
    assert "- With our insurer after an accident." in text


def test_requests_from_authorities_and_the_canary() -> None:
    text = section_of(
        _project(
            legal_requests=True,
            tells_people_of_requests=True,
            warrant_canary_url="https://example.com/canary",
        ),
        "sharing",
    )
    assert "When an authority asks us for your data, we tell you, unless the law forbids" in text
    assert "We publish a warrant canary at example.com/canary" in text
    quiet = section_of(_project(legal_requests=True), "sharing")
    assert "we tell you" not in quiet and "canary" not in quiet


def test_versions_call_a_new_occasion_material() -> None:
    old = _project()
    new = _project(other_occasions=[DisclosureOccasion(id="x", description="with our insurer")])
    (change,) = compare(old, new).changes
    assert "with our insurer" in change.text and change.material
