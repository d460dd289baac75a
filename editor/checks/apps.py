"""Apps and software: what the policy cannot say about permissions and features until answered.

Most of these ask one question of every named item of a list on the apps page, so they are
written as a table (``ItemQuestion``) rather than one function each. Like the rules in
``editor.checks.untold``, each names the answer that would put its sentence in the policy.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from editor.checks.common import blank
from editor.checks.finding import Severity
from editor.checks.registry import CheckContext, Hit, rule
from editor.checks.untold import UNTOLD


@dataclass(frozen=True)
class ItemQuestion:
    """A question asked of each named item of ``apps.<items>`` while ``field`` is unanswered."""

    rule_id: str
    items: str  # the list under ``apps``, e.g. "permissions"
    title: str  # the field that names an item, e.g. "permission"
    field: str
    summary: str
    message: str  # "{name}" is the item's name in quotes
    severity: Severity = Severity.WARNING


def ask(question: ItemQuestion) -> None:
    """Register ``question`` as a rule."""

    def check(ctx: CheckContext) -> Iterator[Hit]:
        for i, item in enumerate(getattr(ctx.project.apps, question.items)):
            name = getattr(item, question.title)
            if not blank(name) and blank(getattr(item, question.field)):
                yield Hit(
                    ("apps", question.items, i, question.field),
                    question.message.format(name=f"“{name.strip()}”"),
                )

    rule(
        question.rule_id, citation=UNTOLD, severity=question.severity, summary=question.summary
    )(check)


QUESTIONS = (
    ItemQuestion(
        "general.permission-grant",
        "permissions",
        "permission",
        "when_granted",
        "Each app permission says whether people can refuse it.",
        "Say whether the app asks for {name} when it needs it or gets it at install. Until "
        "then the policy does not say whether people can refuse it.",
    ),
    ItemQuestion(
        "general.permission-optional",
        "permissions",
        "permission",
        "optional",
        "Each app permission says whether the app works without it.",
        "Say whether the app works without {name}. Until then the policy does not say "
        "whether people need to allow it.",
    ),
    ItemQuestion(
        "general.permission-leaves-device",
        "permissions",
        "permission",
        "leaves_device",
        "Each app permission says whether what it reads leaves the device.",
        "Say whether what the app reads with {name} is sent from the device or stays on it. "
        "Until then the policy does not tell readers.",
    ),
)

for _question in QUESTIONS:
    ask(_question)
