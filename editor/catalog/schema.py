"""The shape of one catalog entry: a third-party service, its recipient facts and its cookies.

Entries are data written by people from sources, so the schema is strict where a typo would
mislead a user (ids, countries, URLs, host patterns, lifetimes) and explicit where a fact is
not known: an unknown fact is a ``None`` or ``UNKNOWN`` value *and* a note in ``uncertain``
saying what is missing, so the editor can show "not confirmed" instead of a guess.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Annotated, Literal, Self
from urllib.parse import urlsplit

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    model_validator,
)

from editor.model.cookies import CookieCategory, CookieLifetime, LifetimeKind, Party, StorageType
from editor.model.data import DataKind
from editor.model.recipients import RecipientRole, ServiceKind, TransferSafeguard

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_LABEL = r"(?!-)[a-z0-9-]{1,63}(?<!-)"
_HOST = re.compile(rf"^(\*\.)?{_LABEL}(?:\.{_LABEL})+$")
# Cookie and storage key names: anything a browser accepts except separators; "*" is our wildcard.
_COOKIE_NAME = re.compile(r"^[^\s;,=]+$")


def _check_http_url(value: str) -> str:
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.hostname or " " in value:
        raise ValueError(f"not an http(s) address: {value!r}")
    if not _HOST.match(parts.hostname) or parts.hostname.startswith("*."):
        raise ValueError(f"not a valid host in address: {value!r}")
    return value


HttpUrl = Annotated[str, AfterValidator(_check_http_url)]
CountryCode = Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")]
ServiceId = Annotated[str, StringConstraints(pattern=SLUG.pattern, max_length=64)]
Note = Annotated[str, StringConstraints(min_length=3, strip_whitespace=True)]
Text = Annotated[str, StringConstraints(min_length=1, strip_whitespace=True)]


@dataclass(frozen=True)
class HostRule:
    """A parsed host pattern: which request URLs belong to a service.

    ``host`` is None for a path-only rule (``/_vercel/insights/``), which matches on any host,
    typically the site's own. A wildcard host matches every subdomain but not the bare domain,
    as in a Content-Security-Policy, so ``*.example.com`` never swallows ``example.com``.
    """

    pattern: str
    host: str | None
    wildcard: bool
    path_prefix: str

    def matches(self, host: str, path: str) -> bool:
        if self.host is not None:
            if self.wildcard:
                if not host.endswith("." + self.host):
                    return False
            elif host != self.host:
                return False
        return path.startswith(self.path_prefix)

    @property
    def specificity(self) -> tuple[int, int, int, int]:
        """Higher is more specific: a named host beats a bare path (it says who), then a
        longer path, then an exact host over a wildcard, then a longer host."""
        has_host = self.host is not None
        return (
            int(has_host),
            len(self.path_prefix),
            int(has_host and not self.wildcard),
            len(self.host or ""),
        )

    @property
    def site_only(self) -> bool:
        """A bare path only counts on the site's own hosts (``/wp-content/`` elsewhere is
        someone else's WordPress)."""
        return self.host is None


def parse_host_pattern(text: str) -> HostRule:
    """Parse ``host``, ``*.host``, either followed by ``/path``, or a bare ``/path``."""
    if text.startswith("/"):
        host_part, path = "", text
    else:
        host_part, slash, rest = text.partition("/")
        path = slash + rest
    if path and (len(path) < 2 or any(c.isspace() or c in "#*" for c in path)):
        raise ValueError(f"bad path in host pattern {text!r}")
    if not host_part:
        if not path:
            raise ValueError("empty host pattern")
        return HostRule(text, None, False, path)
    if not _HOST.match(host_part):
        raise ValueError(f"not a host name or *.wildcard: {text!r} (use lower case, no scheme)")
    wildcard = host_part.startswith("*.")
    return HostRule(text, host_part[2:] if wildcard else host_part, wildcard, path)


def _check_host_pattern(value: str) -> str:
    parse_host_pattern(value)
    return value


