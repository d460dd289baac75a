"""The online-shop sample: three published versions whose differences read as a story."""

from __future__ import annotations

import datetime as dt

import pytest

from editor.model import Project
from editor.samples import sample_paths
from editor.storage import load_project
from editor.versions import compare_versions, needs_review, review_due, snapshot


@pytest.fixture(scope="module")
def shop() -> Project:
    return load_project(sample_paths()["online-shop"])


def _told(shop: Project, old: str, new: str) -> dict[str, bool]:
    return {c.text: c.material for c in compare_versions(shop, old, new).changes}


def test_the_shop_has_three_published_versions(shop: Project) -> None:
    assert [(v.label, v.effective_date, v.published_on) for v in shop.published] == [
        ("2024-04", dt.date(2024, 4, 1), dt.date(2024, 3, 18)),
        ("2025-02", dt.date(2025, 2, 1), dt.date(2025, 1, 13)),
        ("2026-02", dt.date(2026, 2, 1), dt.date(2026, 1, 12)),
    ]
    assert all(v.note for v in shop.published)
    assert shop.policy.show_change_history
    history = [(e.version_label, e.summary) for e in shop.policy.change_history]
    assert history == [(v.label, v.note) for v in shop.published]
    assert shop.policy.version_label == "2026-02"


def test_the_newsletter_and_analytics_version(shop: Project) -> None:
    told = _told(shop, "2024-04", "2025-02")
    klaviyo = "Klaviyo (email marketing, United States, EU–US Data Privacy Framework)"
    assert told["Added purpose: Send our newsletter (consent)"] is True
    assert told[f"Added recipient: {klaviyo}"] is True
    assert told["Added cookie: _ga (Google, analytics, 13 months)"] is True
    assert told["Data now also stored in the United States"] is True
    email = "Privacy contact email changed from “hello@fernhillyarns.co.uk” to “privacy@{}”"
    assert told[email.format("fernhillyarns.co.uk")] is False


def test_the_card_payments_version(shop: Project) -> None:
    told = _told(shop, "2025-02", "2026-02")
    assert (
        told["Added recipient: Stripe (payments, United States, EU–US Data Privacy Framework)"]
        is True
    )
    assert told["Retention of Orders changed from 6 years to 7 years"] is True
    assert told["Cookie _ga: duration changed from 13 months to 2 years"] is True
    assert told["Added security measure: two-factor authentication for staff"] is False
    assert sum(told.values()) == 4


def test_the_draft_has_unpublished_changes(shop: Project) -> None:
    told = _told(shop, "2026-02", "draft")
    assert told == {
        "Added recipient: Evri (delivery and logistics, United Kingdom)": True,
        "Privacy contact phone added: “+44 117 496 0321”": False,
    }


def test_each_version_keeps_what_was_published_then(shop: Project) -> None:
    first = snapshot(shop, "2024-04")
    assert first.contact.email == "hello@fernhillyarns.co.uk"
    assert [r.name for r in first.recipients] == [
        "Shopify",
        "PayPal",
        "Royal Mail",
        "Our accountant",
    ]
    assert first.policy.change_history[-1].version_label == "2024-04"
    assert first.published == []


def test_the_yearly_review_falls_due(shop: Project) -> None:
    assert review_due(shop) == dt.date(2027, 1, 12)
    assert not needs_review(shop, dt.date(2027, 1, 12))
    assert needs_review(shop, dt.date(2027, 1, 13))
