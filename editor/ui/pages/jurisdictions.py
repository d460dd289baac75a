"""Where your customers are: which privacy laws apply, and why.

Questions that only decide one law appear only while they can change the answer: the CCPA's
thresholds while California is ticked (and the business is not a non-profit), each other US
state's questions while that state is ticked (and its law could still apply), the share of
revenue from selling data only while a consumer count leaves it to decide, Australia's
turnover while Australia is, whether the business serves Québec while Canada is. The laws
panel at the end says what follows from the answers and lets the user decide otherwise.
"""

from __future__ import annotations

from collections.abc import Callable

from editor.model import Law, Project, Region, applicable_laws
from editor.model.applicability import NONPROFITS_EXEMPT, US_STATE_LAWS
from editor.model.country_laws import quebec_question_matters
from editor.model.state_laws import STATE_LAWS, StateLaw
from editor.ui.laws import build_laws_panel
from editor.ui.questions import Custom, Group, Holds, Includes, PageSpec, Question


def ccpa_thresholds_matter(project: Project) -> bool:
    j = project.jurisdictions
    return Region.CALIFORNIA in j.regions and not j.is_nonprofit and Law.CCPA not in j.law_overrides


def ccpa_applies(project: Project) -> bool:
    return Law.CCPA in applicable_laws(project)


# The US regions whose law asks whether the business is a non-profit.
_NONPROFIT_REGIONS = (Region.CALIFORNIA, *(s.region for s in STATE_LAWS))


def state_questions_matter(law: Law) -> Callable[[Project], bool]:
    """While the state is ticked and its law is not settled by an override or a non-profit."""
    region = US_STATE_LAWS[law].region

    def matters(project: Project) -> bool:
        j = project.jurisdictions
        if region not in j.regions or law in j.law_overrides:
            return False
        return not (law in NONPROFITS_EXEMPT and j.is_nonprofit)

    return matters


def selling_revenue_matters(project: Project) -> bool:
    """A count between a law's two thresholds leaves it to the share of revenue from selling
    personal data."""
    j = project.jurisdictions
    return any(
        s.volume.floor is not None
        and getattr(j, s.volume.field) is s.volume.floor
        and state_questions_matter(s.law)(project)
        for s in STATE_LAWS
        if s.volume is not None
    )


def any_state_matters(flag: str) -> Callable[[Project], bool]:
    """While a ticked state's law has ``flag`` set (a question only those laws ask)."""
    laws = [s.law for s in STATE_LAWS if getattr(s, flag)]

    def matters(project: Project) -> bool:
        return any(state_questions_matter(law)(project) for law in laws)

    return matters


