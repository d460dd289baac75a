"""Every rule both ways: it fires on a project that lacks the thing, and is silent when it is there.

Each case names a rule, the answers that make a complete project lack the thing ("bad"), and,
for rules that only ask something once an earlier answer is given, the answers that give it
("good"; without it the complete project itself is the good one).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from editor.checks import RULES, run_checks
from editor.model import Law, Project
from editor.model.applicability import US_STATE_LAWS
from tests.checks.complete_project import TODAY, changed, complete_project
from tests.checks.country_law_cases import COUNTRY_LAW_CASES

ALL_LAWS = list(Law)
NO_RIGHTS_ROUTE = {"rights.request_methods": [], "rights.how_to_exercise": ""}
IN_THE_US = {"organisation.country": "US", "organisation.address.country": "US"}
IN_THE_UK = {"organisation.country": "GB", "organisation.address.country": "GB"}
ONLINE_ONLY = {"scope.properties": [{"kind": "website", "name": "example.com"}]}
EU_REP = {
    "organisation.has_eu_representative": True,
    "organisation.eu_representative": {"name": "EU Rep BV", "email": "rep@example.eu"},
}

THIRD_PARTY = {"recipients[1].role": "controller"}
SELLS = {
    "disclosures.sells_personal_information": True,
    "disclosures.do_not_sell_url": "https://x.io",
}
WEB_FORM = {"contact.web_form_url": "https://example.com/privacy-form"}
AUTHORISED = "authorised_by_law"
EXPLICIT_CONSENT = {"data_categories[1].special_condition": "explicit_consent"}
TWO_YEARS = {"data_categories[0].retention.period": {"amount": 2, "unit": "years"}}
AFTER_LEAVING = {"data_categories[0].retention.event": "you leave"}

Case = tuple[str, dict[str, Any], dict[str, Any]]
CASES: list[Case] = [
    # what the reader would not be told (editor/checks/untold.py)
    ("general.recipient-role", {"recipients[0].role": None}, {}),
    ("general.recipient-role", {"recipients[0].role": "not_sure"}, {}),
    (
        "general.recipients-answered",
        {"recipients": []},
        {"recipients": [], "disclosures.discloses_to_others": False},
    ),
    ("general.buyer-keeps-policy", {"disclosures.buyer_keeps_policy": None}, {}),
    ("gdpr.new-purpose", {"changes.tell_before_new_purpose": None}, {}),
    ("gdpr.new-purpose", {"changes.tell_before_new_purpose": False}, {}),
    ("general.request-fee", {"rights.request_fee": None}, {}),
    ("gdpr.free-requests", {"rights.request_fee": "fee"}, {}),
    ("gdpr.balancing-test", {"purposes[1].balancing_test": None}, {}),
    ("gdpr.balancing-test", {"purposes[1].balancing_test": False}, {}),
    ("gdpr.direct-marketing", {"purposes[2].direct_marketing": None}, {}),
    ("general.policy-updates", {"changes.update_triggers": []}, {}),
    ("general.permission-grant", {"apps.permissions[0].when_granted": None}, {}),
    # general
    (
        "general.organisation-name",
        {"organisation.legal_name": "", "organisation.trading_name": ""},
        {},
    ),
    ("general.contact", {"contact.email": "", "contact.phone": ""}, {}),
    ("general.effective-date", {"policy.effective_date": None}, {}),
    ("general.data-categories", {"data_categories": []}, {}),
    ("general.category-name", {"data_categories[0].name": "", "data_categories[0].kind": None}, {}),
    ("general.category-purpose", {"data_categories[0].purpose_ids": ["gone"]}, {}),
    ("general.category-retention", {"data_categories[0].retention.rule": None}, {}),
    ("general.category-retention", {"data_categories[0].retention.rule": "until_event"}, {}),
    (
        "general.category-retention",
        {"data_categories[0].retention.rule": "period_after_event"} | TWO_YEARS,
        {"data_categories[0].retention.rule": "period_after_event"} | TWO_YEARS | AFTER_LEAVING,
    ),
    ("general.retention-indefinite", {"data_categories[1].retention.rule": "indefinitely"}, {}),
    ("general.purpose-name", {"purposes[0].name": ""}, {}),
    ("general.cookies-answered", {"cookies.uses_cookies": None, "cookies.cookies": []}, {}),
    ("general.cookies-listed", {"cookies.cookies": []}, {}),
    ("general.cookie-purpose", {"cookies.cookies[0].purpose": ""}, {}),
    ("general.cookie-purpose", {"cookies.category_uses": [{"category": "functional"}]}, {}),
    ("general.cookie-category", {"cookies.cookies[0].category": None}, {}),
    ("general.cookie-lifetime", {"cookies.cookies[0].lifetime.kind": None}, {}),
    ("general.recipient-name", {"recipients[0].name": ""}, {}),
    ("general.format", {"organisation.website": "brightlane dot ie"}, {}),
    # a template's blanks and contact routes the policy cannot print (editor/checks/leftovers.py)
    ("general.placeholder", {"organisation.legal_name": "[STORE_NAME]"}, {}),
    ("general.placeholder", {"contact.notes": "Write to us in {Provider_City}."}, {}),
    ("general.placeholder", {"organisation.description": "TODO"}, {}),
    ("general.placeholder", {"organisation.description": "Lorem ipsum dolor sit amet."}, {}),
    ("general.placeholder", {"contact.email": "privacy@example.com"}, {}),
    ("general.placeholder", {"recipients[0].policy_url": "https://shop.example.org/privacy"}, {}),
    ("general.contact-unprintable", {"contact.email": "privacy at example"}, {}),
    ("general.contact-unprintable", {"contact.web_form_url": "our website"}, {}),
    ("general.contact-unprintable", {"organisation.dpo.email": "dana(at)brightlane"}, {}),
    ("general.broken-reference", {"recipients[0].data_category_ids": ["gone"]}, {}),
    ("general.scope", {"scope.properties": []}, {}),
    ("general.jurisdictions", {"jurisdictions.regions": []}, {}),
    ("general.ccpa-thresholds", {"jurisdictions.ccpa_revenue_over_threshold": None}, {}),
    (
        "general.au-turnover",
        {"jurisdictions.regions": ["australia"], "jurisdictions.au_turnover_over_3m": None},
        {"jurisdictions.regions": ["australia"], "jurisdictions.au_turnover_over_3m": False},
    ),
    ("general.children-answered", {"children.directed_to_children": None}, {}),
    ("general.security", {"security.measures": []}, {}),
    (
        "general.plain-language",
        {
            "data_location.hosting_description": (
                "Notwithstanding the foregoing, the controller may process personal information "
                "for additional purposes compatible with the original purposes, provided that "
                "appropriate safeguards are implemented in accordance with applicable legislation."
            )
        },
        {},
    ),
    # GDPR and UK GDPR
    ("gdpr.controller-identity", {"organisation.legal_name": ""}, {}),
    ("gdpr.dpo-contact", {"organisation.dpo.email": ""}, {}),
    ("gdpr.dpo-answered", {"organisation.has_dpo": None}, {}),
    ("gdpr.eu-representative-details", {"organisation.has_eu_representative": True}, {}),
    ("gdpr.eu-representative-needed", IN_THE_US, {**IN_THE_US, **EU_REP}),
    ("gdpr.lawful-basis-per-purpose", {"purposes[0].lawful_basis": None}, {}),
    ("gdpr.legitimate-interest-stated", {"purposes[1].legitimate_interest": ""}, {}),
    ("gdpr.legal-obligation-named", {"purposes[3].legal_obligation": ""}, {}),
    ("gdpr.consent-withdrawal", {"purposes[2].withdraw_consent_how": ""}, {}),
    (
        "gdpr.special-category-basis",
        {"data_categories[1].kind": "health", "data_categories[1].purpose_ids": []},
        {"data_categories[1].kind": "health"},
    ),
    (
        "gdpr.special-category-condition",
        {"data_categories[1].kind": "health"},
        {
            "data_categories[1].kind": "health",
            "data_categories[1].special_condition": "health_care",
        },
    ),
    (  # Art. 10's condition is not one of Art. 9(2)'s
        "gdpr.special-category-condition",
        {"data_categories[1].kind": "health", "data_categories[1].special_condition": AUTHORISED},
        {"data_categories[1].kind": "health"} | EXPLICIT_CONSENT,
    ),
    (
        "gdpr.criminal-offence-condition",
        {"data_categories[1].kind": "criminal"},
        {"data_categories[1].kind": "criminal", "data_categories[1].special_condition": AUTHORISED},
    ),
    ("gdpr.recipient-country", {"recipients[0].country": ""}, {}),
    ("gdpr.transfer-mechanism", {"recipients[1].transfer_safeguard": "unknown"}, {}),
    ("gdpr.transfer-mechanism", {"recipients[1].transfer_safeguard": "not_needed"}, {}),
    (
        "gdpr.transfer-mechanism",
        {"data_location.transfers": [{"country": "IN", "safeguard": "none"}]},
        {"data_location.transfers": [{"country": "IN", "safeguard": "scc"}]},
    ),
    ("gdpr.safeguard-copy", {"data_location.safeguard_copy": ""}, {}),
    ("gdpr.recipient-purpose", {"recipients[0].purpose": ""}, {}),
    (
        "gdpr.recipient-purpose",
        {"recipients[0].purpose": "", "recipients[0].purpose_ids": ["gone"]},
        {"recipients[0].purpose": "", "recipients[0].purpose_ids": ["service"]},
    ),
    ("gdpr.rights-route", NO_RIGHTS_ROUTE, {}),
    ("gdpr.complaint-authority", {"rights.complaint_authority_name": ""}, {}),
    ("gdpr.requirement", {"data_categories[0].requirement": None}, {}),
    ("gdpr.if-not-provided", {"data_categories[0].if_not_provided": ""}, {}),
    ("gdpr.automated-decisions", {"automated_decisions.used": None}, {}),
    (
        "gdpr.automated-decisions",
        {"automated_decisions.used": True},
        {
            "automated_decisions.used": True,
            "automated_decisions.logic": "a score from your order history",
            "automated_decisions.consequences": "you may be asked to pay in advance",
        },
    ),
    ("gdpr.source-of-data", {"data_categories[1].source_details": ""}, {}),
    (  # someone acting for the person (a parent, a referrer) is a source to name too
        "gdpr.source-of-data",
        {"data_categories[0].sources": ["on_their_behalf"]},
        {
            "data_categories[0].sources": ["on_their_behalf"],
            "data_categories[0].source_details": "the agency that refers you",
        },
    ),
    ("gdpr.cookie-consent", {"cookies.consent": "browser_settings"}, {}),
    ("gdpr.cookie-consent", {"cookies.consent": None}, {}),
    ("gdpr.cookie-consent", {"cookies.consent": "banner_notice"}, {}),
    (
        "gdpr.cookie-consent",
        {"cookies.consent": "not_needed"},
        {"cookies.consent": "not_needed", "cookies.cookies[0].category": "strictly_necessary"},
    ),
    (
        "gdpr.retention-criteria",
        {"data_categories[0].retention": {"rule": "as_long_as_needed"}},
        {"data_categories[0].retention": {"rule": "as_long_as_needed", "description": "x"}},
    ),
    ("uk_gdpr.uk-representative-details", {"organisation.uk_representative.name": ""}, {}),
    (
        "uk_gdpr.uk-representative-needed",
        {"organisation.has_uk_representative": False},
        {"organisation.has_uk_representative": False, **IN_THE_UK},
    ),
    ("uk_gdpr.complaints-to-controller", {"rights.complaints_to_us": ""}, {}),
    (
        "uk_gdpr.ico",
        IN_THE_UK,
        {**IN_THE_UK, "rights.complaint_authority_name": "Information Commissioner's Office"},
    ),
    ("uk_gdpr.dpf-uk-extension", {"recipients[1].transfer_safeguard": "dpf"}, {}),
    ("uk_gdpr.uk-addendum", {"recipients[1].transfer_safeguard": "scc"}, {}),
    # CCPA/CPRA
    ("ccpa.category-kind", {"data_categories[0].kind": None}, {}),
    ("ccpa.sources", {"data_categories[0].sources": []}, {}),
    ("ccpa.third-party-kind", {"recipients[0].kind": None}, {}),
    (
        "ccpa.disclosed-categories",
        {"recipients[0].data_category_ids": []},
        {"recipients[0].data_category_ids": [], "recipients[0].data_shared": "IP addresses"},
    ),
    ("ccpa.sold-or-shared", {"disclosures.sells_personal_information": None}, {}),
    ("ccpa.sold-or-shared", {"disclosures.shares_for_targeted_ads": None}, {}),
    (
        "ccpa.sold-or-shared-per-category",
        {"disclosures.shares_for_targeted_ads": True, "data_categories[1].sold_or_shared": None},
        {"disclosures.shares_for_targeted_ads": True},
    ),
    (
        "ccpa.do-not-sell-link",
        {"disclosures.sells_personal_information": True},
        {
            "disclosures.sells_personal_information": True,
            "disclosures.do_not_sell_url": "https://example.com/do-not-sell",
        },
    ),
    (
        "ccpa.sensitive-use",
        {
            "data_categories[0].kind": "location",
            "disclosures.uses_sensitive_beyond_permitted": None,
        },
        {"data_categories[0].kind": "location"},
    ),
    (
        "ccpa.limit-link",
        {"disclosures.uses_sensitive_beyond_permitted": True},
        {
            "disclosures.uses_sensitive_beyond_permitted": True,
            "disclosures.limit_use_url": "https://example.com/limit",
        },
    ),
    ("ccpa.request-methods", {"rights.request_methods": ["toll_free_phone"]}, {}),
    (
        "ccpa.request-methods",
        {**ONLINE_ONLY, "rights.request_methods": ["web_form"]},
        {**ONLINE_ONLY, "rights.request_methods": ["email"]},
    ),
    (
        "ccpa.toll-free-number",
        {"rights.request_methods": ["email", "web_form"]},
        {**ONLINE_ONLY, "rights.request_methods": ["email", "web_form"]},
    ),
    ("ccpa.rights-route", NO_RIGHTS_ROUTE, {}),
    ("ccpa.verification", {"rights.verification": ""}, {}),
    ("ccpa.opt-out-signals", {"tracking.honours_gpc": None}, {}),
    ("ccpa.authorised-agents", {"rights.authorised_agents": None}, {}),
    (
        "ccpa.under-16",
        {"disclosures.sells_data_of_under_16s": True},
        {"disclosures.sells_data_of_under_16s": True, "disclosures.under_16_opt_in": "a form"},
    ),
    (
        "ccpa.under-16",
        {
            "disclosures.sells_personal_information": True,
            "disclosures.sells_data_of_under_16s": None,
        },
        {"disclosures.sells_data_of_under_16s": None},
    ),
    ("ccpa.last-updated", {"policy.last_updated": None, "policy.effective_date": None}, {}),
    ("ccpa.yearly-update", {"policy.last_updated": dt.date(2025, 9, 1)}, {}),
    (
        "ccpa.metrics",
        {"jurisdictions.ccpa_10m_consumers": True},
        {
            "jurisdictions.ccpa_10m_consumers": True,
            "rights.request_metrics_url": "https://example.com/metrics",
        },
    ),
    (
        "ccpa.in-app-link",
        {"scope.properties[0].kind": "mobile_app"},
        {"scope.properties[0].kind": "web_app"},
    ),
    # CalOPPA
    ("caloppa.categories", {"data_categories": []}, {}),
    (
        "caloppa.third-parties",
        {
            "recipients": [],
            "disclosures.legal_requests": None,
            "disclosures.business_transfer": None,
            "disclosures.with_consent": None,
        },
        {"recipients": []},
    ),
    ("caloppa.review-process", NO_RIGHTS_ROUTE, {}),
    ("caloppa.change-notice", {"changes.notify_methods": []}, {}),
    ("caloppa.effective-date", {"policy.effective_date": None}, {}),
    ("caloppa.do-not-track", {"tracking.do_not_track": None}, {}),
    ("caloppa.third-party-tracking", {"tracking.third_party_tracking": None}, {}),
    # COPPA
    ("coppa.operator-contact", {"contact.phone": ""}, {}),
    ("coppa.operator-contact", {"contact.email": "", "contact.web_form_url": "https://x.io"}, {}),
    ("coppa.operator-contact", {"organisation.address": {}}, {}),
    ("coppa.children-data", {"data_categories[0].subjects": ["customers"]}, {}),
    ("coppa.public-disclosure", {"visibility.has_public_information": None}, {}),
    ("coppa.third-parties", {"recipients[0].purpose": ""}, {}),
    ("coppa.retention", {"data_categories[0].retention.rule": "indefinitely"}, {}),
    ("coppa.retention", {"data_categories[0].retention.rule": None}, {}),
    (
        "coppa.persistent-identifiers",
        {"children.uses_persistent_identifiers_for_internal_operations": None},
        {"children.uses_persistent_identifiers_for_internal_operations": False},
    ),
    ("coppa.persistent-identifiers", {"children.internal_operations": ""}, {}),
    ("coppa.persistent-identifiers", {"children.persistent_identifier_limits": ""}, {}),
    ("coppa.audio-files", {"children.collects_audio_files": None}, {}),
    (
        "coppa.audio-files",
        {"children.collects_audio_files": True},
        {"children.collects_audio_files": True, "children.audio_files_use": "to search"},
    ),
    ("coppa.parental-rights", {"children.parent_rights_how": ""}, {}),
    ("coppa.parental-consent", {"children.parental_consent_method": ""}, {}),
    # LGPD
    ("lgpd.controller-identity", {"organisation.legal_name": ""}, {}),
    ("lgpd.shared-use", {"recipients[1].purpose": ""}, {}),
    ("lgpd.agent-roles", {"recipients[0].role": None}, {}),
    ("lgpd.agent-roles", {"recipients[0].role": "not_sure"}, {}),
    ("lgpd.rights-route", NO_RIGHTS_ROUTE, {}),
    ("lgpd.consent-revocation", {"purposes[2].withdraw_consent_how": ""}, {}),
    ("lgpd.condition-of-service", {"data_categories[1].requirement": None}, {}),
    ("lgpd.condition-of-service", {"data_categories[0].if_not_provided": ""}, {}),
    ("lgpd.encarregado", {"organisation.dpo.name": ""}, {}),
    ("lgpd.encarregado", {"organisation.dpo.email": ""}, {}),
    (
        "lgpd.automated-review",
        {"automated_decisions.used": True},
        {"automated_decisions.used": True, "automated_decisions.human_review": "email us"},
    ),
    ("lgpd.encarregado-answered", {"organisation.has_dpo": None}, {}),
    ("lgpd.encarregado-answered", {"organisation.has_dpo": None}, {"organisation.has_dpo": False}),
    # PIPEDA
    ("pipeda.accountable-person", {"contact.contact_name": ""}, {}),
    ("pipeda.address", {"organisation.address": {}}, {}),
    (
        "pipeda.address",
        {"contact.use_organisation_address": False},
        {"contact.use_organisation_address": False, "contact.postal_address": {"street": "x"}},
    ),
    ("pipeda.access", NO_RIGHTS_ROUTE, {}),
    ("pipeda.related-organisations", {"disclosures.group_companies": None}, {}),
    (
        "pipeda.related-organisations",
        {"disclosures.group_companies": True},
        {"disclosures.group_companies": True, "disclosures.group_details": "our subsidiary"},
    ),
    (
        "pipeda.third-party-purpose",
        {"recipients[1].purpose": ""},
        {"recipients[1].purpose": "", "recipients[1].purpose_ids": ["service"]},
    ),
    ("pipeda.complaints", {"rights.complaints_to_us": ""}, {}),
    ("pipeda.cross-border", {"recipients[1].country": ""}, {}),
    # Australia
    ("au_privacy.how-collected", {"data_categories[1].sources": []}, {}),
    (
        "au_privacy.how-held",
        {
            "data_location.hosting_description": "",
            "data_location.storage_countries": [],
            "security.measures": [],
        },
        {"data_location.hosting_description": "", "data_location.storage_countries": []},
    ),
    ("au_privacy.access-correction", NO_RIGHTS_ROUTE, {}),
    ("au_privacy.complaints", {"rights.complaints_to_us": ""}, {}),
    ("au_privacy.overseas", {"recipients[0].country": ""}, {}),
    ("au_privacy.up-to-date", {"policy.last_updated": dt.date(2025, 9, 1)}, {}),
    ("au_privacy.up-to-date", {"policy.last_updated": None, "policy.effective_date": None}, {}),
    (
        "au_privacy.up-to-date",
        {"policy.last_updated": None, "policy.effective_date": dt.date(2025, 9, 30)},
        {"policy.last_updated": None, "policy.effective_date": dt.date(2025, 10, 1)},
    ),
    # US state laws: the same notice items, one rule per law
    *[
        case
        for law in US_STATE_LAWS
        for case in (
            (f"{law}.categories", {"data_categories": []}, {}),
            (f"{law}.purposes", {"data_categories[0].purpose_ids": ["gone"]}, {}),
            (f"{law}.rights-route", NO_RIGHTS_ROUTE, {}),
            (
                f"{law}.shared-categories",
                {**THIRD_PARTY, "recipients[1].data_category_ids": []},
                {**THIRD_PARTY, "recipients[1].data_shared": "your name"},
            ),
            (
                f"{law}.shared-categories",
                {"recipients[1].role": None, "recipients[1].data_category_ids": []},
                {"recipients[1].data_category_ids": []},  # a processor is not a third party
            ),
            (f"{law}.third-party-kind", {**THIRD_PARTY, "recipients[1].kind": None}, {}),
            (f"{law}.sale-and-ads", {"disclosures.sells_personal_information": None}, {}),
            (f"{law}.sale-and-ads", {"disclosures.shares_for_targeted_ads": None}, {}),
        )
    ],
    *[
        (f"{law}.appeal", {"rights.appeal_process": ""}, {})
        for law in US_STATE_LAWS
        if law is not Law.UT_CPA  # Utah gives no right to appeal
    ],
    *[
        case
        for law in ("co_cpa", "ct_dpa", "tx_dpsa", "or_cpa")
        for case in (
            (
                f"{law}.opt-out-signals",
                {"disclosures.shares_for_targeted_ads": True, "tracking.honours_gpc": False},
                {"disclosures.shares_for_targeted_ads": True},
            ),
        )
    ],
    ("co_cpa.contact", {"contact.email": "", "contact.phone": ""}, {}),
    ("ct_dpa.online-contact", {"contact.email": ""}, {"contact.phone": ""}),
    ("or_cpa.online-contact", {"contact.email": ""}, {"contact.email": "", **WEB_FORM}),
    ("co_cpa.last-updated", {"policy.last_updated": None, "policy.effective_date": None}, {}),
    ("ct_dpa.last-updated", {"policy.last_updated": None, "policy.effective_date": None}, {}),
    ("tx_dpsa.request-methods", {"rights.request_methods": []}, {}),
    ("or_cpa.request-methods", {"rights.request_methods": []}, {}),
    ("in_cdpa.request-methods", {"rights.request_methods": []}, {}),
    ("ct_dpa.llm-training", {"disclosures.trains_language_models": None}, {}),
    ("or_cpa.identity", {"organisation.legal_name": ""}, {}),
    ("or_cpa.third-party-purpose", {**THIRD_PARTY, "recipients[1].purpose": ""}, {}),
    (
        "tx_dpsa.sensitive-sale-notice",
        {**SELLS, "data_categories[1].kind": "health"},
        {**SELLS, "data_categories[1].kind": "health", "disclosures.sells_sensitive_data": False},
    ),
    (
        "tx_dpsa.sensitive-sale-notice",
        {**SELLS, "data_categories[1].kind": "biometric", "disclosures.sells_sensitive_data": True},
        {
            **SELLS,
            "data_categories[1].kind": "biometric",
            "disclosures.sells_sensitive_data": True,
            "disclosures.sells_biometric_data": True,
        },
    ),
    (
        "general.us-state-thresholds",
        {"jurisdictions.regions": ["virginia"]},
        {"jurisdictions.regions": ["virginia"], "jurisdictions.va_consumers": "under_25k"},
    ),
    (
        "general.us-state-thresholds",
        {"jurisdictions.regions": ["oregon"], "jurisdictions.or_consumers": "25k_to_100k"},
        {
            "jurisdictions.regions": ["oregon"],
            "jurisdictions.or_consumers": "25k_to_100k",
            "jurisdictions.us_selling_revenue": "none",
        },
    ),
    (
        "general.us-state-thresholds",
        {"jurisdictions.regions": ["texas"]},
        {"jurisdictions.regions": ["texas"], "jurisdictions.law_overrides": {"tx_dpsa": True}},
    ),
    (
        "general.tx-small-business-sensitive-sale",
        {
            "jurisdictions.regions": ["texas"],
            "jurisdictions.tx_sba_small_business": True,
            "disclosures.sells_sensitive_data": True,
        },
        {
            "jurisdictions.regions": ["texas"],
            "jurisdictions.tx_sba_small_business": True,
            "disclosures.sells_sensitive_data": False,
        },
    ),
    *COUNTRY_LAW_CASES,
]


def _rule_ids(project: Project, rule_id: str) -> set[str]:
    # A general rule is checked with no law, where no law's rule replaces its finding.
    laws = () if not RULES[rule_id].laws else ALL_LAWS
    return {f.rule_id for f in run_checks(project, laws, today=TODAY)}


def test_the_complete_project_has_no_findings_under_any_law() -> None:
    findings = run_checks(complete_project(), ALL_LAWS, today=TODAY)
    assert [(f.rule_id, f.path_text) for f in findings] == []


@pytest.mark.parametrize(
    ("rule_id", "bad", "good"),
    CASES,
    ids=[f"{case[0]}-{n}" for n, case in enumerate(CASES)],
)
def test_rule_fires_when_missing_and_is_silent_when_given(
    rule_id: str, bad: dict[str, Any], good: dict[str, Any]
) -> None:
    assert rule_id in RULES
    assert rule_id in _rule_ids(changed(complete_project(), bad), rule_id)
    assert rule_id not in _rule_ids(changed(complete_project(), good), rule_id)


def test_every_rule_has_a_case() -> None:
    assert set(RULES) - {case[0] for case in CASES} == set()
