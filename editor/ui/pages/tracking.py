"""Tracking signals: Do Not Track, Global Privacy Control, tracking across sites."""

from __future__ import annotations

from editor.ui.questions import PageSpec, Question

PAGE = PageSpec(
    key="tracking",
    title="Do Not Track",
    intro="Browsers can send signals asking not to be tracked. Say how you respond.",
    policy_sections=("tracking",),
    entries=(
        Question(
            "tracking.do_not_track",
            "How do you respond to Do Not Track signals?",
            why="California's CalOPPA requires every website to say how it responds.",
        ),
        Question(
            "tracking.honours_gpc",
            "Do you honour Global Privacy Control (opt-out preference) signals?",
            hint="Required in California if you sell or share personal information.",
        ),
        Question(
            "tracking.third_party_tracking",
            "Can other companies track people across sites through your service?",
            hint="For example advertising pixels or social media widgets.",
        ),
        Question("tracking.details", "Anything to add?", lines=2, optional=True),
    ),
)
