"""The later US state laws' thresholds, each just above and just below, and their dates."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from editor.model import Law, Project, applicable_laws, decide_laws
from editor.model.applicability import NONPROFITS_EXEMPT, unanswered_us_state_questions
from editor.model.state_laws import STATE_LAWS, US_STATE_LAWS, not_yet_in_force

RICH = {"us_revenue_over_25m": True}


def _project(region: str, **jurisdictions: Any) -> Project:
    return Project.model_validate({"jurisdictions": {"regions": [region], **jurisdictions}})


def _reason(project: Project, law: Law) -> str:
    return next(d.reason for d in decide_laws(project) if d.law is law)


# (law, region, count field, count, share of revenue from selling, other answers, applies)
VOLUME_CASES = [
    *[
        case
        for law, region, field in (
            (Law.IN_CDPA, "indiana", "in_consumers"),
            (Law.IA_CDPA, "iowa", "ia_consumers"),
            (Law.KY_CDPA, "kentucky", "ky_consumers"),
            (Law.UT_CPA, "utah", "ut_consumers"),
        )
        for case in (
            (law, region, field, "100k_or_more", None, RICH, True),
            (law, region, field, "25k_to_100k", "over_50", RICH, True),
            (law, region, field, "25k_to_100k", "25_to_50", RICH, False),
            (law, region, field, "under_25k", "over_50", RICH, False),
        )
    ],
    (Law.TN_IPA, "tennessee", "tn_consumers", "175k_or_more", None, RICH, True),
    (Law.TN_IPA, "tennessee", "tn_consumers", "25k_to_175k", None, {**RICH}, None),
    (Law.TN_IPA, "tennessee", "tn_consumers", "25k_to_175k", "over_50", RICH, True),
    (Law.TN_IPA, "tennessee", "tn_consumers", "25k_to_175k", "25_to_50", RICH, False),
    (Law.TN_IPA, "tennessee", "tn_consumers", "under_25k", "over_50", RICH, False),
    # Utah and Tennessee: under USD 25 million of revenue, no count brings the law in.
    (
        Law.UT_CPA,
        "utah",
        "ut_consumers",
        "100k_or_more",
        None,
        {"us_revenue_over_25m": False},
        False,
    ),
    (
        Law.TN_IPA,
        "tennessee",
        "tn_consumers",
        "175k_or_more",
        None,
        {"us_revenue_over_25m": False},
        False,
    ),
]


@pytest.mark.parametrize(
    ("law", "region", "field", "count", "revenue", "others", "applies"), VOLUME_CASES
)
def test_volume_revenue_and_selling_thresholds(
    law: Law,
    region: str,
    field: str,
    count: str,
    revenue: str | None,
    others: dict[str, Any],
    applies: bool | None,
) -> None:
    project = _project(region, **{field: count, "us_selling_revenue": revenue, **others})
    if applies is None:  # between the counts, the share of revenue from selling decides
        assert unanswered_us_state_questions(project) == {law: ("us_selling_revenue",)}
        assert law not in applicable_laws(project)
        return
    assert (law in applicable_laws(project)) is applies, _reason(project, law)
    assert unanswered_us_state_questions(project) == {}


@pytest.mark.parametrize("law", [Law.UT_CPA, Law.TN_IPA])
def test_the_revenue_floor_is_asked_before_the_count(law: Law) -> None:
    s = US_STATE_LAWS[law]
    assert s.volume is not None
    project = _project(s.region.value, **{s.volume.field: s.volume.enough.value})
    assert unanswered_us_state_questions(project) == {law: ("us_revenue_over_25m",)}
    assert "USD 25 million" in _reason(project, law)


def test_the_new_laws_leave_out_non_profits() -> None:
    for law in (Law.IN_CDPA, Law.IA_CDPA, Law.KY_CDPA, Law.TN_IPA, Law.UT_CPA):
        s = US_STATE_LAWS[law]
        assert s.volume is not None
        project = _project(
            s.region.value, is_nonprofit=True, **{s.volume.field: s.volume.enough.value}, **RICH
        )
        assert law in NONPROFITS_EXEMPT
        assert law not in applicable_laws(project)
        assert _reason(project, law) == f"Non-profits are outside the {s.short}."


def test_every_state_law_has_a_notice_citation_and_a_date() -> None:
    for s in STATE_LAWS:
        assert s.notice and s.scope, s.law
        assert dt.date(2023, 1, 1) <= s.in_force <= dt.date(2027, 1, 1), s.law


def test_a_law_not_yet_in_force_on_the_policy_date_says_from_when() -> None:
    assert not_yet_in_force(Law.IN_CDPA, dt.date(2025, 12, 31)) == dt.date(2026, 1, 1)
    assert not_yet_in_force(Law.IN_CDPA, dt.date(2026, 1, 1)) is None
    assert not_yet_in_force(Law.GDPR, dt.date(2000, 1, 1)) is None
    project = _project("indiana", in_consumers="100k_or_more")
    project.policy.effective_date = dt.date(2025, 11, 1)
    assert Law.IN_CDPA in applicable_laws(project)
    assert _reason(project, Law.IN_CDPA).endswith("It takes effect on 1 January 2026.")
    project.policy.effective_date = dt.date(2026, 2, 1)
    assert "takes effect" not in _reason(project, Law.IN_CDPA)
