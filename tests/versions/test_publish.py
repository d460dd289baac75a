"""Publishing records a frozen snapshot; restore brings one back; the yearly reminder."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pydantic import ValidationError

from editor.model import ChangeEntry, Project, Recipient, TransferSafeguard
from editor.samples import start_project
from editor.storage import dump_project, parse_project
from editor.versions import (
    EffectiveDateError,
    LabelError,
    NoPublishedVersionsError,
    UnknownVersionError,
    compare,
    compare_versions,
    needs_review,
    publish,
    restore,
    review_due,
    snapshot,
    snapshots,
)
from editor.versions.publish import FIRST_VERSION_SUMMARY, NO_CHANGES_SUMMARY

D1 = dt.date(2026, 3, 1)
D2 = dt.date(2027, 1, 1)


@pytest.fixture
def cafe() -> Project:
    return start_project("cafe")


def _first(project: Project) -> Project:
    return publish(project, "2026-03", effective_date=D1, today=dt.date(2026, 2, 20))


def test_publish_records_a_snapshot_that_later_edits_do_not_change(cafe: Project) -> None:
    published = _first(cafe)
    frozen = snapshot(published, "2026-03")
    published.contact.email = "changed@example.com"
    published.recipients.clear()
    published.data_categories[0].retention.period.amount = 99
    again = snapshot(published, "2026-03")
    assert again == frozen
    assert again.contact.email == cafe.contact.email
    assert len(again.recipients) == len(cafe.recipients)


def test_editing_a_returned_snapshot_does_not_change_the_stored_version(cafe: Project) -> None:
    published = _first(cafe)
    copy = snapshot(published, "2026-03")
    copy.organisation.legal_name = "Someone else"
    copy.cookies.cookies.clear()
    assert snapshot(published, "2026-03") == snapshot(_first(cafe), "2026-03")


def test_published_versions_are_read_only(cafe: Project) -> None:
    version = _first(cafe).published[0]
    with pytest.raises(ValidationError):
        version.label = "other"  # type: ignore[misc]
    with pytest.raises(ValidationError):
        version.delta[0].path = "/x"  # type: ignore[misc]


def test_publish_is_pure_and_sets_the_policy_dates(cafe: Project) -> None:
    before = dump_project(cafe)
    published = publish(cafe, " 2026-03 ", effective_date=D1, note="Spring menu", today=D1)
    assert dump_project(cafe) == before
    policy = published.policy
    assert (policy.effective_date, policy.last_updated, policy.version_label) == (D1, D1, "2026-03")
    version = published.published[0]
    assert (version.label, version.effective_date, version.published_on) == ("2026-03", D1, D1)
    assert version.note == "Spring menu"
    assert version.summary == FIRST_VERSION_SUMMARY


def test_snapshot_holds_everything_but_the_published_list(cafe: Project) -> None:
    published = _first(cafe)
    frozen = snapshot(published, "2026-03")
    assert frozen.published == []
    assert frozen == published.model_copy(update={"published": []})


def test_publish_adds_a_change_entry_for_the_changelog(cafe: Project) -> None:
    first = _first(cafe)
    first.recipients.append(
        Recipient(name="Stripe", kind="payments", country="US", transfer_safeguard="dpf")
    )
    second = publish(first, "2027-01", effective_date=D2, today=dt.date(2026, 12, 1))
    entry = second.policy.change_history[-1]
    assert (entry.date, entry.version_label) == (D2, "2027-01")
    assert entry.summary.startswith("Added recipient: Stripe (payments, United States")
    assert second.published[1].summary == entry.summary
    with_note = publish(first, "2027-01", effective_date=D2, note="We now take card payments.")
    assert with_note.policy.change_history[-1].summary == "We now take card payments."


def test_the_users_own_changelog_line_for_the_label_is_kept_and_dated() -> None:
    project = Project()
    project.policy.change_history = [ChangeEntry(version_label="v1", summary="Our words.")]
    published = publish(project, "V1", effective_date=D1)
    assert published.policy.change_history == [
        ChangeEntry(date=D1, version_label="V1", summary="Our words.")
    ]


def test_republishing_without_changes_says_so(cafe: Project) -> None:
    second = publish(_first(cafe), "2027-01", effective_date=D2)
    assert second.published[1].summary == NO_CHANGES_SUMMARY


def test_minor_changes_only_are_summarised_as_such(cafe: Project) -> None:
    first = _first(cafe)
    first.contact.email = "privacy@beanandleaf.ie"
    summary = publish(first, "2027-01", effective_date=D2).published[1].summary
    assert summary.startswith("Updated wording and details (1 change)")


@pytest.mark.parametrize("label", ["2026-03", "2026-03 ", "2026-03".upper(), "  2026-03"])
def test_a_duplicate_label_is_refused(cafe: Project, label: str) -> None:
    first = _first(cafe)
    with pytest.raises(LabelError, match="already a published version called '2026-03'"):
        publish(first, label, effective_date=D2)
    assert len(first.published) == 1


@pytest.mark.parametrize(
    ("label", "words"),
    [("", "Give the version a label"), ("Draft", "working draft"), ("x" * 41, "at most")],
)
def test_unusable_labels_are_refused(cafe: Project, label: str, words: str) -> None:
    with pytest.raises(LabelError, match=words):
        publish(cafe, label, effective_date=D1)


def test_a_version_cannot_take_effect_before_the_previous_one(cafe: Project) -> None:
    with pytest.raises(EffectiveDateError, match="before the previous version 2026-03"):
        publish(_first(cafe), "old", effective_date=dt.date(2025, 1, 1))
    same_day = publish(_first(cafe), "fix", effective_date=D1)
    assert [v.label for v in same_day.published] == ["2026-03", "fix"]


def test_restore_brings_an_old_version_back_into_the_draft(cafe: Project) -> None:
    first = _first(cafe)
    first.recipients.append(Recipient(name="Stripe", transfer_safeguard=TransferSafeguard.DPF))
    first.contact.email = "new@beanandleaf.ie"
    second = publish(first, "2027-01", effective_date=D2)
    second.contact.phone = "+353 1 000 0000"  # unpublished draft edit

    restored = restore(second, "2026-03")
    assert compare(snapshot(second, "2026-03"), restored).is_empty
    assert restored.published == second.published
    # What was really published stays recorded in the draft until the next publish.
    assert restored.policy.version_label == "2027-01"
    assert restored.policy.change_history == second.policy.change_history
    assert second.contact.phone == "+353 1 000 0000"  # the original is untouched

    back = restore(restored, "2027-01")
    assert compare(snapshot(second, "2027-01"), back).is_empty
    reloaded = parse_project(dump_project(back), Path("memory.policy"))
    assert reloaded == back


def test_restore_then_publish_records_the_old_answers_again(cafe: Project) -> None:
    first = _first(cafe)
    first.contact.email = "new@beanandleaf.ie"
    second = publish(first, "2027-01", effective_date=D2)
    third = publish(restore(second, "2026-03"), "2027-02", effective_date=D2)
    comparison = compare_versions(third, "2027-01", "2027-02")
    assert [c.text for c in comparison.changes] == [
        "Privacy contact email changed from “new@beanandleaf.ie” to “hello@beanandleaf.ie”"
    ]
    assert compare_versions(third, "2026-03", "2027-02").is_empty


def test_unknown_labels_and_projects_without_versions(cafe: Project) -> None:
    with pytest.raises(NoPublishedVersionsError):
        snapshot(cafe, "2026-03")
    with pytest.raises(
        UnknownVersionError, match=r"no published version called 'x' \(published: 2026-03\)"
    ):
        restore(_first(cafe), "x")


def test_snapshots_lists_every_version_in_order(cafe: Project) -> None:
    project = _first(cafe)
    for n in range(2, 6):
        project.contact.notes = f"note {n}"
        project = publish(project, f"v{n}", effective_date=D2)
    listed = snapshots(project)
    assert [v.label for v, _ in listed] == ["2026-03", "v2", "v3", "v4", "v5"]
    assert [p.contact.notes for _, p in listed] == ["", "note 2", "note 3", "note 4", "note 5"]


@pytest.mark.parametrize(
    ("published_on", "today", "due"),
    [
        (dt.date(2026, 3, 1), dt.date(2027, 3, 1), False),
        (dt.date(2026, 3, 1), dt.date(2027, 3, 2), True),
        (dt.date(2024, 2, 29), dt.date(2025, 2, 28), False),
        (dt.date(2024, 2, 29), dt.date(2025, 3, 1), True),
    ],
)
def test_review_reminder_after_twelve_months(
    cafe: Project, published_on: dt.date, today: dt.date, due: bool
) -> None:
    project = publish(cafe, "v1", effective_date=published_on, today=published_on)
    assert needs_review(project, today) is due


def test_review_reminder_uses_the_policys_own_date_before_any_publication() -> None:
    project = Project()
    assert review_due(project) is None
    assert not needs_review(project, dt.date(2030, 1, 1))
    project.policy.last_updated = dt.date(2025, 5, 31)
    assert review_due(project) == dt.date(2026, 5, 31)
    assert needs_review(project, dt.date(2026, 6, 1))
