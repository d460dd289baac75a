"""Start a project from the policy a business already has (no Qt here).

``import_policy`` reads an old policy (web page, Word, Markdown, PDF or text), keeps all of its
text as sections to review and proposes the answers it can recognise, each with the sentence
it came from. ``accept`` and ``reject`` turn proposals into answers, or drop them.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from editor.catalog import Catalog, load_catalog
from editor.importer.accept import accept, accept_all, covered, keep_section, reject
from editor.importer.build import build_project
from editor.importer.describe import describe
from editor.importer.errors import (
    NotAPolicyError,
    PolicyImportError,
    ScannedPdfError,
    UnreadablePolicyError,
)
from editor.importer.layout import lay_out
from editor.importer.policyness import reads_like_a_policy
from editor.importer.readers import FORMATS, read_policy
from editor.model.project import Project

__all__ = [
    "FORMATS",
    "NotAPolicyError",
    "PolicyImportError",
    "ScannedPdfError",
    "UnreadablePolicyError",
    "accept",
    "accept_all",
    "covered",
    "describe",
    "import_policy",
    "keep_section",
    "reject",
]


def import_policy(
    path: Path,
    catalog: Catalog | None = None,
    *,
    today: dt.date | None = None,
    anyway: bool = False,
) -> Project:
    """A new project from the old policy at ``path``.

    Raises :class:`UnreadablePolicyError` for a file that cannot be read, and
    :class:`NotAPolicyError` for text that is not about personal data, unless ``anyway``.
    """
    old = read_policy(path)
    reading = lay_out(old)
    if not anyway and not reads_like_a_policy(reading):
        raise NotAPolicyError(
            path,
            "its text does not read like a privacy policy (it hardly mentions personal data, "
            "privacy or cookies). Check that this is the right file; import it anyway if it is.",
        )
    return build_project(
        old, catalog or load_catalog(), source_name=path.name, today=today, reading=reading
    )
