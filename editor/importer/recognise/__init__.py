"""Every recogniser over one reading of the old policy: what can be proposed as answers.

Each kind of answer has its own module; this runs them in an order where later ones can use
what earlier ones found (a web address that is a service's is not the business's website),
and keeps the first sentence that says each thing.
"""

from __future__ import annotations

from editor.catalog import Catalog
from editor.importer.layout import Reading
from editor.importer.recognise.address import find_addresses
from editor.importer.recognise.bases import find_bases
from editor.importer.recognise.contact import find_emails, find_phones
from editor.importer.recognise.dates import find_dates
from editor.importer.recognise.found import Found
from editor.importer.recognise.laws import find_regions
from editor.importer.recognise.organisation import find_organisation
from editor.importer.recognise.retention import find_retention
from editor.importer.recognise.services import (
    ServiceNames,
    find_cookies,
    find_services,
    service_hosts,
)
from editor.importer.recognise.statements import find_statements
from editor.importer.recognise.web import find_websites, web_addresses
from editor.model.imported import ProposalKind

__all__ = ["Found", "recognise"]


def _key(found: Found) -> tuple[str, ...]:
    if found.kind is ProposalKind.LAWFUL_BASIS:
        return (*found.key, found.details.get("purpose", "").casefold())
    if found.kind is ProposalKind.RETENTION:
        return (*found.key, found.details.get("subject", "").casefold())
    return found.key


def _first_of_each(findings: list[Found]) -> list[Found]:
    kept: dict[tuple[str, ...], Found] = {}
    for found in findings:
        kept.setdefault(_key(found), found)
    result = list(kept.values())
    # "Consent can always be revoked" repeats a basis the list already gave a purpose for.
    with_purpose = {
        f.value for f in result if f.kind is ProposalKind.LAWFUL_BASIS and f.details["purpose"]
    }
    return [
        f
        for f in result
        if not (
            f.kind is ProposalKind.LAWFUL_BASIS
            and not f.details["purpose"]
            and f.value in with_purpose
        )
    ]


def recognise(reading: Reading, catalog: Catalog) -> list[Found]:
    """What the old policy says that an answer can hold, in the order the policy says it."""
    names = ServiceNames.of(catalog)
    addresses = web_addresses(reading)
    services = list(find_services(reading, catalog, names, addresses))
    known = {f.details["name"].casefold() for f in services}
    organisation = list(find_organisation(reading, known))
    findings = [
        *organisation,
        *find_emails(reading),
        *find_phones(reading),
        *find_addresses(reading),
        *find_websites(
            reading, addresses, service_hosts(catalog, addresses), [f.value for f in organisation]
        ),
        *find_dates(reading),
        *services,
        *find_cookies(reading, catalog),
        *find_retention(reading),
        *find_regions(reading),
        *find_bases(reading),
        *find_statements(reading),
    ]
    findings = _first_of_each(findings)
    order = {kind: n for n, kind in enumerate(ProposalKind)}
    findings.sort(key=lambda f: (f.sentence.start, order[f.kind]))
    return findings
