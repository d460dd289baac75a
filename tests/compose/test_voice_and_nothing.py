"""A person speaking as "I", names people are known by, and a policy for collecting nothing."""

from __future__ import annotations

import re

from editor.checks import run_checks
from editor.compose import compose
from editor.document import Document, find_section, plain_text, section_text
from editor.model import Voice
from editor.samples import start_project


def _section(doc: Document, key: str) -> str:
    section = find_section(doc, key)
    return section_text(section) if section else ""


def test_a_person_can_speak_as_i() -> None:
    project = start_project("games-dev")
    assert project.policy.voice is Voice.I
    doc = compose(project)
    text = plain_text(doc)
    assert '("I" or "me")' in text and "I collect these kinds of personal data" in text
    assert [s.title for s in doc.sections][1] == "Who I am"
    assert "work for me" in text and "My legal reasons" in text
    assert not re.search(r"\b(we|We|us|our|Our)\b", text)
    assert "a US scheme" in text  # the country, not the pronoun


def test_we_stays_we_unless_chosen() -> None:
    project = start_project("games-dev")
    project.policy.voice = Voice.WE
    assert "We collect these kinds of personal data" in plain_text(compose(project))


def test_an_organisation_that_is_not_a_business_is_known_by_its_name_not_trading() -> None:
    project = start_project("charity")
    project.organisation.trading_name = "Fernbrook"
    text = plain_text(compose(project))
    assert ", known as Fernbrook" in text and "trading as" not in text


def test_collecting_nothing_is_said_plainly_with_no_rights_over_data_not_held() -> None:
    doc = compose(start_project("free-app"))
    text = plain_text(doc)
    assert "We do not collect any personal data." in _section(doc, "data_collected")
    assert "What we collect: no personal data." in text
    assert "You have rights over your personal data" not in text
    assert "Your choices" not in text and "controller" not in text
    assert "We keep no personal data about you" in _section(doc, "rights")
    assert "Update check" in _section(doc, "apps")


def test_collecting_nothing_is_one_answer_for_the_checks() -> None:
    project = start_project("free-app")
    paths = [f.path_text for f in run_checks(project)]
    assert not [p for p in paths if p.startswith("data_categories")]
    assert "automated_decisions.used" not in paths and "rights.request_methods" not in paths
    project.not_collected.nothing = None
    found = [f.rule_id for f in run_checks(project) if f.path_text == "data_categories"]
    assert found == ["general.data-categories"]


def test_saying_nothing_is_collected_while_listing_data_is_reported() -> None:
    project = start_project("cafe")
    project.not_collected.nothing = True
    found = [f for f in run_checks(project) if f.path_text == "not_collected.nothing"]
    assert [f.rule_id for f in found] == ["general.data-categories"]
    assert "We do not collect any personal data" not in plain_text(compose(project))
