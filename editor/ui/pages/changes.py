"""Changes to the policy and how people hear about them."""

from __future__ import annotations

from editor.ui.questions import PageSpec, Question

PAGE = PageSpec(
    key="changes",
    title="Changes to this policy",
    intro="When you update the policy, how will people find out?",
    policy_sections=("changes",),
    entries=(
        Question(
            "changes.update_triggers",
            "When do you update this policy?",
            why="Readers want to know when to look again; California asks for a yearly review.",
        ),
        Question("changes.notify_methods", "How will you tell people about changes?"),
        Question(
            "changes.tell_before_new_purpose",
            "Will you tell people before you use their data for a new purpose?",
            why=(
                "Under the GDPR you must tell people before using their data for a purpose "
                "this policy does not list (Art. 13(3))."
            ),
        ),
        Question(
            "changes.advance_notice_days",
            "How many days' notice do you give before important changes?",
            suffix="days",
            optional=True,
        ),
        Question("changes.details", "Anything to add?", lines=2, optional=True),
    ),
)
