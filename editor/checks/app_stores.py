"""The app stores' privacy forms: the answers they still need, and answers that break a rule of
the stores. Only for projects with a mobile app in scope; the forms themselves are written by
editor/records from the same answers, so a finding here is a line left out there."""

from __future__ import annotations

from collections.abc import Iterator

from editor.checks.finding import Confidence, Severity
from editor.checks.registry import CheckContext, Hit, rule
from editor.model import Project, PropertyKind, ServiceKind
from editor.model.fieldpath import parse_path
from editor.model.stores import StorePurpose

_FORMS = "Apple App Store Connect App Privacy; Google Play Console Data safety"


def _has_app(project: Project) -> bool:
    return project.scope.has_kind(PropertyKind.MOBILE_APP)


@rule(
    "general.store-forms-answered",
    citation=_FORMS,
    severity=Severity.INFO,
    summary="Every question of the app stores' privacy forms is answered.",
)
def unanswered(ctx: CheckContext) -> Iterator[Hit]:
    if not _has_app(ctx.project):
        return
    from editor.records.apple import apple_privacy
    from editor.records.play import play_data_safety

    seen: set[tuple[str, str]] = set()
    for gap in (*apple_privacy(ctx.project).unanswered, *play_data_safety(ctx.project).unanswered):
        # Both forms ask some questions ("which of Apple's / Google Play's types"): once here.
        key = (gap.path, gap.question.replace("Apple's", "").replace("Google Play's", ""))
        if key not in seen:
            seen.add(key)
            yield Hit(parse_path(gap.path), gap.question)


@rule(
    "general.store-tracking-prompt",
    citation="App Store Review Guidelines 5.1.2(i) (App Tracking Transparency)",
    severity=Severity.WARNING,
    confidence=Confidence.LIKELY,
    summary="An iPhone app that tracks people asks them first.",
)
def tracking_without_prompt(ctx: CheckContext) -> Iterator[Hit]:
    stores = ctx.project.app_stores
    tracks = any(u.used_for_tracking for u in stores.data_uses) or any(
        d.strip() for d in stores.tracking_domains
    )
    if _has_app(ctx.project) and tracks and stores.asks_tracking_permission is not True:
        yield Hit(
            ("app_stores", "asks_tracking_permission"),
            "Your answers say the app tracks people: on iPhone it must ask them first with "
            "Apple's App Tracking Transparency prompt, and track only those who agree.",
        )


@rule(
    "general.store-children-ads",
    citation="App Store Review Guidelines 1.3 and 5.1.4; Google Play Families Policy",
    severity=Severity.WARNING,
    confidence=Confidence.LIKELY,
    summary="An app for children shows no third-party advertising.",
)
def children_ads(ctx: CheckContext) -> Iterator[Hit]:
    project = ctx.project
    if not _has_app(project) or project.children.directed_to_children is not True:
        return
    for i, recipient in enumerate(project.recipients):
        if recipient.kind is ServiceKind.ADVERTISING:
            yield Hit(
                ("recipients", i, "kind"),
                f"{recipient.name.strip() or 'An advertising service'} is in an app for "
                "children: the stores allow third-party advertising and analytics there only "
                "in narrow cases (Apple's Kids Category, Google's Families policy).",
            )
    for i, purpose in enumerate(project.app_stores.purposes):
        if StorePurpose.THIRD_PARTY_ADVERTISING in purpose.store_purposes:
            yield Hit(
                ("app_stores", "purposes", i, "store_purposes"),
                "Third-party advertising in an app for children breaks the stores' rules for "
                "children's apps.",
            )
