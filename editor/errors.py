"""The error types users see. Each message is written for a non-programmer."""

from __future__ import annotations

from pathlib import Path


class PolicywrightError(Exception):
    """Base of every error whose message is meant to be shown to the user as it is."""


class ProjectFileError(PolicywrightError):
    """A project file could not be read or written. The file on disk is left as it was."""

    def __init__(self, path: Path | str, message: str, *, detail: str = "") -> None:
        self.path = Path(path)
        self.message = message
        self.detail = detail  # technical detail for a crash report or --verbose, not for the title
        super().__init__(f"{self.path}: {message}")


class ProjectNotFoundError(ProjectFileError):
    """There is no file at the path."""


class ProjectUnreadableError(ProjectFileError):
    """The path exists but cannot be read: a folder, or no permission."""


class ProjectCorruptError(ProjectFileError):
    """The file is empty, truncated, binary, or not valid JSON."""


class NotAProjectError(ProjectFileError):
    """The file is JSON but not a Policywright project."""


class ProjectTooNewError(ProjectFileError):
    """The file was written by a newer Policywright with a format this version does not know."""


class ProjectInvalidError(ProjectFileError):
    """The file is a project but some answers have the wrong shape (e.g. edited by hand)."""


class ProjectTooLargeError(ProjectFileError):
    """The file is larger than any real project could be."""


class ProjectSaveError(ProjectFileError):
    """The project could not be written; the previous file is still intact."""

    def __init__(
        self, path: Path | str, message: str, *, detail: str = "", reason: str = ""
    ) -> None:
        super().__init__(path, message, detail=detail)
        self.reason = reason or message  # why, as a phrase: "the disk is full"


class ExportError(PolicywrightError):
    """A policy could not be exported (for example the target folder is read-only)."""