HostPattern = Annotated[str, AfterValidator(_check_host_pattern)]


class EntryFact(StrEnum):
    """Facts of an entry that may be marked uncertain."""

    LEGAL_ENTITY = "legal_entity"
    ROLE = "role"
    PURPOSE = "purpose"
    DATA_CATEGORIES = "data_categories"
    DATA_LOCATIONS = "data_locations"
    TRANSFER_SAFEGUARD = "transfer_safeguard"
    PRIVACY_URL = "privacy_url"
    OPT_OUT_URL = "opt_out_url"
    COOKIES = "cookies"
    HOSTS = "hosts"


class CookieFact(StrEnum):
    """Facts of a catalog cookie that may be marked uncertain."""

    NAME = "name"
    CATEGORY = "category"
    LIFETIME = "lifetime"
    PURPOSE = "purpose"
    PARTY = "party"


UNKNOWN: Literal["unknown"] = "unknown"


class CatalogModel(BaseModel):
    # Frozen: the loaded catalog is shared and cached, so nobody may change it in place.
    model_config = ConfigDict(extra="forbid", frozen=True)


class LegalEntity(CatalogModel):
    name: Text
    country: CountryCode | None = None  # ISO 3166-1 alpha-2
    applies_to: str = ""  # e.g. "customers in the EEA and Switzerland"


class CatalogCookie(CatalogModel):
    """A cookie or storage key a service sets; ``name`` may use ``*`` as a wildcard."""

    name: Annotated[str, StringConstraints(pattern=_COOKIE_NAME.pattern, max_length=200)]
    storage_type: StorageType = StorageType.COOKIE
    category: CookieCategory | Literal["unknown"]
    purpose: Text
    lifetime: CookieLifetime
    # "unknown" first: pydantic tries the union's members in order, and a failed enum lookup
    # is slow enough to show in the catalog's load time.
    party: Literal["unknown"] | Party
    # Optional cookies (legacy tags, features most sites do not use) are still recognised by
    # the scanner but are not added to a project unless asked for.
    added_by_default: bool = True
    note: str = ""
    uncertain: dict[CookieFact, Note] = Field(default_factory=dict)
    sources: list[Text] = Field(default_factory=list)

    @model_validator(mode="after")
    def _explicit_unknowns(self) -> Self:
        if self.name.strip("*") == "":
            raise ValueError("a cookie name cannot be only wildcards")
        if self.lifetime.kind is None or not self.lifetime.is_answered():
            raise ValueError(f"{self.name}: lifetime must be filled or marked unknown")
        if self.lifetime.kind is LifetimeKind.UNKNOWN and CookieFact.LIFETIME not in self.uncertain:
            raise ValueError(f"{self.name}: an unknown lifetime needs a note in 'uncertain'")
        if self.category == UNKNOWN and CookieFact.CATEGORY not in self.uncertain:
            raise ValueError(f"{self.name}: an unknown category needs a note in 'uncertain'")
        if self.party == UNKNOWN and CookieFact.PARTY not in self.uncertain:
            raise ValueError(f"{self.name}: an unknown party needs a note in 'uncertain'")
        return self

    @property
    def is_wildcard(self) -> bool:
        return "*" in self.name

    @property
    def cookie_category(self) -> CookieCategory | None:
        return None if self.category == UNKNOWN else CookieCategory(self.category)

    @property
    def cookie_party(self) -> Party | None:
        return None if self.party == UNKNOWN else Party(self.party)


