"""The words and the materiality rule for every field of the project model.

Labels are lower case so they compose ("recipient Stripe: country changed from ..."); the first
letter of each finished sentence is capitalised. A test makes sure every field of the model has
an entry here, so a new field gets a decision on how its changes are told, and whether they are
material, instead of a generic one.
"""

from __future__ import annotations

from typing import Any

from editor.model import (
    AppBehaviour,
    AppPermission,
    AutomatedDecisions,
    CategoryUse,
    Changes,
    Children,
    Contact,
    ContactPoint,
    Cookie,
    CookieSettings,
    CoveredProperty,
    CustomSection,
    DataCategory,
    DataLocation,
    DataSource,
    Disclosures,
    ImportedPolicy,
    Jurisdictions,
    NetworkFeature,
    NotCollected,
    Organisation,
    PolicyInfo,
    PolicySection,
    PostalAddress,
    Project,
    Proposal,
    Purpose,
    Recipient,
    RetentionPolicy,
    Rights,
    Scope,
    Security,
    Tracking,
    Transfer,
    Visibility,
    VisibleInformation,
)
from editor.model.state_laws import STATE_LAWS
from editor.versions import judges as j
from editor.versions.fields import (
    Choice,
    Described,
    Flag,
    Ignore,
    Items,
    Nested,
    Number,
    Ref,
    Refs,
    Rule,
    Section,
    Text,
    Values,
    item_name,
)
from editor.versions.overrides import LawOverrides
from editor.versions.words import choice, country, country_in, lifetime, quoted, retention

S = PolicySection


def _details(*parts: str) -> str:
    return ", ".join(p for p in parts if p and p != "not answered")


def _recipient_details(r: Recipient) -> str:
    safeguard = r.transfer_safeguard
    shown = safeguard if safeguard is not None and safeguard.value != "not_needed" else None
    return _details(
        choice(r.kind, short=True) if r.kind else "",
        country(r.country) if r.country.strip() else "",
        choice(shown, short=True) if shown else "",
    )


def _cookie_details(c: Cookie) -> str:
    return _details(c.provider.strip(), choice(c.category, short=True), lifetime(c.lifetime))


def _transfer_details(t: Transfer) -> str:
    return _details(country(t.country), choice(t.safeguard, short=True))


_SOURCE_WORDS = {
    DataSource.FROM_YOU: "from the person directly",
    DataSource.AUTOMATICALLY: "automatically when the service is used",
    DataSource.THIRD_PARTIES: "from other companies or partners",
    DataSource.PUBLIC_SOURCES: "from public sources",
    DataSource.OTHER_USERS: "from other users",
    DataSource.ON_THEIR_BEHALF: "from someone acting for the person",
}


def _source(value: Any) -> str:
    return _SOURCE_WORDS.get(value, str(value))


_ADDRESS: dict[tuple[type, str], Rule] = {
    (PostalAddress, "street"): Text("street"),
    (PostalAddress, "locality"): Text("town or city"),
    (PostalAddress, "region"): Text("region"),
    (PostalAddress, "postal_code"): Text("postcode"),
    (PostalAddress, "country"): Described("country", country),
    (ContactPoint, "name"): Text("name"),
    (ContactPoint, "email"): Text("email"),
    (ContactPoint, "phone"): Text("phone"),
    (ContactPoint, "web_form_url"): Text("web form"),
    (ContactPoint, "address"): Nested("address"),
}

