"""What adding or removing a catalog service does to a project, computed without side effects.

The editor shows a :class:`ServiceAddition` as a preview, then applies it as one undoable
step; the CLI applies it directly with :func:`with_service`. Nothing here edits the project
it is given: every function returns new objects, so undo stays the UI's business.

User edits win over catalog defaults: a service already in the project is never filled in
again, and an existing recipient is only ever linked, never rewritten.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass

from editor.model.cookies import Cookie, CookieSettings
from editor.model.data import DataKind
from editor.model.project import Project
from editor.model.recipients import Recipient

from .schema import CatalogCookie, CatalogEntry


@dataclass(frozen=True)
class ServiceAddition:
    """What adding one catalog service adds to a project."""

    service_id: str
    recipient: Recipient | None  # a new recipient, or None when one exists or none is needed
    existing_recipient_id: str | None  # the recipient already in the project for this service
    link_existing: bool  # set service_id on that existing recipient (matched by name only)
    cookies: tuple[Cookie, ...]  # new cookies, each linked to the recipient and the service
    already_present: tuple[str, ...]  # cookie names the project has already

    @property
    def recipient_id(self) -> str | None:
        return self.recipient.id if self.recipient else self.existing_recipient_id

    @property
    def is_empty(self) -> bool:
        """True when the project has everything already (adding twice changes nothing)."""
        return self.recipient is None and not self.link_existing and not self.cookies


@dataclass(frozen=True)
class ServiceRemoval:
    """What removing a recipient takes with it: the cookies linked to it or to its service."""

    recipient_id: str
    service_id: str
    cookie_ids: tuple[str, ...]


def _same_name(a: str, b: str) -> bool:
    return a.strip().casefold() == b.strip().casefold()


def find_service_recipient(project: Project, entry: CatalogEntry) -> tuple[Recipient | None, bool]:
    """The project's recipient for ``entry``, and whether it was matched by name only.

    A recipient linked by ``service_id`` is the service. Failing that, a recipient the user
    typed in by hand with the service's name or alias (and no other link) is taken to be it,
    so that picking the service from the catalog does not create a duplicate.
    """
    for recipient in project.recipients:
        if recipient.service_id == entry.id:
            return recipient, False
    names = [entry.name, *entry.aliases]
    for recipient in project.recipients:
        if not recipient.service_id and any(_same_name(recipient.name, n) for n in names):
            return recipient, True
    return None, False


# How each kind of data is named when it is described in words (``Recipient.data_shared``):
# short nouns without "and", so that the policy can list them after the project's own categories
# ("Contact details, IP address, cookie IDs and device details") without reading as one blur.
_SHARED_AS: dict[DataKind, tuple[str, ...]] = {
    DataKind.CONTACT: ("contact details",),
    DataKind.IDENTITY: ("identity details",),
    DataKind.ACCOUNT: ("login details",),
    DataKind.PAYMENT: ("payment details",),
    DataKind.TRANSACTIONS: ("orders",),
    DataKind.USAGE: ("pages visited",),
    DataKind.DEVICE: ("device details",),
    DataKind.ONLINE_IDENTIFIERS: ("IP address", "cookie IDs"),
    DataKind.LOCATION: ("precise location",),
    DataKind.COMMUNICATIONS: ("messages",),
    DataKind.USER_CONTENT: ("content you upload",),
    DataKind.PREFERENCES: ("preferences",),
    DataKind.PROFESSIONAL: ("job details",),
    DataKind.INFERENCES: ("interest profiles",),
    DataKind.AUDIO_VISUAL: ("photos and recordings",),
}


def shared_words(kinds: Iterable[DataKind]) -> str:
    """Kinds of data in words, as a list: "IP address, cookie IDs and device details"."""
    words: list[str] = []
    for kind in kinds:
        for word in _SHARED_AS.get(kind, (kind.label[:1].lower() + kind.label[1:],)):
            if word not in words:
                words.append(word)
    if len(words) < 2:
        return "".join(words)
    return ", ".join(words[:-1]) + " and " + words[-1]


def _data_links(project: Project, kinds: Iterable[DataKind]) -> tuple[list[str], str]:
    """Project data categories of the kinds the service receives, and the rest in words.

    A kind is linked to the project's category only when exactly one category has it: with
    two contact categories ("Contact details", "Newsletter sign-ups"), a payment provider
    would otherwise be said to receive the newsletter list. Then the kind is named in words
    and the user picks the categories.
    """
    ids: list[str] = []
    unmatched: list[DataKind] = []
    for kind in kinds:
        matching = [c.id for c in project.data_categories if c.kind is kind]
        if len(matching) == 1:
            if matching[0] not in ids:
                ids.append(matching[0])
        else:
            unmatched.append(kind)
    return ids, shared_words(unmatched)


def new_recipient(project: Project, entry: CatalogEntry) -> Recipient:
    """A recipient filled from the catalog entry's defaults."""
    category_ids, data_shared = _data_links(project, entry.data_categories)
    return Recipient(
        name=entry.name,
        legal_entity=entry.legal_entity.name if entry.legal_entity else "",
        kind=entry.kind,
        role=entry.role,
        purpose=entry.purpose,
        data_category_ids=category_ids,
        data_shared=data_shared,
        country=entry.country,
        transfer_safeguard=entry.transfer_safeguard,
        safeguard_details=entry.safeguard_details,
        policy_url=entry.privacy_url or "",
        opt_out_url=entry.opt_out_url or "",
        service_id=entry.id,
    )


