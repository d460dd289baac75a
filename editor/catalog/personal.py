"""Saving a recipient (and its cookies) from a project as an entry of the personal catalog.

A small business that works with a local bakery supplier or a regional payment provider can
describe it once and add it to every client's project from the "Add service" dialog. What the
user left unanswered is recorded as uncertain, the way the built-in entries do it, so the
dialog shows "not confirmed" rather than a guess.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import re
import tempfile
import unicodedata
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from editor.model.cookies import Cookie, CookieCategory, LifetimeKind
from editor.model.project import Project
from editor.model.recipients import Recipient, ServiceKind, TransferSafeguard

from .apply import removal_for_recipient
from .loader import Catalog, CatalogError, _validation_summary
from .schema import _COOKIE_NAME, UNKNOWN, CatalogCookie, CatalogEntry, EntryFact, _check_http_url

NOT_GIVEN = "Not answered in the project this entry was saved from."
SOURCE = "my own records (saved from a Policywright project)"


class PersonalEntryDraftError(CatalogError):
    """The recipient cannot be saved as a catalog entry yet; ``problems`` says what to fill in."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("; ".join(problems))


def slug(text: str) -> str:
    """An entry id from a name: "Bäckerei Müller GmbH" becomes "backerei-muller-gmbh"."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())
    return "-".join(words)[:64].strip("-") or "my-service"


def _url_problem(value: str, what: str) -> str | None:
    if not value.strip():
        return None
    try:
        _check_http_url(value.strip())
    except ValueError:
        return f"{what} is not a web address (it should start with https://)"
    return None


def _cookie_data(cookie: Cookie, base: CatalogCookie | None) -> dict[str, Any]:
    data: dict[str, Any] = base.model_dump(mode="json") if base else {}
    uncertain: dict[str, str] = {}
    category: str = "unknown"
    if cookie.category is not None and cookie.category is not CookieCategory.UNCLASSIFIED:
        category = cookie.category.value
    else:
        uncertain["category"] = NOT_GIVEN
    lifetime = cookie.lifetime.model_dump(mode="json")
    if not cookie.lifetime.is_answered():
        lifetime = {"kind": LifetimeKind.UNKNOWN.value}
        uncertain["lifetime"] = NOT_GIVEN
    party: str = cookie.party.value if cookie.party else UNKNOWN
    if cookie.party is None:
        uncertain["party"] = NOT_GIVEN
    data.update(
        name=cookie.name.strip(),
        storage_type=cookie.storage_type.value,
        category=category,
        purpose=cookie.purpose.strip(),
        lifetime=lifetime,
        party=party,
        added_by_default=True,
        uncertain=uncertain,
    )
    return data


def entry_from_recipient(
    project: Project,
    recipient_id: str,
    catalog: Catalog,
    *,
    today: dt.date | None = None,
) -> CatalogEntry:
    """The recipient and its cookies as a catalog entry; raises PersonalEntryDraftError.

    A recipient added from the catalog keeps its entry's id, hosts and search names, so the
    saved entry replaces the built-in one (the user's checked facts win) and the site check
    still recognises it. Anything else gets an id made from its name.
    """
    recipient = project.recipient(recipient_id)
    if recipient is None:
        raise PersonalEntryDraftError(["the third party is no longer in the project"])
    base = catalog.get(recipient.service_id) if recipient.service_id else None
    removal = removal_for_recipient(project, recipient_id)
    linked = [c for c in project.cookies.cookies if removal and c.id in removal.cookie_ids]

    problems = _problems(recipient, linked)
    if problems:
        raise PersonalEntryDraftError(problems)
    data = _entry_data(project, recipient, base, linked, catalog, today or dt.date.today())
    try:
        return CatalogEntry.model_validate(data)
    except ValidationError as err:
        raise PersonalEntryDraftError([_validation_summary(err)]) from err


def _problems(recipient: Recipient, cookies: list[Cookie]) -> list[str]:
    problems = []
    if not recipient.name.strip():
        problems.append("give the third party a name")
    if not recipient.purpose.strip():
        problems.append("say why they get the data")
    for url, what in ((recipient.policy_url, "their privacy policy"),
                      (recipient.opt_out_url, "the opt-out address")):  # fmt: skip
        problem = _url_problem(url, what)
        if problem:
            problems.append(problem)
    for cookie in cookies:
        name = cookie.name.strip()
        if not name or not _COOKIE_NAME.match(name):
            problems.append(f"the cookie “{cookie.name}” needs a name without spaces or ;,=")
        elif not cookie.purpose.strip():
            problems.append(f"say what the cookie “{name}” does")
    return problems


def _entry_data(
    project: Project,
    recipient: Recipient,
    base: CatalogEntry | None,
    cookies: list[Cookie],
    catalog: Catalog,
    today: dt.date,
) -> dict[str, Any]:
    data: dict[str, Any] = base.model_dump(mode="json") if base else {}
    # What the catalog was unsure of stays unsure while the user kept the catalog's value.
    uncertain = {k.value: v for k, v in _kept_doubts(recipient, base).items()}

    def unknown(fact: EntryFact) -> None:
        uncertain[fact.value] = NOT_GIVEN

    name = recipient.name.strip()
    entity = recipient.legal_entity.strip()
    if entity:
        legal_entity: dict[str, Any] | None = {"name": entity}
        if base and base.legal_entity and base.legal_entity.name == entity:
            legal_entity = base.legal_entity.model_dump(mode="json")
    else:
        legal_entity = None
        unknown(EntryFact.LEGAL_ENTITY)
    # "Not sure yet" is the owner's doubt, and running the tool themselves their own set-up:
    # neither is a fact about the service.
    role = None if recipient.role_unsettled or not recipient.receives_data else recipient.role
    if role is None:
        unknown(EntryFact.ROLE)
    country = recipient.country.strip().upper()
    if not country:
        unknown(EntryFact.DATA_LOCATIONS)
    safeguard = recipient.transfer_safeguard or TransferSafeguard.UNKNOWN
    if safeguard is TransferSafeguard.UNKNOWN:
        unknown(EntryFact.TRANSFER_SAFEGUARD)
    if not recipient.policy_url.strip():
        unknown(EntryFact.PRIVACY_URL)
    kinds = [
        c.kind.value
        for c in project.data_categories
        if c.id in recipient.data_category_ids and c.kind is not None
    ]
    base_cookies = {(c.name, c.storage_type): c for c in base.cookies} if base else {}
    seen: set[tuple[str, str]] = set()
    cookie_data = []
    for cookie in cookies:
        key = (cookie.name.strip(), cookie.storage_type.value)
        if key not in seen:
            seen.add(key)
            base_cookie = base_cookies.pop((cookie.name.strip(), cookie.storage_type), None)
            cookie_data.append(_cookie_data(cookie, base_cookie))
    for rest in base_cookies.values():  # still recognised by the site check, added on request
        cookie_data.append(rest.model_dump(mode="json") | {"added_by_default": False})
    loads_in_browser = base.loads_in_browser if base else bool(cookie_data)
    hosts = list(base.hosts) if base else []
    if loads_in_browser and not hosts:
        uncertain[EntryFact.HOSTS.value] = "No hosts known: the site check cannot recognise it."
    cookieless = bool(base and base.cookieless and not cookie_data)
    if loads_in_browser and not cookieless and not cookie_data:
        unknown(EntryFact.COOKIES)
    data.update(
        id=base.id if base else _free_id(slug(name), catalog),
        name=name,
        kind=(recipient.kind or ServiceKind.OTHER).value,
        is_recipient=True,
        legal_entity=legal_entity,
        purpose=recipient.purpose.strip(),
        data_categories=kinds or [k.value for k in (base.data_categories if base else [])],
        role=role.value if role else None,
        data_locations=[country] if country else [],
        transfer_safeguard=safeguard.value,
        transfer_note="",
        safeguard_details=recipient.safeguard_details.strip(),
        privacy_url=recipient.policy_url.strip() or None,
        opt_out_url=recipient.opt_out_url.strip() or None,
        loads_in_browser=loads_in_browser,
        cookieless=cookieless,
        cookies=cookie_data,
        hosts=hosts,
        last_checked=today.isoformat(),
        sources=[SOURCE],
        uncertain=uncertain,
    )
    if base:
        data.pop("role_note", None)
    return data


def _kept_doubts(recipient: Recipient, base: CatalogEntry | None) -> dict[EntryFact, str]:
    if base is None:
        return {}
    entity = base.legal_entity.name if base.legal_entity else ""
    unchanged = {
        EntryFact.LEGAL_ENTITY: recipient.legal_entity.strip() == entity,
        EntryFact.ROLE: recipient.role == base.role or recipient.role_unsettled,
        EntryFact.PURPOSE: recipient.purpose.strip() == base.purpose,
        EntryFact.DATA_LOCATIONS: recipient.country.strip().upper() == base.country,
        EntryFact.TRANSFER_SAFEGUARD: recipient.transfer_safeguard == base.transfer_safeguard,
        EntryFact.PRIVACY_URL: recipient.policy_url.strip() == (base.privacy_url or ""),
        EntryFact.OPT_OUT_URL: recipient.opt_out_url.strip() == (base.opt_out_url or ""),
    }
    return {f: note for f, note in base.uncertain.items() if unchanged.get(f, True)}


def _free_id(wanted: str, catalog: Catalog) -> str:
    """``wanted``, unless a built-in entry has it: a hand-made entry must not replace one."""
    if wanted not in catalog or catalog.is_personal(wanted):
        return wanted
    return f"{wanted}-mine"


def personal_entry_path(entry: CatalogEntry, directory: Path) -> Path:
    return directory / f"{entry.id}.json"


def save_personal_entry(entry: CatalogEntry, directory: Path) -> Path:
    """Write ``entry`` as JSON into ``directory`` (replacing a file of the same id) atomically."""
    directory.mkdir(parents=True, exist_ok=True)
    path = personal_entry_path(entry, directory)
    text = json.dumps(entry.model_dump(mode="json", exclude_defaults=True), indent=2,
                      ensure_ascii=False) + "\n"  # fmt: skip
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return path