_PROJECT: dict[tuple[type, str], Rule] = {
    (Project, "policy"): Section(S.SUMMARY),
    (Project, "organisation"): Section(S.WHO_WE_ARE),
    (Project, "contact"): Section(S.CONTACT),
    (Project, "scope"): Section(S.WHO_WE_ARE),
    (Project, "jurisdictions"): Section(S.WHO_WE_ARE),
    (Project, "data_categories"): Items(
        "data category",
        lambda c: item_name(c) or choice(c.kind, short=True),
        summary=lambda c: choice(c.kind, short=True) if c.kind else "",
        section=S.DATA_COLLECTED,
    ),
    (Project, "purposes"): Items(
        "purpose",
        item_name,
        summary=lambda p: choice(p.lawful_basis) if p.lawful_basis else "",
        section=S.HOW_WE_USE,
    ),
    (Project, "not_collected"): Section(S.DATA_COLLECTED),
    (Project, "cookies"): Section(S.COOKIES),
    (Project, "recipients"): Items(
        "recipient", item_name, summary=_recipient_details, section=S.SHARING
    ),
    (Project, "disclosures"): Section(S.SHARING),
    (Project, "data_location"): Section(S.TRANSFERS),
    (Project, "retention"): Section(S.RETENTION),
    (Project, "visibility"): Section(S.VISIBILITY),
    (Project, "apps"): Section(S.APPS),
    (Project, "security"): Section(S.SECURITY),
    (Project, "rights"): Section(S.RIGHTS),
    (Project, "children"): Section(S.CHILDREN),
    (Project, "tracking"): Section(S.TRACKING),
    (Project, "automated_decisions"): Section(S.AUTOMATED_DECISIONS),
    (Project, "changes"): Section(S.CHANGES),
    (Project, "custom_sections"): Items(
        "section of your own",
        item_name,
        material_added=lambda s: False,
        section_of=lambda s: s.anchor,
    ),
    (Project, "published"): Ignore(),
    # Where answers came from, not an answer: a version never holds it (snapshots.py).
    (Project, "imported"): Ignore(),
}

_POLICY: dict[tuple[type, str], Rule] = {
    (PolicyInfo, "title"): Text("policy title"),
    (PolicyInfo, "language"): Text("policy language"),
    # Set on publishing: every version differs in these, so they are not news.
    (PolicyInfo, "effective_date"): Ignore(),
    (PolicyInfo, "last_updated"): Ignore(),
    (PolicyInfo, "version_label"): Ignore(),
    (PolicyInfo, "change_history"): Ignore(),
    (PolicyInfo, "show_summary"): Flag("show the summary at the top"),
    (PolicyInfo, "show_change_history"): Flag("show the list of changes", section=S.CHANGES),
    (PolicyInfo, "legal_terms"): Choice("legal terms beside the plain words"),
    (PolicyInfo, "spelling"): Choice("spelling and date style"),
    (PolicyInfo, "voice"): Choice("voice (“we” or “I”)"),
}

_WHO: dict[tuple[type, str], Rule] = {
    (Organisation, "kind"): Choice("type of organisation"),
    (Organisation, "legal_name"): Text("legal name"),
    (Organisation, "trading_name"): Text("trading name"),
    (Organisation, "registration_number"): Text("registration number"),
    (Organisation, "address"): Nested("business address"),
    (Organisation, "country"): Described("country where the business is established", country),
    (Organisation, "website"): Text("website"),
    (Organisation, "description"): Text("description of the business"),
    (Organisation, "has_dpo"): Flag("has a data protection officer"),
    (Organisation, "dpo"): Nested("data protection officer"),
    (Organisation, "has_eu_representative"): Flag("has an EU representative"),
    (Organisation, "eu_representative"): Nested("EU representative"),
    (Organisation, "has_uk_representative"): Flag("has a UK representative"),
    (Organisation, "uk_representative"): Nested("UK representative"),
    (Contact, "email"): Text("privacy contact email"),
    (Contact, "phone"): Text("privacy contact phone"),
    (Contact, "web_form_url"): Text("privacy request form"),
    (Contact, "contact_name"): Text("privacy contact name"),
    (Contact, "use_organisation_address"): Flag("use the business address for privacy post"),
    (Contact, "postal_address"): Nested("privacy postal address"),
    (Contact, "notes"): Text("contact notes"),
    (Scope, "properties"): Items(
        "website, app or service",
        lambda p: item_name(p) or p.url.strip(),
        summary=lambda p: _details(choice(p.kind, short=True) if p.kind else "", p.url.strip()),
        material_added=lambda p: False,
    ),
    (Scope, "not_covered"): Text("what the policy does not cover"),
    (CoveredProperty, "id"): Ignore(),
    (CoveredProperty, "kind"): Choice("kind"),
    (CoveredProperty, "name"): Text("name"),
    (CoveredProperty, "url"): Text("address"),
    (CoveredProperty, "platforms"): Text("platforms"),
    (Jurisdictions, "regions"): Values(
        added="Now serving people in: {item}", removed="No longer serving people in: {item}"
    ),
    (Jurisdictions, "ccpa_revenue_over_threshold"): Flag("revenue over the CCPA threshold"),
    (Jurisdictions, "ccpa_100k_consumers"): Flag("data of 100,000 or more Californians a year"),
    (Jurisdictions, "ccpa_half_revenue_from_selling"): Flag(
        "half or more of revenue from selling or sharing personal information"
    ),
    (Jurisdictions, "ccpa_10m_consumers"): Flag("data of 10 million or more Californians a year"),
    (Jurisdictions, "is_nonprofit"): Flag("is a non-profit"),
    (Jurisdictions, "au_turnover_over_3m"): Flag("turnover over AUD 3 million"),
    (Jurisdictions, "us_selling_revenue"): Choice("share of revenue from selling personal data"),
    (Jurisdictions, "tx_sba_small_business"): Flag("is a small business under the US SBA's rules"),
    (Jurisdictions, "serves_quebec"): Flag("serves people in Québec"),
    (Jurisdictions, "us_revenue_over_25m"): Flag("yearly revenue of USD 25 million or more"),
    **{
        (Jurisdictions, s.volume.field): Choice(f"{s.residents} whose data is handled a year")
        for s in STATE_LAWS
        if s.volume is not None
    },
    (Jurisdictions, "law_overrides"): LawOverrides(),
}

