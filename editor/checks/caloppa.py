"""The online privacy-policy laws: California's CalOPPA (Cal. Bus. & Prof. Code §22575(b)),
Nevada's NRS 603A.340 and Delaware's Online Privacy and Protection Act (6 Del. C. §1205C(b)).

Nevada and Delaware copied California's list (Nevada without the Do Not Track item), so each
item is one check registered once per law with that law's own citation; New Jersey's privacy
notice asks for two of the same items (the change process and the effective date). Confidence:
California's and Delaware's lists (items (1)–(3)) and Nevada's request address were read in the
statute's text; Nevada's list and Delaware's items (4)–(6) through secondary sources.
"""

from __future__ import annotations

from collections.abc import Iterator

from editor.checks.common import blank, no_change_notice, no_effective_date
from editor.checks.finding import Confidence, Section, Severity
from editor.checks.registry import CheckContext, Hit, rule, rule_per_law
from editor.model import Law

CAL, NV, DE, NJ = Law.CALOPPA, Law.NV_ONLINE, Law.DE_OPPA, Law.NJ_DPA
_CODE = {CAL: "Cal. Bus. & Prof. Code §22575(b)", NV: "NRS 603A.340(1)", DE: "6 Del. C. §1205C(b)"}
_SURE = {NV: Confidence.LIKELY}


def _items(cal: str, nv: str | None, de: str) -> dict[Law, str]:
    """One item of the three lists (None: Nevada does not ask for it)."""
    items = {CAL: _CODE[CAL] + cal, DE: _CODE[DE] + de}
    if nv is not None:
        items[NV] = _CODE[NV] + nv
    return items


@rule_per_law(
    "categories",
    _items("(1)", "(a)", "(1)"),
    severity=Severity.ERROR,
    confidence=_SURE,
    summary="The policy lists the personal information collected.",
    replaces="general.data-categories",
)
def categories(ctx: CheckContext, law: Law) -> Iterator[Hit]:
    if not ctx.project.data_categories and not ctx.project.not_collected.nothing:
        yield Hit(("data_categories",), "List the kinds of personal information you collect.")


@rule_per_law(
    "third-parties",
    _items("(1)", "(a)", "(1)"),
    severity=Severity.ERROR,
    confidence=_SURE,
    summary="The policy says with which kinds of third parties information may be shared.",
)
def third_parties(ctx: CheckContext, law: Law) -> Iterator[Hit]:
    d = ctx.project.disclosures
    answered = ctx.project.recipients or any(
        v is not None for v in (d.legal_requests, d.business_transfer, d.with_consent)
    )
    if not answered:
        yield Hit(
            ("recipients",),
            "Say who you share personal information with, or that you share it with no one.",
        )


@rule_per_law(
    "review-process",
    _items("(2)", "(b)", "(2)"),
    severity=Severity.WARNING,
    confidence=_SURE,
    summary="The policy says how users review and ask to change their information.",
)
def review_process(ctx: CheckContext, law: Law) -> Iterator[Hit]:
    rights = ctx.project.rights
    if not rights.request_methods and blank(rights.how_to_exercise):
        yield Hit(
            ("rights", "how_to_exercise"),
            "If users can review or correct their information, say how.",
        )


@rule_per_law(
    "change-notice",
    {**_items("(3)", "(c)", "(3)"), NJ: "N.J.S.A. 56:8-166.6(a)(6)"},
    severity=Severity.ERROR,
    confidence=_SURE,
    summary="The policy says how users are told about material changes.",
)
def change_notice(ctx: CheckContext, law: Law) -> Iterator[Hit]:
    yield from no_change_notice(
        ctx.project, "Say how you will tell people when this policy changes in an important way."
    )


@rule_per_law(
    "effective-date",
    {**_items("(4)", "(e)", "(4)"), NJ: "N.J.S.A. 56:8-166.6(a)(6)"},
    severity=Severity.ERROR,
    confidence={**_SURE, DE: Confidence.LIKELY},
    summary="The policy has an effective date.",
    replaces="general.effective-date",
)
def effective_date(ctx: CheckContext, law: Law) -> Iterator[Hit]:
    yield from no_effective_date(ctx.project)


@rule_per_law(
    "do-not-track",
    _items("(5)", None, "(5)"),
    severity=Severity.ERROR,
    confidence={DE: Confidence.LIKELY},
    summary="The policy says how the service responds to Do Not Track signals.",
    section=Section.COOKIES,
)
def do_not_track(ctx: CheckContext, law: Law) -> Iterator[Hit]:
    if ctx.project.tracking.do_not_track is None:
        yield Hit(
            ("tracking", "do_not_track"),
            "Say how you respond to browsers' “Do Not Track” signals.",
        )


@rule_per_law(
    "third-party-tracking",
    _items("(6)", "(d)", "(6)"),
    severity=Severity.ERROR,
    confidence={**_SURE, DE: Confidence.LIKELY},
    summary="The policy says whether other parties may track users across sites.",
    section=Section.COOKIES,
)
def third_party_tracking(ctx: CheckContext, law: Law) -> Iterator[Hit]:
    if ctx.project.tracking.third_party_tracking is None:
        yield Hit(
            ("tracking", "third_party_tracking"),
            "Say whether other companies may collect information about people's activity over "
            "time and across sites through your service.",
        )


@rule(
    "nv_online.request-address",
    laws=(NV,),
    citation="NRS 603A.345(1), 603A.325",
    severity=Severity.ERROR,
    summary="There is an email address, toll-free number or website where people in Nevada can "
    "ask that their information not be sold.",
)
def request_address(ctx: CheckContext) -> Iterator[Hit]:
    contact = ctx.project.contact
    if blank(contact.email) and blank(contact.web_form_url) and blank(contact.phone):
        yield Hit(
            ("contact", "email"),
            "Give an email address, phone number or web form: Nevada requires an address where "
            "people can ask you not to sell their information, whether or not you sell it.",
        )
