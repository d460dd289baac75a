"""Which US state privacy laws apply: each state's thresholds, exemptions and open questions."""

from __future__ import annotations

from typing import Any

import pytest

from editor.model import (
    ConsumerCount,
    CtConsumerCount,
    Law,
    Project,
    applicable_laws,
    decide_laws,
)
from editor.model.applicability import unanswered_us_state_questions


def _project(regions: list[str], **jurisdictions: Any) -> Project:
    return Project.model_validate({"jurisdictions": {"regions": regions, **jurisdictions}})


def _decision(project: Project, law: Law) -> tuple[bool, str]:
    decision = next(d for d in decide_laws(project) if d.law is law)
    return decision.applies, decision.reason


@pytest.mark.parametrize(
    ("law", "region", "field", "count", "revenue", "applies"),
    [
        (Law.VA_CDPA, "virginia", "va_consumers", "100k_or_more", None, True),
        (Law.VA_CDPA, "virginia", "va_consumers", "25k_to_100k", "over_50", True),
        (Law.VA_CDPA, "virginia", "va_consumers", "25k_to_100k", "25_to_50", False),
        (Law.VA_CDPA, "virginia", "va_consumers", "under_25k", "over_50", False),
        (Law.CO_CPA, "colorado", "co_consumers", "100k_or_more", None, True),
        (Law.CO_CPA, "colorado", "co_consumers", "25k_to_100k", "under_25", True),
        (Law.CO_CPA, "colorado", "co_consumers", "25k_to_100k", "none", False),
        (Law.CO_CPA, "colorado", "co_consumers", "under_25k", "over_50", False),
        (Law.OR_CPA, "oregon", "or_consumers", "100k_or_more", None, True),
        (Law.OR_CPA, "oregon", "or_consumers", "25k_to_100k", "25_to_50", True),
        (Law.OR_CPA, "oregon", "or_consumers", "25k_to_100k", "under_25", False),
        (Law.OR_CPA, "oregon", "or_consumers", "under_25k", "over_50", False),
    ],
)
def test_volume_and_selling_thresholds(
    law: Law, region: str, field: str, count: str, revenue: str | None, applies: bool
) -> None:
    project = _project([region], **{field: count, "us_selling_revenue": revenue})
    assert (law in applicable_laws(project)) is applies
    assert unanswered_us_state_questions(project) == {}


def test_a_state_not_served_brings_in_nothing() -> None:
    project = _project(
        ["other_us_states"], va_consumers="100k_or_more", tx_sba_small_business=False
    )
    assert applicable_laws(project) & {Law.VA_CDPA, Law.TX_DPSA} == frozenset()
    assert _decision(project, Law.VA_CDPA) == (False, "You do not serve Virginia.")


def test_unanswered_questions_say_so_and_are_listed() -> None:
    project = _project(["virginia", "colorado", "connecticut", "texas", "oregon"])
    for law in (Law.VA_CDPA, Law.CO_CPA, Law.CT_DPA, Law.TX_DPSA, Law.OR_CPA):
        applies, reason = _decision(project, law)
        assert not applies
        assert reason.startswith("Not enough answers")
    assert unanswered_us_state_questions(project)[Law.VA_CDPA] == ("va_consumers",)
    # Between the two volume thresholds, the selling question decides.
    project.jurisdictions.va_consumers = ConsumerCount.FROM_25K
    assert unanswered_us_state_questions(project)[Law.VA_CDPA] == ("us_selling_revenue",)
    # An override settles the law: nothing left to ask.
    project.jurisdictions.law_overrides = {Law.VA_CDPA: True}
    assert Law.VA_CDPA not in unanswered_us_state_questions(project)


def test_texas_follows_the_sba_small_business_answer() -> None:
    project = _project(["texas"], tx_sba_small_business=False)
    assert Law.TX_DPSA in applicable_laws(project)
    project.jurisdictions.tx_sba_small_business = True
    applies, reason = _decision(project, Law.TX_DPSA)
    assert not applies and "sensitive data" in reason


def test_connecticut_since_july_2026_volume_sensitive_data_or_sale() -> None:
    project = _project(["connecticut"], ct_consumers="under_35k")
    project.disclosures.sells_personal_information = False
    assert Law.CT_DPA not in applicable_laws(project)
    project.jurisdictions.ct_consumers = CtConsumerCount.OVER_35K
    assert Law.CT_DPA in applicable_laws(project)

    small = _project(["connecticut"], ct_consumers="under_35k")
    small.disclosures.sells_personal_information = True
    assert Law.CT_DPA in applicable_laws(small)

    health = Project.model_validate(
        {
            "jurisdictions": {"regions": ["connecticut"], "ct_consumers": "under_35k"},
            "disclosures": {"sells_personal_information": False},
            "data_categories": [{"name": "Allergies", "kind": "health"}],
        }
    )
    assert Law.CT_DPA in applicable_laws(health)


def test_nonprofits_are_outside_virginia_connecticut_and_texas_only() -> None:
    project = _project(
        ["virginia", "colorado", "connecticut", "texas", "oregon"],
        is_nonprofit=True,
        va_consumers="100k_or_more",
        co_consumers="100k_or_more",
        ct_consumers="35k_or_more",
        or_consumers="100k_or_more",
        tx_sba_small_business=False,
    )
    laws = applicable_laws(project)
    assert {Law.CO_CPA, Law.OR_CPA} <= laws
    assert not laws & {Law.VA_CDPA, Law.CT_DPA, Law.TX_DPSA}
    assert "Non-profits" in _decision(project, Law.VA_CDPA)[1]
