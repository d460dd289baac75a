"""Where your customers are: which privacy laws apply, and why.

Questions that only decide one law appear only while they can change the answer: the CCPA's
thresholds while California is ticked (and the business is not a non-profit), Australia's
turnover while Australia is. The laws panel at the end says what follows from the answers
and lets the user decide otherwise.
"""

from __future__ import annotations

from editor.model import Law, Project, Region, applicable_laws
from editor.ui.laws import build_laws_panel
from editor.ui.questions import Custom, Group, Holds, Includes, PageSpec, Question


def ccpa_thresholds_matter(project: Project) -> bool:
    j = project.jurisdictions
    return Region.CALIFORNIA in j.regions and not j.is_nonprofit and Law.CCPA not in j.law_overrides


def ccpa_applies(project: Project) -> bool:
    return Law.CCPA in applicable_laws(project)


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
    policy_sections=("summary", "california"),
    extra_paths=("jurisdictions.law_overrides",),
    entries=(
        Question(
            "jurisdictions.regions",
            "Where do the people you serve live?",
            hint="Tick all that apply, including places you ship to or advertise in.",
            why=(
                "The GDPR covers anyone who offers goods or services to people in the EU, "
                "wherever the business is based; California, Canada, Brazil and Australia have "
                "their own laws with their own wording."
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
                    "jurisdictions.is_nonprofit",
                    "Are you a non-profit organisation?",
                    hint="Non-profits are outside the CCPA.",
                    optional=True,
                ),
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
