"""Security: how personal data is protected."""

from __future__ import annotations

from editor.ui.questions import PageSpec, Question

PAGE = PageSpec(
    key="security",
    title="Security",
    intro="Describe how you keep personal data safe, in general terms.",
    policy_sections=("security",),
    entries=(
        Question(
            "security.measures",
            "Which of these do you do?",
            why=(
                "Laws ask for “appropriate technical and organisational measures”; readers "
                "want to know you take care, without details that would help an attacker."
            ),
        ),
        Question(
            "security.details",
            "Anything to add?",
            lines=2,
            optional=True,
        ),
        Question(
            "security.breach_notification",
            "What happens if something goes wrong?",
            placeholder="we will tell you and the regulator within 72 hours",
            lines=2,
            optional=True,
        ),
    ),
)
