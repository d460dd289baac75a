"""The US state privacy laws as data: each one's state, who it covers, and since when.

Most state laws decide coverage the same way: the number of the state's residents whose
personal data a business handles in a year brings the law in alone from one count, or from a
lower count together with a share of revenue from selling personal data. Some add a revenue
floor (Utah, Tennessee), leave out non-profits or small businesses, or (Connecticut) come in
with any sensitive data or any sale. Each law is one ``StateLaw`` record; ``state_law_decision``
reads the answers against it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from editor.model.base import LabeledEnum
from editor.model.data import DataCategory, DataKind, DataSubject
from editor.model.jurisdiction import (
    ConsumerCount,
    CtConsumerCount,
    Jurisdictions,
    Law,
    Region,
    SellingRevenue,
    TnConsumerCount,
)
from editor.model.project import Project


@dataclass(frozen=True)
class Volume:
    """A law's volume test: the answer in ``field`` (a count band of the state's residents).

    ``enough`` is the band that brings the law in alone. From ``floor`` up, more than ``share``
    per cent of gross revenue from selling personal data does too (0: any revenue or discount);
    ``floor`` None means the count alone decides.
    """

    field: str
    enough: LabeledEnum
    floor: LabeledEnum | None = None
    share: int = 50
    count_words: str = "100,000"  # the counts as the reason says them
    floor_words: str = "25,000"


@dataclass(frozen=True)
class StateLaw:
    """One state's comprehensive privacy law, as far as deciding and citing it goes."""

    law: Law
    region: Region
    state: str  # "Utah"
    short: str  # the law's short name in reasons: "UCPA"
    notice: str  # where the law lists what its privacy notice must say
    scope: str  # where it says whom it covers
    in_force: dt.date
    volume: Volume | None = None
    nonprofits_covered: bool = False
    # Outside the law: a small business by the US Small Business Administration's standards.
    small_business_exempt: bool = False
    # Only businesses with yearly revenue of USD 25 million or more (Utah, Tennessee).
    revenue_floor: bool = False
    # Whatever the count, the law comes in with sensitive data or any sale (Connecticut).
    sensitive_or_sale: bool = False
    # The count leaves out people whose data is used only to complete a payment.
    payments_excluded: bool = False

    @property
    def residents(self) -> str:
        return f"{self.state} residents"


_MOST = {"enough": ConsumerCount.OVER_100K, "floor": ConsumerCount.FROM_25K}

