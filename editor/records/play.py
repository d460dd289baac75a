"""Google Play's Data safety answers, from the policy's answers and the app stores' own.

Google asks, per data type, whether it is collected, shared with a third party (not a
service provider working for the developer), processed ephemerally, required or optional, and
why; and, for the app, whether data is encrypted in transit and people can ask for deletion.
A data type appears only when all of it is answered; otherwise it is left out and reported.
"""

from __future__ import annotations

from dataclasses import dataclass

from editor.model import (
    Project,
    RecipientRole,
    Requirement,
    Right,
    SecurityMeasure,
)
from editor.records.collected import Collected, collected
from editor.records.store_types import PURPOSES, STORE_TYPES
from editor.records.unanswered import Unanswered

_PROCESSOR = RecipientRole.PROCESSOR


@dataclass(frozen=True, slots=True)
class PlayDataType:
    """One of Google's data types the app collects, with the form's questions answered."""

    category: str  # "Personal info"
    label: str  # "Email address"
    shared: bool
    ephemeral: bool
    optional: bool
    purposes: tuple[str, ...]  # Google's words
    category_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PlayDataSafety:
    data_types: tuple[PlayDataType, ...]
    encrypted_in_transit: bool | None
    deletion_requests: bool | None
    deletion_url: str
    unanswered: tuple[Unanswered, ...]


@dataclass(frozen=True, slots=True)
class _PlayUse:
    data: Collected
    shared: bool
    ephemeral: bool
    optional: bool


def _shared(project: Project, data: Collected, missing: list[Unanswered]) -> bool | None:
    """Whether a recipient that is not the developer's service provider gets the category."""
    shared: bool | None = False
    for j, recipient in enumerate(project.recipients):
        if data.category.id not in recipient.data_category_ids:
            continue
        if recipient.role is None:
            missing.append(
                Unanswered.at(
                    ("recipients", j, "role"),
                    f"Does {recipient.name.strip() or 'this recipient'} work for you "
                    "(a processor) or use the data for itself?",
                )
            )
            shared = None if shared is False else shared
        elif recipient.role is not _PROCESSOR:
            shared = True
    return shared


def _play_uses(project: Project, missing: list[Unanswered]) -> list[_PlayUse]:
    uses = []
    for data in collected(project, missing, "Google Play"):
        shared = _shared(project, data, missing)
        ephemeral = data.use.processed_ephemerally
        requirement = data.category.requirement
        if ephemeral is None:
            missing.append(
                Unanswered.at(
                    (*data.at, "processed_ephemerally"),
                    f"Is {data.name} only used in memory for one request and not kept?",
                )
            )
        if requirement is None:
            missing.append(
                Unanswered.at(
                    ("data_categories", data.index, "requirement"),
                    f"Must people give {data.name}, or can they choose?",
                )
            )
        if shared is not None and ephemeral is not None and requirement is not None:
            uses.append(_PlayUse(data, shared, ephemeral, requirement is Requirement.OPTIONAL))
    return uses


def play_data_safety(project: Project) -> PlayDataSafety:
    missing: list[Unanswered] = []
    uses = _play_uses(project, missing)
    data_types = []
    # Several of our types may be one of Google's ("other user-generated content").
    google_types = dict.fromkeys((n.google_category, n.google_type) for n in STORE_TYPES.values())
    for category, label in google_types:
        here = [
            u
            for u in uses
            if any((STORE_TYPES[t].google_category, STORE_TYPES[t].google_type)
                   == (category, label) for t in u.data.types)
        ]  # fmt: skip
        if not here:
            continue
        purposes = [PURPOSES[p].google for u in here for p in u.data.purposes]
        for u in here:
            for p in u.data.purposes:
                if not PURPOSES[p].google:
                    missing.append(
                        Unanswered.at(
                            ("app_stores", "purposes"),
                            f"Google Play has no “{p.label}” purpose: choose one of its own "
                            f"for {u.data.name}.",
                        )
                    )
        data_types.append(
            PlayDataType(
                category,
                label,
                any(u.shared for u in here),
                all(u.ephemeral for u in here),
                all(u.optional for u in here),
                tuple(dict.fromkeys(p for p in purposes if p)),
                tuple(dict.fromkeys(u.data.category.id for u in here)),
            )
        )
    encrypted: bool | None = None
    if SecurityMeasure.ENCRYPTION_IN_TRANSIT in project.security.measures:
        encrypted = True
    elif uses:
        missing.append(
            Unanswered.at(
                ("security", "measures"), "Is the data the app sends encrypted in transit?"
            )
        )
    url = " ".join(project.app_stores.deletion_request_url.split())
    deletion: bool | None = True if url or Right.ERASURE in project.rights.rights else None
    if deletion is None and uses:
        missing.append(
            Unanswered.at(
                ("app_stores", "deletion_request_url"),
                "Where can people ask for their data to be deleted?",
            )
        )
    return PlayDataSafety(
        tuple(data_types), encrypted, deletion, url, tuple(dict.fromkeys(missing))
    )
