"""What a recogniser reports: a value of some kind, and the sentence that says it."""

from __future__ import annotations

from dataclasses import dataclass, field

from editor.importer.layout import Sentence
from editor.model.imported import ProposalKind


@dataclass(frozen=True)
class Found:
    kind: ProposalKind
    value: str
    sentence: Sentence
    details: dict[str, str] = field(default_factory=dict)

    @property
    def key(self) -> tuple[str, str]:
        """Two findings with the same key propose the same answer: the first one is kept."""
        return (self.kind.value, self.value.casefold())
