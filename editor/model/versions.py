"""Published versions of the policy, kept inside the project as compact snapshots.

A published version is frozen: its answers are stored as a structural delta from the version
before it (the first one from an empty project), so a file with fifty versions stays small and
publishing appends lines to the file instead of rewriting it. ``editor.versions`` turns the
deltas back into ``Project`` objects; ``editor.storage.delta`` defines how a delta is applied.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import ConfigDict, Field, JsonValue, field_validator

from editor.model.base import MOST_ITEMS, Model, whole_characters

EditOp = Literal["set", "unset", "add", "remove", "order"]


class SnapshotEdit(Model):
    """One step of a delta between two snapshots.

    ``path`` is a JSON Pointer (RFC 6901) into the project's saved form, except that a step into
    a list of items names the item's ``id`` rather than its position, so a delta survives
    reordering and reads well in a diff: ``/recipients/stripe/country``.

    - ``set``: put ``value`` at ``path`` (an answer changed, or appeared)
    - ``unset``: remove the key at ``path`` (the answer went back to its default)
    - ``add``: insert the item ``value`` into the list at ``path``, at position ``index``
    - ``remove``: drop the list item at ``path``
    - ``order``: put the items of the list at ``path`` in the order of ``ids``
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    # Defaults only because no field of the model may be required; a step without an op or a
    # path is refused when the version is rebuilt.
    op: EditOp | None = None
    path: str = ""
    value: JsonValue = None
    index: int | None = Field(default=None, ge=0, le=MOST_ITEMS)
    ids: list[str] = Field(default_factory=list)

    @field_validator("value", mode="before")
    @classmethod
    def _whole_value(cls, value: Any) -> Any:
        return whole_characters(value)  # any JSON: the model's own pass looks one level deep


class PublishedVersion(Model):
    """A version of the policy as it was published: read-only once recorded."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    label: str = ""  # e.g. "2027-01"; unique within the project
    effective_date: dt.date | None = None
    published_on: dt.date | None = None
    note: str = ""  # the user's own words about this version
    summary: str = ""  # what changed since the previous version, computed on publishing
    delta: list[SnapshotEdit] = Field(default_factory=list)
