"""Catalog entries from the Open Cookie Database's facts and our own editorial choices.

The database (github.com/jkwakman/Open-Cookie-Database, Apache-2.0) names, per cookie, its
platform, category, domain, retention and controller. We add what it does not give and what
we may not copy: the kind of each platform and purposes in our own words
(``resources/catalog/ocd-platforms.toml``). Every fact taken from a row keeps ``OCD`` as its
source; a fact the database does not settle (legal entity, role, country, safeguard) stays
unknown with a note, never guessed.

Used by ``scripts/build_catalog.py`` to write ``resources/catalog/ocd-services.json`` and by
``policywright catalog update`` to read a newer CSV the same way.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
import tomllib
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from editor.model.base import Duration, TimeUnit
from editor.model.cookies import CookieCategory, CookieLifetime, LifetimeKind, Party
from editor.model.recipients import ServiceKind, TransferSafeguard

from .loader import Catalog
from .matching import HostMatcher
from .schema import (
    _COOKIE_NAME,
    _HOST,
    SLUG,
    UNKNOWN,
    CatalogCookie,
    CatalogEntry,
    CookieFact,
    EntryFact,
)

SOURCE = "OCD"  # the database's key in catalog.json's sources
COLUMNS = (
    "ID",
    "Platform",
    "Category",
    "Cookie / Data Key name",
    "Domain",
    "Retention period",
    "Data Controller",
    "User Privacy & GDPR Rights Portals",
    "Wildcard match",
)


class OcdError(ValueError):
    """A file that is not the Open Cookie Database's CSV (the message is for the user)."""


@dataclass(frozen=True)
class OcdRow:
    """One cookie or storage key as the database states it."""

    id: str
    platform: str
    category: str
    name: str
    domain: str
    retention: str
    controller: str
    privacy_url: str
    wildcard: bool


def read_rows(text: str) -> list[OcdRow]:
    """The rows of the database's CSV (``cookies-facts.csv`` or the project's own CSV)."""
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    missing = [c for c in COLUMNS if c not in (reader.fieldnames or ())]
    if missing:
        raise OcdError(f"not the Open Cookie Database's CSV: no column {missing[0]!r}")
    return [
        OcdRow(
            id=r["ID"].strip(),
            platform=r["Platform"].strip(),
            category=r["Category"].strip(),
            name=r["Cookie / Data Key name"].strip(),
            domain=r["Domain"].strip(),
            retention=r["Retention period"].strip(),
            controller=r["Data Controller"].strip(),
            privacy_url=r["User Privacy & GDPR Rights Portals"].strip(),
            wildcard=r["Wildcard match"].strip() == "1",
        )
        for r in reader
    ]


# ----------------------------------------------------------------------------------------
# Single facts: a retention text, a category, a name, a domain


_UNITS = {
    "min": "minutes",
    "minute": "minutes",
    "hour": "hours",
    "day": "days",
    "week": "weeks",
    "month": "months",
    "year": "years",
}
_PERIOD = re.compile(
    r"^(\d+)\s*(seconds?|secs?|mins?|minutes?|hours?|days?|weeks?|months?|years?)$"
)
_SESSION = {"session", "sessions", "session cookie", "end of session (browser)", "seesion"}
_PERSISTENT = {"forever", "unlimited", "persistent", "permanent", "no expiration"}


def parse_retention(text: str) -> tuple[CookieLifetime, str]:
    """The lifetime the database states, and a note when it cannot be read exactly.

    Only plain periods ("13 months"), sessions and "forever" are read; anything qualified
    ("1 hour or longer", "6 months by default, modifiable") stays unknown with the database's
    own words in the note, because a rounded figure in a policy would not be true.
    """
    plain = " ".join(text.split()).casefold()
    if plain in _SESSION:
        return CookieLifetime(kind=LifetimeKind.SESSION), ""
    if plain in _PERSISTENT:
        return CookieLifetime(kind=LifetimeKind.PERSISTENT), ""
    found = _PERIOD.match(plain)
    if found and int(found.group(1)) > 0:
        amount, unit = int(found.group(1)), found.group(2).rstrip("s")
        if unit in ("second", "sec"):
            # Our units start at minutes; a rounded minute would overstate it.
            return CookieLifetime(kind=LifetimeKind.UNTIL_EVENT, event=f"{amount} seconds pass"), ""
        period = Duration(amount=amount, unit=TimeUnit(_UNITS[unit]))
        return CookieLifetime(kind=LifetimeKind.PERIOD, period=period), ""
    said = f"the database says {text!r}" if text else "the database gives no retention period"
    return CookieLifetime(kind=LifetimeKind.UNKNOWN), f"Not read exactly: {said}."


