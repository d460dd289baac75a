"""Legal reasons that differ for some groups of people, or for one kind of data.

Each is said only when its people (or its data) and its reason are answered; the balancing test
is never claimed for a reason it was not answered for; versions tell a changed reason.
"""

from __future__ import annotations

from typing import Any

from editor.checks import run_checks
from editor.model import Project
from editor.versions import compare
from tests.compose.policy_section import TODAY, section_of

CHARITY: dict[str, Any] = {
    "organisation": {"kind": "nonprofit", "legal_name": "Riverside Food Bank", "country": "IE"},
    "jurisdictions": {"regions": ["eu_eea"]},
    "purposes": [
        {
            "id": "news",
            "name": "Send our newsletter",
            "lawful_basis": "consent",
            "withdraw_consent_how": "click unsubscribe",
        }
    ],
    "data_categories": [{"id": "contact", "name": "Contact details", "purpose_ids": ["news"]}],
}


def _project(**more: Any) -> Project:
    return Project.model_validate(CHARITY | more)


MEMBERS = {
    "id": "m",
    "subjects": ["members"],
    "purpose_ids": ["news"],
    "lawful_basis": "legitimate_interests",
    "details": "members hear about meetings as part of their membership",
}


def test_a_group_with_its_own_reason() -> None:
    text = section_of(_project(group_bases=[MEMBERS]), "lawful_basis")
    assert (
        "For members, donors and volunteers (send our newsletter): Our legitimate interests. "
        "Members hear about meetings as part of their membership." in text
    )
    # Nobody answered a balancing test for the members' reason: it is not claimed.
    assert "we have checked that they are not outweighed" not in text
    assert "You can object to this use at any time." in text


def test_an_unfinished_group_is_left_out_and_asked_for() -> None:
    project = _project(group_bases=[{"subjects": ["members"]}])
    assert "Where the reason is different" not in section_of(project, "lawful_basis")
    assert "gdpr.group-basis-complete" in {f.rule_id for f in run_checks(project, today=TODAY)}


def test_a_data_item_with_its_own_reason() -> None:
    categories = CHARITY["data_categories"] + [
        {
            "id": "profile",
            "name": "Optional profile details",
            "purpose_ids": ["news"],
            "lawful_basis": "consent",
        }
    ]
    text = section_of(_project(data_categories=categories), "lawful_basis")
    assert "Optional profile details: Your consent. You can withdraw it at any time." in text


def test_versions_tell_a_changed_reason_as_material() -> None:
    old = _project(group_bases=[MEMBERS])
    new = _project(group_bases=[MEMBERS | {"lawful_basis": "contract"}])
    (change,) = compare(old, new).changes
    assert "legal reason" in change.text and change.material
