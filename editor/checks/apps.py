"""Apps and software: what the policy cannot say about permissions and features until answered.

Each rule names the question whose answer puts the sentence in the policy, as in
``editor.checks.untold``; the apps page has enough of them to keep them together here.
"""

from __future__ import annotations

from collections.abc import Iterator

from editor.checks.common import blank
from editor.checks.finding import Severity
from editor.checks.registry import CheckContext, Hit, rule
from editor.checks.untold import UNTOLD
from editor.model import AppPermission


def _named_permissions(ctx: CheckContext) -> Iterator[tuple[int, str, AppPermission]]:
    """Each permission that has a name, with its index and its name in quotes."""
    for i, permission in enumerate(ctx.project.apps.permissions):
        if not blank(permission.permission):
            yield i, f"“{permission.permission.strip()}”", permission


@rule(
    "general.permission-grant",
    citation=UNTOLD,
    severity=Severity.WARNING,
    summary="Each app permission says whether people can refuse it.",
)
def permission_grant(ctx: CheckContext) -> Iterator[Hit]:
    for i, name, permission in _named_permissions(ctx):
        if permission.when_granted is None:
            yield Hit(
                ("apps", "permissions", i, "when_granted"),
                f"Say whether the app asks for {name} when it needs it or gets it at install. "
                "Until then the policy does not say whether people can refuse it.",
            )


@rule(
    "general.permission-optional",
    citation=UNTOLD,
    severity=Severity.WARNING,
    summary="Each app permission says whether the app works without it.",
)
def permission_optional(ctx: CheckContext) -> Iterator[Hit]:
    for i, name, permission in _named_permissions(ctx):
        if permission.optional is None:
            yield Hit(
                ("apps", "permissions", i, "optional"),
                f"Say whether the app works without {name}. Until then the policy does not "
                "say whether people need to allow it.",
            )


@rule(
    "general.permission-leaves-device",
    citation=UNTOLD,
    severity=Severity.WARNING,
    summary="Each app permission says whether what it reads leaves the device.",
)
def permission_leaves_device(ctx: CheckContext) -> Iterator[Hit]:
    for i, name, permission in _named_permissions(ctx):
        if permission.leaves_device is None:
            yield Hit(
                ("apps", "permissions", i, "leaves_device"),
                f"Say whether what the app reads with {name} is sent from the device or stays "
                "on it. Until then the policy does not tell readers.",
            )
