"""Shared fixtures for the catalog tests: the built-in catalog and small hand-made entries."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest

from editor.catalog.loader import Catalog, builtin_catalog


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    return builtin_catalog()


@pytest.fixture
def make_entry() -> Callable[..., dict[str, Any]]:
    return minimal_entry


def minimal_entry(**changes: Any) -> dict[str, Any]:
    """A valid personal-catalog entry as JSON data; tests change one thing at a time."""
    entry: dict[str, Any] = {
        "id": "corner-bakery-orders",
        "name": "Corner Bakery Orders",
        "kind": "shop_platform",
        "legal_entity": {"name": "Corner Bakery Software GmbH", "country": "DE"},
        "purpose": "to take pre-orders for our bakery",
        "data_categories": ["contact", "transactions"],
        "role": "processor",
        "data_locations": ["DE"],
        "transfer_safeguard": "not_needed",
        "privacy_url": "https://orders.example.de/privacy",
        "cookies": [
            {
                "name": "cbo_session",
                "category": "strictly_necessary",
                "purpose": "Keeps the order form's basket",
                "lifetime": {"kind": "session"},
                "party": "first_party",
            }
        ],
        "hosts": ["orders.example.de", "*.cbo-cdn.example.net"],
        "last_checked": "2026-11-01",
        "sources": ["the provider's order form contract"],
    }
    result = copy.deepcopy(entry)
    result.update(changes)
    return result
