"""Scope: "everything we offer, including …" or only what is listed, and what a product does
differently; said only when answered, compared by versions, asked for by check."""

from __future__ import annotations

from editor.checks import run_checks
from editor.model import CoveredProperty, Project
from editor.versions import compare
from tests.compose.policy_section import TODAY, section_of


def _project(covers_everything: bool | None, differences: str = "") -> Project:
    project = Project()
    project.scope.covers_everything = covers_everything
    project.scope.properties = [
        CoveredProperty(id="free", name="Notely Free", differences=differences),
        CoveredProperty(id="pro", name="Notely Pro"),
    ]
    return project


def _covers(project: Project) -> str:
    return section_of(project, "who_we_are")


def test_the_list_is_said_to_be_complete_or_examples_only_when_answered() -> None:
    assert "This policy covers:" in _covers(_project(None))
    assert "This policy covers everything we offer, including:" in _covers(_project(True))
    assert "This policy covers only:" in _covers(_project(False))


def test_a_product_says_what_it_does_differently() -> None:
    text = _covers(_project(True, "the free version shows ads from AdMob"))
    assert "- Notely Free. The free version shows ads from AdMob." in text.replace("\n", "\n- ")


def test_check_asks_and_versions_tell() -> None:
    rules = {f.rule_id for f in run_checks(_project(None), today=TODAY)}
    assert "general.scope-complete" in rules
    assert "general.scope-complete" not in {
        f.rule_id for f in run_checks(_project(False), today=TODAY)
    }
    (change,) = compare(_project(False), _project(True)).changes
    assert "covers everything" in change.text and change.material
    (change,) = compare(_project(True), _project(True, "shows ads")).changes
    assert "differs from the rest" in change.text
