"""The upgrade steps themselves, one function per format version, registered in ``migrate``.

Each step only restates what an older file meant in the newer format's words; it never guesses
an answer the owner did not give.
"""

from __future__ import annotations

from typing import Any


def v1_permission_optional_explicit(data: dict[str, Any]) -> dict[str, Any]:
    """Format 1 → 2: an app permission's "optional" became unanswered by default.

    Format 1 left ``optional`` out of the file when it was True (its default), so a permission
    without the key meant "the app works without it". Format 2's default is None (not
    answered), so that meaning is written down explicitly.
    """
    apps = data.get("apps")
    if isinstance(apps, dict):
        for permission in apps.get("permissions", []):
            if isinstance(permission, dict):
                permission.setdefault("optional", True)
    return data


def v2_disclosure_occasions(data: dict[str, Any]) -> dict[str, Any]:
    """Format 2 → 3: the one free-text "other occasion" of sharing became a list of occasions.

    The old text becomes the first occasion, as it was written; an empty one is dropped.
    """
    disclosures = data.get("disclosures")
    if isinstance(disclosures, dict) and "other" in disclosures:
        other = disclosures.pop("other")
        if isinstance(other, str) and other.strip():
            disclosures["other_occasions"] = [{"id": "other", "description": other}]
    return data
