"""The notice to customers: material changes first, short, and safe to render as Markdown."""

from __future__ import annotations

import datetime as dt
from html import unescape

import pytest
from markdown_it import MarkdownIt

from editor.model import Cookie, Project, Recipient
from editor.samples import start_project
from editor.versions import (
    NoPublishedVersionsError,
    build_notice,
    notice_text,
    publish,
    update_notice,
)
from editor.versions.notice import MINOR_LISTED
from editor.versions.report import markdown_escape

D1, D2 = dt.date(2026, 3, 1), dt.date(2026, 9, 1)


def _two_versions() -> Project:
    project = publish(start_project("cafe"), "v1", effective_date=D1, today=dt.date(2026, 2, 1))
    project.contact.email = "privacy@beanandleaf.ie"
    project.cookies.cookies.append(Cookie(name="_ga", provider="Google", category="analytics"))
    project.recipients.append(Recipient(name="Stripe", kind="payments", country="US"))
    return publish(
        project, "v2", effective_date=D2, today=dt.date(2026, 8, 1), note="Card payments."
    )


def test_notice_names_dates_and_lists_material_changes_first() -> None:
    text = update_notice(_two_versions())
    assert text.startswith("# We have updated our privacy policy\n")
    assert "We updated our privacy policy on 1 August 2026." in text
    assert "The new version (v2) applies from 1 September 2026." in text
    assert "Card payments." in text
    material = text.index("## What changed")
    minor = text.index("## Smaller changes")
    assert material < text.index("Added recipient: Stripe") < minor
    assert material < text.index("Added cookie: \\_ga") < minor
    assert minor < text.index("Privacy contact email changed")
    assert text.rstrip().endswith("Bean & Leaf")  # "&" alone is not markup: left as it is
    assert "write to us at privacy@beanandleaf.ie" in text


def test_notice_renders_to_the_same_words_as_the_plain_text() -> None:
    notice = build_notice(_two_versions())
    html = MarkdownIt().render(update_notice(_two_versions()))
    assert "<li>Added cookie: _ga (Google, analytics).</li>" in html
    assert "<em>" not in html and "<strong>" not in html
    plain = notice_text(notice)
    assert "- Added cookie: _ga (Google, analytics)." in plain


def test_a_review_without_changes_says_nothing_changed() -> None:
    project = publish(start_project("cafe"), "v1", effective_date=D1)
    project = publish(project, "v2", effective_date=D2)
    notice = build_notice(project)
    assert notice.lists == ()
    assert any("nothing has changed" in p for p in notice.opening)


def test_only_small_changes_are_said_to_be_small() -> None:
    project = publish(start_project("cafe"), "v1", effective_date=D1)
    project.contact.email = "privacy@beanandleaf.ie"
    project.retention.general_statement = "We keep data for as short a time as we can. " * 5
    text = update_notice(publish(project, "v2", effective_date=D2))
    assert "small changes to wording and details" in text
    assert "## Smaller changes" not in text
    assert "We reworded some passages to make them clearer." in text


def test_many_small_changes_are_counted_not_listed() -> None:
    project = publish(start_project("cafe"), "v1", effective_date=D1)
    for n, purpose in enumerate(project.purposes):
        purpose.name = f"Purpose {n}"
    notice = build_notice(publish(project, "v2", effective_date=D2))
    (changes,) = notice.lists
    assert len(changes.items) == MINOR_LISTED
    assert (
        changes.items[-1]
        == f"{len(project.purposes) - MINOR_LISTED + 1} more small changes to details"
    )


def test_the_first_version_is_announced_as_published() -> None:
    project = publish(start_project("cafe"), "v1", effective_date=D1, today=dt.date(2026, 2, 1))
    notice = build_notice(project)
    assert notice.title == "Our privacy policy"
    assert (
        notice.opening[0]
        == "We published our privacy policy on 1 February 2026. It applies from 1 March 2026."
    )


def test_a_notice_for_the_draft_has_no_dates_yet() -> None:
    project = _two_versions()
    project.recipients.append(Recipient(name="Evri"))
    notice = build_notice(project, to_label="draft")
    assert notice.title == "We are updating our privacy policy"
    assert notice.opening == ("We are updating our privacy policy.",)
    assert notice.lists[0].items == ("Added recipient: Evri",)


def test_a_notice_needs_a_published_version() -> None:
    with pytest.raises(NoPublishedVersionsError):
        update_notice(Project())


@pytest.mark.parametrize(
    "text",
    [
        "_ga and _gid",
        "*bold*",
        "[link](https://x)",
        "<script>",
        "1. first",
        "- item",
        "# title",
        "&amp; &copy;",
        "a\\b",
        "`code`",
        "> quote",
        "~~gone~~",
    ],
)
def test_markdown_escape_shows_text_exactly(text: str) -> None:
    html = MarkdownIt().render(markdown_escape(text))
    inner = html.removeprefix("<p>").removesuffix("</p>\n")
    assert unescape(inner) == text
