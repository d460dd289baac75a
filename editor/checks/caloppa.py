"""CalOPPA: Cal. Bus. & Prof. Code §22575(b)(1)–(6), the privacy policy of an online service."""

from __future__ import annotations

from collections.abc import Iterator

from editor.checks.common import blank
from editor.checks.finding import Section, Severity
from editor.checks.registry import CheckContext, Hit, rule
from editor.model import Law

CAL = (Law.CALOPPA,)
_CODE = "Cal. Bus. & Prof. Code §22575"


@rule(
    "caloppa.categories",
    laws=CAL,
    citation=f"{_CODE}(b)(1)",
    severity=Severity.ERROR,
    summary="The policy lists the personal information collected.",
    replaces="general.data-categories",
)
def categories(ctx: CheckContext) -> Iterator[Hit]:
    if not ctx.project.data_categories and not ctx.project.not_collected.nothing:
        yield Hit(("data_categories",), "List the kinds of personal information you collect.")


@rule(
    "caloppa.third-parties",
    laws=CAL,
    citation=f"{_CODE}(b)(1)",
    severity=Severity.ERROR,
    summary="The policy says with which kinds of third parties information may be shared.",
)
def third_parties(ctx: CheckContext) -> Iterator[Hit]:
    d = ctx.project.disclosures
    answered = ctx.project.recipients or any(
        v is not None for v in (d.legal_requests, d.business_transfer, d.with_consent)
    )
    if not answered:
        yield Hit(
            ("recipients",),
            "Say who you share personal information with, or that you share it with no one.",
        )


@rule(
    "caloppa.review-process",
    laws=CAL,
    citation=f"{_CODE}(b)(2)",
    severity=Severity.WARNING,
    summary="The policy says how users review and ask to change their information.",
)
def review_process(ctx: CheckContext) -> Iterator[Hit]:
    rights = ctx.project.rights
    if not rights.request_methods and blank(rights.how_to_exercise):
        yield Hit(
            ("rights", "how_to_exercise"),
            "If users can review or correct their information, say how.",
        )


@rule(
    "caloppa.change-notice",
    laws=CAL,
    citation=f"{_CODE}(b)(3)",
    severity=Severity.ERROR,
    summary="The policy says how users are told about material changes.",
)
def change_notice(ctx: CheckContext) -> Iterator[Hit]:
    changes = ctx.project.changes
    if not changes.notify_methods and blank(changes.details):
        yield Hit(
            ("changes", "notify_methods"),
            "Say how you will tell people when this policy changes in an important way.",
        )


@rule(
    "caloppa.effective-date",
    laws=CAL,
    citation=f"{_CODE}(b)(4)",
    severity=Severity.ERROR,
    summary="The policy has an effective date.",
    replaces="general.effective-date",
)
def effective_date(ctx: CheckContext) -> Iterator[Hit]:
    if ctx.project.policy.effective_date is None:
        yield Hit(("policy", "effective_date"), "Set the date this policy takes effect.")


@rule(
    "caloppa.do-not-track",
    laws=CAL,
    citation=f"{_CODE}(b)(5)",
    severity=Severity.ERROR,
    summary="The policy says how the service responds to Do Not Track signals.",
    section=Section.COOKIES,
)
def do_not_track(ctx: CheckContext) -> Iterator[Hit]:
    if ctx.project.tracking.do_not_track is None:
        yield Hit(
            ("tracking", "do_not_track"),
            "Say how you respond to browsers' “Do Not Track” signals.",
        )


@rule(
    "caloppa.third-party-tracking",
    laws=CAL,
    citation=f"{_CODE}(b)(6)",
    severity=Severity.ERROR,
    summary="The policy says whether other parties may track users across sites.",
    section=Section.COOKIES,
)
def third_party_tracking(ctx: CheckContext) -> Iterator[Hit]:
    if ctx.project.tracking.third_party_tracking is None:
        yield Hit(
            ("tracking", "third_party_tracking"),
            "Say whether other companies may collect information about people's activity over "
            "time and across sites through your service.",
        )
