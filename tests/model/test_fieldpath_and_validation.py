"""Field paths address one answer; format problems are reported without refusing the data."""

from __future__ import annotations

import pytest

from editor.model import Cookie, DataCategory, Project, Purpose, Recipient
from editor.model.fieldpath import format_path, get_value, parse_path, set_value
from editor.model.validation import find_problems, is_valid_email, is_valid_url


@pytest.mark.parametrize(
    ("text", "path"),
    [
        ("organisation.legal_name", ("organisation", "legal_name")),
        ("data_categories[2].retention.rule", ("data_categories", 2, "retention", "rule")),
        ("purposes[0]", ("purposes", 0)),
    ],
)
def test_paths_parse_and_format_both_ways(text: str, path: tuple[str | int, ...]) -> None:
    assert parse_path(text) == path
    assert format_path(path) == text


@pytest.mark.parametrize("bad", ["", ".a", "a.", "a..b", "[1]", "a[x]", "a b", "a[1]b"])
def test_malformed_paths_are_rejected(bad: str) -> None:
    if bad == "":
        assert parse_path(bad) == ()
        return
    with pytest.raises(ValueError):
        parse_path(bad)


def test_get_and_set_through_lists_return_old_value() -> None:
    project = Project(data_categories=[DataCategory(name="Emails")])
    path = parse_path("data_categories[0].name")
    assert get_value(project, path) == "Emails"
    assert set_value(project, path, "Email addresses") == "Emails"
    assert project.data_categories[0].name == "Email addresses"
    with pytest.raises(LookupError):
        get_value(project, parse_path("data_categories[3].name"))
    with pytest.raises(LookupError):
        get_value(project, parse_path("organisation.nope"))


def test_set_value_validates_like_the_model() -> None:
    project = Project()
    with pytest.raises(ValueError):
        set_value(project, ("children", "minimum_age"), -4)
    assert project.children.minimum_age is None


@pytest.mark.parametrize(
    ("value", "ok"),
    [
        ("a@b.co", True),
        ("first.last+tag@mail.example.ie", True),
        ("a@b", False),
        ("a b@c.de", False),
        ("", False),
    ],
)
def test_email_format(value: str, ok: bool) -> None:
    assert is_valid_email(value) is ok


@pytest.mark.parametrize(
    ("value", "ok"),
    [
        ("https://example.com/privacy", True),
        ("http://example.com", True),
        ("javascript:alert(1)", False),
        ("data:text/html,hi", False),
        ("example.com", False),
        ("https://", False),
        ("https://exa mple.com", False),
    ],
)
def test_url_format(value: str, ok: bool) -> None:
    assert is_valid_url(value) is ok


def test_problems_point_at_the_field_and_never_block() -> None:
    project = Project()
    project.contact.email = "not-an-email"
    project.organisation.website = "javascript:alert(1)"
    project.recipients = [Recipient(name="X", country="United States")]
    project.data_categories = [DataCategory(purpose_ids=["gone"])]
    project.cookies.cookies = [Cookie(name="c", recipient_id="missing")]
    problems = {format_path(p.path): p.message for p in find_problems(project)}
    assert set(problems) == {
        "contact.email",
        "organisation.website",
        "recipients[0].country",
        "data_categories[0].purpose_ids[0]",
        "cookies.cookies[0].recipient_id",
    }
    assert "email" in problems["contact.email"]
    assert "https://" in problems["organisation.website"]


def test_samples_have_no_format_problems(sample_project: Project) -> None:
    assert find_problems(sample_project) == []


def test_valid_references_are_not_problems() -> None:
    purpose = Purpose(name="Newsletter")
    category = DataCategory(purpose_ids=[purpose.id])
    recipient = Recipient(purpose_ids=[purpose.id], data_category_ids=[category.id])
    project = Project(purposes=[purpose], data_categories=[category], recipients=[recipient])
    assert find_problems(project) == []
