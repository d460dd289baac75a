"""The policy reads well with catalog entries: their notes for the user never reach it.

A catalog entry carries two kinds of text: words for the policy (purposes, cookie purposes)
and notes for the person editing (why a fact is uncertain, where it came from, what to
check). Only the first kind may appear in the composed policy.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from editor.catalog.apply import apply_service, with_service
from editor.catalog.loader import Catalog
from editor.catalog.schema import CatalogEntry
from editor.compose import compose
from editor.document.walk import find_section, plain_text, section_text
from editor.model import ConsentMechanism, Project
from editor.samples import start_project

# What a small business typically adds: the services named in the catalog issue's "read well".
COMMON = (
    "google-analytics-4",
    "meta-pixel",
    "stripe",
    "mailchimp",
    "hotjar",
    "youtube",
    "google-fonts",
    "cloudflare",
    "intercom",
    "google-maps",
    "paypal",
    "google-tag-manager",
    "calendly",
    "cookiebot",
    "sentry",
)


def with_services(catalog: Catalog, ids: tuple[str, ...], *, optional: bool = False) -> Project:
    project = start_project("cafe")
    project.recipients = []
    project.cookies.cookies = []
    project.cookies.consent = ConsentMechanism.BANNER_OPT_IN
    project.cookies.consent_details = ""
    for service_id in ids:
        entry = catalog.get(service_id)
        assert entry is not None, service_id
        project = with_service(project, apply_service(project, entry, include_optional=optional))
    return project


def notes_of(entry: CatalogEntry) -> list[str]:
    """Every piece of text in ``entry`` that is meant for the user, not for the policy."""
    notes = [entry.role_note, entry.transfer_note, *entry.uncertain.values()]
    for entity in [entry.legal_entity, *entry.other_entities]:
        if entity is not None:
            notes.append(entity.applies_to)
    for cookie in entry.cookies:
        notes += [cookie.note, *cookie.uncertain.values()]
    return [n.strip() for n in notes if len(n.strip()) > 12]


def fragments(note: str) -> list[str]:
    """The note and its clauses, so that half a note leaking is caught too."""
    parts = [p.strip() for p in re.split(r"[;.:]\s", note)]
    return [note, *(p for p in parts if len(p) > 25)]


def leaks(text: str, entries: list[CatalogEntry]) -> list[str]:
    return [
        f"{entry.id}: {fragment!r}"
        for entry in entries
        for note in notes_of(entry)
        for fragment in fragments(note)
        if fragment in text
    ]


def test_common_services_leave_no_catalog_notes_in_the_policy(catalog: Catalog) -> None:
    project = with_services(catalog, COMMON)
    text = plain_text(compose(project, today=dt.date(2026, 12, 1)))
    entries = [e for e in (catalog.get(i) for i in COMMON) if e is not None]
    assert leaks(text, entries) == []


def test_no_entry_leaks_notes_even_with_optional_cookies(catalog: Catalog) -> None:
    ids = tuple(e.id for e in catalog)
    project = with_services(catalog, ids, optional=True)
    text = plain_text(compose(project, today=dt.date(2026, 12, 1)))
    assert leaks(text, list(catalog)) == []


@pytest.fixture(scope="module")
def common_policy(catalog: Catalog) -> tuple[Project, str, str]:
    project = with_services(catalog, COMMON)
    doc = compose(project, today=dt.date(2026, 12, 1))
    cookies, sharing = find_section(doc, "cookies"), find_section(doc, "sharing")
    assert cookies is not None and sharing is not None
    return project, section_text(cookies), section_text(sharing)


def test_recipients_read_as_a_list(common_policy: tuple[Project, str, str]) -> None:
    project, _cookies, sharing = common_policy
    ga = next(line for line in sharing.splitlines() if line.startswith("Google Analytics 4"))
    # One list with one "and", the project's own category first, then the rest in words.
    assert "Website visits, IP address, cookie IDs and device details" in ga
    stripe = next(line for line in sharing.splitlines() if line.startswith("Stripe"))
    assert "newsletter" not in stripe.lower()  # two contact categories: named, not guessed
    # Every recipient says where the data goes.
    assert all(r.country for r in project.recipients)


def test_cookie_table_has_plain_purposes(common_policy: tuple[Project, str, str]) -> None:
    _project, cookies, _sharing = common_policy
    rows = [line for line in cookies.splitlines() if line.count(" | ") == 3]
    assert len(rows) > 20
    for row in rows:
        _name, provider, purpose, _lasts = row.split(" | ")
        assert "(" not in provider, row  # display names carry no "(Facebook)" or "(hosted)"
        assert not re.search(r"\b(legacy|GA4 property|container ID|fbclid|gclid)\b", purpose), row
