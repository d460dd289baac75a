"""Step-by-step upgrades of older project files, one registered step per format version.

A step takes the file's dict at version N and returns it at version N+1. Steps never touch the
file on disk; the upgraded project is written only when the user saves.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Migration = Callable[[dict[str, Any]], dict[str, Any]]

CURRENT_VERSION = 1

# MIGRATIONS[n] upgrades a version-n dict to version n+1. Add a step here (and bump
# CURRENT_VERSION) whenever a change would make an older file fail to load or lose meaning.
MIGRATIONS: dict[int, Migration] = {}


def migrate(
    data: dict[str, Any],
    version: int,
    *,
    current: int = CURRENT_VERSION,
    migrations: dict[int, Migration] = MIGRATIONS,
) -> dict[str, Any]:
    for step in range(version, current):
        if step not in migrations:
            raise RuntimeError(f"no migration from format {step} to {step + 1}")
        data = migrations[step](data)
    return data
