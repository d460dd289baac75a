"""Which country laws apply (Switzerland, Québec, ...): serving people there or being there."""

from __future__ import annotations

from typing import Any

import pytest

from editor.model import Law, Project, applicable_laws, decide_laws


def _project(regions: list[str], country: str = "", **jurisdictions: Any) -> Project:
    return Project.model_validate(
        {
            "organisation": {"country": country, "address": {"country": country}},
            "jurisdictions": {"regions": regions, **jurisdictions},
        }
    )


def _reason(project: Project, law: Law) -> str:
    return next(d.reason for d in decide_laws(project) if d.law is law)


@pytest.mark.parametrize(
    ("law", "region", "country", "place"),
    [(Law.CH_FADP, "switzerland", "CH", "Switzerland")],
)
def test_serving_or_being_there_brings_the_law_in(
    law: Law, region: str, country: str, place: str
) -> None:
    assert law not in applicable_laws(_project(["eu_eea"], "DE"))
    assert _reason(_project(["eu_eea"], "DE"), law) == f"You do not serve {place}."
    assert law in applicable_laws(_project([region], "DE"))
    assert _reason(_project([region]), law) == f"You serve people in {place}."
    home = _project([], country)
    assert law in applicable_laws(home)
    assert _reason(home, law) == f"Your business is established in {place}."


def test_quebec_needs_canada_and_an_answer() -> None:
    assert Law.QUEBEC not in applicable_laws(_project(["eu_eea"], serves_quebec=True))
    open_question = _project(["canada"])
    assert Law.QUEBEC not in applicable_laws(open_question)
    assert "say whether you serve Québec" in _reason(open_question, Law.QUEBEC)
    assert Law.QUEBEC in applicable_laws(_project(["canada"], serves_quebec=True))
    elsewhere = _project(["canada"], serves_quebec=False)
    assert Law.QUEBEC not in applicable_laws(elsewhere)
    assert _reason(elsewhere, Law.QUEBEC) == "You serve Canada, but not Québec."


def test_a_business_in_quebec_is_covered_without_being_asked() -> None:
    project = _project([], "CA")
    project.organisation.address.region = "Québec"
    assert {Law.QUEBEC, Law.PIPEDA} <= applicable_laws(project)
    assert _reason(project, Law.QUEBEC) == "Your business is in Québec."
    project.organisation.address.region = "ON"
    assert Law.QUEBEC not in applicable_laws(project)


def test_the_users_decision_wins() -> None:
    project = _project(["canada"], law_overrides={"quebec": True, "ch_fadp": False})
    project.jurisdictions.regions.append("switzerland")  # type: ignore[arg-type]
    assert Law.QUEBEC in applicable_laws(project)
    assert Law.CH_FADP not in applicable_laws(project)
