"""The later US state laws' thresholds, each just above and just below, and their dates."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from editor.model import Law, Project, applicable_laws, decide_laws
from editor.model.applicability import NONPROFITS_EXEMPT, unanswered_us_state_questions
from editor.model.state_laws import STATE_LAWS, US_STATE_LAWS, not_yet_in_force

RICH = {"us_revenue_over_25m": True}
NOT_SMALL = {"tx_sba_small_business": False}
SMALL = {"tx_sba_small_business": True}
OVER_20 = {"us_selling_revenue_over_20": True}
NOT_OVER_20 = {"us_selling_revenue_over_20": False}


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


# Delaware, Maryland, Minnesota, Montana, New Hampshire, New Jersey and Rhode Island: just above
# and just below each count and share.
SECOND_CASES = [
    *[
        case
        for law, region, field, share_above, share_below in (
            (Law.DE_DPDPA, "delaware", "de_consumers", "25_to_50", "none"),
            (Law.MD_ODPA, "maryland", "md_consumers", "25_to_50", "none"),
            (Law.NH_PA, "new_hampshire", "nh_consumers", "25_to_50", "under_25"),
            (Law.RI_DTPPA, "rhode_island", "ri_consumers", "25_to_50", "none"),
        )
        for case in (
            (law, region, field, "35k_or_more", None, {}, True),
            (law, region, field, "10k_to_35k", share_above, {}, True),
            (law, region, field, "10k_to_35k", share_below, {}, False),
            (law, region, field, "under_10k", "over_50", {}, False),
        )
    ],
    (Law.MT_CDPA, "montana", "mt_consumers", "25k_or_more", None, {}, True),
    (Law.MT_CDPA, "montana", "mt_consumers", "15k_to_25k", "25_to_50", {}, True),
    (Law.MT_CDPA, "montana", "mt_consumers", "15k_to_25k", "under_25", {}, False),
    (Law.MT_CDPA, "montana", "mt_consumers", "under_15k", "over_50", {}, False),
    (Law.NJ_DPA, "new_jersey", "nj_consumers", "100k_or_more", None, {}, True),
    (Law.NJ_DPA, "new_jersey", "nj_consumers", "25k_to_100k", "under_25", {}, True),
    (Law.NJ_DPA, "new_jersey", "nj_consumers", "25k_to_100k", "none", {}, False),
    (Law.NJ_DPA, "new_jersey", "nj_consumers", "under_25k", "over_50", {}, False),
    (Law.MN_CDPA, "minnesota", "mn_consumers", "100k_or_more", None, NOT_SMALL, True),
    (Law.MN_CDPA, "minnesota", "mn_consumers", "25k_to_100k", "25_to_50", NOT_SMALL, True),
    (Law.MN_CDPA, "minnesota", "mn_consumers", "25k_to_100k", "under_25", NOT_SMALL, False),
    (Law.MN_CDPA, "minnesota", "mn_consumers", "under_25k", "over_50", NOT_SMALL, False),
    # A small business by the SBA's standards is outside Minnesota's law whatever its count.
    (Law.MN_CDPA, "minnesota", "mn_consumers", "100k_or_more", None, SMALL, False),
    # 20% lies inside "less than 25%": Delaware, Maryland and Rhode Island ask once more.
    (Law.DE_DPDPA, "delaware", "de_consumers", "10k_to_35k", "under_25", OVER_20, True),
    (Law.MD_ODPA, "maryland", "md_consumers", "10k_to_35k", "under_25", NOT_OVER_20, False),
    (Law.RI_DTPPA, "rhode_island", "ri_consumers", "10k_to_35k", "under_25", OVER_20, True),
    (Law.NH_PA, "new_hampshire", "nh_consumers", "10k_to_35k", "under_25", OVER_20, False),
]


@pytest.mark.parametrize(
    ("law", "region", "field", "count", "revenue", "others", "applies"),
    VOLUME_CASES + SECOND_CASES,
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


def test_under_25_percent_leaves_the_20_percent_laws_to_one_more_question() -> None:
    project = _project("delaware", de_consumers="10k_to_35k", us_selling_revenue="under_25")
    assert unanswered_us_state_questions(project) == {Law.DE_DPDPA: ("us_selling_revenue_over_20",)}


def test_nebraska_follows_the_sba_answer_alone() -> None:
    project = _project("nebraska", **NOT_SMALL)
    assert Law.NE_DPA in applicable_laws(project)
    project.jurisdictions.tx_sba_small_business = True
    assert Law.NE_DPA not in applicable_laws(project)
    assert "sensitive data" in _reason(project, Law.NE_DPA)
    project.jurisdictions.tx_sba_small_business = None
    assert unanswered_us_state_questions(project) == {Law.NE_DPA: ("tx_sba_small_business",)}


@pytest.mark.parametrize(
    ("law", "covered"),
    [
        (Law.DE_DPDPA, True),
        (Law.NJ_DPA, True),
        (Law.MD_ODPA, True),
        (Law.MN_CDPA, True),
        (Law.MT_CDPA, True),
        (Law.NH_PA, False),
        (Law.RI_DTPPA, False),
        (Law.NE_DPA, False),
    ],
)
def test_which_laws_cover_non_profits(law: Law, covered: bool) -> None:
    s = US_STATE_LAWS[law]
    counts = {s.volume.field: s.volume.enough.value} if s.volume else {}
    project = _project(s.region.value, is_nonprofit=True, **counts, **NOT_SMALL)
    assert (law in applicable_laws(project)) is covered, _reason(project, law)
