"""Policy details: title, dates, version and change history."""

from __future__ import annotations

from editor.ui.questions import Column, Group, ListQuestion, PageSpec, Question

PAGE = PageSpec(
    key="policy",
    title="Policy details",
    intro="The policy's own title, dates and history.",
    policy_sections=("summary", "changes"),
    entries=(
        Question("policy.title", "Title", placeholder="Privacy Policy"),
        Question(
            "policy.effective_date",
            "From when does this version apply?",
            why="Readers and regulators look for the date to know which version applied when.",
        ),
        Question("policy.last_updated", "Last updated", optional=True),
        Question(
            "policy.version_label",
            "Version",
            placeholder="2026-03",
            optional=True,
        ),
        Group(
            "Layout",
            entries=(
                Question(
                    "policy.show_summary",
                    "Start with a short summary (“At a glance”)",
                ),
                Question(
                    "policy.show_change_history",
                    "Show the change history at the end",
                ),
                Question(
                    "policy.spelling",
                    "English",
                    why=(
                        "Readers expect their own spelling and dates. Unanswered, the policy "
                        "follows the country where your organisation is."
                    ),
                    optional=True,
                ),
                Question(
                    "policy.voice",
                    "Who speaks in the policy?",
                    why=(
                        "If you publish on your own, “I” tells readers there is no team behind you."
                    ),
                ),
                Question(
                    "policy.legal_terms",
                    "Legal terms",
                    why=(
                        "Each right, legal reason, role and safeguard is said in plain words; "
                        "the law's own term after it (“Correct it (the right to "
                        "rectification)”) helps a lawyer or a regulator find what the law asks "
                        "for, and the article lets them look it up."
                    ),
                ),
            ),
        ),
        ListQuestion(
            "policy.change_history",
            "Change history",
            item_name="change",
            title_path="version_label",
            columns=(
                Column("date", "Date", width=130),
                Column("version_label", "Version", width=110),
                Column("summary", "What changed"),
            ),
            detail=(
                Question("date", "Date"),
                Question("version_label", "Version", optional=True),
                Question("summary", "What changed?", lines=2),
            ),
            optional=True,
            table_rows=3,
            empty_text="No changes recorded yet.",
        ),
    ),
)