_DATA: dict[tuple[type, str], Rule] = {
    (DataCategory, "id"): Ignore(),
    (DataCategory, "name"): Text("name"),
    (DataCategory, "kind"): Choice("kind of data", material=j.became_sensitive),
    (DataCategory, "examples"): Text("examples"),
    (DataCategory, "subjects"): Values(
        added="{name}: now also collected about {item}",
        removed="{name}: no longer collected about {item}",
        material_added=True,
    ),
    (DataCategory, "sources"): Values(
        added="{name}: now also collected {item}",
        removed="{name}: no longer collected {item}",
        words=_source,
        material_added=True,
    ),
    (DataCategory, "source_details"): Text("where it comes from"),
    (DataCategory, "purpose_ids"): Refs(
        "purposes",
        added="New purpose for {name}: {item}",
        removed="{name} no longer used for: {item}",
        material_added=True,
        section=S.HOW_WE_USE,
    ),
    (DataCategory, "requirement"): Choice("whether people must give it"),
    (DataCategory, "if_not_provided"): Text("what happens if people do not give it"),
    (DataCategory, "retention"): Described(
        "retention",
        retention,
        material=j.retention_longer,
        template="Retention of {name} changed from {old} to {new}",
        reworded="Retention of {name}: details changed",
        section=S.RETENTION,
    ),
    (DataCategory, "sold_or_shared"): Flag("sold or shared", material_when=True),
    # Like a lawful basis: a first answer is not news, but leaving explicit consent for
    # another condition changes what people agreed to, so it is told before it applies.
    (DataCategory, "special_condition"): Choice(
        "condition for sensitive data", material=j.basis_changed, section=S.LAWFUL_BASIS
    ),
    (DataCategory, "special_condition_details"): Text(
        "details of the condition for sensitive data", section=S.LAWFUL_BASIS
    ),
    (Purpose, "id"): Ignore(),
    (Purpose, "name"): Text("name"),
    (Purpose, "description"): Text("description"),
    (Purpose, "lawful_basis"): Choice(
        "legal reason", material=j.basis_changed, section=S.LAWFUL_BASIS
    ),
    (Purpose, "legitimate_interest"): Text("legitimate interest", section=S.LAWFUL_BASIS),
    (Purpose, "legal_obligation"): Text("legal obligation", section=S.LAWFUL_BASIS),
    (Purpose, "withdraw_consent_how"): Text("how to withdraw consent", section=S.LAWFUL_BASIS),
    (Purpose, "balancing_test"): Flag(
        "interests weighed against people's rights", material_when=False, section=S.LAWFUL_BASIS
    ),
    (Purpose, "direct_marketing"): Flag("direct marketing", material_when=True),
    (NotCollected, "kinds"): Values(
        added="Now stated as not collected: {item}",
        removed="No longer stated as not collected: {item}",
        material_removed=True,
    ),
    (NotCollected, "nothing"): Flag("collects no personal data at all"),
    (NotCollected, "statement"): Text("statement on what is not collected"),
    (RetentionPolicy, "general_statement"): Text("general statement on keeping data"),
    (RetentionPolicy, "backups"): Text("how long backups are kept"),
    (RetentionPolicy, "deletion_method"): Text("how data is deleted"),
}

