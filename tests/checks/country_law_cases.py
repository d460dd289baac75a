"""Both-ways cases for the country laws' rules (Switzerland, Québec, ...): each names a rule, the
answers that make the complete project lack the thing, and (where needed) those that give it.

Kept beside ``test_rules_both_ways.py``, which runs them with its own cases.
"""

from __future__ import annotations

from typing import Any

NO_RIGHTS_ROUTE = {"rights.request_methods": [], "rights.how_to_exercise": ""}
ANALYTICS_ON_NOTICE = {"cookies.consent": "banner_notice"}

COUNTRY_LAW_CASES: list[tuple[str, dict[str, Any], dict[str, Any]]] = [
    # Switzerland (FADP)
    ("ch_fadp.controller-identity", {"organisation.legal_name": ""}, {}),
    ("ch_fadp.recipient-country", {"recipients[1].country": ""}, {}),
    ("ch_fadp.transfer-guarantee", {"recipients[1].transfer_safeguard": "unknown"}, {}),
    (  # Switzerland finds the EEA adequate: nothing more to name for a German host
        "ch_fadp.transfer-guarantee",
        {"recipients[1].transfer_safeguard": "adequacy"},
        {"recipients[1].transfer_safeguard": "adequacy", "recipients[1].country": "FR"},
    ),
    ("ch_fadp.rights-route", NO_RIGHTS_ROUTE, {}),
    ("ch_fadp.automated-decisions", {"automated_decisions.used": None}, {}),
    # Québec (Law 25)
    ("quebec.person-in-charge", {"contact.contact_name": ""}, {}),
    ("quebec.means-of-collection", {"data_categories[0].sources": []}, {}),
    ("quebec.rights-route", NO_RIGHTS_ROUTE, {}),
    ("quebec.outside-quebec", {"recipients[0].country": ""}, {}),
    ("quebec.tracking-off-by-default", ANALYTICS_ON_NOTICE, {}),
    (
        "quebec.tracking-off-by-default",
        {"cookies.consent": "browser_settings"},
        {"cookies.consent": "browser_settings", "cookies.cookies[0].category": "functional"},
    ),
    ("quebec.automated-decisions", {"automated_decisions.used": None}, {}),
    ("general.quebec-answered", {"jurisdictions.serves_quebec": None}, {}),
    (  # a business with a Québec address is in Québec: nothing to ask
        "general.quebec-answered",
        {"jurisdictions.serves_quebec": None},
        {
            "jurisdictions.serves_quebec": None,
            "organisation.country": "CA",
            "organisation.address.country": "CA",
            "organisation.address.region": "QC",
        },
    ),
]