class CatalogEntry(CatalogModel):
    """One known service: who it is, what it receives, where data goes, what it stores."""

    id: ServiceId
    name: Text
    aliases: list[Text] = Field(default_factory=list)  # other names people search for
    kind: ServiceKind
    also_kinds: list[ServiceKind] = Field(default_factory=list)
    # False for software the site runs itself (e.g. self-hosted WordPress): it sets cookies
    # but hands data to no third party, so adding it adds cookies and no recipient.
    is_recipient: bool = True
    legal_entity: LegalEntity | None  # the one EU/EEA customers contract with, where known
    other_entities: list[LegalEntity] = Field(default_factory=list)
    purpose: Text  # typical purposes, worded for the policy ("to measure how ...")
    data_categories: list[DataKind] = Field(default_factory=list)
    role: RecipientRole | None
    role_note: str = ""  # notes (role_note, transfer_note, note, uncertain) are for the user
    data_locations: list[CountryCode] = Field(default_factory=list)
    transfer_safeguard: TransferSafeguard
    transfer_note: str = ""  # for the user, shown beside the entry; never copied into a policy
    # Policy text about the safeguard, copied to ``Recipient.safeguard_details`` (personal
    # entries saved from a project keep the user's words here; built-in entries leave it empty).
    safeguard_details: str = ""
    privacy_url: HttpUrl | None
    opt_out_url: HttpUrl | None = None
    # False for server-side services (e-mail APIs, hosting) that a browser never talks to.
    loads_in_browser: bool = True
    # True when the provider states it sets no cookies or similar storage at all.
    cookieless: bool = False
    cookies: list[CatalogCookie] = Field(default_factory=list)
    hosts: list[HostPattern] = Field(default_factory=list)
    last_checked: dt.date
    sources: list[Text] = Field(min_length=1)
    uncertain: dict[EntryFact, Note] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        needs_note: list[tuple[bool, EntryFact]] = [
            (self.transfer_safeguard is TransferSafeguard.UNKNOWN, EntryFact.TRANSFER_SAFEGUARD),
            (self.is_recipient and self.legal_entity is None, EntryFact.LEGAL_ENTITY),
            (self.is_recipient and self.role is None, EntryFact.ROLE),
            (self.is_recipient and self.privacy_url is None, EntryFact.PRIVACY_URL),
            (self.is_recipient and not self.data_locations, EntryFact.DATA_LOCATIONS),
            (self.loads_in_browser and not self.hosts, EntryFact.HOSTS),
            (
                self.loads_in_browser and not self.cookieless and not self.cookies,
                EntryFact.COOKIES,
            ),
        ]
        for missing, fact in needs_note:
            if missing and fact not in self.uncertain:
                raise ValueError(f"{self.id}: {fact.value} is not known; say why in 'uncertain'")
        if not self.loads_in_browser and (self.cookies or self.hosts):
            raise ValueError(f"{self.id}: a server-side service has no cookies or hosts")
        if self.cookieless and self.cookies:
            raise ValueError(f"{self.id}: marked cookieless but lists cookies")
        if self.kind in self.also_kinds:
            raise ValueError(f"{self.id}: 'also_kinds' repeats the main kind")
        seen: set[tuple[str, StorageType]] = set()
        for cookie in self.cookies:
            key = (cookie.name, cookie.storage_type)
            if key in seen:
                raise ValueError(f"{self.id}: cookie {cookie.name!r} is listed twice")
            seen.add(key)
        if len(set(self.hosts)) != len(self.hosts):
            raise ValueError(f"{self.id}: a host pattern is listed twice")
        return self

    @property
    def kinds(self) -> tuple[ServiceKind, ...]:
        return (self.kind, *self.also_kinds)

    @property
    def country(self) -> str:
        """Where the data is processed, for the recipient's country field (ISO code or "")."""
        if self.data_locations:
            return self.data_locations[0]
        return self.legal_entity.country or "" if self.legal_entity else ""

    def host_rules(self) -> list[HostRule]:
        return [parse_host_pattern(p) for p in self.hosts]


class SourceInfo(CatalogModel):
    """Where facts come from; entries refer to a source by its key in ``CatalogInfo.sources``."""

    title: Text
    url: HttpUrl | None = None
    license: str = ""
    note: str = ""


class CatalogInfo(CatalogModel):
    """The catalog's own metadata, from ``resources/catalog/catalog.json``."""

    format_version: Literal[1]
    version: Text
    date: dt.date
    description: str = ""
    sources: dict[str, SourceInfo]