_CATEGORIES: dict[str, tuple[CookieCategory, str]] = {
    "functional": (CookieCategory.FUNCTIONAL, ""),
    "marketing": (CookieCategory.MARKETING, ""),
    "analytics": (CookieCategory.ANALYTICS, ""),
    "necessary": (CookieCategory.STRICTLY_NECESSARY, ""),
    "security": (
        CookieCategory.STRICTLY_NECESSARY,
        "The database files it under security; security cookies are usually strictly "
        "necessary, but check that this one is needed for the site to work.",
    ),
    "personalization": (
        CookieCategory.FUNCTIONAL,
        "The database files it under personalisation, which we show as functional; check "
        "whether it personalises ads (then it is marketing).",
    ),
}


def cookie_category(text: str) -> tuple[CookieCategory | None, str]:
    """Our category for the database's, with a note where the two do not map one to one."""
    return _CATEGORIES.get(text.casefold(), (None, f"The database's category is {text!r}."))


def cookie_pattern(row: OcdRow) -> str | None:
    """The name as our pattern (a prefix becomes ``name*``), or None when it is not a name."""
    name = row.name.strip().strip("\u200b")
    if not name or not _COOKIE_NAME.match(name) or len(name) > 199:
        return None
    if row.wildcard and not name.endswith("*"):
        name += "*"
    return None if name.strip("*") == "" else name


def domain_hosts(domain: str) -> list[str]:
    """Host names a cookie's domain column names ("adform.net (3rd party)", ".adnxs.com")."""
    hosts = []
    for part in re.split(r"\bor\b|,", domain.replace("\u200b", "")):
        host = part.replace("(3rd party)", "").strip().strip(".").lower()
        if _HOST.match(host) and not host.startswith("*."):
            hosts.append(host)
    return hosts


def _registrable(host: str) -> str:
    """The last two labels: enough to keep a derived host off a hand-written entry's domain."""
    return ".".join(host.split(".")[-2:])