STATE_LAWS: tuple[StateLaw, ...] = (
    StateLaw(
        Law.VA_CDPA,
        Region.VIRGINIA,
        "Virginia",
        "VCDPA",
        notice="Va. Code §59.1-578(C)",
        scope="Va. Code §59.1-576",
        in_force=dt.date(2023, 1, 1),
        volume=Volume("va_consumers", **_MOST, share=50),
    ),
    StateLaw(
        Law.CO_CPA,
        Region.COLORADO,
        "Colorado",
        "CPA",
        notice="C.R.S. §6-1-1308(1)(a)",
        scope="C.R.S. §6-1-1304",
        in_force=dt.date(2023, 7, 1),
        volume=Volume("co_consumers", **_MOST, share=0),
        nonprofits_covered=True,
    ),
    StateLaw(
        Law.CT_DPA,
        Region.CONNECTICUT,
        "Connecticut",
        "CTDPA",
        notice="Conn. Gen. Stat. §42-520(c)",
        scope="Conn. Gen. Stat. §42-516",
        in_force=dt.date(2023, 7, 1),
        volume=Volume("ct_consumers", CtConsumerCount.OVER_35K, count_words="35,000"),
        sensitive_or_sale=True,
        payments_excluded=True,
    ),
    StateLaw(
        Law.TX_DPSA,
        Region.TEXAS,
        "Texas",
        "TDPSA",
        notice="Tex. Bus. & Com. Code §541.102(a)",
        scope="Tex. Bus. & Com. Code §541.002",
        in_force=dt.date(2024, 7, 1),
        small_business_exempt=True,
    ),
    StateLaw(
        Law.OR_CPA,
        Region.OREGON,
        "Oregon",
        "OCPA",
        notice="ORS 646A.578(4)",
        scope="ORS 646A.572",
        in_force=dt.date(2024, 7, 1),
        volume=Volume("or_consumers", **_MOST, share=25),
        nonprofits_covered=True,
        payments_excluded=True,
    ),
    StateLaw(
        Law.IN_CDPA,
        Region.INDIANA,
        "Indiana",
        "Indiana CDPA",
        notice="Ind. Code §24-15-4-3",
        scope="Ind. Code §24-15-1-1",
        in_force=dt.date(2026, 1, 1),
        volume=Volume("in_consumers", **_MOST, share=50),
    ),
    StateLaw(
        Law.IA_CDPA,
        Region.IOWA,
        "Iowa",
        "Iowa CDPA",
        notice="Iowa Code §715D.4(5)",
        scope="Iowa Code §715D.2",
        in_force=dt.date(2025, 1, 1),
        volume=Volume("ia_consumers", **_MOST, share=50),
    ),
    StateLaw(
        Law.KY_CDPA,
        Region.KENTUCKY,
        "Kentucky",
        "KCDPA",
        notice="KRS 367.3617(3)",
        scope="KRS 367.3613",
        in_force=dt.date(2026, 1, 1),
        volume=Volume("ky_consumers", **_MOST, share=50),
    ),
    StateLaw(
        Law.TN_IPA,
        Region.TENNESSEE,
        "Tennessee",
        "TIPA",
        notice="Tenn. Code Ann. §47-18-3305",
        scope="Tenn. Code Ann. §47-18-3303",
        in_force=dt.date(2025, 7, 1),
        volume=Volume(
            "tn_consumers",
            TnConsumerCount.OVER_175K,
            TnConsumerCount.FROM_25K,
            share=50,
            count_words="175,000",
        ),
        revenue_floor=True,
    ),
    StateLaw(
        Law.UT_CPA,
        Region.UTAH,
        "Utah",
        "UCPA",
        notice="Utah Code §13-61-302(1)",
        scope="Utah Code §13-61-102",
        in_force=dt.date(2023, 12, 31),
        volume=Volume("ut_consumers", **_MOST, share=50),
        revenue_floor=True,
    ),
)
US_STATE_LAWS: dict[Law, StateLaw] = {s.law: s for s in STATE_LAWS}
# Where each state law lists what its privacy notice must say: cited by the checks' rules and
# by the policy's US-state section for the wording it writes (provenance).
US_NOTICE_CITATIONS: dict[Law, str] = {s.law: s.notice for s in STATE_LAWS}
# Laws whose definition of a covered business leaves non-profits out (Va. Code §59.1-576(C),
# Conn. Gen. Stat. §42-517(a), Tex. Bus. & Com. Code §541.002(b), and most later laws).
NONPROFITS_EXEMPT = frozenset(s.law for s in STATE_LAWS if not s.nonprofits_covered)
# Laws that leave out small businesses by the SBA's standards (Texas, Minnesota, Nebraska).
SMALL_BUSINESSES_EXEMPT = frozenset(s.law for s in STATE_LAWS if s.small_business_exempt)

# Sensitive data common to the state laws (racial or ethnic origin, religious beliefs, health,
# sex life or sexual orientation, genetic and biometric data, precise geolocation) among our
# data kinds; data about a known child is sensitive too. Each state adds a few of its own
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


def not_yet_in_force(law: Law, on: dt.date) -> dt.date | None:
    """The date a state law takes effect, if that is after ``on`` (the policy's date)."""
    state = US_STATE_LAWS.get(law)
    if state is None or state.in_force <= on:
        return None
    return state.in_force


_SHARE_WORDS = {0: "revenue or discounts", 25: "more than 25% of your revenue"}


def _share_words(share: int) -> str:
    if share == 50:
        return "more than half of your revenue"
    return _SHARE_WORDS.get(share, f"more than {share}% of your revenue")


def _makes_share(share: int, revenue: SellingRevenue) -> bool:
    """Whether the answered share of revenue from selling passes ``share`` per cent."""
    if share == 0:
        return revenue is not SellingRevenue.NONE
    if share == 50:
        return revenue is SellingRevenue.OVER_50
    return revenue in (SellingRevenue.FROM_25_TO_50, SellingRevenue.OVER_50)


