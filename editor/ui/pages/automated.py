"""Automated decisions and profiling."""

from __future__ import annotations

from editor.ui.questions import PageSpec, Question

PAGE = PageSpec(
    key="automated",
    title="Automated decisions",
    intro=(
        "Do computers make important decisions about people without a person involved, "
        "such as refusing credit or a job application?"
    ),
    policy_sections=("automated_decisions",),
    entries=(
        Question(
            "automated_decisions.used",
            "Do you make decisions with legal or similarly significant effects by "
            "automated means only?",
            why=(
                "People have the right to know about such decisions, the logic involved and "
                "the consequences, and to ask for a person to review them (GDPR Art. 22)."
            ),
            followups=(
                Question("automated_decisions.description", "What is decided?", lines=2),
                Question("automated_decisions.logic", "How does it work, simply put?", lines=2),
                Question(
                    "automated_decisions.consequences",
                    "What does it mean for the person?",
                    lines=2,
                ),
                Question(
                    "automated_decisions.human_review",
                    "How can someone ask a person to look at a decision?",
                    lines=2,
                ),
            ),
        ),
        Question(
            "automated_decisions.profiling",
            "Do you build profiles of people, e.g. to personalise offers?",
            optional=True,
        ),
    ),
)
