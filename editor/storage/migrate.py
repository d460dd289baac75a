"""Step-by-step upgrades of older project files, one registered step per format version.

A step takes the file's dict at version N and returns it at version N+1. Steps never touch the
file on disk; the upgraded project is written only when the user saves.

A step is written for one project's answers. Published versions (``published``) hold frozen
snapshots of older answers in the same shape, so the runner hands each snapshot through the same
step and stores it again as a delta; a step never sees the ``published`` list itself.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from editor.storage.delta import DeltaError, apply_delta, diff
from editor.storage.steps import v1_permission_optional_explicit, v2_disclosure_occasions

Migration = Callable[[dict[str, Any]], dict[str, Any]]

CURRENT_VERSION = 3

# MIGRATIONS[n] upgrades a version-n dict to version n+1. Add a step here (and bump
# CURRENT_VERSION) whenever a change would make an older file fail to load or lose meaning.
MIGRATIONS: dict[int, Migration] = {
    1: v1_permission_optional_explicit,
    2: v2_disclosure_occasions,
}

PUBLISHED_KEY = "published"


def migrate(
    data: dict[str, Any],
    version: int,
    *,
    current: int = CURRENT_VERSION,
    migrations: dict[int, Migration] = MIGRATIONS,
) -> dict[str, Any]:
    """Upgrade ``data`` from ``version`` to ``current``; raise DeltaError for a broken history."""
    for step in range(version, current):
        if step not in migrations:
            raise RuntimeError(f"no migration from format {step} to {step + 1}")
        data = _run_step(migrations[step], data)
    return data


def _run_step(step: Migration, data: dict[str, Any]) -> dict[str, Any]:
    published = data.pop(PUBLISHED_KEY, None)
    data = step(data)
    if published is not None:
        data[PUBLISHED_KEY] = upgrade_snapshots(step, published)
    return data


def upgrade_snapshots(step: Migration, published: Any) -> list[Any]:
    """Run ``step`` on every published snapshot and store each again as a delta."""
    if not isinstance(published, list):
        raise DeltaError("the list of published versions is damaged")
    old_before: dict[str, Any] = {}
    new_before: dict[str, Any] = {}
    upgraded = []
    for entry in published:
        if not isinstance(entry, dict):
            raise DeltaError("a published version is damaged")
        edits = entry.get("delta", [])
        if not isinstance(edits, list):
            raise DeltaError(f"the changes of version {entry.get('label')!r} are damaged")
        old_snapshot = apply_delta(old_before, edits)
        new_snapshot = step(copy.deepcopy(old_snapshot))
        upgraded.append({**entry, "delta": diff(new_before, new_snapshot)})
        old_before, new_before = old_snapshot, new_snapshot
    return upgraded
