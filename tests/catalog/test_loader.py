"""Loading the catalog, searching it as the user types, and the personal catalog."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from editor.catalog.loader import (
    Catalog,
    PersonalEntryError,
    builtin_catalog,
    load_catalog,
    load_personal_entry,
)
from editor.model.recipients import ServiceKind

MakeEntry = Callable[..., dict[str, Any]]


def ids(entries: list[Any]) -> list[str]:
    return [e.id for e in entries]


def test_builtin_catalog_is_loaded_once() -> None:
    assert builtin_catalog() is builtin_catalog()


def test_index_by_id(catalog: Catalog) -> None:
    entry = catalog.get("stripe")
    assert entry is not None and entry.name == "Stripe"
    assert catalog.get("no-such-service") is None
    assert "stripe" in catalog


def test_search_by_name_prefix_ranks_first(catalog: Catalog) -> None:
    results = ids(catalog.search("goo"))
    assert results[0].startswith("google-")
    assert "google-analytics-4" in results
    assert ids(catalog.search("Google Analytics"))[0] == "google-analytics-4"


def test_search_as_you_type_narrows(catalog: Catalog) -> None:
    typed = ["s", "st", "str", "stri"]
    counts = [len(catalog.search(t)) for t in typed]
    assert counts == sorted(counts, reverse=True)
    assert ids(catalog.search("stri"))[0] == "stripe"


def test_search_by_alias_entity_kind_and_host(catalog: Catalog) -> None:
    assert "brevo" in ids(catalog.search("sendinblue"))
    assert ids(catalog.search("rocket science")) == ["mailchimp"]
    assert "hotjar" in ids(catalog.search("hotjar.com"))
    assert ids(catalog.search("static.hotjar.com")) == ["hotjar"]  # pasted from the network panel
    assert ids(catalog.search("region1.google-analytics.com")) == ["google-analytics-4"]
    assert "crisp" in ids(catalog.search("support chat"))
    assert ids(catalog.search("GA4")) == ["google-analytics-4"]


def test_search_ignores_case_and_accents(catalog: Catalog) -> None:
    assert ids(catalog.search("PAYPAL")) == ids(catalog.search("paypal"))
    assert "paypal" in ids(catalog.search("s.à r.l."))
    assert "paypal" in ids(catalog.search("s.a r.l."))


def test_search_every_word_must_match(catalog: Catalog) -> None:
    assert catalog.search("google stripe") == []
    assert catalog.search("xyzzy") == []


def test_filter_by_kind(catalog: Catalog) -> None:
    payments = catalog.search("", kind=ServiceKind.PAYMENTS)
    assert {"stripe", "paypal", "square", "mollie", "klarna"} <= set(ids(payments))
    assert all(ServiceKind.PAYMENTS in e.kinds for e in payments)
    # Cloudflare is a CDN that is also a security service.
    assert "cloudflare" in ids(catalog.by_kind(ServiceKind.SECURITY))
    assert ids(catalog.search("google", kind=ServiceKind.MAPS)) == ["google-maps"]


def write(folder: Path, name: str, data: Any) -> Path:
    path = folder / name
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def test_personal_entries_are_listed_beside_builtin(tmp_path: Path, make_entry: MakeEntry) -> None:
    write(tmp_path, "bakery.json", make_entry())
    combined = load_catalog(personal_dir=tmp_path)
    assert len(combined) == len(builtin_catalog()) + 1
    assert combined.is_personal("corner-bakery-orders")
    assert not combined.is_personal("stripe")
    assert ids(combined.search("corner bakery")) == ["corner-bakery-orders"]
    assert combined.problems == ()


def test_missing_personal_folder_is_fine(tmp_path: Path) -> None:
    combined = load_catalog(personal_dir=tmp_path / "does-not-exist")
    assert len(combined) == len(builtin_catalog())


def test_broken_personal_entry_does_not_break_the_catalog(
    tmp_path: Path, make_entry: MakeEntry
) -> None:
    write(tmp_path, "good.json", make_entry())
    write(tmp_path, "truncated.json", '{"id": "half-an-entry", "name": ')
    write(tmp_path, "incomplete.json", make_entry(id="no-entity", legal_entity=None))
    combined = load_catalog(personal_dir=tmp_path)
    assert "corner-bakery-orders" in combined
    assert "stripe" in combined
    problems = {p.path.name: p for p in combined.problems}
    assert set(problems) == {"truncated.json", "incomplete.json"}
    assert "not valid JSON" in problems["truncated.json"].message
    assert "legal_entity" in problems["incomplete.json"].message
    assert str(problems["incomplete.json"]).startswith("incomplete.json: ")


def test_load_personal_entry_raises_a_clear_error(tmp_path: Path) -> None:
    path = write(tmp_path, "x.json", [1, 2, 3])
    with pytest.raises(PersonalEntryError, match="incomplete or has a wrong value") as info:
        load_personal_entry(path)
    assert info.value.path == path
    assert info.value.detail  # pydantic's report is kept for the log


def test_personal_entry_replaces_builtin_with_same_id(
    tmp_path: Path, make_entry: MakeEntry
) -> None:
    write(tmp_path, "stripe.json", make_entry(id="stripe", name="Stripe (checked by us)"))
    combined = load_catalog(personal_dir=tmp_path)
    entry = combined.get("stripe")
    assert entry is not None and entry.name == "Stripe (checked by us)"
    assert combined.is_personal("stripe")
    assert len(combined) == len(builtin_catalog())


def test_duplicate_personal_ids_are_reported(tmp_path: Path, make_entry: MakeEntry) -> None:
    write(tmp_path, "a.json", make_entry())
    write(tmp_path, "b.json", make_entry(name="Copy"))
    combined = load_catalog(personal_dir=tmp_path)
    assert [p.path.name for p in combined.problems] == ["b.json"]
    assert "already used by a.json" in combined.problems[0].message


def test_catalog_package_does_not_load_qt() -> None:
    # The catalog is used headless by the CLI; only editor.ui may import PySide6.
    code = (
        "import sys, editor.catalog, editor.catalog.scan;"
        "editor.catalog.builtin_catalog();"
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'PySide6 loaded'"
    )
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr


def test_search_by_cookie_name(catalog: Catalog) -> None:
    assert {"matomo-cloud", "matomo-self-hosted"} <= set(ids(catalog.search("_pk_id")))
    assert "google-analytics-4" in ids(catalog.search("_ga"))
