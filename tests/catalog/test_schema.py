"""Every built-in entry is complete, consistent and honest about what is not known."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

import pytest
from pydantic import ValidationError

from editor.catalog.loader import GENERATED_FILE, Catalog, builtin_catalog_dir
from editor.catalog.schema import UNKNOWN, CatalogEntry, CookieFact, parse_host_pattern
from editor.model.cookies import LifetimeKind
from editor.model.recipients import ServiceKind, TransferSafeguard

# Every service the issue names, by catalog id.
NAMED_IN_ISSUE = [
    "google-analytics-4",
    "matomo-cloud",
    "plausible",
    "fathom",
    "hotjar",
    "microsoft-clarity",
    "mixpanel",
    "amplitude",
    "posthog",
    "google-tag-manager",
    "google-ads",
    "meta-pixel",
    "tiktok-pixel",
    "linkedin-insight-tag",
    "microsoft-advertising",
    "pinterest-tag",
    "x-pixel",
    "reddit-pixel",
    "snap-pixel",
    "youtube",
    "vimeo",
    "wistia",
    "instagram-embeds",
    "google-maps",
    "google-fonts",
    "google-recaptcha",
    "hcaptcha",
    "cloudflare",
    "stripe",
    "paypal",
    "square",
    "mollie",
    "klarna",
    "shopify",
    "woocommerce",
    "wix",
    "squarespace",
    "wordpress-com",
    "mailchimp",
    "klaviyo",
    "brevo",
    "constant-contact",
    "hubspot",
    "getresponse",
    "amazon-ses",
    "sendgrid",
    "postmark",
    "twilio",
    "aws",
    "google-cloud",
    "microsoft-azure",
    "netlify",
    "vercel",
    "hetzner",
    "ovhcloud",
    "oracle-cloud",
    "intercom",
    "zendesk",
    "crisp",
    "tawk-to",
    "livechat",
    "freshdesk",
    "typeform",
    "google-forms",
    "calendly",
    "disqus",
    "sentry",
    "azure-application-insights",
    "exceptionless",
    "cookiebot",
    "usercentrics",
]


def test_catalog_is_large_enough(catalog: Catalog) -> None:
    # Issue 17: the field's scale, with the Open Cookie Database's platforms.
    assert len(catalog) >= 300
    assert catalog.cookie_count >= 1500
    assert catalog.host_count >= 300


def test_every_service_named_in_the_issue_is_there(catalog: Catalog) -> None:
    missing = [service_id for service_id in NAMED_IN_ISSUE if service_id not in catalog]
    assert missing == []


def test_ids_are_unique_and_match_file_names(catalog: Catalog) -> None:
    ids = [e.id for e in catalog]
    assert len(ids) == len(set(ids))
    files = sorted(p.stem for p in (builtin_catalog_dir() / "services").glob("*.json"))
    generated = json.loads((builtin_catalog_dir() / GENERATED_FILE).read_text(encoding="utf-8"))
    assert sorted(files + [e["id"] for e in generated["services"]]) == sorted(ids)


def test_every_cookie_has_category_and_lifetime_filled_or_explicitly_unknown(
    catalog: Catalog,
) -> None:
    for entry in catalog:
        for cookie in entry.cookies:
            where = f"{entry.id}/{cookie.name}"
            assert cookie.category == UNKNOWN or cookie.cookie_category is not None, where
            if cookie.category == UNKNOWN:
                assert CookieFact.CATEGORY in cookie.uncertain, where
            assert cookie.lifetime.kind is not None, where
            assert cookie.lifetime.is_answered(), where
            if cookie.lifetime.kind is LifetimeKind.UNKNOWN:
                assert cookie.uncertain.get(CookieFact.LIFETIME), where
            assert cookie.purpose.strip(), where
            assert cookie.party == UNKNOWN or cookie.cookie_party is not None, where
            if cookie.party == UNKNOWN:
                assert cookie.uncertain.get(CookieFact.PARTY), where


def test_well_known_lifetimes(catalog: Catalog) -> None:
    def lifetime(service: str, name: str) -> tuple[int | None, str | None]:
        entry = catalog.get(service)
        assert entry is not None
        cookie = next(c for c in entry.cookies if c.name == name)
        period = cookie.lifetime.period
        return period.amount, period.unit.value if period.unit else None

    assert lifetime("google-analytics-4", "_ga") == (2, "years")
    assert lifetime("google-analytics-4", "_ga_*") == (2, "years")
    assert lifetime("google-analytics-4", "_gid") == (24, "hours")
    assert lifetime("meta-pixel", "_fbp") == (90, "days")


def test_urls_are_well_formed_http(catalog: Catalog) -> None:
    urls = [(e.id, u) for e in catalog for u in (e.privacy_url, e.opt_out_url) if u]
    urls += [(key, s.url) for key, s in catalog.info.sources.items() if s.url]
    assert len(urls) > 80
    for where, url in urls:
        parts = urlsplit(url)
        assert parts.scheme in ("http", "https"), where
        assert parts.hostname and "." in parts.hostname, where
        assert " " not in url, where


def test_hosts_are_well_formed_and_belong_to_one_service(catalog: Catalog) -> None:
    owners = Counter(pattern for entry in catalog for pattern in entry.hosts)
    assert [p for p, n in owners.items() if n > 1] == []
    for entry in catalog:
        for pattern in entry.hosts:
            rule = parse_host_pattern(pattern)
            assert rule.host is None or rule.host == rule.host.lower(), pattern
            assert "://" not in pattern


def test_unknown_facts_are_explained(catalog: Catalog) -> None:
    for entry in catalog:
        if entry.transfer_safeguard is TransferSafeguard.UNKNOWN:
            assert entry.uncertain.get("transfer_safeguard"), entry.id  # type: ignore[call-overload]
        if entry.is_recipient and entry.legal_entity is None:
            assert entry.uncertain.get("legal_entity"), entry.id  # type: ignore[call-overload]
        assert entry.sources, entry.id
        assert entry.purpose.strip(), entry.id


def test_every_source_key_resolves(catalog: Catalog) -> None:
    for entry in catalog:
        cited = [*entry.sources, *(s for c in entry.cookies for s in c.sources)]
        assert [s for s in cited if s not in catalog.info.sources] == [], entry.id
        assert all(c.sources or entry.sources for c in entry.cookies), entry.id


def test_every_kind_of_service_is_covered(catalog: Catalog) -> None:
    kinds = {k for e in catalog for k in e.kinds}
    expected = {
        ServiceKind.ANALYTICS,
        ServiceKind.TAG_MANAGEMENT,
        ServiceKind.ADVERTISING,
        ServiceKind.VIDEO,
        ServiceKind.MAPS,
        ServiceKind.FONTS,
        ServiceKind.SECURITY,
        ServiceKind.PAYMENTS,
        ServiceKind.SHOP_PLATFORM,
        ServiceKind.EMAIL_MARKETING,
        ServiceKind.CRM,
        ServiceKind.TRANSACTIONAL_EMAIL,
        ServiceKind.HOSTING,
        ServiceKind.CDN,
        ServiceKind.SUPPORT,
        ServiceKind.FORMS,
        ServiceKind.SCHEDULING,
        ServiceKind.COMMENTS,
        ServiceKind.ERROR_TRACKING,
        ServiceKind.CONSENT_MANAGEMENT,
    }
    assert expected <= kinds


def test_data_files_are_stable_json(catalog: Catalog) -> None:
    # Hand edits must keep the two-space layout so that diffs stay readable.
    paths = [*(builtin_catalog_dir() / "services").glob("*.json")]
    for path in [*paths, builtin_catalog_dir() / GENERATED_FILE]:
        text = path.read_text(encoding="utf-8")
        assert text == json.dumps(json.loads(text), indent=2, ensure_ascii=False) + "\n", path.name


MakeEntry = Callable[..., dict[str, Any]]


def test_minimal_entry_is_valid(make_entry: MakeEntry) -> None:
    entry = CatalogEntry.model_validate(make_entry())
    assert entry.country == "DE"


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"legal_entity": None}, "legal_entity is not known"),
        ({"transfer_safeguard": "unknown"}, "transfer_safeguard is not known"),
        ({"privacy_url": "ftp://example.com/privacy"}, "not an http(s) address"),
        ({"privacy_url": "https://exa mple.com"}, "not an http(s) address"),
        ({"hosts": ["https://orders.example.de"]}, "not a host name"),
        ({"hosts": ["Orders.Example.de"]}, "not a host name"),
        ({"hosts": ["*.example.de", "*.example.de"]}, "listed twice"),
        ({"id": "Corner Bakery"}, "String should match pattern"),
        ({"data_locations": ["Germany"]}, "String should match pattern"),
        ({"cookies": [], "hosts": []}, "hosts is not known"),
        ({"cookieless": True}, "cookieless but lists cookies"),
        ({"loads_in_browser": False}, "server-side service"),
        ({"sources": []}, "at least 1 item"),
    ],
)
def test_schema_rejects(make_entry: MakeEntry, changes: dict[str, object], message: str) -> None:
    with pytest.raises(ValidationError, match=re.escape(message)):
        CatalogEntry.model_validate(make_entry(**changes))


@pytest.mark.parametrize(
    ("cookie_changes", "message"),
    [
        ({"lifetime": {"kind": "unknown"}}, "unknown lifetime needs a note"),
        ({"lifetime": {"kind": "period", "period": {"amount": 2}}}, "lifetime must be filled"),
        ({"lifetime": {}}, "lifetime must be filled"),
        ({"category": "unknown"}, "unknown category needs a note"),
        ({"category": None}, "category"),
        ({"name": "***"}, "only wildcards"),
        ({"name": "two words"}, "String should match pattern"),
    ],
)
def test_cookie_schema_rejects(
    make_entry: MakeEntry, cookie_changes: dict[str, object], message: str
) -> None:
    data = make_entry()
    data["cookies"][0].update(cookie_changes)
    with pytest.raises(ValidationError, match=message):
        CatalogEntry.model_validate(data)


def test_unknown_cookie_facts_are_accepted_with_a_note(make_entry: MakeEntry) -> None:
    data = make_entry()
    data["cookies"][0].update(
        category="unknown",
        lifetime={"kind": "unknown"},
        uncertain={"category": "not documented", "lifetime": "not documented"},
    )
    cookie = CatalogEntry.model_validate(data).cookies[0]
    assert cookie.cookie_category is None
    assert cookie.lifetime.kind is LifetimeKind.UNKNOWN


def test_host_pattern_forms() -> None:
    exact = parse_host_pattern("www.googletagmanager.com/gtm.js")
    assert (exact.host, exact.wildcard, exact.path_prefix) == (
        "www.googletagmanager.com",
        False,
        "/gtm.js",
    )
    wild = parse_host_pattern("*.google-analytics.com")
    assert wild.matches("region1.google-analytics.com", "/g/collect")
    assert wild.matches("a.b.google-analytics.com", "/")
    assert not wild.matches("google-analytics.com", "/")  # as in CSP: subdomains only
    assert not wild.matches("evilgoogle-analytics.com", "/")
    path = parse_host_pattern("/_vercel/insights/")
    assert path.host is None and path.site_only
    assert exact.specificity > wild.specificity > path.specificity
    for bad in [
        "",
        "/",
        "*",
        "*.com",
        "example",
        "exa_mple.com",
        "example.com/a b",
        "-a.example.com",
    ]:
        with pytest.raises(ValueError):
            parse_host_pattern(bad)