_COOKIES: dict[tuple[type, str], Rule] = {
    (CookieSettings, "uses_cookies"): Flag("uses cookies", material_when=True),
    (CookieSettings, "cookies"): Items(
        "cookie",
        item_name,
        summary=_cookie_details,
        material_added=j.new_cookie_is_material,
    ),
    (CookieSettings, "category_uses"): Items(
        "description of cookies",
        lambda u: choice(u.category) if u.category else "",
        summary=lambda u: quoted(u.description) or "",
        material_added=lambda u: j.non_essential(u.category),
    ),
    (CookieSettings, "consent"): Choice("how consent to cookies is asked", j.weaker_consent),
    (CookieSettings, "consent_details"): Text("cookie consent details"),
    (CookieSettings, "how_to_manage"): Text("how to manage cookies"),
    (CookieSettings, "cookie_policy_url"): Text("cookie policy address"),
    (Cookie, "id"): Ignore(),
    (Cookie, "name"): Text("name"),
    (Cookie, "provider"): Text("provider"),
    (Cookie, "party"): Choice("party", material=j.cookie_now_third_party),
    (Cookie, "storage_type"): Choice("type of storage"),
    (Cookie, "category"): Choice("category", material=j.cookie_became_non_essential),
    (Cookie, "purpose"): Text("purpose"),
    (Cookie, "lifetime"): Described("duration", lifetime, material=j.cookie_lasts_longer),
    (Cookie, "recipient_id"): Ref("recipient of its data", "recipients"),
    (Cookie, "service_id"): Ignore(),  # a link to the catalog, not part of the policy
    (CategoryUse, "id"): Ignore(),
    (CategoryUse, "category"): Choice("category", material=j.cookie_became_non_essential),
    (CategoryUse, "description"): Text("description"),
}

