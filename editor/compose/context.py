"""The values a template sees: the project plus facts derived from it, never any wording.

Lookups, groupings and law decisions are done here in Python so the templates stay readable;
what the policy *says* about them is in ``templates/<language>/``.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from editor.compose.facts import (
    AUTHORITY_CITATIONS,
    COUNTRY_RIGHTS,
    authorities,
    collects_nothing,
    kept_capitals,
    rights_offered,
)
from editor.compose.legal_terms import aside_writer
from editor.compose.provenance import Fact, SourcedList, SourcedSet
from editor.compose.spelling import respell_terms, respellings, spelling_of
from editor.model import (
    CategoryUse,
    Cookie,
    CookieCategory,
    DataCategory,
    DataKind,
    EnglishSpelling,
    Law,
    PostalAddress,
    Project,
    PublisherKind,
    Purpose,
    Recipient,
    RecipientRole,
    TransferSafeguard,
    Voice,
    applicable_laws,
    is_blank,
)
from editor.model.applicability import (
    EEA_COUNTRIES,
    US_NOTICE_CITATIONS,
    US_STATE_LAWS,
    is_us_sensitive,
)
from editor.model.state_laws import not_yet_in_force

_BUSINESSES = (PublisherKind.COMPANY, PublisherKind.SOLE_TRADER, PublisherKind.PARTNERSHIP)

# CCPA's statutory categories (Civ. Code §1798.140(v)(1)) for each kind of data, in the
# statute's order; "other" gathers what the user describes in their own words.
CCPA_CATEGORY = {
    DataKind.CONTACT: "identifiers",
    DataKind.IDENTITY: "identifiers",
    DataKind.ACCOUNT: "identifiers",
    DataKind.ONLINE_IDENTIFIERS: "identifiers",
    DataKind.GOVERNMENT_ID: "identifiers",
    DataKind.PAYMENT: "customer_records",
    DataKind.DEMOGRAPHIC: "protected",
    DataKind.RACIAL_ETHNIC: "protected",
    DataKind.RELIGIOUS: "protected",
    DataKind.SEX_LIFE: "protected",
    DataKind.HEALTH: "protected",
    DataKind.TRANSACTIONS: "commercial",
    DataKind.BIOMETRIC: "biometric",
    DataKind.GENETIC: "biometric",
    DataKind.USAGE: "internet",
    DataKind.DEVICE: "internet",
    DataKind.LOCATION: "geolocation",
    DataKind.AUDIO_VISUAL: "sensory",
    DataKind.PROFESSIONAL: "professional",
    DataKind.INFERENCES: "inferences",
}
# Sensitive personal information under CCPA §1798.140(ae).
CCPA_SENSITIVE = frozenset(
    {
        DataKind.GOVERNMENT_ID,
        DataKind.LOCATION,
        DataKind.RACIAL_ETHNIC,
        DataKind.RELIGIOUS,
        DataKind.POLITICAL,
        DataKind.TRADE_UNION,
        DataKind.HEALTH,
        DataKind.SEX_LIFE,
        DataKind.GENETIC,
        DataKind.BIOMETRIC,
    }
)


@dataclass(frozen=True)
class CcpaRow:
    category: str  # a key of CCPA_CATEGORY's values, or "other"
    data: list[DataCategory]
    sensitive: bool


@dataclass
class Context:
    """Everything templates see, passed to them as top-level names."""

    p: Project
    today: dt.date
    terms: dict[str, Any]
    laws: frozenset[str]
    country: Callable[[str], str]
    values: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {
            "p": self.p,
            "today": self.today,
            "terms": self.terms,
            "laws": self.laws,
            "country": self.country,
            **self.values,
        }


@cache
def load_terms(
    folder: Path, spelling: EnglishSpelling = EnglishSpelling.UK, voice: Voice = Voice.WE
) -> dict[str, Any]:
    """The wording of the answers picked from lists, in the reader's spelling and voice."""
    with (folder / "terms.toml").open("rb") as handle:
        terms: dict[str, Any] = tomllib.load(handle)
    return respell_terms(terms, respellings(folder, spelling, voice))  # type: ignore[no-any-return]


