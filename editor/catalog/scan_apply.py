"""What accepting a scan report adds to a project, computed without side effects.

Shared by ``policywright scan --apply`` (which writes the result to the file) and the editor's
review step (which applies it as one undoable step): both add the same things.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from editor.model.cookies import Cookie, CookieCategory, StorageType
from editor.model.project import Project

from .apply import ServiceAddition, apply_service, with_service
from .loader import Catalog
from .report import FoundService, ScanReport, SeenCookie
from .schema import CatalogEntry


@dataclass(frozen=True)
class ScanAdditions:
    """The services and unidentified cookies that accepting a scan adds, in order."""

    services: tuple[tuple[str, ServiceAddition], ...]  # (display name, what it adds)
    cookies: tuple[Cookie, ...]  # unidentified cookies, "not yet classified"

    @property
    def is_empty(self) -> bool:
        return not self.services and not self.cookies

    def names(self) -> list[str]:
        """What is added, in words: service names, then "cookie NAME" for each cookie."""
        return [name for name, _ in self.services] + [f"cookie {c.name}" for c in self.cookies]


def unclassified_cookie(seen: SeenCookie) -> Cookie:
    """A cookie the scanner saw but nobody could identify, for the user to describe."""
    return Cookie(
        name=seen.name,
        provider=seen.domain,
        party=seen.party,
        storage_type=seen.storage_type,
        category=CookieCategory.UNCLASSIFIED,
    )


def found_service_addition(
    project: Project, entry: CatalogEntry, found: FoundService
) -> ServiceAddition:
    """What adding a service the scan found adds: its usual cookies, and the ones the
    recording showed even where the catalog lists them as optional."""
    shown = {e.pattern for e in found.evidence if e.kind in ("cookie", "storage")}
    return apply_service(project, entry, seen=shown)


def scan_additions(
    project: Project,
    report: ScanReport,
    catalog: Catalog,
    *,
    service_ids: Iterable[str] | None = None,
    cookies: Iterable[SeenCookie] = (),
) -> ScanAdditions:
    """What adding the found services (all, or only ``service_ids``) and ``cookies`` adds.

    Each service is computed against the project with the earlier ones already added, so two
    services never add the same cookie twice; services already complete add nothing.
    """
    wanted = None if service_ids is None else set(service_ids)
    services: list[tuple[str, ServiceAddition]] = []
    for found in report.found:
        entry = catalog.get(found.service_id)
        if entry is None or (wanted is not None and found.service_id not in wanted):
            continue
        addition = found_service_addition(project, entry, found)
        if addition.is_empty:
            continue
        project = with_service(project, addition)
        services.append((entry.name, addition))
    known: set[tuple[str, StorageType]] = {
        (c.name, c.storage_type) for c in project.cookies.cookies
    }
    added: list[Cookie] = []
    for seen in cookies:
        key = (seen.name, seen.storage_type)
        if key in known:  # already listed, or seen on two domains
            continue
        known.add(key)
        added.append(unclassified_cookie(seen))
    return ScanAdditions(tuple(services), tuple(added))


def with_scan_additions(project: Project, additions: ScanAdditions) -> Project:
    """A new project with ``additions`` applied; ``project`` itself is left as it was."""
    for _name, addition in additions.services:
        project = with_service(project, addition)
    if additions.cookies:
        project = project.model_copy(deep=True)
        project.cookies.cookies.extend(c.model_copy(deep=True) for c in additions.cookies)
        if project.cookies.uses_cookies is None:
            project.cookies.uses_cookies = True
    return project
