"""The errors of publishing and comparing versions; each message can be shown as it is."""

from __future__ import annotations

from collections.abc import Sequence

from editor.errors import PolicywrightError


class VersionError(PolicywrightError):
    """Something about published versions the user must fix or choose differently."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class NoPublishedVersionsError(VersionError):
    """The project has no published version yet, so there is nothing to compare with."""

    def __init__(self) -> None:
        super().__init__("This project has no published versions yet. Publish one first.")


class UnknownVersionError(VersionError):
    """No published version has the label asked for."""

    def __init__(self, label: str, known: Sequence[str]) -> None:
        listed = ", ".join(known) if known else "none yet"
        super().__init__(f"There is no published version called {label!r} (published: {listed}).")
        self.label = label


class LabelError(VersionError):
    """A label that cannot be used: empty, already taken, or reserved."""


class EffectiveDateError(VersionError):
    """An effective date earlier than the previous version's."""


class BrokenHistoryError(VersionError):
    """A published version cannot be rebuilt (the file was damaged or edited by hand)."""
