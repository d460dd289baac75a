"""A template's blanks and unprintable contact routes are errors, named by their field."""

from __future__ import annotations

import pytest

from editor.checks import Severity, run_checks
from editor.compose import compose
from editor.document.walk import plain_text
from editor.model import Project
from editor.model.placeholders import placeholder_in
from tests.checks.complete_project import complete_project


@pytest.mark.parametrize(
    "text",
    [
        "[STORE_NAME]",
        "Visit us in [{Provider_City}].",
        "{{ company }}",
        "<COMPANY_NAME> Ltd",
        "[Your company name]",
        "TODO",
        "We keep it for XXX days.",
        "Lorem ipsum dolor sit amet.",
        "privacy@example.com",
        "https://www.example.org/privacy",
        "help@shop.test",
    ],
)
def test_a_leftover_is_found(text: str) -> None:
    assert placeholder_in(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "See our [FAQ](https://brightlane.ie/faq).",
        "Under [EU] law",
        "A todo list app",
        "for example, your name",
        "privacy@brightlane.ie",
        "https://example.co.uk",
        "XXL sizes",
        "Nr. [1]",
    ],
)
def test_ordinary_words_are_not_leftovers(text: str) -> None:
    assert placeholder_in(text) is None


def _errors(project: Project) -> list[tuple[str, str]]:
    findings = run_checks(project, today=project.policy.effective_date)
    return [(f.rule_id, f.path_text) for f in findings if f.severity is Severity.ERROR]


def test_a_placeholder_name_is_an_error_on_its_field() -> None:
    project = complete_project()
    project.organisation.legal_name = "[STORE_NAME]"
    assert ("general.placeholder", "organisation.legal_name") in _errors(project)


def test_an_email_the_policy_cannot_print_is_one_error_not_a_silent_drop() -> None:
    project = complete_project()
    project.contact.email = "privacy at brightlane"
    project.contact.phone = ""
    project.contact.web_form_url = ""
    findings = [f for f in run_checks(project) if f.path_text == "contact.email"]
    assert [(f.rule_id, f.severity) for f in findings] == [
        ("general.contact-unprintable", Severity.ERROR)
    ]
    assert "privacy at brightlane" not in plain_text(compose(project))


def test_published_versions_and_the_imported_text_are_not_searched() -> None:
    project = complete_project()
    project.imported.text = "Contact [STORE_NAME] at info@example.com"
    assert not [e for e in _errors(project) if e[0] == "general.placeholder"]
