"""Children: services for children, and data collected from them."""

from __future__ import annotations

from editor.model import Project
from editor.ui.questions import Holds, PageSpec, Question


def _for_children(project: Project) -> bool:
    """The service is aimed at children or knowingly collects their data: COPPA's two triggers."""
    kids = project.children
    return bool(kids.directed_to_children or kids.collects_from_children)


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
            "children.uses_persistent_identifiers_for_internal_operations",
            "Without asking a parent, do you collect identifiers that recognise a child's device "
            "(cookie or device IDs), only to keep your service working?",
            why=(
                "COPPA lets you do this without a parent's consent only to support the "
                "service's internal operations (keeping someone signed in, fixing crashes, "
                "limiting how often something is shown), never to contact or profile a child. "
                "Since 2025 the policy must say which operations, and how you keep the "
                "identifiers from other uses."
            ),
            when=Holds(_for_children),
            followups=(
                Question(
                    "children.internal_operations",
                    "What do you use them for?",
                    placeholder="keeping players signed in and fixing crashes",
                    lines=2,
                ),
                Question(
                    "children.persistent_identifier_limits",
                    "How do you make sure they are not used to contact a child, show them "
                    "targeted ads or build a profile?",
                    placeholder="no advertising or analytics code runs in the children's app",
                    lines=2,
                ),
            ),
        ),
        Question(
            "children.collects_audio_files",
            "Do you record a child's voice, for example a spoken search or command?",
            why=(
                "COPPA lets you do this without a parent's consent only to answer what the "
                "child asked, deleting the recording right after. The policy then says how you "
                "use recordings and that you delete them straight away."
            ),
            when=Holds(_for_children),
            followups=(
                Question(
                    "children.audio_files_use",
                    "How do you use the recordings?",
                    placeholder="to turn a spoken search into text",
                    hint="The policy adds that you delete each recording once you have answered.",
                    lines=2,
                ),
            ),
        ),
        Question(
            "children.children_details_from_adults",
            "Do adults give you details about children, such as a family booking, a gift's "
            "recipient or the children in a household?",
            hint="Even a service not meant for children can hold details about them this way.",
            why=(
                "Children's data needs particular care (GDPR recital 38). Readers who are told "
                "your service is not for children should still learn what you hold about them."
            ),
            followups=(
                Question(
                    "children.children_details_what",
                    "Which details?",
                    placeholder="how many children live with you and their ages",
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
