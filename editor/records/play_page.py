"""The page a developer follows to fill in Play Console's Data safety form."""

from __future__ import annotations

from editor.document.nodes import Document, Section
from editor.model import Project
from editor.records.pages import (
    answers,
    app_name,
    data_types_section,
    from_answers,
    page,
    section,
    still_to_answer,
    yes_no,
)
from editor.records.play import PlayDataSafety, PlayDataType

_NOT_YET = "Not decided yet: see “Still to answer”"


def play_data_safety_page(project: Project, safety: PlayDataSafety) -> Document:
    collects = bool(safety.data_types)
    decided = collects or not safety.unanswered
    rows = [
        (
            "Does your app collect or share any of the required user data types?",
            yes_no(collects) if decided else _NOT_YET,
        )
    ]
    if collects:
        rows.append(
            (
                "Is all of the user data collected by your app encrypted in transit?",
                _NOT_YET if safety.encrypted_in_transit is None else "Yes",
            )
        )
        deletion = _NOT_YET if safety.deletion_requests is None else "Yes"
        if safety.deletion_url:
            deletion = f"Yes: {safety.deletion_url}"
        rows.append(
            ("Do you provide a way for users to request that their data is deleted?", deletion)
        )
    first = section("Data collection and security", "data-collection", answers(rows))
    types = data_types_section(
        ((t.category, t.label) for t in safety.data_types),
        [_data_type(project, t) for t in safety.data_types],
    )
    return page(
        project,
        f"Data safety answers for {app_name(project)}",
        "Answer the Data safety form in Play Console (App content › Data safety) as this page "
        "says, question by question. It is written from the same answers as your privacy "
        "policy: when something changes, change it in Policywright and export this page again.",
        [first, types, still_to_answer(safety.unanswered)],
    )


def _data_type(project: Project, t: PlayDataType) -> Section:
    rows = [
        ("Is this data collected, shared, or both?", "Collected and shared" if t.shared
         else "Collected"),
        ("Is this data processed ephemerally?", yes_no(t.ephemeral)),
        ("Is this data required for your app, or can users choose whether it's collected?",
         "Users can choose whether this data is collected" if t.optional
         else "Data collection is required"),
        ("Why is this user data collected? (select each)", ", ".join(t.purposes)),
    ]  # fmt: skip
    if t.shared:
        rows.append(("Why is this user data shared? (select each)", ", ".join(t.purposes)))
    return section(
        f"{t.category}: {t.label}",
        "type-" + "-".join(f"{t.category} {t.label}".lower().split()),
        answers(rows),
        from_answers(project, t.category_ids),
        level=2,
    )
