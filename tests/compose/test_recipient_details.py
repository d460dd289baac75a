"""A recipient's city and registered address, and what a payment provider tells the business.

Each said only when answered; versions tell them, check asks a payment provider what it returns.
"""

from __future__ import annotations

from editor.checks import run_checks
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
