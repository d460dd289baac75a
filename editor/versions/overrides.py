"""How the user's own decisions about which laws apply are told when they change."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from editor.model import Law, PolicySection
from editor.versions.change import Change, ChangeKind
from editor.versions.fields import Place, Rule


def _decision(value: bool | None) -> str:
    if value is None:
        return "decided by your answers"
    return "applies" if value else "does not apply"


@dataclass(frozen=True)
class LawOverrides(Rule):
    """``Jurisdictions.law_overrides``: one line per law whose decision changed."""

    section: PolicySection | None = None

    def compare(self, old: Any, new: Any, at: Place) -> Iterator[Change]:
        for law in Law:
            before, after = old.get(law), new.get(law)
            if before == after:
                continue
            text = f"Your decision on {law.label}: {_decision(after)} (was {_decision(before)})"
            yield at.change(ChangeKind.CHANGED, text)
