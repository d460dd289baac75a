"""Children: services for children, and data collected from them."""

from __future__ import annotations

from editor.ui.questions import PageSpec, Question

PAGE = PageSpec(
    key="children",
    title="Children",
    intro="Special rules protect children's data, in the US (COPPA) and under the GDPR.",
    policy_sections=("children",),
    entries=(
        Question(
            "children.directed_to_children",
            "Is your service aimed at children?",
            why=(
                "Services aimed at children under 13 in the US must follow COPPA, including "
                "getting a parent's verifiable consent."
            ),
        ),
        Question(
            "children.minimum_age",
            "What is the minimum age to use your service?",
            suffix="years",
            optional=True,
        ),
        Question(
            "children.collects_from_children",
            "Do you knowingly collect data from children under 13?",
            followups=(
                Question(
                    "children.parental_consent_method",
                    "How do you get a parent's consent?",
                    lines=2,
                ),
                Question(
                    "children.parent_rights_how",
                    "How can parents review or delete their child's data?",
                    lines=2,
                ),
            ),
        ),
        Question(
            "children.if_collected_by_mistake",
            "What do you do if you find you collected a child's data by mistake?",
            placeholder="we delete it as soon as we find out",
            optional=True,
        ),
    ),
)