_SHARING: dict[tuple[type, str], Rule] = {
    (Recipient, "id"): Ignore(),
    (Recipient, "name"): Text("name"),
    (Recipient, "legal_entity"): Text("legal entity"),
    (Recipient, "kind"): Choice("kind of service"),
    (Recipient, "role"): Choice("role", material=j.recipient_uses_data_itself),
    (Recipient, "purpose"): Text("why they get the data"),
    (Recipient, "purpose_ids"): Refs(
        "purposes",
        added="{name} now also receives data for: {item}",
        removed="{name} no longer receives data for: {item}",
        material_added=True,
    ),
    (Recipient, "data_category_ids"): Refs(
        "data_categories",
        added="{name} now also receives: {item}",
        removed="{name} no longer receives: {item}",
        material_added=True,
    ),
    (Recipient, "data_shared"): Text("data shared"),
    (Recipient, "country"): Described("country", country, material=j.new_country),
    (Recipient, "transfer_safeguard"): Choice("transfer safeguard", material=j.weaker_safeguard),
    (Recipient, "safeguard_details"): Text("safeguard details"),
    (Recipient, "policy_url"): Text("privacy policy address"),
    (Recipient, "opt_out_url"): Text("opt-out address"),
    (Recipient, "service_id"): Ignore(),
    (Disclosures, "discloses_to_others"): Flag(
        "anyone outside receives personal data", material_when=True
    ),
    (Disclosures, "legal_requests"): Flag("may disclose data when the law requires"),
    (Disclosures, "protect_rights"): Flag("may disclose data to protect rights and safety"),
    (Disclosures, "business_transfer"): Flag("may transfer data if the business is sold"),
    (Disclosures, "buyer_keeps_policy"): Flag(
        "a new owner must keep to this policy", material_when=False
    ),
    (Disclosures, "with_consent"): Flag("may share data when people agree"),
    (Disclosures, "group_companies"): Flag("shares data within the group", material_when=True),
    (Disclosures, "group_details"): Text("group companies"),
    (Disclosures, "other"): Text("other disclosures"),
    (Disclosures, "government_requests"): Text("government requests statement"),
    (Disclosures, "sells_personal_information"): Flag(
        "sells personal information", material_when=True
    ),
    (Disclosures, "shares_for_targeted_ads"): Flag(
        "shares personal information for targeted advertising", material_when=True
    ),
    (Disclosures, "sale_details"): Text("details on selling or sharing"),
    (Disclosures, "uses_sensitive_beyond_permitted"): Flag(
        "uses sensitive information beyond what is needed", material_when=True
    ),
    (Disclosures, "do_not_sell_url"): Text("“Do Not Sell or Share” page"),
    (Disclosures, "limit_use_url"): Text(
        "“Limit the Use of My Sensitive Personal Information” page"
    ),
    (Disclosures, "sells_data_of_under_16s"): Flag(
        "sells or shares data of people under 16", material_when=True
    ),
    (Disclosures, "under_16_opt_in"): Text("how people under 16 opt in"),
    (Disclosures, "sells_sensitive_data"): Flag("sells sensitive data", material_when=True),
    (Disclosures, "sells_biometric_data"): Flag("sells biometric data", material_when=True),
    (Disclosures, "trains_language_models"): Flag(
        "uses personal data to train large language models", material_when=True
    ),
    (DataLocation, "storage_countries"): Values(
        added="Data now also stored in {item}",
        removed="Data no longer stored in {item}",
        words=country_in,
        material_added=True,
    ),
    (DataLocation, "hosting_description"): Text("where data is hosted"),
    (DataLocation, "transfers"): Items(
        "transfer abroad",
        lambda t: item_name(t) or t.description.strip() or country(t.country),
        summary=_transfer_details,
    ),
    (DataLocation, "safeguard_copy"): Text("how to get a copy of the safeguards"),
    (Transfer, "id"): Ignore(),
    (Transfer, "country"): Described("country", country, material=j.new_country),
    (Transfer, "description"): Text("description"),
    (Transfer, "safeguard"): Choice("safeguard", material=j.weaker_safeguard),
    (Transfer, "details"): Text("safeguard details"),
}

