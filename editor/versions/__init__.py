"""Published versions of a policy: publish, compare, restore, and tell people what changed.

Headless (no Qt): the editor's versions panel and the ``publish`` and ``diff`` commands call
these functions. Every function that changes a project returns a new one.
"""

from editor.versions.change import Change, ChangeKind, Comparison, Side
from editor.versions.compare import compare, compare_versions
from editor.versions.errors import (
    BrokenHistoryError,
    EffectiveDateError,
    LabelError,
    NoPublishedVersionsError,
    UnknownVersionError,
    VersionError,
)
from editor.versions.notice import (
    Notice,
    build_notice,
    notice_document,
    notice_markdown,
    notice_text,
    update_notice,
)
from editor.versions.publish import (
    REVIEW_MONTHS,
    last_publication,
    needs_review,
    publish,
    restore,
    review_due,
)
from editor.versions.snapshots import DRAFT, find_version, labels, latest, snapshot, snapshots

__all__ = [
    "DRAFT",
    "REVIEW_MONTHS",
    "BrokenHistoryError",
    "Change",
    "ChangeKind",
    "Comparison",
    "EffectiveDateError",
    "LabelError",
    "NoPublishedVersionsError",
    "Notice",
    "Side",
    "UnknownVersionError",
    "VersionError",
    "build_notice",
    "compare",
    "compare_versions",
    "find_version",
    "labels",
    "last_publication",
    "latest",
    "needs_review",
    "notice_document",
    "notice_markdown",
    "notice_text",
    "publish",
    "restore",
    "review_due",
    "snapshot",
    "snapshots",
    "update_notice",
]