@cache
def _territories(language: str) -> dict[str, str]:
    try:
        from babel import Locale, UnknownLocaleError

        try:
            return dict(Locale.parse(language.replace("-", "_")).territories)
        except (UnknownLocaleError, ValueError):
            return dict(Locale.parse("en").territories)
    except ImportError:  # pragma: no cover - babel is a dependency
        return {}


def country_namer(language: str) -> Callable[[str], str]:
    """A function from an ISO code to the country's name in the policy's language."""

    def country(code: str) -> str:
        code = str(code).strip()
        names = _territories(language)
        return names.get(code.upper(), code) if code else ""

    return country


def build_context(project: Project, today: dt.date, folder: Path, language: str) -> Context:
    project = unclassified_as_uncategorised(project)
    # Which laws apply follows from where the readers are (and the answers that narrow it).
    laws = SourcedSet((law.value for law in applicable_laws(project)), _LAW_ANSWERS)
    ctx = Context(
        p=project,
        today=today,
        terms=load_terms(folder, spelling_of(project), project.policy.voice),
        laws=laws,
        country=country_namer(language),
    )
    org = project.organisation
    categories = [c for c in project.data_categories if not is_blank(c.name)]
    purposes = [p for p in project.purposes if not is_blank(p.name)]
    recipients = [r for r in project.recipients if not is_blank(r.name)]
    home = org.country.strip().upper()
    gdpr = frozenset.__contains__(laws, Law.GDPR.value)
    uk = frozenset.__contains__(laws, Law.UK_GDPR.value)
    # Values worked out here carry the answers they come from (provenance): a template that
    # asks them notes those answers for the block it is writing.
    roles = _paths(recipients, project.recipients, "role")
    ctx.values.update(
        org=org,
        name=org.display_name or org.legal_name.strip(),
        has_alias=Fact(
            bool(org.legal_name.strip() and org.trading_name.strip())
            and org.legal_name.strip() != org.trading_name.strip(),
            ("organisation.legal_name", "organisation.trading_name"),
        ),
        # Only a company, sole trader or partnership is a business: wording that assumes one
        # (customers, a buyer) reads wrong to a charity's donors, a public body's residents, or
        # the readers of a person's own website; an unanswered kind assumes nothing.
        business=Fact(org.kind in _BUSINESSES, ("organisation.kind",)),
        # Only processors work for us; a recipient whose role is unanswered (or "not sure yet")
        # is not said to.
        unsorted=SourcedList([r for r in recipients if r.role_unsettled], roles),
        gdpr=Fact(gdpr, _LAW_ANSWERS),
        uk=Fact(uk, _LAW_ANSWERS),
        gdpr_like=Fact(gdpr or uk, _LAW_ANSWERS),
        categories=SourcedList(categories, ("data_categories",)),
        purposes=SourcedList(purposes, ("purposes",)),
        recipients=SourcedList(recipients, ("recipients",)),
        processors=SourcedList([r for r in recipients if r.role is RecipientRole.PROCESSOR], roles),
        controllers=SourcedList(
            [r for r in recipients if r.role is not None and r.role.uses_data_itself], roles
        ),
        purposes_of=_purposes_of(project),
        categories_for=_categories_for(categories),
        recipients_of=_recipients_of(recipients),
        transfers=SourcedList(
            _transfers(recipients, home, gdpr, uk),
            _paths(recipients, project.recipients, "country"),
        ),
        cookie_groups=SourcedList(_cookie_groups(project.cookies.cookies), ("cookies.cookies",)),
        ccpa_rows=_ccpa_rows(categories),
        ccpa_sensitive=[c for c in categories if c.kind in CCPA_SENSITIVE],
        sensitive=[c for c in categories if c.is_sensitive],
        us_sensitive=[c for c in categories if is_us_sensitive(c)],
        us_states=[s.state for law, s in US_STATE_LAWS.items() if law.value in laws],
        # A state law that takes effect after the policy's date: the policy says from when.
        us_state_starts={
            s.state: starts
            for law, s in US_STATE_LAWS.items()
            if law.value in laws
            and (starts := not_yet_in_force(law, project.policy.effective_date or today))
        },
        # The provision of each state law that asks for its privacy notice (provenance).
        us_notice_laws=[
            (law.value, citation)
            for law, citation in US_NOTICE_CITATIONS.items()
            if frozenset.__contains__(laws, law.value)
        ],
        authorities=SourcedList(
            authorities(project, laws),
            ("rights.complaint_authority_name", "rights.complaint_authority_url"),
        ),
        rights_offered=SourcedList(
            rights_offered(project, laws), ("rights.rights", "rights.offer_to_everyone")
        ),
        # Dates read "March 1, 2026" in US English, "1 March 2026" elsewhere.
        american=Fact(
            spelling_of(project) is EnglishSpelling.US, ("policy.spelling", "organisation.country")
        ),
        nothing_collected=Fact(
            collects_nothing(project), ("not_collected.nothing", "data_categories")
        ),
        # The country laws whose rights the list is the wording of, and where each gives them;
        # likewise the laws whose authority the complaints list adds (provenance).
        rights_laws=[
            (law, citation)
            for law, (_, citation) in COUNTRY_RIGHTS.items()
            if frozenset.__contains__(laws, law)
        ],
        authority_laws=[
            (law, citation)
            for law, citation in AUTHORITY_CITATIONS.items()
            if frozenset.__contains__(laws, law)
        ],
        # Where data goes from one country's point of view (FADP Art. 19(4), Québec s. 8).
        countries_outside=_countries_outside(project, recipients),
        contact_address=_contact_address(project),
        legal=aside_writer(ctx.terms, gdpr, uk),
        keep_names=kept_capitals(project, ctx.terms),
        abroad_countries=sorted(
            {r.country.strip().upper() for r in recipients if r.country.strip()} - {home, ""}
        ),
    )
    return ctx


