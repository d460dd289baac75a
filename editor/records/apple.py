"""Apple's App Privacy answers, from the policy's answers and the app stores' own.

A data type appears only when the project says the app collects data of that type and every
question Apple asks about it is answered (linked to the person? used for tracking? why?);
otherwise it is left out and the missing answer listed. Both the App Store Connect page and the
privacy manifest (PrivacyInfo.xcprivacy) come from this one result.
"""

from __future__ import annotations

from dataclasses import dataclass

from editor.model import Project
from editor.model.stores import StoreDataType
from editor.records.collected import Collected, collected
from editor.records.store_types import PURPOSES, STORE_TYPES
from editor.records.unanswered import Unanswered


@dataclass(frozen=True, slots=True)
class AppleDataType:
    """One of Apple's data types the app collects, with Apple's three questions answered."""

    identifier: str  # NSPrivacyCollectedDataType value
    category: str  # App Store Connect's heading, e.g. "Contact Info"
    label: str
    linked: bool
    tracking: bool
    purposes: tuple[str, ...]  # NSPrivacyCollectedDataTypePurpose values, in Apple's order
    category_ids: tuple[str, ...]  # the project's data categories behind it


@dataclass(frozen=True, slots=True)
class ApplePrivacy:
    """The App Privacy answers: ``tracking`` is None while a tracking answer is missing."""

    data_types: tuple[AppleDataType, ...]
    tracking: bool | None
    tracking_domains: tuple[str, ...]
    unanswered: tuple[Unanswered, ...]


def does_no_tracking(project: Project) -> bool:
    """The policy's answers already say that nothing is used to track people: no selling, no
    sharing for targeted ads, no third parties tracking people through the service."""
    d, t = project.disclosures, project.tracking
    return (
        d.sells_personal_information is False
        and d.shares_for_targeted_ads is False
        and t.third_party_tracking is False
    )


@dataclass(frozen=True, slots=True)
class _AppleUse:
    data: Collected
    linked: bool
    tracking: bool


def _apple_uses(project: Project, missing: list[Unanswered]) -> list[_AppleUse]:
    """The collected categories with Apple's two questions answered (the rest left out)."""
    no_tracking = does_no_tracking(project)
    uses = []
    for data in collected(project, missing, "Apple"):
        linked, tracking = data.use.linked_to_user, data.use.used_for_tracking
        if tracking is None and no_tracking:
            tracking = False
        if linked is None:
            missing.append(
                Unanswered.at((*data.at, "linked_to_user"), f"Is {data.name} linked to the person?")
            )
        if tracking is None:
            missing.append(
                Unanswered.at(
                    (*data.at, "used_for_tracking"), f"Is {data.name} used to track people?"
                )
            )
        if linked is not None and tracking is not None:
            uses.append(_AppleUse(data, linked, tracking))
    return uses


def apple_privacy(project: Project) -> ApplePrivacy:
    missing: list[Unanswered] = []
    # Several categories may be one Apple type (two kinds of sensitive data): linked or
    # tracking if any of them is, for every purpose of any of them.
    merged: dict[StoreDataType, list[_AppleUse]] = {}
    for use in _apple_uses(project, missing):
        for store_type in use.data.types:
            merged.setdefault(store_type, []).append(use)
    by_identifier: dict[str, list[tuple[StoreDataType, _AppleUse]]] = {}
    for store_type in STORE_TYPES:  # Apple's order
        for use in merged.get(store_type, []):
            by_identifier.setdefault(STORE_TYPES[store_type].apple, []).append((store_type, use))
    purpose_order = list(dict.fromkeys(p.apple for p in PURPOSES.values()))
    data_types = []
    for identifier, pairs in by_identifier.items():
        names = STORE_TYPES[pairs[0][0]]
        purposes = {PURPOSES[p].apple for _, use in pairs for p in use.data.purposes}
        data_types.append(
            AppleDataType(
                identifier,
                names.apple_category,
                names.apple_label,
                any(use.linked for _, use in pairs),
                any(use.tracking for _, use in pairs),
                tuple(p for p in purpose_order if p in purposes),
                tuple(dict.fromkeys(use.data.category.id for _, use in pairs)),
            )
        )
    domains = tuple(
        dict.fromkeys(d.strip() for d in project.app_stores.tracking_domains if d.strip())
    )
    tracking: bool | None = any(t.tracking for t in data_types) or bool(domains)
    if not tracking and any(gap.path.endswith("used_for_tracking") for gap in missing):
        tracking = None  # it may yet be: the missing answer decides
    return ApplePrivacy(tuple(data_types), tracking, domains, tuple(missing))
