"""Saving a project's recipient as a personal catalog entry, and loading it back."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from editor.catalog.apply import apply_service, with_service
from editor.catalog.loader import Catalog, load_catalog
from editor.catalog.personal import (
    PersonalEntryDraftError,
    entry_from_recipient,
    save_personal_entry,
    slug,
)
from editor.catalog.schema import EntryFact
from editor.model import (
    Cookie,
    CookieCategory,
    CookieLifetime,
    LifetimeKind,
    Party,
    Project,
    Recipient,
    RecipientRole,
    ServiceKind,
    TransferSafeguard,
)

TODAY = dt.date(2026, 12, 1)


def bakery_project() -> tuple[Project, Recipient]:
    supplier = Recipient(
        name="Bäckerei Müller Orders",
        legal_entity="Bäckerei Müller GmbH",
        kind=ServiceKind.SHOP_PLATFORM,
        role=RecipientRole.PROCESSOR,
        purpose="to take pre-orders for cakes",
        country="DE",
        transfer_safeguard=TransferSafeguard.NOT_NEEDED,
        policy_url="https://mueller.example.de/datenschutz",
    )
    cookie = Cookie(
        name="bm_basket",
        party=Party.THIRD_PARTY,
        category=CookieCategory.STRICTLY_NECESSARY,
        purpose="Keeps the pre-order basket",
        lifetime=CookieLifetime(kind=LifetimeKind.SESSION),
        recipient_id=supplier.id,
    )
    unsure = Cookie(name="bm_ab", purpose="Tests two versions of the order page",
                    recipient_id=supplier.id)  # fmt: skip
    project = Project(recipients=[supplier])
    project.cookies.cookies = [cookie, unsure]
    return project, supplier


def test_round_trip_through_the_personal_folder(tmp_path: Path, catalog: Catalog) -> None:
    project, supplier = bakery_project()
    entry = entry_from_recipient(project, supplier.id, catalog, today=TODAY)
    assert entry.id == "backerei-muller-orders"
    assert entry.last_checked == TODAY
    # What the user did not answer is recorded as uncertain, not invented.
    unsure = next(c for c in entry.cookies if c.name == "bm_ab")
    assert unsure.category == "unknown" and unsure.lifetime.kind is LifetimeKind.UNKNOWN
    assert EntryFact.HOSTS in entry.uncertain

    path = save_personal_entry(entry, tmp_path)
    assert path == tmp_path / "backerei-muller-orders.json"
    loaded = load_catalog(tmp_path)
    assert loaded.problems == ()
    assert loaded.is_personal(entry.id)
    again = loaded.get(entry.id)
    assert again == entry

    # Adding it to another project gives the same recipient and cookies back.
    addition = apply_service(Project(), again)
    assert addition.recipient is not None
    assert addition.recipient.legal_entity == "Bäckerei Müller GmbH"
    assert {c.name for c in addition.cookies} == {"bm_basket", "bm_ab"}


def test_a_catalog_recipient_keeps_its_id_hosts_and_doubts(catalog: Catalog) -> None:
    ga = catalog.get("google-analytics-4")
    assert ga is not None
    project = with_service(Project(), apply_service(Project(), ga))
    recipient = project.recipients[0]
    recipient.opt_out_url = ""  # the user removed it
    entry = entry_from_recipient(project, recipient.id, catalog, today=TODAY)
    assert entry.id == "google-analytics-4"  # replaces the built-in entry for this user
    assert entry.hosts == ga.hosts
    # Kept the catalog's safeguard, so its doubt stays; changed the opt-out, so that one goes.
    assert EntryFact.TRANSFER_SAFEGUARD in entry.uncertain
    assert EntryFact.OPT_OUT_URL not in entry.uncertain
    # Optional cookies the project does not list stay known to the site check.
    optional = {c.name for c in entry.cookies if not c.added_by_default}
    assert "__utma" in optional


def test_a_hand_made_entry_does_not_replace_a_built_in_one(catalog: Catalog) -> None:
    project = Project(recipients=[Recipient(name="Stripe", purpose="payments")])
    entry = entry_from_recipient(project, project.recipients[0].id, catalog, today=TODAY)
    assert entry.id == "stripe-mine"


def test_not_sure_of_the_role_is_saved_as_a_doubt(catalog: Catalog) -> None:
    project, supplier = bakery_project()
    supplier.role = RecipientRole.NOT_SURE
    entry = entry_from_recipient(project, supplier.id, catalog, today=TODAY)
    assert entry.role is None and EntryFact.ROLE in entry.uncertain


def test_missing_answers_are_named(catalog: Catalog) -> None:
    project = Project(recipients=[Recipient(name="", policy_url="example.com/privacy")])
    project.cookies.cookies = [Cookie(name="a b", recipient_id=project.recipients[0].id)]
    with pytest.raises(PersonalEntryDraftError) as caught:
        entry_from_recipient(project, project.recipients[0].id, catalog)
    text = " / ".join(caught.value.problems)
    assert "name" in text and "why they get the data" in text
    assert "web address" in text and "“a b”" in text


def test_slug() -> None:
    assert slug("Crème & Co. — Café") == "creme-co-cafe"
    assert slug("!!!") == "my-service"