def catalog_cookie_to_cookie(
    cookie: CatalogCookie, entry: CatalogEntry, recipient_id: str | None
) -> Cookie:
    return Cookie(
        name=cookie.name,
        provider=entry.name,
        party=cookie.cookie_party,
        storage_type=cookie.storage_type,
        category=cookie.cookie_category,
        purpose=cookie.purpose,
        # A copy: the catalog's objects are shared, the project's must be the project's own.
        lifetime=cookie.lifetime.model_copy(deep=True),
        recipient_id=recipient_id or "",
        service_id=entry.id,
    )


def _has_cookie(cookies: CookieSettings, cookie: CatalogCookie) -> bool:
    return any(
        c.name == cookie.name and c.storage_type is cookie.storage_type for c in cookies.cookies
    )


def apply_service(
    project: Project,
    entry: CatalogEntry,
    *,
    include_optional: bool = False,
    seen: Collection[str] = (),
) -> ServiceAddition:
    """Compute what adding ``entry`` to ``project`` adds, without changing the project.

    Only what is missing is added: an existing recipient is kept as the user left it, and a
    cookie the project already lists (same name and storage type) is not added again.
    Optional cookies (legacy tags, rarely used features) come only with ``include_optional``,
    or when a scan ``seen`` them (names or patterns of the entry's cookies that it found).
    """
    existing, by_name = find_service_recipient(project, entry)
    recipient: Recipient | None = None
    if entry.is_recipient and existing is None:
        recipient = new_recipient(project, entry)
    recipient_id = recipient.id if recipient else (existing.id if existing else None)
    cookies: list[Cookie] = []
    present: list[str] = []
    for cookie in entry.cookies:
        if not (cookie.added_by_default or include_optional or cookie.name in seen):
            continue
        if _has_cookie(project.cookies, cookie):
            present.append(cookie.name)
            continue
        cookies.append(catalog_cookie_to_cookie(cookie, entry, recipient_id))
    return ServiceAddition(
        service_id=entry.id,
        recipient=recipient,
        existing_recipient_id=existing.id if existing else None,
        link_existing=by_name,
        cookies=tuple(cookies),
        already_present=tuple(present),
    )


def with_service(project: Project, addition: ServiceAddition) -> Project:
    """A new project with ``addition`` applied; ``project`` itself is left as it was."""
    result = project.model_copy(deep=True)
    if addition.recipient is not None:
        result.recipients.append(addition.recipient.model_copy(deep=True))
    if addition.link_existing and addition.existing_recipient_id:
        linked = result.recipient(addition.existing_recipient_id)
        if linked is not None:
            linked.service_id = addition.service_id
    result.cookies.cookies.extend(c.model_copy(deep=True) for c in addition.cookies)
    if addition.cookies and result.cookies.uses_cookies is None:
        result.cookies.uses_cookies = True
    return result


def removal_for_recipient(project: Project, recipient_id: str) -> ServiceRemoval | None:
    """What removing the recipient would remove with it, or None if there is no such recipient.

    A cookie goes with the recipient when it is linked to it, or when it came from the same
    catalog service and is linked to no other recipient.
    """
    recipient = project.recipient(recipient_id)
    if recipient is None:
        return None
    cookie_ids = tuple(
        c.id
        for c in project.cookies.cookies
        if c.recipient_id == recipient_id
        or (recipient.service_id and c.service_id == recipient.service_id and not c.recipient_id)
    )
    return ServiceRemoval(recipient_id, recipient.service_id, cookie_ids)


def without_recipient(
    project: Project, removal: ServiceRemoval, *, remove_cookies: bool = True
) -> Project:
    """A new project without the recipient and, unless declined, its cookies."""
    result = project.model_copy(deep=True)
    result.recipients = [r for r in result.recipients if r.id != removal.recipient_id]
    if remove_cookies:
        gone = set(removal.cookie_ids)
        result.cookies.cookies = [c for c in result.cookies.cookies if c.id not in gone]
    else:
        # Kept cookies must not point at a recipient that no longer exists.
        for cookie in result.cookies.cookies:
            if cookie.recipient_id == removal.recipient_id:
                cookie.recipient_id = ""
    return result
