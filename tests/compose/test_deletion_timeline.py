"""The deletion timeline (restorable for 30 days, gone from live systems within 60, from
backups within 90) and "indefinitely" said as the owner chose; each only when answered."""

from __future__ import annotations

from editor.model import DataCategory, IndefiniteWording, Project, RetentionPolicy
from editor.versions import compare
from tests.compose.policy_section import section_of


def test_each_step_of_the_timeline_is_said_when_given() -> None:
    project = Project(
        retention=RetentionPolicy(restorable_days=30, live_removal_days=60, backup_removal_days=90)
    )
    assert (
        "After something is deleted, we can still restore it for 30 days, it is removed from "
        "our live systems within 60 days and it is removed from our backups within 90 days."
        in section_of(project, "retention")
    )
    only_backups = Project(retention=RetentionPolicy(backup_removal_days=90))
    text = section_of(only_backups, "retention")
    assert "it is removed from our backups within 90 days." in text and "restore" not in text
    assert "After something is deleted" not in section_of(Project(), "retention")


def test_indefinitely_in_the_owners_words() -> None:
    def kept(wording: IndefiniteWording | None) -> str:
        category = DataCategory(name="Posts")
        category.retention.rule = "indefinitely"  # type: ignore[assignment]
        category.retention.indefinite_wording = wording
        return section_of(Project(data_categories=[category]), "retention")

    assert "We keep it with no end date" in kept(None)
    assert "We keep it until you ask us to delete it" in kept(IndefiniteWording.UNTIL_DELETED)


def test_versions_call_a_longer_timeline_material() -> None:
    old = Project(retention=RetentionPolicy(backup_removal_days=30))
    new = Project(retention=RetentionPolicy(backup_removal_days=90))
    (change,) = compare(old, new).changes
    assert "backups" in change.text and change.material
