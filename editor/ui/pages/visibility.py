"""What others can see: profiles, posts and reviews visible to other users or the public."""

from __future__ import annotations

from editor.ui.questions import Column, ListQuestion, PageSpec, Question

PAGE = PageSpec(
    key="visibility",
    title="What others can see",
    intro="If people post, review or have a public profile, say who can see what.",
    policy_sections=("visibility",),
    entries=(
        Question(
            "visibility.has_public_information",
            "Can other users or the public see anything people share with you?",
            hint="Reviews, comments, profiles, forum posts, leaderboards…",
            followups=(
                ListQuestion(
                    "visibility.items",
                    "What is visible, and to whom?",
                    item_name="item",
                    title_path="what",
                    columns=(Column("what", "What"), Column("who_can_see", "Who can see it")),
                    detail=(
                        Question("what", "What is visible?", placeholder="your display name"),
                        Question(
                            "who_can_see",
                            "Who can see it?",
                            placeholder="anyone visiting the forum",
                        ),
                    ),
                    table_rows=3,
                ),
            ),
        ),
        Question(
            "visibility.private_statement",
            "What always stays private?",
            placeholder="Your email address is never shown to other users.",
            lines=2,
            optional=True,
        ),
    ),
)
