"""Adding a catalog service to a project, and removing it again, without side effects."""

from __future__ import annotations

from editor.catalog.apply import (
    apply_service,
    removal_for_recipient,
    with_service,
    without_recipient,
)
from editor.catalog.loader import Catalog
from editor.catalog.schema import CatalogEntry
from editor.model import (
    Cookie,
    DataCategory,
    DataKind,
    Party,
    Project,
    Recipient,
    RecipientRole,
    TimeUnit,
    TransferSafeguard,
)


def entry(catalog: Catalog, service_id: str) -> CatalogEntry:
    found = catalog.get(service_id)
    assert found is not None
    return found


def test_adding_google_analytics_fills_recipient_transfer_and_cookies(catalog: Catalog) -> None:
    project = Project()
    addition = apply_service(project, entry(catalog, "google-analytics-4"))
    recipient = addition.recipient
    assert recipient is not None
    assert recipient.name == "Google Analytics 4"
    assert recipient.legal_entity == "Google Ireland Limited"
    assert recipient.service_id == "google-analytics-4"
    assert recipient.role is RecipientRole.PROCESSOR
    assert recipient.country == "US"
    assert recipient.transfer_safeguard is TransferSafeguard.DPF
    # The catalog's transfer note is for the user, not for the policy.
    assert recipient.safeguard_details == ""
    assert recipient.policy_url == "https://policies.google.com/privacy"
    assert recipient.opt_out_url.startswith("https://")

    names = {c.name: c for c in addition.cookies}
    assert set(names) == {"_ga", "_ga_*"}  # GA4 sets these; legacy ones are optional
    for cookie in addition.cookies:
        assert cookie.recipient_id == recipient.id
        assert cookie.service_id == "google-analytics-4"
        assert cookie.party is Party.FIRST_PARTY
        assert cookie.provider == "Google Analytics 4"
    assert names["_ga"].lifetime.period.amount == 2
    assert names["_ga"].lifetime.period.unit is TimeUnit.YEARS

    updated = with_service(project, addition)
    assert [r.service_id for r in updated.recipients] == ["google-analytics-4"]
    assert len(updated.cookies.cookies) == 2
    assert updated.cookies.uses_cookies is True
    assert project.recipients == [] and project.cookies.cookies == []  # input untouched


def test_optional_cookies_on_request(catalog: Catalog) -> None:
    addition = apply_service(Project(), entry(catalog, "google-analytics-4"), include_optional=True)
    names = {c.name for c in addition.cookies}
    assert {"_gid", "_gat", "__utma"} <= names


def test_adding_twice_does_not_duplicate(catalog: Catalog) -> None:
    ga = entry(catalog, "google-analytics-4")
    project = with_service(Project(), apply_service(Project(), ga))
    again = apply_service(project, ga)
    assert again.is_empty
    assert again.existing_recipient_id == project.recipients[0].id
    assert set(again.already_present) == {"_ga", "_ga_*"}
    assert with_service(project, again) == project


def test_user_edits_win_over_catalog_defaults(catalog: Catalog) -> None:
    ga = entry(catalog, "google-analytics-4")
    project = with_service(Project(), apply_service(Project(), ga))
    recipient = project.recipients[0]
    recipient.purpose = "to count visitors to our café's menu page"
    recipient.transfer_safeguard = TransferSafeguard.SCC
    recipient.legal_entity = "Google Ireland Ltd (per our contract)"
    ga_cookie = next(c for c in project.cookies.cookies if c.name == "_ga")
    ga_cookie.purpose = "our own words"
    project.cookies.cookies = [c for c in project.cookies.cookies if c.name != "_ga_*"]

    addition = apply_service(project, ga)
    assert addition.recipient is None
    assert [c.name for c in addition.cookies] == ["_ga_*"]  # only what is missing
    assert addition.cookies[0].recipient_id == recipient.id
    updated = with_service(project, addition)
    kept = updated.recipients[0]
    assert kept.purpose == "to count visitors to our café's menu page"
    assert kept.transfer_safeguard is TransferSafeguard.SCC
    assert kept.legal_entity == "Google Ireland Ltd (per our contract)"
    assert next(c for c in updated.cookies.cookies if c.name == "_ga").purpose == "our own words"


