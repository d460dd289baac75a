"""When each kind of data is collected, and "only if" a condition holds ("you pay by PayPal").

Said only when answered; versions tell a new moment of collection.
"""

from __future__ import annotations

from editor.model import CollectionMoment, DataCategory, Project
from editor.versions import compare
from tests.compose.policy_section import section_of


def _project(**answers: object) -> Project:
    return Project(data_categories=[DataCategory(id="pay", name="Payment details", **answers)])


def test_when_and_only_if_are_said() -> None:
    text = section_of(
        _project(
            collected_when=[CollectionMoment.ORDER, CollectionMoment.PAYMENT],
            only_if="you pay by PayPal",
        ),
        "data_collected",
    )
    assert (
        "We collect it when you place an order or booking or when you pay, only if you pay "
        "by PayPal." in text
    )
    assert "We collect it only if you pay by PayPal." in section_of(
        _project(only_if="you pay by PayPal"), "data_collected"
    )


def test_nothing_is_said_until_answered() -> None:
    assert "We collect it" not in section_of(_project(), "data_collected")


def test_versions_tell_a_new_moment() -> None:
    old = _project(collected_when=[CollectionMoment.ORDER])
    new = _project(collected_when=[CollectionMoment.ORDER, CollectionMoment.ACCOUNT])
    (change,) = compare(old, new).changes
    assert "now also collected: when you create an account" in change.text.lower()
