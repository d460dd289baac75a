"""One thing the checks found: what is wrong, which law asks for it, and which field to fix."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from editor.model import Law
from editor.model.fieldpath import FieldPath, format_path


class Severity(StrEnum):
    """How much a finding matters, most serious first."""

    ERROR = "error"  # a disclosure the law requires is missing
    WARNING = "warning"  # a likely gap or a risky answer
    INFO = "info"  # advice

    @property
    def rank(self) -> int:
        return list(Severity).index(self)


class Confidence(StrEnum):
    """How sure we are that the law asks for this (from the research checklist's notes)."""

    CONFIRMED = "confirmed"  # seen in the legal text or a regulator's own guidance
    LIKELY = "likely"  # consistent secondary sources, primary text or numbering not seen
    UNCONFIRMED = "unconfirmed"  # the sources disagree or only practitioners say so


class Section(StrEnum):
    """The editor page a finding sends the user to, in the navigator's order."""

    ORGANISATION = "organisation"
    SCOPE = "scope"
    JURISDICTIONS = "jurisdictions"
    DATA = "data"
    LAWFUL_BASIS = "lawful_basis"
    COOKIES = "cookies"
    RECIPIENTS = "recipients"
    TRANSFERS = "transfers"
    RETENTION = "retention"
    SECURITY = "security"
    RIGHTS = "rights"
    CHILDREN = "children"
    CHANGES = "changes"
    CONTACT = "contact"
    CUSTOM = "custom"

    @property
    def rank(self) -> int:
        return list(Section).index(self)


GENERAL = "general"  # the regime name of rules that hold whatever the law


@dataclass(frozen=True)
class Finding:
    """A finding of one rule about one field.

    ``laws`` names the laws that asked for it (empty for a general rule); a rule shared by
    GDPR and UK GDPR reports once, naming both when both apply.
    """

    rule_id: str
    laws: tuple[Law, ...]
    severity: Severity
    message: str
    path: FieldPath
    citation: str
    confidence: Confidence
    section: Section

    @property
    def path_text(self) -> str:
        return format_path(self.path)

    @property
    def regimes(self) -> tuple[str, ...]:
        """The laws' ids, or ``("general",)`` for a rule that holds everywhere."""
        return tuple(law.value for law in self.laws) or (GENERAL,)

    def sort_key(self) -> tuple[int, int, str, str]:
        return (self.severity.rank, self.section.rank, self.rule_id, self.path_text)

    def to_json(self) -> dict[str, Any]:
        """The finding as the CLI's JSON prints it; keys and their meaning are stable."""
        return {
            "rule": self.rule_id,
            "severity": self.severity.value,
            "laws": list(self.regimes),
            "section": self.section.value,
            "path": self.path_text,
            "message": self.message,
            "citation": self.citation,
            "confidence": self.confidence.value,
        }
