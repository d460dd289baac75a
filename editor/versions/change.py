"""What a comparison finds: one change in the user's words, and the list of them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from editor.model import PolicySection
from editor.model.fieldpath import FieldPath


class ChangeKind(StrEnum):
    ADDED = "added"
    REMOVED = "removed"
    CHANGED = "changed"


@dataclass(frozen=True)
class Change:
    """One difference between two versions, e.g. "Added recipient: Stripe (payments, …)".

    ``material`` marks changes that people should be told about before they take effect (new
    purposes, recipients, data, transfers, longer retention, weaker rights, selling); wording
    and contact details are not material. ``wording`` marks a change of wording only (text too
    long to quote was reworded), which a notice to customers sums up in one line. ``path`` is
    where the change is in the newer version (in the older one for something removed), so the
    editor can jump to it.
    """

    section: PolicySection
    kind: ChangeKind
    text: str
    material: bool
    path: FieldPath = ()
    wording: bool = False


@dataclass(frozen=True)
class Side:
    """One end of a comparison: a published version, or the working draft."""

    label: str  # the version label, or "draft"
    effective_date: dt.date | None = None
    is_draft: bool = False

    @property
    def title(self) -> str:
        return "the draft" if self.is_draft else f"version {self.label}"


@dataclass(frozen=True)
class Comparison:
    """Every change between two versions, in policy-section order."""

    changes: tuple[Change, ...]
    before: Side | None = None
    after: Side | None = None
    sections: tuple[PolicySection, ...] = field(init=False)

    def __post_init__(self) -> None:
        order = list(PolicySection)
        ordered = tuple(sorted(self.changes, key=lambda c: order.index(c.section)))
        object.__setattr__(self, "changes", ordered)
        seen = dict.fromkeys(c.section for c in ordered)
        object.__setattr__(self, "sections", tuple(seen))

    @property
    def is_empty(self) -> bool:
        return not self.changes

    @property
    def material(self) -> tuple[Change, ...]:
        return tuple(c for c in self.changes if c.material)

    @property
    def minor(self) -> tuple[Change, ...]:
        return tuple(c for c in self.changes if not c.material)

    def in_section(self, section: PolicySection) -> tuple[Change, ...]:
        return tuple(c for c in self.changes if c.section is section)
