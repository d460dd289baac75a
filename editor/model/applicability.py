"""Which privacy laws apply to a project, and why, in words a business owner can check."""

from __future__ import annotations

from dataclasses import dataclass

from editor.model.country_laws import decide_country_laws
from editor.model.data import DataCategory, DataKind, DataSubject
from editor.model.jurisdiction import (
    ConsumerCount,
    CtConsumerCount,
    Jurisdictions,
    Law,
    Region,
    SellingRevenue,
)
from editor.model.project import Project
from editor.model.scope import PropertyKind

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


# The US state laws, with the region each one follows and its short name in reasons.
US_STATE_LAWS: dict[Law, tuple[Region, str, str]] = {
    Law.VA_CDPA: (Region.VIRGINIA, "Virginia", "VCDPA"),
    Law.CO_CPA: (Region.COLORADO, "Colorado", "CPA"),
    Law.CT_DPA: (Region.CONNECTICUT, "Connecticut", "CTDPA"),
    Law.TX_DPSA: (Region.TEXAS, "Texas", "TDPSA"),
    Law.OR_CPA: (Region.OREGON, "Oregon", "OCPA"),
}
# Where each state law lists what its privacy notice must say: cited by the checks' rules and
# by the policy's US-state section for the wording it writes (provenance).
US_NOTICE_CITATIONS: dict[Law, str] = {
    Law.VA_CDPA: "Va. Code §59.1-578(C)",
    Law.CO_CPA: "C.R.S. §6-1-1308(1)(a)",
    Law.CT_DPA: "Conn. Gen. Stat. §42-520(c)",
    Law.TX_DPSA: "Tex. Bus. & Com. Code §541.102(a)",
    Law.OR_CPA: "ORS 646A.578(4)",
}
# Every US region: serving any of them brings in COPPA for a service aimed at children.
US_REGIONS = frozenset(
    {Region.CALIFORNIA, Region.OTHER_US_STATES, *(r for r, _, _ in US_STATE_LAWS.values())}
)
# Laws whose definition of a covered business leaves non-profits out (Va. Code §59.1-576(C),
# Conn. Gen. Stat. §42-517(a), Tex. Bus. & Com. Code §541.002(b)); Colorado and Oregon cover them.
NONPROFITS_EXEMPT = frozenset({Law.VA_CDPA, Law.CT_DPA, Law.TX_DPSA})

# Sensitive data common to the five state laws (racial or ethnic origin, religious beliefs,
# health, sex life or sexual orientation, genetic and biometric data, precise geolocation) among
# our data kinds; data about a known child is sensitive too. Each state adds a few of its own
# (citizenship, status as transgender, neural data) that our categories cannot tell apart.
US_SENSITIVE_KINDS = frozenset(
    {
        DataKind.RACIAL_ETHNIC,
        DataKind.RELIGIOUS,
        DataKind.HEALTH,
        DataKind.SEX_LIFE,
        DataKind.GENETIC,
        DataKind.BIOMETRIC,
        DataKind.LOCATION,
    }
)


def is_us_sensitive(category: DataCategory) -> bool:
    """Whether the category is sensitive data in the US state laws' sense."""
    return category.kind in US_SENSITIVE_KINDS or DataSubject.CHILDREN in category.subjects


def processes_us_sensitive_data(project: Project) -> bool:
    """Whether any data category is sensitive data in the US state laws' sense."""
    return any(is_us_sensitive(c) for c in project.data_categories)


def _us_state_decision(law: Law, project: Project) -> tuple[bool, str, tuple[str, ...]]:
    """Whether a US state law applies, why, and the unanswered questions that would decide it.

    The last item names fields of ``Jurisdictions`` (or ``Disclosures`` for Connecticut's
    selling test); it is empty when the answers given are enough.
    """
    j: Jurisdictions = project.jurisdictions
    region, state, short = US_STATE_LAWS[law]
    if region not in j.regions:
        return False, f"You do not serve {state}.", ()
    if law in NONPROFITS_EXEMPT and j.is_nonprofit:
        return False, f"Non-profits are outside the {short}.", ()
    revenue = j.us_selling_revenue
    unsure = f"Not enough answers: you serve {state}; "

    if law is Law.TX_DPSA:
        if j.tx_sba_small_business is False:
            return True, "You serve Texas and are not a small business by the SBA's rules.", ()
        if j.tx_sba_small_business:
            return (
                False,
                "Small businesses (by the SBA's rules) are outside the TDPSA, but must still get "
                "consent before selling sensitive data.",
                (),
            )
        return (
            False,
            unsure + "say whether you are a small business by the SBA's rules.",
            ("tx_sba_small_business",),
        )

    if law is Law.CT_DPA:
        count = j.ct_consumers
        sells = project.disclosures.sells_personal_information
        if count is CtConsumerCount.OVER_35K:
            return (
                True,
                "You serve Connecticut and handle the data of 35,000 or more residents.",
                (),
            )
        if processes_us_sensitive_data(project):
            return True, "You serve Connecticut and process sensitive data.", ()
        if sells:
            return True, "You serve Connecticut and sell personal data.", ()
        missing = tuple(
            name
            for name, value in (("ct_consumers", count), ("sells_personal_information", sells))
            if value is None
        )
        if missing:
            reason = (
                unsure + "say how many residents' data you handle, and whether you sell "
                "personal data."
            )
            return False, reason, missing
        return (
            False,
            "You serve Connecticut, but handle fewer than 35,000 residents' data, no sensitive "
            "data, and sell none.",
            (),
        )

    field = {Law.VA_CDPA: "va_consumers", Law.CO_CPA: "co_consumers", Law.OR_CPA: "or_consumers"}[
        law
    ]
    count = getattr(j, field)
    people = {Law.VA_CDPA: "Virginians", Law.CO_CPA: "Coloradans", Law.OR_CPA: "Oregonians"}[law]
    if count is ConsumerCount.OVER_100K:
        return True, f"You serve {state} and handle the data of 100,000 or more {people}.", ()
    if count is None:
        return False, unsure + f"say how many {people}' data you handle a year.", (field,)
    if count is ConsumerCount.UNDER_25K:
        return False, f"You serve {state} but handle fewer than 25,000 {people}' data.", ()
    if revenue is None:
        return (
            False,
            unsure + "say how much of your revenue comes from selling personal data.",
            ("us_selling_revenue",),
        )
    enough = {
        Law.VA_CDPA: revenue is SellingRevenue.OVER_50,
        Law.CO_CPA: revenue is not SellingRevenue.NONE,
        Law.OR_CPA: revenue in (SellingRevenue.FROM_25_TO_50, SellingRevenue.OVER_50),
    }[law]
    share = {
        Law.VA_CDPA: "more than half of your revenue",
        Law.CO_CPA: "revenue or discounts",
        Law.OR_CPA: "25% or more of your revenue",
    }[law]
    if enough:
        return (
            True,
            f"You serve {state}, handle 25,000 or more {people}' data and make {share} from "
            "selling personal data.",
            (),
        )
    return (
        False,
        f"You serve {state} and handle 25,000 to 99,999 {people}' data, but do not make {share} "
        "from selling personal data.",
        (),
    )


def unanswered_us_state_questions(project: Project) -> dict[Law, tuple[str, ...]]:
    """For each US state law that the answers cannot decide, the questions still open."""
    result = {}
    for law in US_STATE_LAWS:
        if law in project.jurisdictions.law_overrides:
            continue
        missing = _us_state_decision(law, project)[2]
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

    for law in US_STATE_LAWS:
        applies, reason, _ = _us_state_decision(law, project)
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
