"""Changes to the policy and how people hear about them."""

from __future__ import annotations

from editor.ui.questions import PageSpec, Question

PAGE = PageSpec(
    key="changes",
    title="Changes to this policy",
    intro="When you update the policy, how will people find out?",
    policy_sections=("changes",),
    entries=(
        Question("changes.notify_methods", "How will you tell people about changes?"),
        Question(
            "changes.advance_notice_days",
            "How many days' notice do you give before important changes?",
            suffix="days",
            optional=True,
        ),
        Question("changes.details", "Anything to add?", lines=2, optional=True),
    ),
)
