"""Publishing a version, restoring an old one into the draft, and the yearly review reminder.

Every function here is pure: it returns a new Project and leaves the one it was given as it
was, so the editor can undo by keeping the old object, and a failed call changes nothing.
"""

from __future__ import annotations

import calendar
import datetime as dt

from editor.model import ChangeEntry, Project, PublishedVersion
from editor.versions.change import Comparison
from editor.versions.compare import compare
from editor.versions.errors import EffectiveDateError, LabelError
from editor.versions.snapshots import (
    DRAFT,
    answers,
    find_version,
    latest,
    record,
    snapshot,
    snapshot_answers,
    to_project,
)
from editor.versions.words import day

# California (CalOPPA practice, CCPA §1798.130(a)(5)) expects a review at least every 12 months.
REVIEW_MONTHS = 12
MAX_LABEL_LENGTH = 40
# How many material changes a version's summary names before it only counts the rest.
SUMMARY_NAMES = 3
FIRST_VERSION_SUMMARY = "First published version."
NO_CHANGES_SUMMARY = "Reviewed; no changes."


def publish(
    project: Project,
    label: str,
    *,
    effective_date: dt.date,
    note: str = "",
    today: dt.date | None = None,
) -> Project:
    """A copy of ``project`` with its draft published as version ``label``.

    The draft's answers are recorded as a frozen snapshot with the label, effective date,
    publication date (``today``), the note, and a summary of what changed since the previous
    version. The policy's effective date, "last updated" date and version label are set, and a
    line is added to its change history (or the user's own line for this label is dated).
    Raises LabelError for an empty, reserved or duplicate label and EffectiveDateError for an
    effective date before the previous version's.
    """
    label = _check_label(project, label)
    published_on = today or dt.date.today()
    previous = latest(project)
    if (
        previous is not None
        and previous.effective_date
        and effective_date < previous.effective_date
    ):
        raise EffectiveDateError(
            f"Version {label} cannot take effect on {day(effective_date, project)}, before the "
            f"previous version {previous.label} ({day(previous.effective_date, project)})."
        )
    note = note.strip()
    before = snapshot_answers(project, previous) if previous is not None else {}
    comparison = compare(to_project(before, previous.label), project) if previous else None
    summary = summarise(comparison)

    # Copy everything but the published versions, which are frozen and shared.
    draft = project.model_copy(update={"published": []}).model_copy(deep=True)
    draft.policy.effective_date = effective_date
    draft.policy.last_updated = published_on
    draft.policy.version_label = label
    draft.policy.change_history = _history_with(draft, label, effective_date, note, summary)
    version = PublishedVersion(
        label=label,
        effective_date=effective_date,
        published_on=published_on,
        note=note,
        summary=summary,
        delta=record(before, answers(draft)),
    )
    draft.published = [*project.published, version]
    return draft


def restore(project: Project, label: str) -> Project:
    """A copy of ``project`` whose draft has the answers of published version ``label``.

    The published versions are kept, and so are the draft's publication details (effective
    date, last updated, version label, change history), which describe what was really
    published and are set again on the next publish.
    """
    old = snapshot(project, find_version(project, label).label)
    policy = project.policy
    old.policy.effective_date = policy.effective_date
    old.policy.last_updated = policy.last_updated
    old.policy.version_label = policy.version_label
    old.policy.change_history = [entry.model_copy() for entry in policy.change_history]
    old.published = list(project.published)
    old.imported = project.imported.model_copy(deep=True)  # not part of any version
    return old


def summarise(comparison: Comparison | None) -> str:
    """A version's summary: its material changes by name, or that only details changed."""
    if comparison is None:
        return FIRST_VERSION_SUMMARY
    if comparison.is_empty:
        return NO_CHANGES_SUMMARY
    material = comparison.material
    others = len(comparison.changes) - min(len(material), SUMMARY_NAMES)
    if not material:
        count = "1 change" if others == 1 else f"{others} changes"
        return (
            f"Updated wording and details ({count}); nothing new about how personal data is used."
        )
    named = [_as_sentence(c.text) for c in material[:SUMMARY_NAMES]]
    if others:
        named.append(f"Plus {others} other change{'s' if others > 1 else ''}.")
    return " ".join(named)


def last_publication(project: Project) -> dt.date | None:
    """When the policy was last published: the newest version, else the draft's own date."""
    version = latest(project)
    return version.published_on if version is not None else project.policy.last_updated


def review_due(project: Project) -> dt.date | None:
    """The date by which the policy should be reviewed again, if it was ever published."""
    last = last_publication(project)
    return _add_months(last, REVIEW_MONTHS) if last is not None else None


def needs_review(project: Project, today: dt.date) -> bool:
    """True when the last publication is more than 12 months before ``today``."""
    due = review_due(project)
    return due is not None and today > due


def _check_label(project: Project, label: str) -> str:
    label = " ".join(label.split())
    if not label:
        raise LabelError("Give the version a label, for example the month it takes effect.")
    if len(label) > MAX_LABEL_LENGTH:
        raise LabelError(f"A version label can have at most {MAX_LABEL_LENGTH} characters.")
    if label.casefold() == DRAFT:
        raise LabelError(f"{label!r} is the name of the working draft; choose another label.")
    for version in project.published:
        if version.label.casefold() == label.casefold():
            raise LabelError(
                f"There is already a published version called {version.label!r} "
                f"(effective {day(version.effective_date, project)}). Choose another label."
            )
    return label


def _history_with(
    draft: Project, label: str, effective_date: dt.date, note: str, summary: str
) -> list[ChangeEntry]:
    """The change history with this version's line: the note, else the computed summary.

    If the user already wrote a line for this label, it is dated and keeps their words unless
    a note was given on publishing.
    """
    history = list(draft.policy.change_history)
    for n, entry in enumerate(history):
        if entry.version_label.strip().casefold() == label.casefold():
            words = note or entry.summary.strip() or summary
            history[n] = ChangeEntry(date=effective_date, version_label=label, summary=words)
            return history
    history.append(ChangeEntry(date=effective_date, version_label=label, summary=note or summary))
    return history


def _as_sentence(text: str) -> str:
    return text if text.endswith((".", "!", "?")) else text + "."


def _add_months(date: dt.date, months: int) -> dt.date:
    month_index = date.month - 1 + months
    year, month = date.year + month_index // 12, month_index % 12 + 1
    return date.replace(
        year=year, month=month, day=min(date.day, calendar.monthrange(year, month)[1])
    )