def _and_list(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _states_with(flag: str, value: bool = True) -> str:
    """The states whose law has ``flag`` (or has not), for the page's explanations."""
    return _and_list([s.state for s in STATE_LAWS if bool(getattr(s, flag)) is value])


_SHARE_WORDS = {20: "more than a fifth", 25: "a quarter or more", 50: "more than half"}


def threshold_hint(s: StateLaw) -> str:
    """The law's counts in a sentence, under its question."""
    assert s.volume is not None
    v = s.volume
    lead = (
        "Leave out people whose data you use only to take a payment. "
        if s.payments_excluded
        else ""
    )
    if v.floor is None:
        rule = f"The {s.state} law applies from {v.count_words}."
    elif v.share == 0:
        rule = (
            f"The {s.state} law applies from {v.count_words}, or from {v.floor_words} if you earn "
            "any revenue or discounts from selling personal data."
        )
    else:
        rule = (
            f"The {s.state} law applies from {v.count_words}, or from {v.floor_words} if "
            f"{_SHARE_WORDS[v.share]} of your revenue comes from selling personal data."
        )
    if s.sensitive_or_sale:
        rule += (
            " It also applies, whatever the number, if you process sensitive data or sell "
            "personal data."
        )
    if s.revenue_floor:
        rule += " It covers only businesses with yearly revenue of USD 25 million or more."
    return lead + rule


def _count_question(s: StateLaw) -> Group:
    assert s.volume is not None
    return Group(
        s.state,
        when=Holds(state_questions_matter(s.law)),
        entries=(
            Question(
                f"jurisdictions.{s.volume.field}",
                f"How many {s.residents}' personal data do you handle in a year?",
                hint=threshold_hint(s),
            ),
        ),
    )


def au_turnover_matters(project: Project) -> bool:
    j = project.jurisdictions
    in_australia = (
        Region.AUSTRALIA in j.regions or project.organisation.country.strip().upper() == "AU"
    )
    return in_australia and Law.AU_PRIVACY not in j.law_overrides


PAGE = PageSpec(
    key="jurisdictions",
    title="Where your customers are",
    intro=(
        "Privacy laws follow the people you serve. Tick every place where you have customers, "
        "visitors or users, and the policy will include what those laws require."
    ),
    policy_sections=("summary", "california", "us_states"),
    extra_paths=("jurisdictions.law_overrides",),
    entries=(
        Question(
            "jurisdictions.regions",
            "Where do the people you serve live?",
            hint="Tick all that apply, including places you ship to or advertise in.",
            why=(
                "The GDPR covers anyone who offers goods or services to people in the EU, "
                "wherever the business is based; California, "
                + ", ".join(s.state for s in STATE_LAWS)
                + ", Canada (and Québec), Brazil, Australia and Switzerland have their own laws "
                + "with their own wording."
            ),
        ),
        Group(
            "United States",
            when=Includes("jurisdictions.regions", *_NONPROFIT_REGIONS),
            entries=(
                Question(
                    "jurisdictions.is_nonprofit",
                    "Are you a non-profit organisation?",
                    hint=(
                        f"Non-profits are outside the CCPA and the "
                        f"{_states_with('nonprofits_covered', False)} laws, but not the "
                        f"{_states_with('nonprofits_covered')} laws."
                    ),
                    optional=True,
                ),
            ),
        ),
        Group(
            "California",
            intro=(
                "The California Consumer Privacy Act (CCPA) covers businesses run for profit "
                "that pass any one of three thresholds. These answers decide whether it "
                "applies to you."
            ),
            when=Includes("jurisdictions.regions", Region.CALIFORNIA),
            entries=(
                Question(
                    "jurisdictions.ccpa_revenue_over_threshold",
                    "Is your annual revenue over USD 26.6 million?",
                    hint="The threshold is adjusted every two years; USD 26,625,000 from 2025.",
                    when=Holds(ccpa_thresholds_matter),
                ),
                Question(
                    "jurisdictions.ccpa_100k_consumers",
                    "Do you buy, sell or share the data of 100,000 or more California "
                    "residents or households a year?",
                    when=Holds(ccpa_thresholds_matter),
                ),
                Question(
                    "jurisdictions.ccpa_half_revenue_from_selling",
                    "Do you make half or more of your revenue from selling or sharing "
                    "personal information?",
                    when=Holds(ccpa_thresholds_matter),
                ),
                Question(
                    "jurisdictions.ccpa_10m_consumers",
                    "Do you handle the data of 10 million or more Californians a year?",
                    hint="Then you must publish yearly figures about privacy requests.",
                    optional=True,
                    when=Holds(ccpa_applies),
                ),
            ),
        ),
        *(_count_question(s) for s in STATE_LAWS if s.volume is not None),
        Group(
            "Small businesses",
            when=Holds(any_state_matters("small_business_exempt")),
            entries=(
                Question(
                    "jurisdictions.tx_sba_small_business",
                    "Are you a small business by the US Small Business Administration's standards?",
                    hint="The SBA's size standards depend on your industry (employees or yearly "
                    "receipts).",
                    why=(
                        f"The {_states_with('small_business_exempt')} laws cover businesses that "
                        "are not small by the SBA's standards; small ones must still get consent "
                        "before selling sensitive data."
                    ),
                ),
            ),
        ),
        Group(
            "Revenue",
            when=Holds(any_state_matters("revenue_floor")),
            entries=(
                Question(
                    "jurisdictions.us_revenue_over_25m",
                    "Is your yearly revenue USD 25 million or more?",
                    hint=f"The {_states_with('revenue_floor')} laws cover only businesses of "
                    "that size.",
                ),
            ),
        ),
        Group(
            "Selling personal data",
            when=Holds(selling_revenue_matters),
            entries=(
                Question(
                    "jurisdictions.us_selling_revenue",
                    "How much of your gross revenue comes from selling personal data?",
                    hint="Count discounts you receive in exchange for personal data too.",
                ),
            ),
        ),
        Group(
            "Canada",
            when=Holds(quebec_question_matters),
            entries=(
                Question(
                    "jurisdictions.serves_quebec",
                    "Do you serve people in Québec?",
                    hint="Québec has its own privacy law (Law 25) beside Canada's PIPEDA.",
                    why=(
                        "Québec's law asks for a few things more: the person in charge of "
                        "personal information, the means of collection, and whether information "
                        "leaves Québec."
                    ),
                ),
            ),
        ),
        Group(
            "Australia",
            when=Holds(au_turnover_matters),
            entries=(
                Question(
                    "jurisdictions.au_turnover_over_3m",
                    "Is your annual turnover over AUD 3 million?",
                    hint="Smaller Australian businesses are usually exempt from the Privacy Act.",
                ),
            ),
        ),
        Custom(build_laws_panel),
    ),
)
