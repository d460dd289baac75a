"""The page a developer follows to fill in App Store Connect's App Privacy questions."""

from __future__ import annotations

from editor.document.nodes import Document, Section
from editor.model import Project
from editor.records.apple import AppleDataType, ApplePrivacy
from editor.records.pages import (
    answers,
    app_name,
    data_types_section,
    from_answers,
    page,
    para,
    section,
    still_to_answer,
    yes_no,
)
from editor.records.store_types import PURPOSES

_PURPOSE_LABELS = {p.apple: p.apple_label for p in PURPOSES.values()}


def apple_privacy_page(project: Project, privacy: ApplePrivacy) -> Document:
    app = app_name(project)
    collects = bool(privacy.data_types)
    decided = collects or not privacy.unanswered
    first = section(
        "Data collection",
        "data-collection",
        answers(
            [
                (
                    "Do you or your third-party partners collect data from this app?",
                    (
                        "Yes, we collect data from this app"
                        if collects
                        else "No, we do not collect data from this app"
                    )
                    if decided
                    else "Not decided yet: see “Still to answer”",
                )
            ]
        ),
    )
    types = data_types_section(
        ((t.category, t.label) for t in privacy.data_types),
        [_data_type(project, t) for t in privacy.data_types],
    )
    manifest = section(
        "Privacy manifest (PrivacyInfo.xcprivacy)",
        "privacy-manifest",
        para(
            "Add the PrivacyInfo.xcprivacy file written with this page to your app's target in "
            "Xcode. It declares the same data types. Third-party SDKs declare what they "
            "collect in their own manifests."
        ),
        answers(
            [
                (
                    "Does the app track people (NSPrivacyTracking)?",
                    "Not decided yet"
                    if privacy.tracking is None
                    else ("Yes" if privacy.tracking else "No"),
                ),
                (
                    "Domains it contacts to track (NSPrivacyTrackingDomains)",
                    ", ".join(privacy.tracking_domains) or "None",
                ),
            ]
        ),
    )
    return page(
        project,
        f"App Privacy answers for {app}",
        "Answer the App Privacy questions in App Store Connect (your app › App Privacy) as this "
        "page says, question by question. It is written from the same answers as your privacy "
        "policy: when something changes, change it in Policywright and export this page again.",
        [first, types, manifest, still_to_answer(privacy.unanswered)],
    )


def _data_type(project: Project, data_type: AppleDataType) -> Section:
    return section(
        data_type.label,
        "type-" + data_type.identifier.removeprefix("NSPrivacyCollectedDataType").lower(),
        answers(
            [
                ("Is it linked to the user's identity?", yes_no(data_type.linked)),
                ("Is it used for tracking purposes?", yes_no(data_type.tracking)),
                (
                    "Why is it collected? (select each)",
                    ", ".join(_PURPOSE_LABELS[p] for p in data_type.purposes),
                ),
            ]
        ),
        from_answers(project, data_type.category_ids),
        level=2,
    )
