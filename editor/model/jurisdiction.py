"""Where the business's customers are, and which privacy laws that brings in."""

from __future__ import annotations

from pydantic import Field

from editor.model.base import LabeledEnum, Model


class Region(LabeledEnum):
    EU_EEA = "eu_eea", "European Union / EEA"
    UK = "uk", "United Kingdom"
    SWITZERLAND = "switzerland", "Switzerland"
    CALIFORNIA = "california", "California"
    VIRGINIA = "virginia", "Virginia"
    COLORADO = "colorado", "Colorado"
    CONNECTICUT = "connecticut", "Connecticut"
    TEXAS = "texas", "Texas"
    OREGON = "oregon", "Oregon"
    INDIANA = "indiana", "Indiana"
    IOWA = "iowa", "Iowa"
    KENTUCKY = "kentucky", "Kentucky"
    TENNESSEE = "tennessee", "Tennessee"
    UTAH = "utah", "Utah"
    OTHER_US_STATES = "other_us_states", "Other US states"
    CANADA = "canada", "Canada"
    BRAZIL = "brazil", "Brazil"
    AUSTRALIA = "australia", "Australia"
    OTHER = "other", "Elsewhere"


class Law(LabeledEnum):
    GDPR = "gdpr", "EU GDPR"
    UK_GDPR = "uk_gdpr", "UK GDPR"
    CCPA = "ccpa", "California CCPA/CPRA"
    CALOPPA = "caloppa", "California Online Privacy Protection Act"
    COPPA = "coppa", "US Children's Online Privacy Protection Act"
    VA_CDPA = "va_cdpa", "Virginia Consumer Data Protection Act"
    CO_CPA = "co_cpa", "Colorado Privacy Act"
    CT_DPA = "ct_dpa", "Connecticut Data Privacy Act"
    TX_DPSA = "tx_dpsa", "Texas Data Privacy and Security Act"
    OR_CPA = "or_cpa", "Oregon Consumer Privacy Act"
    IN_CDPA = "in_cdpa", "Indiana Consumer Data Protection Act"
    IA_CDPA = "ia_cdpa", "Iowa Consumer Data Protection Act"
    KY_CDPA = "ky_cdpa", "Kentucky Consumer Data Protection Act"
    TN_IPA = "tn_ipa", "Tennessee Information Protection Act"
    UT_CPA = "ut_cpa", "Utah Consumer Privacy Act"
    LGPD = "lgpd", "Brazil LGPD"
    PIPEDA = "pipeda", "Canada PIPEDA"
    AU_PRIVACY = "au_privacy", "Australia Privacy Act (APPs)"
    QUEBEC = "quebec", "Québec private sector Act (Law 25)"
    CH_FADP = "ch_fadp", "Swiss Federal Act on Data Protection (FADP)"


class ConsumerCount(LabeledEnum):
    """How many of one state's residents' personal data the business handles in a year.

    The bands follow the thresholds of most state laws (25,000 and 100,000): Virginia, Colorado,
    Oregon, Indiana, Iowa, Kentucky and Utah.
    """

    UNDER_25K = "under_25k", "Fewer than 25,000"
    FROM_25K = "25k_to_100k", "Between 25,000 and 99,999"
    OVER_100K = "100k_or_more", "At least 100,000"


class CtConsumerCount(LabeledEnum):
    """Connecticut residents whose data the business handles in a year (since 1 July 2026 the
    CTDPA's volume threshold is 35,000, not counting data used only to complete a payment)."""

    UNDER_35K = "under_35k", "Fewer than 35,000"
    OVER_35K = "35k_or_more", "At least 35,000"


class TnConsumerCount(LabeledEnum):
    """Tennessee residents whose data the business handles in a year (Tenn. Code Ann.
    §47-18-3303: 175,000, or 25,000 with more than half of revenue from selling it)."""

    UNDER_25K = "under_25k", "Fewer than 25,000"
    FROM_25K = "25k_to_175k", "Between 25,000 and 174,999"
    OVER_175K = "175k_or_more", "At least 175,000"


class SellingRevenue(LabeledEnum):
    """The share of gross revenue that comes from selling personal data."""

    NONE = "none", "None: no money or discounts from selling personal data"
    UNDER_25 = "under_25", "Some, but less than 25%"
    FROM_25_TO_50 = "25_to_50", "Between 25% and 50%"
    OVER_50 = "over_50", "More than 50%"


class Jurisdictions(Model):
    regions: list[Region] = Field(default_factory=list)
    # CCPA thresholds (Civ. Code §1798.140(d)(1)); any one makes a for-profit business covered.
    ccpa_revenue_over_threshold: bool | None = None
    ccpa_100k_consumers: bool | None = None
    ccpa_half_revenue_from_selling: bool | None = None
    # 11 CCR §7102: 10 million or more Californians' data a year means publishing request metrics.
    ccpa_10m_consumers: bool | None = None
    is_nonprofit: bool | None = None
    # Australia's small-business exemption: under AUD 3 million turnover is usually exempt.
    au_turnover_over_3m: bool | None = None
    # US state laws (Virginia, Colorado, Connecticut, Oregon): how many of the state's residents'
    # personal data the business controls or processes in a calendar year.
    va_consumers: ConsumerCount | None = None
    co_consumers: ConsumerCount | None = None
    ct_consumers: CtConsumerCount | None = None
    or_consumers: ConsumerCount | None = None
    in_consumers: ConsumerCount | None = None
    ia_consumers: ConsumerCount | None = None
    ky_consumers: ConsumerCount | None = None
    tn_consumers: TnConsumerCount | None = None
    ut_consumers: ConsumerCount | None = None
    # How much of the business's gross revenue comes from selling personal data (VA > 50%,
    # OR >= 25%, CO any revenue or discount; each with 25,000 consumers or more).
    us_selling_revenue: SellingRevenue | None = None
    # Utah and Tennessee cover only businesses with yearly revenue of USD 25 million or more.
    us_revenue_over_25m: bool | None = None
    # Texas: a small business as the US Small Business Administration defines it is outside the
    # TDPSA, except that it may not sell sensitive data without consent (§541.107).
    tx_sba_small_business: bool | None = None
    # Québec's private sector Act (as amended by Law 25) covers businesses that serve people in
    # Québec; asked while Canada is ticked, since "Canada" alone does not say whether it does.
    serves_quebec: bool | None = None
    # The user's own decision, which wins over the questions above.
    law_overrides: dict[Law, bool] = Field(default_factory=dict)