Decision = tuple[bool, str, tuple[str, ...]]


def state_law_decision(law: Law, project: Project) -> Decision:
    """Whether a US state law applies, why, and the unanswered questions that would decide it.

    The last item names fields of ``Jurisdictions`` (or ``Disclosures`` for Connecticut's
    selling test); it is empty when the answers given are enough.
    """
    j: Jurisdictions = project.jurisdictions
    s = US_STATE_LAWS[law]
    state = s.state
    if s.region not in j.regions:
        return False, f"You do not serve {state}.", ()
    if not s.nonprofits_covered and j.is_nonprofit:
        return False, f"Non-profits are outside the {s.short}.", ()
    unsure = f"Not enough answers: you serve {state}; "
    if s.small_business_exempt:
        small = j.tx_sba_small_business
        if small:
            return (
                False,
                f"Small businesses (by the SBA's rules) are outside the {s.short}, but must "
                "still get consent before selling sensitive data.",
                (),
            )
        if small is None:
            return (
                False,
                unsure + "say whether you are a small business by the SBA's rules.",
                ("tx_sba_small_business",),
            )
        if s.volume is None:
            return True, f"You serve {state} and are not a small business by the SBA's rules.", ()
    if s.revenue_floor:
        if j.us_revenue_over_25m is False:
            return (
                False,
                f"The {s.short} covers only businesses with yearly revenue of USD 25 million or "
                "more.",
                (),
            )
        if j.us_revenue_over_25m is None:
            return (
                False,
                unsure + "say whether your yearly revenue is USD 25 million or more.",
                ("us_revenue_over_25m",),
            )
    assert s.volume is not None
    return _volume_decision(s, s.volume, project)


def _volume_decision(s: StateLaw, v: Volume, project: Project) -> Decision:
    j = project.jurisdictions
    state, people = s.state, s.residents
    unsure = f"Not enough answers: you serve {state}; "
    count = getattr(j, v.field)
    if count is v.enough:
        return (
            True,
            f"You serve {state} and handle the data of {v.count_words} or more {people}.",
            (),
        )
    if s.sensitive_or_sale:
        return _sensitive_or_sale_decision(s, v, project, count)
    if count is None:
        return False, unsure + f"say how many {people}' data you handle a year.", (v.field,)
    if count is not v.floor:
        return False, f"You serve {state} but handle fewer than {v.floor_words} {people}' data.", ()
    revenue = j.us_selling_revenue
    if revenue is None:
        return (
            False,
            unsure + "say how much of your revenue comes from selling personal data.",
            ("us_selling_revenue",),
        )
    share = _share_words(v.share)
    if _makes_share(v.share, revenue):
        return (
            True,
            f"You serve {state}, handle {v.floor_words} or more {people}' data and make {share} "
            "from selling personal data.",
            (),
        )
    return (
        False,
        f"You serve {state} and handle {v.floor_words} to {_below(v.count_words)} {people}' data, "
        f"but do not make {share} from selling personal data.",
        (),
    )


def _below(count_words: str) -> str:
    """ "100,000" → "99,999": the top of the band below a count."""
    return f"{int(count_words.replace(',', '')) - 1:,}"


def _sensitive_or_sale_decision(
    s: StateLaw, v: Volume, project: Project, count: LabeledEnum | None
) -> Decision:
    state, people = s.state, s.residents
    if processes_us_sensitive_data(project):
        return True, f"You serve {state} and process sensitive data.", ()
    sells = project.disclosures.sells_personal_information
    if sells:
        return True, f"You serve {state} and sell personal data.", ()
    missing = tuple(
        name
        for name, value in ((v.field, count), ("sells_personal_information", sells))
        if value is None
    )
    if missing:
        reason = (
            f"Not enough answers: you serve {state}; say how many residents' data you handle, "
            "and whether you sell personal data."
        )
        return False, reason, missing
    return (
        False,
        f"You serve {state}, but handle fewer than {v.count_words} {people}' data, no sensitive "
        "data, and sell none.",
        (),
    )