def test_recipient_typed_by_hand_is_linked_not_duplicated(catalog: Catalog) -> None:
    mine = Recipient(name="stripe", purpose="card payments in the shop")
    project = Project(recipients=[mine])
    addition = apply_service(project, entry(catalog, "stripe"))
    assert addition.recipient is None
    assert addition.link_existing and addition.existing_recipient_id == mine.id
    updated = with_service(project, addition)
    assert len(updated.recipients) == 1
    assert updated.recipients[0].service_id == "stripe"
    assert updated.recipients[0].purpose == "card payments in the shop"
    assert all(c.recipient_id == mine.id for c in updated.cookies.cookies)
    assert project.recipients[0].service_id == ""  # the input is not changed


def test_data_categories_link_to_the_project(catalog: Catalog) -> None:
    contact = DataCategory(name="Contact details", kind=DataKind.CONTACT)
    project = Project(data_categories=[contact])
    recipient = apply_service(project, entry(catalog, "mailchimp")).recipient
    assert recipient is not None
    assert recipient.data_category_ids == [contact.id]
    # Kinds the project has no category for are still named, in words.
    assert "preferences" in recipient.data_shared
    assert recipient.data_shared.endswith(" and cookie IDs")


def test_a_kind_with_several_categories_is_named_not_linked(catalog: Catalog) -> None:
    contact = DataCategory(name="Contact details", kind=DataKind.CONTACT)
    newsletter = DataCategory(name="Newsletter sign-ups", kind=DataKind.CONTACT)
    project = Project(data_categories=[contact, newsletter])
    recipient = apply_service(project, entry(catalog, "stripe")).recipient
    assert recipient is not None
    # Stripe takes payments: it must not be said to receive the newsletter list.
    assert newsletter.id not in recipient.data_category_ids
    assert "contact details" in recipient.data_shared


def test_service_without_recipient_adds_cookies_only(catalog: Catalog) -> None:
    addition = apply_service(Project(), entry(catalog, "wordpress"))
    assert addition.recipient is None and addition.recipient_id is None
    assert addition.cookies
    assert all(c.recipient_id == "" and c.service_id == "wordpress" for c in addition.cookies)


def test_unknown_category_stays_unanswered(catalog: Catalog) -> None:
    addition = apply_service(Project(), entry(catalog, "exceptionless"))
    assert [c.category for c in addition.cookies] == [None]
    assert addition.recipient is not None
    assert addition.recipient.transfer_safeguard is TransferSafeguard.UNKNOWN


def test_removing_a_service_lists_and_removes_its_cookies(catalog: Catalog) -> None:
    project = Project()
    for service_id in ("google-analytics-4", "stripe"):
        project = with_service(project, apply_service(project, entry(catalog, service_id)))
    own = Cookie(name="basket", party=Party.FIRST_PARTY)
    project.cookies.cookies.append(own)
    ga = next(r for r in project.recipients if r.service_id == "google-analytics-4")

    removal = removal_for_recipient(project, ga.id)
    assert removal is not None
    ga_cookies = {c.id for c in project.cookies.cookies if c.service_id == "google-analytics-4"}
    assert set(removal.cookie_ids) == ga_cookies

    after = without_recipient(project, removal)
    assert [r.service_id for r in after.recipients] == ["stripe"]
    assert {c.name for c in after.cookies.cookies} == {"__stripe_mid", "__stripe_sid", "basket"}
    assert len(project.recipients) == 2  # input untouched

    kept = without_recipient(project, removal, remove_cookies=False)
    assert all(c.recipient_id != ga.id for c in kept.cookies.cookies)
    assert {c.name for c in kept.cookies.cookies} >= {"_ga", "_ga_*"}
    assert removal_for_recipient(project, "nobody") is None
