"""What an import proposes from an old policy: each answer it can recognise, from the sentence
that says it, and nothing from sentences that only look alike."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.catalog import Catalog
from editor.importer import import_policy
from editor.importer.layout import lay_out
from editor.importer.readers.plain import read_plain_text
from editor.importer.recognise import recognise

CAFE = Path(__file__).parent / "data" / "blue-door-cafe.md"


def _found(text: str, catalog: Catalog) -> set[tuple[str, str]]:
    reading = lay_out(read_plain_text(text))
    return {(f.kind.value, f.value) for f in recognise(reading, catalog)}


def test_a_small_policy_gives_every_answer_it_states_each_with_its_sentence(
    catalog: Catalog,
) -> None:
    project = import_policy(CAFE, catalog)
    proposals = project.imported.proposals
    assert {(p.kind.value if p.kind else "", p.value) for p in proposals} == {
        ("last_updated", "2025-03-03"),
        ("effective_date", "2025-03-10"),
        ("organisation_name", "Blue Door Café Ltd"),
        ("website", "https://www.bluedoorcafe.co.uk"),
        ("email", "hello@bluedoorcafe.co.uk"),
        ("phone", "+44 1947 600 123"),
        ("postal_address", "12 Harbour Street, Whitby, YO21 3PU, United Kingdom"),
        ("retention", "2 years"),
        ("retention", "30 days"),
        ("service", "stripe"),
        ("service", "mailchimp"),
        ("service", "google-analytics-4"),
        ("cookie", "_ga"),
        ("region", "uk"),
        ("region", "eu_eea"),
        ("lawful_basis", "legitimate_interests"),
        ("does_not_sell", ""),
    }
    text = project.imported.text
    for proposal in proposals:
        assert proposal.start is not None
        assert text[proposal.start :].startswith(proposal.sentence)
        section = next(s for s in project.custom_sections if s.id == proposal.section_id)
        assert section.title == proposal.section_title
        assert proposal.sentence in section.body or proposal.sentence == section.title
    address = next(p for p in proposals if p.kind and p.kind.value == "postal_address")
    assert address.details == {
        "street": "12 Harbour Street",
        "locality": "Whitby",
        "region": "",
        "postal_code": "YO21 3PU",
        "country": "GB",
    }
    kept = {p.details.get("subject") for p in proposals if p.kind and p.kind.value == "retention"}
    assert kept == {"Booking records", "Newsletter subscribers"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("This policy was last revised on 2024-11-05.", ("last_updated", "2024-11-05")),
        ("Effective date: 23/05/2018.", ("effective_date", "2018-05-23")),
        ("Questions? Call our privacy team on (415) 555-0134.", ("phone", "(415) 555-0134")),
        ("We retain invoices for seven years.", ("retention", "7 years")),
        ("Server logs are deleted after 90 days.", ("retention", "90 days")),
        ("Californians have rights under the CCPA.", ("region", "california")),
        ("Canadian users are protected by PIPEDA.", ("region", "canada")),
        ("We do not use cookies on this site.", ("no_cookies", "")),
        ("We don't sell or rent your personal data.", ("does_not_sell", "")),
        ("This site is owned and operated by Acme Widgets.", ("organisation_name", "Acme Widgets")),
        (
            "Contact Harbour Books GmbH at info@hb.example.",
            ("organisation_name", "Harbour Books GmbH"),
        ),
        ("Payments are handled by PayPal.", ("service", "paypal")),
        ("Chat support runs on Intercom.", ("service", "intercom")),
    ],
)
def test_each_kind_of_answer_is_recognised(
    sentence: str, expected: tuple[str, str], catalog: Catalog
) -> None:
    text = f"Privacy\n\nWe collect personal data. {sentence}\n"
    assert expected in _found(text, catalog)


@pytest.mark.parametrize(
    ("sentence", "not_expected"),
    [
        # A date that is not the policy's own, and one whose day and month cannot be told apart.
        ("Our company was founded on 2 May 2001.", "last_updated"),
        ("Last updated 05/06/2018.", "last_updated"),
        # How fast a request is answered is not how long data is kept.
        ("We will respond to your request and delete the data within 30 days.", "retention"),
        ("Fax: +44 20 7946 0000.", "phone"),
        ("Our office opens 9 to 5, and order number 12345678 is an example.", "phone"),
        # Selling the business is not selling personal information.
        ("If we sell our business, customer data may be transferred.", "does_not_sell"),
        ("We do not use cookies for advertising.", "no_cookies"),
        # "consent" as an ordinary word, outside a statement of legal grounds.
        ("You can withdraw your consent by emailing us.", "lawful_basis"),
        # Ordinary words that are also service names.
        ("We square our accounts each month.", "service"),
    ],
)
def test_look_alike_sentences_propose_nothing(
    sentence: str, not_expected: str, catalog: Catalog
) -> None:
    text = f"Privacy\n\nWe collect personal data. {sentence}\n"
    assert not_expected not in {kind for kind, _ in _found(text, catalog)}


def test_the_same_answer_said_twice_is_proposed_once_from_where_it_is_first_said(
    catalog: Catalog,
) -> None:
    text = (
        "Privacy\n\nWrite to privacy@shop.example with questions.\n\n"
        "Contact\n\nOur email is Privacy@Shop.example.\n"
    )
    reading = lay_out(read_plain_text(text))
    emails = [f for f in recognise(reading, catalog) if f.kind.value == "email"]
    assert [(f.value, f.sentence.text) for f in emails] == [
        ("privacy@shop.example", "Write to privacy@shop.example with questions.")
    ]
