"""Custom sections: the user's own text for anything no form covers."""

from __future__ import annotations

from editor.ui.questions import Column, ListQuestion, PageSpec, Question

PAGE = PageSpec(
    key="custom",
    title="Your own sections",
    intro=(
        "Add sections in your own words for anything the questions do not cover, and choose "
        "where they appear in the policy."
    ),
    policy_sections=(),
    entries=(
        ListQuestion(
            "custom_sections",
            "Sections in your own words",
            item_name="section",
            title_path="title",
            columns=(
                Column("title", "Title"),
                Column("placement", "Placed", width=90),
                Column("anchor", "Next to", width=200),
            ),
            detail=(
                Question("title", "Title", placeholder="CCTV in our café"),
                Question(
                    "body",
                    "Text",
                    lines=8,
                    hint="Blank lines start a new paragraph; lines starting with “- ” make a list.",
                ),
                Question("placement", "Place it before or after…"),
                Question("anchor", "…which section?"),
            ),
            optional=True,
            table_rows=4,
            empty_text="No sections of your own yet.",
        ),
    ),
)
