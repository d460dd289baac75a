"""Retention: how long each kind of data is kept, and what happens afterwards."""

from __future__ import annotations

from editor.model import RetentionRule
from editor.ui.questions import Column, Group, ListQuestion, PageSpec, Question, When

PAGE = PageSpec(
    key="retention",
    title="How long you keep data",
    intro=(
        "For each kind of data you collect, say how long you keep it. “As long as needed” "
        "is allowed, but a period or an event is clearer."
    ),
    policy_sections=("retention",),
    entries=(
        ListQuestion(
            "data_categories",
            "How long do you keep each kind of data?",
            hint="The data categories come from the “Data you collect” page.",
            why=(
                "The policy must say how long data is kept or, if that is not possible, how "
                "you decide (GDPR Art. 13(2)(a))."
            ),
            item_name="data category",
            fixed=True,
            columns=(
                Column("name", "Data", width=220),
                Column("retention", "Kept"),
            ),
            detail=(
                Question("retention.rule", "How long do you keep it?"),
                Question(
                    "retention.period",
                    "For how long?",
                    when=When(
                        "retention.rule", RetentionRule.PERIOD, RetentionRule.PERIOD_AFTER_EVENT
                    ),
                ),
                Question(
                    "retention.event",
                    "Until what happens?",
                    placeholder="you unsubscribe",
                    when=When("retention.rule", RetentionRule.UNTIL_EVENT),
                ),
                Question(
                    "retention.event",
                    "After what happens?",
                    placeholder="you stop volunteering",
                    hint="The policy reads: “2 years after you stop volunteering”.",
                    when=When("retention.rule", RetentionRule.PERIOD_AFTER_EVENT),
                ),
                Question(
                    "retention.law",
                    "Which law, and for how long?",
                    placeholder="tax law: 6 years after the end of the tax year",
                    when=When("retention.rule", RetentionRule.LEGAL_REQUIREMENT),
                ),
                Question(
                    "retention.reason",
                    "Why do you keep it indefinitely?",
                    when=When("retention.rule", RetentionRule.INDEFINITELY),
                ),
                Question(
                    "retention.indefinite_wording",
                    "How should the policy say it?",
                    optional=True,
                    when=When("retention.rule", RetentionRule.INDEFINITELY),
                ),
                Question(
                    "retention.description",
                    "Say more in your own words",
                    placeholder="after your last order",
                    lines=2,
                    optional=True,
                ),
                Question(
                    "retention.exceptions",
                    "Any exceptions?",
                    placeholder="invoices are kept for 7 years for tax",
                    optional=True,
                ),
            ),
            empty_text="Add data categories on the “Data you collect” page first.",
        ),
        Group(
            "In general",
            entries=(
                Question(
                    "retention.general_statement",
                    "Anything to say about retention in general?",
                    lines=2,
                    optional=True,
                ),
                Question(
                    "retention.backups",
                    "How long do backups keep data?",
                    placeholder="backups are overwritten within 30 days",
                    optional=True,
                ),
                Question(
                    "retention.deletion_method",
                    "What happens to data at the end?",
                    placeholder="it is deleted or anonymised",
                    optional=True,
                ),
                Question(
                    "retention.restorable_days",
                    "After deletion, for how many days can it still be restored?",
                    suffix="days",
                    optional=True,
                ),
                Question(
                    "retention.live_removal_days",
                    "Within how many days is it gone from your live systems?",
                    suffix="days",
                    optional=True,
                ),
                Question(
                    "retention.backup_removal_days",
                    "Within how many days is it gone from your backups?",
                    suffix="days",
                    optional=True,
                ),
            ),
        ),
    ),
)
