"""GDPR/UK GDPR: legal reasons that differ for some groups of people.

A group's reason is said only once it names its people and its reason; until then the policy
leaves the line out, and these rules say what is missing.
"""

from __future__ import annotations

from collections.abc import Iterator

from editor.checks.finding import Severity
from editor.checks.registry import CheckContext, Hit, rule
from editor.model.jurisdiction import Law

BOTH = (Law.GDPR, Law.UK_GDPR)


@rule(
    "gdpr.group-basis-complete",
    laws=BOTH,
    citation="GDPR/UK GDPR Art. 13(1)(c), 6(1)",
    severity=Severity.WARNING,
    summary="A legal reason for some groups of people names the people and the reason.",
)
def group_basis_complete(ctx: CheckContext) -> Iterator[Hit]:
    for i, group in enumerate(ctx.project.group_bases):
        if not group.subjects:
            yield Hit(
                ("group_bases", i, "subjects"),
                f"Say for whom the different legal reason {i + 1} is. Until then the policy "
                "leaves it out.",
            )
        if group.lawful_basis is None:
            yield Hit(
                ("group_bases", i, "lawful_basis"),
                f"Choose the legal reason for the people of line {i + 1}. Until then the "
                "policy leaves it out.",
            )
