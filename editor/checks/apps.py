"""Apps and software: what the policy cannot say about permissions and features until answered.

Most of these ask one question of every named item of a list on the apps page, so they are
written as a table (``ItemQuestion``) rather than one function each. Like the rules in
``editor.checks.untold``, each names the answer that would put its sentence in the policy.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

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
    message: str  # "{name}" is the item's name in quotes, "{item}" the item
    severity: Severity = Severity.WARNING
    when: Callable[[Any], bool] | None = None  # asked only of the items it holds for


def ask(question: ItemQuestion) -> None:
    """Register ``question`` as a rule."""

    def check(ctx: CheckContext) -> Iterator[Hit]:
        for i, item in enumerate(getattr(ctx.project.apps, question.items)):
            name = getattr(item, question.title)
            if blank(name) or not blank(getattr(item, question.field)):
                continue
            if question.when is None or question.when(item):
                yield Hit(
                    ("apps", question.items, i, question.field),
                    question.message.format(name=f"“{name.strip()}”", item=item),
                )

    rule(question.rule_id, citation=UNTOLD, severity=question.severity, summary=question.summary)(
        check
    )


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
    ItemQuestion(
        "general.network-feature-default",
        "network_features",
        "feature",
        "on_by_default",
        "Each feature that goes online says whether it is on from the start.",
        "Say whether {name} is on before people choose it. Until then the policy does not say "
        "whether it works from the start.",
    ),
    ItemQuestion(
        "general.network-feature-switch-off",
        "network_features",
        "feature",
        "can_switch_off",
        "Each feature that goes online says whether it can be switched off.",
        "Say whether people can switch {name} off. Until then the policy does not tell them.",
    ),
    ItemQuestion(
        "general.network-feature-builds",
        "network_features",
        "feature",
        "in_every_build",
        "Each feature that goes online says whether every version of the software has it.",
        "Say whether every version of your software has {name} (builds for other systems, app "
        "store versions). Until then the policy does not say which do.",
        Severity.INFO,
    ),
    ItemQuestion(
        "general.network-feature-switch-off-where",
        "network_features",
        "feature",
        "how_to_switch_off",
        "A feature that can be switched off says where.",
        "Say where people switch {name} off (a setting, a menu). Until then the policy only "
        "says that they can.",
        when=lambda feature: feature.can_switch_off,
    ),
    ItemQuestion(
        "general.network-feature-which-builds",
        "network_features",
        "feature",
        "builds",
        "A feature that only some versions have says which.",
        "Say which versions of your software have {name}. Until then the policy does not say it.",
        when=lambda feature: feature.in_every_build is False,
    ),
    ItemQuestion(
        "general.network-feature-provider-policy",
        "network_features",
        "feature",
        "provider_policy_url",
        "A feature's server run by someone else links to their privacy policy.",
        "Give the address of {item.provider}'s privacy policy: {name} sends them data, and "
        "readers can then see what they do with it.",
        Severity.INFO,
        when=lambda feature: not blank(feature.provider),
    ),
    ItemQuestion(
        "general.user-export-contents",
        "user_exports",
        "name",
        "contents",
        "Each export people may send says what is in it.",
        "Say what is in {name}. Until then the policy names it without saying what people "
        "would send.",
    ),
    ItemQuestion(
        "general.user-export-stays-on-device",
        "user_exports",
        "name",
        "stays_on_device",
        "Each export people may send says whether it stays on the device until sent.",
        "Say whether {name} stays on the device until the person sends it. Until then the "
        "policy does not promise it.",
    ),
)

for _question in QUESTIONS:
    ask(_question)
