"""A project that answers everything every law asks, and a way to change one answer."""

from __future__ import annotations

import datetime as dt
from typing import Any

from editor.model import Project
from editor.model.fieldpath import parse_path, set_value

TODAY = dt.date(2026, 10, 1)

COMPLETE: dict[str, Any] = {
    "policy": {"effective_date": "2026-09-01", "last_updated": "2026-09-01"},
    "organisation": {
        "kind": "company",
        "legal_name": "Example Trading Limited",
        "trading_name": "Example",
        "address": {
            "street": "1 Main Street",
            "locality": "Dublin",
            "postal_code": "D01 X2Y3",
            "country": "IE",
        },
        "country": "IE",
        "has_dpo": True,
        "dpo": {"name": "Dana Ortiz", "email": "dpo@brightlane.ie"},
        "has_eu_representative": False,
        "has_uk_representative": True,
        "uk_representative": {"name": "UK Rep Ltd", "email": "rep@example.co.uk"},
    },
    "contact": {
        "email": "privacy@brightlane.ie",
        "phone": "+353 1 555 0100",
        "contact_name": "Dana Ortiz, privacy lead",
    },
    "scope": {
        "properties": [
            {
                "id": "site",
                "kind": "website",
                "name": "brightlane.ie",
                "url": "https://brightlane.ie",
            },
            {"id": "shop", "kind": "premises", "name": "Our shop"},
        ]
    },
    "jurisdictions": {
        "regions": ["eu_eea", "uk", "california", "canada", "brazil", "australia"],
        "ccpa_revenue_over_threshold": True,
        "ccpa_100k_consumers": False,
        "ccpa_half_revenue_from_selling": False,
        "au_turnover_over_3m": True,
        "serves_quebec": True,
    },
    "data_categories": [
        {
            "id": "contact",
            "name": "Contact details",
            "kind": "contact",
            "subjects": ["customers", "children"],
            "sources": ["from_you"],
            "purpose_ids": ["service", "newsletter"],
            "requirement": "needed_for_contract",
            "if_not_provided": "we cannot take your order",
            "retention": {"rule": "period", "period": {"amount": 2, "unit": "years"}},
            "sold_or_shared": False,
        },
        {
            "id": "orders",
            "name": "Orders from our partners",
            "kind": "transactions",
            "subjects": ["customers"],
            "sources": ["third_parties"],
            "source_details": "our delivery partner",
            "purpose_ids": ["improve", "tax"],
            "requirement": "optional",
            "retention": {"rule": "legal_requirement", "law": "tax law: 6 years"},
            "sold_or_shared": False,
        },
    ],
    "purposes": [
        {"id": "service", "name": "Provide the service", "lawful_basis": "contract"},
        {
            "id": "improve",
            "name": "Improve our service",
            "lawful_basis": "legitimate_interests",
            "legitimate_interest": "making the service better",
            "balancing_test": True,
        },
        {
            "id": "newsletter",
            "name": "Send our newsletter",
            "lawful_basis": "consent",
            "withdraw_consent_how": "click unsubscribe in any newsletter",
            "direct_marketing": True,
        },
        {
            "id": "tax",
            "name": "Keep our accounts",
            "lawful_basis": "legal_obligation",
            "legal_obligation": "tax law",
        },
    ],
    "cookies": {
        "uses_cookies": True,
        "cookies": [
            {
                "name": "_stats",
                "provider": "Example",
                "party": "first_party",
                "category": "analytics",
                "purpose": "Counts visits",
                "lifetime": {"kind": "period", "period": {"amount": 13, "unit": "months"}},
            }
        ],
        "consent": "banner_opt_in",
    },
    "recipients": [
        {
            "id": "host",
            "name": "Hosting Co",
            "kind": "hosting",
            "role": "processor",
            "purpose": "hosts our website",
            "data_category_ids": ["contact"],
            "country": "DE",
            "transfer_safeguard": "not_needed",
        },
        {
            "id": "desk",
            "name": "Support Desk",
            "kind": "support",
            "role": "processor",
            "purpose": "runs our help desk",
            "data_category_ids": ["contact"],
            "country": "US",
            "transfer_safeguard": "bcr",
        },
    ],
    "disclosures": {
        "legal_requests": True,
        "business_transfer": True,
        "buyer_keeps_policy": True,
        "with_consent": True,
        "group_companies": False,
        "sells_personal_information": False,
        "shares_for_targeted_ads": False,
        "uses_sensitive_beyond_permitted": False,
        "sells_data_of_under_16s": False,
        "trains_language_models": False,
    },
    "data_location": {
        "storage_countries": ["DE"],
        "hosting_description": "on servers in Germany",
        "safeguard_copy": "Email us for a copy.",
    },
    "visibility": {"has_public_information": False},
    "security": {"measures": ["encryption_in_transit"]},
    "rights": {
        "request_methods": ["email", "toll_free_phone"],
        "how_to_exercise": "Email us or call us free.",
        "verification": "We reply to the email address we know.",
        "authorised_agents": True,
        "request_fee": "free_unless_excessive",
        "complaints_to_us": "Tell us first; we answer within 30 days.",
        "appeal_process": "Reply to our answer; someone else reviews it within 45 days.",
        "complaint_authority_name": "Data Protection Commission",
    },
    "children": {
        "directed_to_children": True,
        "collects_from_children": True,
        "parental_consent_method": "a parent confirms by email and card check",
        "parent_rights_how": "a parent emails us to see, delete or stop the use of the data",
        "uses_persistent_identifiers_for_internal_operations": True,
        "internal_operations": "keeping players signed in and fixing crashes",
        "persistent_identifier_limits": "no advertising code runs in our app",
        "collects_audio_files": False,
    },
    "tracking": {"do_not_track": "honoured", "honours_gpc": True, "third_party_tracking": False},
    "automated_decisions": {"used": False},
    "changes": {
        "update_triggers": ["services_change", "law_changes", "yearly_review"],
        "notify_methods": ["email"],
        "tell_before_new_purpose": True,
    },
    "apps": {
        "permissions": [
            {"permission": "Camera", "reason": "to scan receipts", "when_granted": "when_needed"}
        ]
    },
}


def complete_project() -> Project:
    """A fresh project that every rule of every law is satisfied with."""
    return Project.model_validate(COMPLETE)


def changed(project: Project, changes: dict[str, Any]) -> Project:
    """The project with each ``path: value`` applied (values are validated by the model)."""
    for path, value in changes.items():
        set_value(project, parse_path(path), value)
    return project
