"""Where the business's customers are, and which privacy laws that brings in."""

from __future__ import annotations

from pydantic import Field

from editor.model.base import LabeledEnum, Model


class Region(LabeledEnum):
    EU_EEA = "eu_eea", "European Union / EEA"
    UK = "uk", "United Kingdom"
    SWITZERLAND = "switzerland", "Switzerland"
    CALIFORNIA = "california", "California"
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
    LGPD = "lgpd", "Brazil LGPD"
    PIPEDA = "pipeda", "Canada PIPEDA"
    AU_PRIVACY = "au_privacy", "Australia Privacy Act (APPs)"


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
    # The user's own decision, which wins over the questions above.
    law_overrides: dict[Law, bool] = Field(default_factory=dict)
