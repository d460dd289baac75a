"""Which privacy laws apply to a project, and why, in words a business owner can check."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from editor.model.country_laws import decide_country_laws
from editor.model.jurisdiction import Law, Region
from editor.model.project import Project
from editor.model.scope import PropertyKind
from editor.model.state_laws import (
    NONPROFITS_EXEMPT,
    US_NOTICE_CITATIONS,
    US_SENSITIVE_KINDS,
    US_STATE_LAWS,
    is_us_sensitive,
    not_yet_in_force,
    processes_us_sensitive_data,
    state_law_decision,
)

__all__ = [
    "EEA_COUNTRIES",
    "NONPROFITS_EXEMPT",
    "US_NOTICE_CITATIONS",
    "US_REGIONS",
    "US_SENSITIVE_KINDS",
    "US_STATE_LAWS",
    "LawDecision",
    "applicable_laws",
    "decide_laws",
    "is_us_sensitive",
    "processes_us_sensitive_data",
    "unanswered_us_state_questions",
]

EEA_COUNTRIES = frozenset(
    [
        "AT",
        "BE",
        "BG",
        "HR",
        "CY",
        "CZ",
        "DK",
        "EE",
        "FI",
        "FR",
        "DE",
        "GR",
        "HU",
        "IE",
        "IT",
        "LV",
        "LT",
        "LU",
        "MT",
        "NL",
        "PL",
        "PT",
        "RO",
        "SK",
        "SI",
        "ES",
        "SE",
        "IS",
        "LI",
        "NO",
    ]
)

_ONLINE_KINDS = (
    PropertyKind.WEBSITE,
    PropertyKind.ONLINE_SHOP,
    PropertyKind.WEB_APP,
    PropertyKind.MOBILE_APP,
    PropertyKind.DESKTOP_APP,
    PropertyKind.NEWSLETTER,
    PropertyKind.SOCIAL_MEDIA,
)


# Every US region: serving any of them brings in COPPA for a service aimed at children.
US_REGIONS = frozenset(
    {Region.CALIFORNIA, Region.OTHER_US_STATES, *(s.region for s in US_STATE_LAWS.values())}
)


def unanswered_us_state_questions(project: Project) -> dict[Law, tuple[str, ...]]:
    """For each US state law that the answers cannot decide, the questions still open."""
    result = {}
    for law in US_STATE_LAWS:
        if law in project.jurisdictions.law_overrides:
            continue
        missing = state_law_decision(law, project)[2]
        if missing:
            result[law] = missing
    return result


@dataclass(frozen=True)
class LawDecision:
    """Whether one law applies, with the reason shown to the user."""

    law: Law
    applies: bool
    reason: str
    overridden: bool = False


def decide_laws(project: Project) -> list[LawDecision]:
    """Decide every known law for the project, in the order of the ``Law`` enum."""
    j = project.jurisdictions
    regions = set(j.regions)
    home = project.organisation.country.strip().upper()
    online = project.scope.has_kind(*_ONLINE_KINDS) or not project.scope.properties
    us = bool(regions & US_REGIONS) or home == "US"
    decisions: dict[Law, tuple[bool, str]] = {}

    if Region.EU_EEA in regions:
        decisions[Law.GDPR] = (True, "You serve people in the EU/EEA.")
    elif home in EEA_COUNTRIES:
        decisions[Law.GDPR] = (True, "Your business is established in the EU/EEA.")
    else:
        decisions[Law.GDPR] = (False, "You do not serve the EU/EEA and are not established there.")

    if Region.UK in regions or home == "GB":
        decisions[Law.UK_GDPR] = (True, "You serve people in the UK or are established there.")
    else:
        decisions[Law.UK_GDPR] = (False, "You do not serve the UK.")

    if Region.CALIFORNIA not in regions:
        decisions[Law.CCPA] = (False, "You do not serve California.")
    elif j.is_nonprofit:
        decisions[Law.CCPA] = (False, "Non-profits are outside the CCPA's definition of business.")
    elif j.ccpa_revenue_over_threshold or j.ccpa_100k_consumers or j.ccpa_half_revenue_from_selling:
        decisions[Law.CCPA] = (True, "You serve California and meet at least one CCPA threshold.")
    elif None in (
        j.ccpa_revenue_over_threshold,
        j.ccpa_100k_consumers,
        j.ccpa_half_revenue_from_selling,
    ):
        decisions[Law.CCPA] = (
            False,
            "You serve California; answer the three CCPA threshold questions to decide.",
        )
    else:
        decisions[Law.CCPA] = (False, "You serve California but meet none of the CCPA thresholds.")

    if Region.CALIFORNIA in regions and online:
        decisions[Law.CALOPPA] = (
            True,
            "You run a website or online service used by people in California.",
        )
    else:
        decisions[Law.CALOPPA] = (False, "You have no online service used in California.")

    kids = project.children
    if us and (kids.directed_to_children or kids.collects_from_children):
        decisions[Law.COPPA] = (
            True,
            "Your service is aimed at children or knowingly collects data of children under 13.",
        )
    else:
        decisions[Law.COPPA] = (False, "Your service is not aimed at US children under 13.")

    # A state law that takes effect after the policy's date still shapes the policy, which says
    # from when; the reason says so too.
    on = project.policy.effective_date or dt.date.today()
    for law in US_STATE_LAWS:
        applies, reason, _ = state_law_decision(law, project)
        starts = not_yet_in_force(law, on)
        if applies and starts:
            reason += f" It takes effect on {starts.day} {starts:%B %Y}."
        decisions[law] = (applies, reason)

    if Region.BRAZIL in regions or home == "BR":
        decisions[Law.LGPD] = (True, "You serve people in Brazil or are established there.")
    else:
        decisions[Law.LGPD] = (False, "You do not serve Brazil.")

    if Region.CANADA in regions or home == "CA":
        decisions[Law.PIPEDA] = (True, "You serve people in Canada in the course of business.")
    else:
        decisions[Law.PIPEDA] = (False, "You do not serve Canada.")

    if Region.AUSTRALIA not in regions and home != "AU":
        decisions[Law.AU_PRIVACY] = (False, "You do not serve Australia.")
    elif j.au_turnover_over_3m:
        decisions[Law.AU_PRIVACY] = (True, "You serve Australia with turnover over AUD 3 million.")
    else:
        decisions[Law.AU_PRIVACY] = (
            False,
            "Businesses under AUD 3 million turnover are usually exempt (check the exceptions).",
        )

    decisions.update(decide_country_laws(project))
    result = []
    for law in Law:
        applies, reason = decisions[law]
        override = j.law_overrides.get(law)
        if override is not None and override != applies:
            word = "applies" if override else "does not apply"
            result.append(LawDecision(law, override, f"You chose that this law {word}.", True))
        else:
            result.append(LawDecision(law, applies, reason))
    return result


def applicable_laws(project: Project) -> frozenset[Law]:
    """The laws that apply to the project, overrides included."""
    return frozenset(d.law for d in decide_laws(project) if d.applies)