def content_digest(text: str) -> str:
    """A short name for a copy of the CSV that carries no commit: its content's hash."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")[:64].strip("-")


# ----------------------------------------------------------------------------------------
# Our editorial choices


@dataclass(frozen=True)
class NameRule:
    pattern: re.Pattern[str]
    purpose: str
    categories: frozenset[str] = frozenset()  # empty: every category

    def fits(self, name: str, category: CookieCategory | None) -> bool:
        if self.categories and (category is None or category.value not in self.categories):
            return False
        return bool(self.pattern.search(name.casefold()))


@dataclass(frozen=True)
class Editorial:
    """``ocd-platforms.toml``: what we add to the database (see the file's comments)."""

    checked: str
    existing: Mapping[str, str]
    same_as: Mapping[str, str]
    ids: Mapping[str, str]
    names: Mapping[str, str]
    self_hosted: frozenset[str]
    skip: frozenset[str]
    kinds: Mapping[str, ServiceKind]
    service_purposes: Mapping[str, str]
    kind_purposes: Mapping[ServiceKind, str]
    data_categories: Mapping[ServiceKind, tuple[str, ...]]
    name_rules: tuple[NameRule, ...]
    cookie_purposes: Mapping[str, Mapping[str, str]]  # kind value or "default" → category
    service_cookie_purposes: Mapping[str, Mapping[str, str]] = field(default_factory=dict)

    @classmethod
    def from_toml(cls, text: str) -> Editorial:
        data = tomllib.loads(text)
        kinds: dict[str, ServiceKind] = {}
        for kind, platforms in data["kinds"].items():
            for platform in platforms:
                if platform in kinds and kinds[platform] is not ServiceKind(kind):
                    raise ValueError(f"{platform!r} has two kinds")
                kinds.setdefault(platform, ServiceKind(kind))
        purposes = data["purposes"]
        cookie_purposes = dict(data["cookie_purposes"].get("kind", {}))
        cookie_purposes["default"] = data["cookie_purposes"]["default"]
        return cls(
            checked=data["checked"],
            existing=data["existing"],
            same_as=data["same_as"],
            ids=data.get("ids", {}),
            names=data["names"],
            self_hosted=frozenset(data["self_hosted"]),
            skip=frozenset(data.get("skip", ())),
            kinds=kinds,
            service_purposes=purposes.get("service", {}),
            kind_purposes={ServiceKind(k): v for k, v in purposes["kind"].items()},
            data_categories={ServiceKind(k): tuple(v) for k, v in data["data_categories"].items()},
            name_rules=tuple(
                NameRule(re.compile(r["match"]), r["purpose"], frozenset(r.get("categories", ())))
                for r in data["cookie_names"]
            ),
            cookie_purposes=cookie_purposes,
            service_cookie_purposes=data["cookie_purposes"].get("service", {}),
        )

    def cookie_purpose(
        self,
        platform: str,
        name: str,
        kind: ServiceKind,
        category: CookieCategory | None,
        label: str,
    ) -> str:
        """Per cookie where the name says what it does, else per platform (or kind) and category."""
        for rule in self.name_rules:
            if rule.fits(name, category):
                return rule.purpose
        key = category.value if category else "functional"
        for table in (
            self.service_cookie_purposes.get(platform, {}),
            self.cookie_purposes.get(kind.value, {}),
            self.cookie_purposes["default"],
        ):
            if key in table:
                return table[key].format(name=label)
        raise KeyError(f"no cookie purpose for {platform!r} ({key})")


def editorial_path() -> Path:
    from .loader import builtin_catalog_dir

    return builtin_catalog_dir() / "ocd-platforms.toml"


def load_editorial(path: Path | None = None) -> Editorial:
    return Editorial.from_toml((path or editorial_path()).read_text(encoding="utf-8"))


# ----------------------------------------------------------------------------------------
# Rows → entries


@dataclass(frozen=True)
class Skipped:
    row: OcdRow
    reason: str


@dataclass
class OcdCatalog:
    """What the database adds: new entries, extra cookies for hand-written ones, and rows
    that could not be used (with why)."""

    commit: str
    services: list[CatalogEntry]
    supplements: dict[str, list[CatalogCookie]]
    skipped: list[Skipped]

    @property
    def cookie_count(self) -> int:
        return sum(len(e.cookies) for e in self.services) + sum(
            len(c) for c in self.supplements.values()
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "format_version": 1,
            "source": SOURCE,
            "commit": self.commit,
            "services": [_dump(e) for e in self.services],
            "supplements": {
                sid: [_dump(c) for c in cookies]
                for sid, cookies in sorted(self.supplements.items())
            },
        }


def _dump(model: CatalogEntry | CatalogCookie) -> dict[str, Any]:
    return model.model_dump(mode="json", exclude_defaults=True)


def _cookie(
    row: OcdRow, name: str, editorial: Editorial, kind: ServiceKind, label: str, self_hosted: bool
) -> CatalogCookie:
    category, category_note = cookie_category(row.category)
    lifetime, lifetime_note = parse_retention(row.retention)
    uncertain: dict[CookieFact, str] = {}
    if category is None or category_note:
        uncertain[CookieFact.CATEGORY] = category_note
    if lifetime_note:
        uncertain[CookieFact.LIFETIME] = lifetime_note
    if self_hosted:
        party: Party | str = Party.FIRST_PARTY  # the site's own software sets it on its own domain
    elif domain_hosts(row.domain):
        party = Party.THIRD_PARTY
    else:
        party = UNKNOWN
        uncertain[CookieFact.PARTY] = "The database names no domain for it."
    return CatalogCookie.model_validate(
        {
            "name": name,
            "category": category.value if category else UNKNOWN,
            "purpose": editorial.cookie_purpose(row.platform, name, kind, category, label),
            "lifetime": lifetime.model_dump(mode="json", exclude_defaults=True),
            "party": party,
            # The database lists what a platform may set, not what every site sets: adding the
            # service leaves them out, and the scanner adds those it actually sees.
            "added_by_default": False,
            "uncertain": uncertain,
            "sources": [SOURCE],
        }
    )


def _prefix_key(pattern: str) -> str:
    return pattern.rstrip("*").rstrip("._-")


def hand_spellings(handwritten: Catalog) -> dict[str, str]:
    """Hand-written wildcard patterns by their prefix: the database writes ``_pk_id`` as a
    prefix where Matomo's own table says ``_pk_id.*``; one spelling for one cookie lets the
    scanner see that two services share it instead of preferring the longer pattern."""
    return {
        _prefix_key(c.name): c.name
        for entry in handwritten
        for c in entry.cookies
        if c.name.endswith("*") and "*" not in c.name[:-1]
    }


def _cookies(
    rows: Iterable[OcdRow],
    editorial: Editorial,
    kind: ServiceKind,
    label: str,
    self_hosted: bool,
    taken: set[str],
    skipped: list[Skipped],
    spellings: Mapping[str, str],
) -> list[CatalogCookie]:
    cookies = []
    for row in rows:
        name = cookie_pattern(row)
        if name is not None and name.endswith("*"):
            name = spellings.get(_prefix_key(name), name)
        if name is None:
            skipped.append(Skipped(row, "the name is not a cookie or storage key name"))
            continue
        if name in taken:
            continue  # listed twice, or already in the hand-written entry
        try:
            cookies.append(_cookie(row, name, editorial, kind, label, self_hosted))
        except ValidationError as err:
            skipped.append(Skipped(row, f"not a valid cookie: {err.errors()[0]['msg']}"))
            continue
        taken.add(name)
    return cookies


def _most_common(values: Iterable[str]) -> str:
    counted = Counter(v for v in values if v)
    return counted.most_common(1)[0][0] if counted else ""


def _looks_shifted(controller: str) -> bool:
    """A controller that reads as a retention period: the row's columns are shifted."""
    return parse_retention(controller)[0].kind is not LifetimeKind.UNKNOWN


def _entry(
    platform: str,
    rows: list[OcdRow],
    editorial: Editorial,
    hosts: list[str],
    skipped: list[Skipped],
    spellings: Mapping[str, str],
    other_names: frozenset[str],
) -> CatalogEntry | None:
    kind = editorial.kinds[platform]
    self_hosted = platform in editorial.self_hosted
    label = editorial.names.get(platform, platform)
    # The database's own spelling is searchable too, unless it is a bare company name that
    # other entries begin with ("Google", "Microsoft"): it would make every mention of the
    # company this entry, in search and in an imported policy.
    aliases = sorted(
        a
        for a in {r.platform for r in rows} - {label}
        if not any(n == a.casefold() or n.startswith(a.casefold() + " ") for n in other_names)
    )
    cookies = _cookies(rows, editorial, kind, label, self_hosted, set(), skipped, spellings)
    if not cookies:
        return None
    uncertain: dict[EntryFact, str] = {}
    data: dict[str, Any] = {
        "id": editorial.ids.get(platform) or slug(platform),
        "name": label,
        "aliases": aliases,
        "kind": kind.value,
        "purpose": editorial.service_purposes.get(platform) or editorial.kind_purposes[kind],
        "data_categories": list(editorial.data_categories[kind]),
        "cookies": [_dump(c) for c in cookies],
        "hosts": hosts,
        "last_checked": editorial.checked,
        "sources": [SOURCE],
    }
    if self_hosted:
        data |= {"is_recipient": False, "legal_entity": None, "role": None, "privacy_url": None}
        data["transfer_safeguard"] = TransferSafeguard.NOT_NEEDED.value
        data["transfer_note"] = "Runs on the site's own server: no third party receives the data."
        if not hosts:
            uncertain[EntryFact.HOSTS] = (
                "It runs on the site's own server, so a recording shows it only by its cookies."
            )
    else:
        controller = _most_common(r.controller for r in rows)
        if controller and not _looks_shifted(controller):
            said = f"The database names {controller!r} as the data controller"
        else:
            said = "The database names no data controller"
        data |= {"legal_entity": None, "role": None, "transfer_safeguard": UNKNOWN}
        uncertain[EntryFact.LEGAL_ENTITY] = (
            f"{said}; the legal entity that EU customers contract with is not in our sources."
        )
        uncertain[EntryFact.ROLE] = (
            f"Not in our sources: {label}'s terms say whether it works on your behalf "
            "(processor) or for its own purposes (controller)."
        )
        uncertain[EntryFact.DATA_LOCATIONS] = "Not in our sources."
        uncertain[EntryFact.TRANSFER_SAFEGUARD] = (
            f"Not in our sources: check {label}'s data processing terms."
        )
        privacy = _most_common(r.privacy_url for r in rows)
        data["privacy_url"] = privacy or None
        if not privacy:
            uncertain[EntryFact.PRIVACY_URL] = "The database gives no privacy page."
        if not hosts:
            uncertain[EntryFact.HOSTS] = (
                "The database names no domain of its own for these cookies, so a recording "
                "shows it only by its cookies."
            )
    data["uncertain"] = {k.value: v for k, v in uncertain.items()}
    try:
        return CatalogEntry.model_validate(data)
    except ValidationError:
        if data.get("privacy_url"):  # a privacy address we cannot use: say so, keep the rest
            data["privacy_url"] = None
            data["uncertain"][EntryFact.PRIVACY_URL.value] = (
                f"The database's privacy address is not a web address: {privacy!r}."
            )
            return CatalogEntry.model_validate(data)
        raise


def build(
    rows: Iterable[OcdRow], editorial: Editorial, handwritten: Catalog, commit: str
) -> OcdCatalog:
    """Entries for the database's platforms, beside the hand-written ``handwritten`` catalog."""
    grouped: dict[str, list[OcdRow]] = defaultdict(list)
    skipped: list[Skipped] = []
    for row in rows:
        if row.platform in editorial.skip:
            skipped.append(Skipped(row, "no platform"))
            continue
        grouped[editorial.same_as.get(row.platform, row.platform)].append(row)

    supplements: dict[str, list[CatalogCookie]] = {}
    spellings = hand_spellings(handwritten)
    hand_names = frozenset(n.casefold() for e in handwritten for n in (e.name, *e.aliases))
    for platform in sorted(grouped):
        service_id = editorial.existing.get(platform)
        if service_id is None:
            continue
        entry = handwritten.get(service_id)
        if entry is None:
            raise ValueError(
                f"{platform!r} is mapped to {service_id!r}, which is not in the catalog"
            )
        if entry.cookieless:
            skipped.extend(
                Skipped(r, f"{entry.name} states it sets no cookies") for r in grouped[platform]
            )
            continue
        taken = {c.name for c in entry.cookies} | {c.name for c in supplements.get(service_id, [])}
        extra = _cookies(
            grouped[platform],
            editorial,
            entry.kind,
            entry.name,
            not entry.is_recipient,
            taken,
            skipped,
            spellings,
        )
        if extra:
            supplements.setdefault(service_id, []).extend(extra)

    hand_hosts = HostMatcher(handwritten)
    hand_domains = {_registrable(h.host) for e in handwritten for h in e.host_rules() if h.host}
    claimed: set[str] = set()
    services: list[CatalogEntry] = []
    ids = {e.id for e in handwritten}
    for platform in sorted(grouped):
        if platform in editorial.existing:
            continue
        if platform not in editorial.kinds:
            raise ValueError(f"no kind for the database's platform {platform!r}: add it to [kinds]")
        hosts: list[str] = []
        if platform not in editorial.self_hosted:
            for host in dict.fromkeys(h for r in grouped[platform] for h in domain_hosts(r.domain)):
                domain = _registrable(host)
                if domain in hand_domains or domain in claimed or hand_hosts.match(host, "/"):
                    continue  # another entry's domain: a host must belong to one entry only
                claimed.add(domain)
                hosts += [domain, f"*.{domain}"]
        entry = _entry(
            platform, grouped[platform], editorial, hosts, skipped, spellings, hand_names
        )
        if entry is None:
            continue
        if entry.id in ids or not SLUG.match(entry.id):
            raise ValueError(
                f"{platform!r} would get the id {entry.id!r}, which is taken or not a slug"
            )
        ids.add(entry.id)
        services.append(entry)
    return OcdCatalog(commit, services, supplements, skipped)
