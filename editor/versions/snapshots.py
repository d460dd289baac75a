"""Frozen snapshots of published versions: recording them as deltas and rebuilding them.

Each published version stores the edits from the previous version's answers to its own (the
first from an empty project). A snapshot is rebuilt by applying the edits in turn; the result is
always a new ``Project``, so nothing a caller does to it can reach the stored version.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

from pydantic import ValidationError

from editor.model import Project, PublishedVersion, SnapshotEdit
from editor.storage.delta import DeltaError, apply_in_place, diff
from editor.versions.errors import BrokenHistoryError, NoPublishedVersionsError, UnknownVersionError

DRAFT = "draft"  # the name of the working draft wherever a version label is expected


def answers(project: Project) -> dict[str, Any]:
    """The project's answers in their saved form, without the published versions."""
    # An import (the old policy, its proposals, which sections are still to review) is where
    # answers came from and the owner's progress, not an answer: versions leave it out.
    return project.model_dump(
        mode="json",
        exclude_defaults=True,
        exclude={"published": True, "imported": True, "custom_sections": {"__all__": {"review"}}},
    )


def record(before: dict[str, Any], after: dict[str, Any]) -> list[SnapshotEdit]:
    """The delta to store for a version whose answers are ``after``."""
    return [SnapshotEdit.model_validate(edit) for edit in diff(before, after)]


def labels(project: Project) -> list[str]:
    return [v.label for v in project.published]


def find_version(project: Project, label: str) -> PublishedVersion:
    """The published version called ``label`` (labels are matched ignoring case and spaces)."""
    if not project.published:
        raise NoPublishedVersionsError()
    wanted = label.strip().casefold()
    for version in project.published:
        if version.label.strip().casefold() == wanted:
            return version
    raise UnknownVersionError(label, labels(project))


def latest(project: Project) -> PublishedVersion | None:
    return project.published[-1] if project.published else None


def snapshot(project: Project, label: str) -> Project:
    """The answers of a published version, as a new Project (with no published list)."""
    version = find_version(project, label)
    for published, data in _rebuild(project):
        if published is version:
            return to_project(data, version.label)
    raise AssertionError("a found version is always rebuilt")  # pragma: no cover


def snapshot_answers(project: Project, version: PublishedVersion) -> dict[str, Any]:
    """The saved form of one version's answers."""
    for published, data in _rebuild(project):
        if published is version:
            return copy.deepcopy(data)
    raise UnknownVersionError(version.label, labels(project))


def snapshots(project: Project) -> list[tuple[PublishedVersion, Project]]:
    """Every published version with its answers, oldest first, in one pass."""
    return [(version, to_project(data, version.label)) for version, data in _rebuild(project)]


def _rebuild(project: Project) -> Iterator[tuple[PublishedVersion, dict[str, Any]]]:
    """Each version with its answers. The dict is reused for the next version: copy or
    validate it before asking for the next one."""
    data: dict[str, Any] = {}
    for version in project.published:
        edits = [_edit_dict(edit) for edit in version.delta]
        try:
            apply_in_place(data, edits)
        except DeltaError as exc:
            raise BrokenHistoryError(
                f"Version {version.label} cannot be rebuilt: its stored changes do not fit the "
                f"version before it ({exc}). The file may have been edited by hand."
            ) from exc
        yield version, data


def _edit_dict(edit: SnapshotEdit) -> dict[str, Any]:
    return {
        "op": edit.op,
        "path": edit.path,
        "value": edit.value,
        "index": edit.index,
        "ids": edit.ids,
    }


def to_project(data: dict[str, Any], label: str) -> Project:
    """A Project from a version's saved answers; BrokenHistoryError if they do not fit."""
    try:
        return Project.model_validate(data)
    except ValidationError as exc:
        raise BrokenHistoryError(
            f"Version {label} cannot be opened: some of its answers are not in the expected "
            "form. The file may have been edited by hand."
        ) from exc
