"""Older files load after the format moves on; migrations run in order and touch nothing on disk."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from editor.storage import load_project, parse_project
from editor.storage.migrate import CURRENT_VERSION, MIGRATIONS

FIXTURES = Path(__file__).parent / "fixtures"


def test_version_one_fixture_loads_with_current_code() -> None:
    # This file was written by format 1 and is never regenerated: it must load forever.
    project = load_project(FIXTURES / "format-v1.policy")
    assert project.organisation.legal_name == "Early Bird Bakery Ltd"
    assert project.purposes[0].lawful_basis is not None


def test_version_one_file_loads_after_the_format_moves_on() -> None:
    # Pretend format 2 renamed contact.email to contact.privacy_email and back again,
    # as a real step would: the loader must run step 1 -> 2 -> 3 in order.
    calls: list[int] = []

    def one_to_two(data: dict[str, Any]) -> dict[str, Any]:
        calls.append(1)
        data.setdefault("contact", {})["privacy_email"] = data["contact"].pop("email")
        return data

    def two_to_three(data: dict[str, Any]) -> dict[str, Any]:
        calls.append(2)
        data["contact"]["email"] = data["contact"].pop("privacy_email")
        return data

    raw = (FIXTURES / "format-v1.policy").read_bytes()
    project = parse_project(
        raw, FIXTURES / "format-v1.policy", current=3, migrations={1: one_to_two, 2: two_to_three}
    )
    assert calls == [1, 2]
    assert project.contact.email == "hello@earlybird.example"
    assert (FIXTURES / "format-v1.policy").read_bytes() == raw


def test_every_older_version_has_a_step() -> None:
    assert all(v in MIGRATIONS for v in range(1, CURRENT_VERSION))


def test_missing_step_is_a_programming_error() -> None:
    with pytest.raises(RuntimeError, match="no migration from format 1"):
        parse_project(b'{"format_version": 1}', Path("x.policy"), current=2, migrations={})