# The answers that decide which laws apply, noted when wording depends on one.
_LAW_ANSWERS = (
    "jurisdictions.regions",
    "jurisdictions.law_overrides",
    "jurisdictions.serves_quebec",
    "organisation.country",
)


def _countries_outside(
    project: Project, recipients: list[Recipient]
) -> Callable[[str], SourcedList]:
    """The countries other than ``code`` that personal data goes to: where the business is,
    where it stores data, and where its recipients are (a law of that country names them)."""
    home = project.organisation.country.strip().upper()
    stores = {c.strip().upper() for c in project.data_location.storage_countries}
    found = {home, *stores, *(r.country.strip().upper() for r in recipients)}
    paths = (
        "organisation.country",
        "data_location.storage_countries",
        *_paths(recipients, project.recipients, "country"),
    )

    def countries_outside(code: str) -> SourcedList:
        return SourcedList(sorted(found - {code, ""}), paths)

    return countries_outside


def _paths(items: list[Any], all_items: list[Any], name: str) -> tuple[str, ...]:
    """The path of field ``name`` of each of ``items``, by its place among ``all_items``."""
    where = {id(item): n for n, item in enumerate(all_items)}
    return tuple(f"{_LIST_FIELD[type(item)]}[{where[id(item)]}].{name}" for item in items)


_LIST_FIELD: dict[type, str] = {
    Recipient: "recipients",
    DataCategory: "data_categories",
    Purpose: "purposes",
}


def _purposes_of(project: Project) -> Callable[[Any], list[Purpose]]:
    by_id = {p.id: p for p in project.purposes if not is_blank(p.name)}

    def purposes_of(item: DataCategory | Recipient) -> list[Purpose]:
        return [by_id[i] for i in item.purpose_ids if i in by_id]

    return purposes_of


