"""The errors an import reports: each message says, in plain words, why and what to do."""

from __future__ import annotations

from pathlib import Path

from editor.errors import PolicywrightError


class PolicyImportError(PolicywrightError):
    """The old policy could not be imported; nothing was written."""

    def __init__(self, path: Path | str, message: str, *, detail: str = "") -> None:
        self.path = Path(path)
        self.message = message
        self.detail = detail  # technical detail for logs, never the title of a message
        super().__init__(f"{self.path.name}: {message}")


class UnreadablePolicyError(PolicyImportError):
    """The file is missing, empty, damaged, too large or in a format no reader knows."""


class ScannedPdfError(UnreadablePolicyError):
    """A PDF of page images: there is no text to import without recognising it first."""


class NotAPolicyError(PolicyImportError):
    """The file reads, but its text is not about personal data (a recipe, a price list)."""