_PRACTICES: dict[tuple[type, str], Rule] = {
    (Visibility, "has_public_information"): Flag(
        "others can see some information", material_when=True
    ),
    (Visibility, "items"): Items(
        "information others can see", item_name, summary=lambda v: v.who_can_see.strip()
    ),
    (Visibility, "private_statement"): Text("statement on what stays private"),
    (VisibleInformation, "id"): Ignore(),
    (VisibleInformation, "what"): Text("what"),
    (VisibleInformation, "who_can_see"): Text("who can see it"),
    (AppBehaviour, "permissions"): Items(
        "app permission", item_name, summary=lambda p: p.reason.strip()
    ),
    (AppBehaviour, "network_features"): Items(
        "feature that goes online", item_name, summary=lambda f: f.destination.strip()
    ),
    (AppBehaviour, "works_offline"): Flag("the app works without going online", False),
    (AppBehaviour, "statement"): Text("statement about the apps"),
    (AppPermission, "id"): Ignore(),
    (AppPermission, "permission"): Text("permission"),
    (AppPermission, "reason"): Text("reason"),
    (AppPermission, "optional"): Flag("optional", material_when=False),
    (AppPermission, "when_granted"): Choice("when it is granted"),
    (NetworkFeature, "id"): Ignore(),
    (NetworkFeature, "feature"): Text("feature"),
    (NetworkFeature, "data_sent"): Text("data sent"),
    (NetworkFeature, "destination"): Text("where it goes"),
    (Security, "measures"): Values(
        added="Added security measure: {item}",
        removed="Removed security measure: {item}",
        material_removed=True,
    ),
    (Security, "details"): Text("security details"),
    (Security, "breach_notification"): Text("what happens after a data breach"),
    (Rights, "offer_to_everyone"): Flag("same rights for everyone", material_when=False),
    (Rights, "rights"): Values(
        added="Added right: {item}", removed="Removed right: {item}", material_removed=True
    ),
    (Rights, "request_methods"): Values(
        added="Added way to make a request: {item}",
        removed="Removed way to make a request: {item}",
        material_removed=True,
    ),
    (Rights, "how_to_exercise"): Text("how to use your rights"),
    (Rights, "verification"): Text("how identity is checked"),
    (Rights, "response_days"): Number("time to answer a request", "days", material_when="up"),
    (Rights, "request_fee"): Choice("fee for a request", material=j.starts_charging),
    (Rights, "authorised_agents"): Flag("requests through an agent", material_when=False),
    (Rights, "appeal_process"): Text("how to appeal"),
    (Rights, "complaints_to_us"): Text("how complaints to us are handled"),
    (Rights, "complaint_authority_name"): Text("regulator to complain to"),
    (Rights, "complaint_authority_url"): Text("regulator's address"),
    (Rights, "request_metrics_url"): Text("page with request figures"),
    (Children, "directed_to_children"): Flag("the service is aimed at children", True),
    (Children, "minimum_age"): Number("minimum age", material_when="down"),
    (Children, "collects_from_children"): Flag("knowingly collects children's data", True),
    (Children, "parental_consent_method"): Text("how parents give consent"),
    (Children, "parent_rights_how"): Text("how parents use their rights"),
    (Children, "if_collected_by_mistake"): Text("what happens to children's data by mistake"),
    (Children, "children_details_from_adults"): Flag(
        "holds details about children that adults give", True
    ),
    (Children, "children_details_what"): Text("which details about children adults give"),
    (Children, "uses_persistent_identifiers_for_internal_operations"): Flag(
        "device identifiers collected from children for internal operations", True
    ),
    (Children, "internal_operations"): Text("internal operations the identifiers support"),
    (Children, "persistent_identifier_limits"): Text(
        "how children's device identifiers are kept from other uses"
    ),
    (Children, "collects_audio_files"): Flag("recordings of children's voices collected", True),
    (Children, "audio_files_use"): Text("how children's voice recordings are used"),
    (Tracking, "do_not_track"): Choice("Do Not Track", material=j.stops_honouring_dnt),
    (Tracking, "honours_gpc"): Flag("honours Global Privacy Control", material_when=False),
    (Tracking, "third_party_tracking"): Flag(
        "others may track people across sites", material_when=True
    ),
    (Tracking, "details"): Text("tracking details"),
    (AutomatedDecisions, "used"): Flag("automated decisions", material_when=True),
    (AutomatedDecisions, "profiling"): Flag("profiling", material_when=True),
    (AutomatedDecisions, "description"): Text("automated decisions description"),
    (AutomatedDecisions, "logic"): Text("how automated decisions are made"),
    (AutomatedDecisions, "consequences"): Text("consequences of automated decisions"),
    (AutomatedDecisions, "human_review"): Text("how to ask for a person to review"),
    (Changes, "update_triggers"): Values(
        added="Added time the policy is updated: {item}",
        removed="Removed time the policy is updated: {item}",
    ),
    (Changes, "tell_before_new_purpose"): Flag(
        "tells people before a new purpose", material_when=False
    ),
    (Changes, "notify_methods"): Values(
        added="Added way of telling people about changes: {item}",
        removed="Removed way of telling people about changes: {item}",
    ),
    (Changes, "advance_notice_days"): Number("advance notice", "days", material_when="down"),
    (Changes, "details"): Text("how changes are announced"),
    (CustomSection, "id"): Ignore(),
    (CustomSection, "title"): Text("title"),
    (CustomSection, "body"): Text("text"),
    (CustomSection, "placement"): Choice("position"),
    (CustomSection, "anchor"): Choice("position"),
    # The owner's progress through an import, not part of what the policy says.
    (CustomSection, "review"): Ignore(),
}

# An import's record (the old text and the proposals) is bookkeeping that versions leave out.
_IMPORTED: dict[tuple[type, str], Rule] = {
    (model, name): Ignore() for model in (ImportedPolicy, Proposal) for name in model.model_fields
}

RULES: dict[tuple[type, str], Rule] = {
    **_PROJECT,
    **_POLICY,
    **_IMPORTED,
    **_ADDRESS,
    **_WHO,
    **_DATA,
    **_COOKIES,
    **_SHARING,
    **_PRACTICES,
}