def _categories_for(categories: list[DataCategory]) -> Callable[[Any], list[DataCategory]]:
    def categories_for(item: Purpose | Recipient) -> list[DataCategory]:
        if isinstance(item, Purpose):
            return [c for c in categories if item.id in c.purpose_ids]
        wanted = set(item.data_category_ids)
        return [c for c in categories if c.id in wanted]

    return categories_for


def _recipients_of(recipients: list[Recipient]) -> Callable[[DataCategory], list[Recipient]]:
    def recipients_of(category: DataCategory) -> list[Recipient]:
        return [r for r in recipients if category.id in r.data_category_ids]

    return recipients_of


def _outside(country: str, home: str, gdpr: bool, uk: bool) -> bool:
    """Whether data sent to ``country`` leaves the area whose law protects it."""
    code = country.strip().upper()
    if not code:
        return False
    if gdpr or uk:
        inside = (EEA_COUNTRIES if gdpr else frozenset()) | ({"GB"} if uk else frozenset())
        return code not in inside
    return code != home


def _transfers(recipients: list[Recipient], home: str, gdpr: bool, uk: bool) -> list[Recipient]:
    """Recipients outside the protected area, and those inside it that name a mechanism (an
    EU company passing data on to its US parent under contractual clauses, say). One inside
    the area with "none" or "not known yet" sends nothing abroad: no row with an empty cell."""
    no_mechanism = (None, TransferSafeguard.NOT_NEEDED, TransferSafeguard.NONE,
                    TransferSafeguard.UNKNOWN)  # fmt: skip
    return [
        r
        for r in recipients
        if _outside(r.country, home, gdpr, uk) or r.transfer_safeguard not in no_mechanism
    ]


def unclassified_as_uncategorised(project: Project) -> Project:
    """``project`` with cookies the scanner could not classify written like uncategorised ones.

    ``scan --include-unidentified`` adds cookies as "not yet classified" until the user
    describes them; the policy lists them among the other cookies meanwhile (the checks ask for
    a category), rather than naming a category that has no wording.
    """
    cookies = project.cookies
    unclassified = CookieCategory.UNCLASSIFIED
    described: list[Cookie | CategoryUse] = [*cookies.cookies, *cookies.category_uses]
    if all(item.category is not unclassified for item in described):
        return project

    def plain(items: list[Any]) -> list[Any]:
        return [
            i.model_copy(update={"category": None}) if i.category is unclassified else i
            for i in items
        ]

    update = {"cookies": plain(cookies.cookies), "category_uses": plain(cookies.category_uses)}
    return project.model_copy(update={"cookies": cookies.model_copy(update=update)})


def _cookie_groups(cookies: list[Cookie]) -> list[tuple[str, list[Cookie]]]:
    named = [c for c in cookies if not is_blank(c.name)]
    groups: list[tuple[str, list[Cookie]]] = []
    for category in CookieCategory:
        members = [c for c in named if c.category is category]
        if members:
            groups.append((category.value, members))
    rest = [c for c in named if c.category is None]
    if rest:
        groups.append(("other", rest))
    return groups


def _ccpa_rows(categories: list[DataCategory]) -> list[CcpaRow]:
    order = [*dict.fromkeys(CCPA_CATEGORY.values()), "other"]
    rows = []
    for key in order:
        members = [c for c in categories if CCPA_CATEGORY.get(c.kind, "other") == key]  # type: ignore[arg-type]
        if members:
            sensitive = any(c.kind in CCPA_SENSITIVE for c in members)
            rows.append(CcpaRow(key, members, sensitive))
    return rows


def _contact_address(project: Project) -> PostalAddress | None:
    contact = project.contact
    address = (
        project.organisation.address if contact.use_organisation_address else contact.postal_address
    )
    return None if address.is_empty() else address
