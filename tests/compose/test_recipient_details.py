"""A recipient's city and registered address, and what a payment provider tells the business.

Each said only when answered; versions tell them, check asks a payment provider what it returns.
"""

from __future__ import annotations

from editor.checks import run_checks
from editor.compose import compose
from editor.export import EXPORTERS
from editor.model import PaymentReturn, PostalAddress, Project, Recipient
from editor.versions import compare
from tests.compose.policy_section import TODAY, section_of


def _stripe(**answers: object) -> Project:
    recipient = Recipient(
        id="stripe", name="Stripe", kind="payments", role="processor", country="IE", **answers
    )
    return Project(recipients=[recipient])


ADDRESS = PostalAddress(street="1 Grand Canal Street Lower", locality="Dublin 2", country="IE")


def test_city_and_registered_address_beside_the_name() -> None:
    text = section_of(_stripe(city="Dublin", legal_address=ADDRESS), "sharing")
    assert "Stripe (1 Grand Canal Street Lower, Dublin 2, Ireland)" in text
    assert "| Dublin, Ireland" in text
    bare = section_of(_stripe(), "sharing")
    assert "Grand Canal" not in bare and "Dublin" not in bare


def test_what_a_payment_provider_tells_us() -> None:
    returns = [PaymentReturn.CONFIRMATION, PaymentReturn.CARD_LAST_DIGITS]
    text = section_of(_stripe(returns=returns), "sharing")
    assert (
        "Stripe tells us whether the payment went through and the last four digits of your "
        "card." in text
    )
    assert "tells us" not in section_of(_stripe(), "sharing")


def test_check_asks_and_versions_tell() -> None:
    rules = {f.rule_id for f in run_checks(_stripe(), today=TODAY)}
    assert "general.payment-returns" in rules
    old = _stripe(returns=[PaymentReturn.CONFIRMATION])
    new = _stripe(
        returns=[PaymentReturn.CONFIRMATION, PaymentReturn.BILLING_ADDRESS], city="Dublin"
    )
    texts = {c.text: c.material for c in compare(old, new).changes}
    assert texts.get("Stripe now also tells us: the billing address") is True, texts
    assert any("city or region" in t for t in texts), texts


def test_the_privacy_policy_address_is_written_out_for_print_and_plain_text() -> None:
    project = _stripe(policy_url="https://stripe.com/privacy")
    doc = compose(project, today=TODAY)
    text = EXPORTERS["txt"](doc, None).decode("utf-8")
    assert (
        "privacy policies of those who receive your data here:\n\n- Stripe: stripe.com/privacy"
        in text
    )


def test_a_page_listing_subprocessors_is_linked_below_the_service_providers() -> None:
    project = _stripe()
    assert "subprocessors" not in section_of(project, "sharing")
    project.disclosures.subprocessor_list_url = "https://example.com/subprocessors"
    text = section_of(project, "sharing")
    assert 'our "subprocessors") is at example.com/subprocessors.' in text
    (change,) = compare(_stripe(), project).changes
    assert "subprocessors" in change.text
