"""US state privacy laws: Virginia (VCDPA), Colorado (CPA), Connecticut (CTDPA), Texas (TDPSA),
Oregon (OCPA), Indiana, Iowa, Kentucky, Tennessee (TIPA) and Utah (UCPA).

The privacy-notice sections ask for nearly the same things (categories of personal data,
purposes, how to use rights and appeal, categories shared with third parties and of third
parties, sale and targeted advertising), so each requirement is one check, registered once per
law with that law's own citation and confidence. The finding names the law whose article it
cites; a business serving several of these states sees one entry per state for the same gap.

Confidence follows the research checklist: Colorado's, Texas's and Oregon's notice lists were
seen in the statute text; Virginia's list only through a secondary source, and Connecticut's
subsection numbers changed with Public Act 25-113, so theirs are "likely".
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from editor.checks.common import blank, last_updated, name_of, no_rights_route, valid_purpose_ids
from editor.checks.finding import Confidence, Section, Severity
from editor.checks.registry import CheckContext, Hit, RuleFunction, rule
from editor.model import DataKind, Law, Recipient, RecipientRole, Region
from editor.model.applicability import (
    US_NOTICE_CITATIONS,
    US_SENSITIVE_KINDS,
    US_STATE_LAWS,
    unanswered_us_state_questions,
)

VA, CO, CT, TX, OR = Law.VA_CDPA, Law.CO_CPA, Law.CT_DPA, Law.TX_DPSA, Law.OR_CPA
IN, IA, KY, TN, UT = Law.IN_CDPA, Law.IA_CDPA, Law.KY_CDPA, Law.TN_IPA, Law.UT_CPA

# How sure the research is of each law's privacy-notice list (its citation is shared with the
# policy's wording, in US_NOTICE_CITATIONS).
_NOTICE_CONFIDENCE: dict[Law, Confidence] = {
    VA: Confidence.LIKELY,
    CO: Confidence.CONFIRMED,
    CT: Confidence.LIKELY,
    TX: Confidence.CONFIRMED,
    OR: Confidence.CONFIRMED,
    # Utah's list was read in the statute's text; Indiana's, Iowa's and Kentucky's through
    # secondary sources and the statute's section headings (their item numbers are inferred
    # from Virginia's, which they copy); Tennessee's list is known, its subsection is not.
    IN: Confidence.LIKELY,
    IA: Confidence.LIKELY,
    KY: Confidence.LIKELY,
    TN: Confidence.LIKELY,
    UT: Confidence.CONFIRMED,
}
_NOTICE: dict[Law, tuple[str, Confidence]] = {
    law: (US_NOTICE_CITATIONS[law], sure) for law, sure in _NOTICE_CONFIDENCE.items()
}
_STATE = {law: s.state for law, s in US_STATE_LAWS.items()}


def _register(
    key: str,
    citations: dict[Law, str],
    *,
    severity: Severity,
    summary: str,
    confidence: dict[Law, Confidence] | None = None,
    section: Section | None = None,
    replaces: str | None = None,
) -> Callable[[Callable[[CheckContext, Law], Iterable[Hit]]], None]:
    """Register ``check`` as the rule ``<law>.<key>`` for each law in ``citations``."""

    def register(check: Callable[[CheckContext, Law], Iterable[Hit]]) -> None:
        for law, citation in citations.items():
            sure = (confidence or {}).get(law, _NOTICE[law][1])
            rule(
                f"{law.value}.{key}",
                laws=(law,),
                citation=citation,
                severity=severity,
                confidence=sure,
                summary=summary,
                section=section,
                replaces=replaces,
            )(_bound(check, law))

    return register


def _bound(check: Callable[[CheckContext, Law], Iterable[Hit]], law: Law) -> RuleFunction:
    def run(ctx: CheckContext) -> Iterable[Hit]:
        return check(ctx, law)

    return run


def _item(n: int, utah: str | None) -> dict[Law, str]:
    """Item ``n`` of the notice list in the laws that copy Virginia's (Indiana numbers it, Iowa
    and Kentucky letter it; Tennessee's list is cited whole), and in Utah's (None: Utah does
    not ask for it)."""
    letter = f"({'abcde'[n - 1]})"
    items = {IN: f"({n})", IA: letter, KY: letter, TN: ""}
    if utah is not None:
        items[UT] = utah
    return items


def _notice(items: dict[Law, str]) -> dict[Law, str]:
    """Citations inside each law's notice list: ``{VA: "(1)"}`` → ``Va. Code §59.1-578(C)(1)``."""
    return {law: _NOTICE[law][0] + item for law, item in items.items()}


def _third_parties(ctx: CheckContext) -> Iterator[tuple[int, Recipient]]:
    """Recipients that may be third parties in the state laws' sense (not known processors)."""
    for i, recipient in enumerate(ctx.project.recipients):
        if recipient.role is not RecipientRole.PROCESSOR:
            yield i, recipient


def _sells_or_targets(ctx: CheckContext) -> bool:
    d = ctx.project.disclosures
    return bool(d.sells_personal_information or d.shares_for_targeted_ads)


@_register(
    "categories",
    _notice({VA: "(1)", CO: "(I)", CT: "(1)", TX: "(1)", OR: "(a)", **_item(1, "(a)(i)")}),
    severity=Severity.ERROR,
    summary="The notice lists the categories of personal data processed.",
    replaces="general.data-categories",
)
def _categories(ctx: CheckContext, law: Law) -> Iterator[Hit]:
    if not ctx.project.data_categories:
        yield Hit(("data_categories",), "List the kinds of personal data you process.")


@_register(
    "purposes",
    _notice({VA: "(2)", CO: "(II)", CT: "(2)", TX: "(2)", OR: "(b)", **_item(2, "(a)(ii)")}),
    severity=Severity.ERROR,
    summary="Each category of personal data says what it is processed for.",
    replaces="general.category-purpose",
)
def _purposes(ctx: CheckContext, law: Law) -> Iterator[Hit]:
    for i, category in enumerate(ctx.project.data_categories):
        if not valid_purpose_ids(ctx.project, category):
            yield Hit(
                ("data_categories", i, "purpose_ids"),
                f"Say why you process {name_of(category, f'data category {i + 1}')}: "
                f"{_STATE[law]}'s notice gives the purpose of each category.",
            )


@_register(
    "rights-route",
    _notice({VA: "(3)", CO: "(III)", CT: "(3)", TX: "(3)", OR: "(c)", **_item(3, "(a)(iii)")}),
    severity=Severity.ERROR,
    summary="The notice says how consumers use their rights.",
)
def _rights_route(ctx: CheckContext, law: Law) -> Iterator[Hit]:
    yield from no_rights_route(
        ctx.project,
        f"Say how people in {_STATE[law]} ask to see, correct, delete or take a copy of their "
        "data, or opt out.",
    )


@_register(
    "appeal",
    # Utah gives no right to appeal.
    _notice({VA: "(3)", CO: "(III)", CT: "(3)", TX: "(3)", OR: "(c)", **_item(3, None)}),
    severity=Severity.ERROR,
    summary="The notice says how to appeal a refused request.",
    section=Section.RIGHTS,
)
def _appeal(ctx: CheckContext, law: Law) -> Iterator[Hit]:
    if blank(ctx.project.rights.appeal_process):
        yield Hit(
            ("rights", "appeal_process"),
            f"{_STATE[law]} requires an appeal process: say how people ask you to reconsider a "
            "request you refused.",
        )


@_register(
    "shared-categories",
    _notice({VA: "(4)", CO: "(IV)", CT: "(4)", TX: "(4)", OR: "(d)", **_item(4, "(a)(iv)")}),
    severity=Severity.ERROR,
    summary="Each third party (not a processor) says which categories of data it receives.",
)
def _shared_categories(ctx: CheckContext, law: Law) -> Iterator[Hit]:
    for i, recipient in _third_parties(ctx):
        if not recipient.data_category_ids and blank(recipient.data_shared):
            yield Hit(
                ("recipients", i, "data_category_ids"),
                f"Say which data {name_of(recipient, 'this recipient')} receives: "
                f"{_STATE[law]}'s notice lists the categories shared with third parties.",
            )


@_register(
    "third-party-kind",
    _notice({VA: "(5)", CO: "(V)", CT: "(5)", TX: "(5)", OR: "(e)", **_item(5, "(a)(v)")}),
    severity=Severity.ERROR,
    summary="Each third party (not a processor) has a kind, so its category can be named.",
)
def _third_party_kind(ctx: CheckContext, law: Law) -> Iterator[Hit]:
    for i, recipient in _third_parties(ctx):
        if recipient.kind is None:
            yield Hit(
                ("recipients", i, "kind"),
                f"Choose what kind of business {name_of(recipient, 'this recipient')} is: "
                f"{_STATE[law]}'s notice names the categories of third parties.",
            )


@_register(
    "sale-and-ads",
    {
        VA: "Va. Code §59.1-578(D)",
        CO: "C.R.S. §6-1-1308(1)(b)",
        CT: "Conn. Gen. Stat. §42-520(d)",
        TX: "Tex. Bus. & Com. Code §541.103",
        OR: "ORS 646A.578(4)(h)",
        IN: "Ind. Code §24-15-4-4",
        IA: "Iowa Code §715D.4",
        KY: "KRS 367.3617(4)",
        TN: "Tenn. Code Ann. §47-18-3305",
        UT: "Utah Code §13-61-302(1)(b)",
    },
    severity=Severity.ERROR,
    summary="The project says whether personal data is sold or used for targeted advertising.",
    section=Section.RECIPIENTS,
)
def _sale_and_ads(ctx: CheckContext, law: Law) -> Iterator[Hit]:
    d = ctx.project.disclosures
    if d.sells_personal_information is None:
        yield Hit(
            ("disclosures", "sells_personal_information"),
            f"Say whether you sell personal data: {_STATE[law]} requires a clear statement, and "
            "how to opt out if you do.",
        )
    if d.shares_for_targeted_ads is None:
        yield Hit(
            ("disclosures", "shares_for_targeted_ads"),
            "Say whether you use personal data for targeted advertising (ads based on activity "
            "across other companies' sites and apps).",
        )


@_register(
    "opt-out-signals",
    {
        CO: "C.R.S. §6-1-1306(1)(a)(IV); 4 CCR 904-3 Rule 5",
        CT: "Conn. Gen. Stat. §42-518(e)",
        TX: "Tex. Bus. & Com. Code §541.055(e)",
        OR: "ORS 646A.574(1)(d)",
    },
    severity=Severity.WARNING,
    confidence={
        CO: Confidence.LIKELY,
        CT: Confidence.UNCONFIRMED,
        TX: Confidence.UNCONFIRMED,
        OR: Confidence.UNCONFIRMED,
    },
    summary="Selling or targeted advertising: browser opt-out signals (GPC) are honoured.",
    section=Section.COOKIES,
)
def _opt_out_signals(ctx: CheckContext, law: Law) -> Iterator[Hit]:
    if _sells_or_targets(ctx) and not ctx.project.tracking.honours_gpc:
        yield Hit(
            ("tracking", "honours_gpc"),
            f"You sell personal data or use it for targeted advertising: {_STATE[law]} expects "
            "you to treat a browser's opt-out signal (Global Privacy Control) as an opt-out.",
        )


@_register(
    "contact",
    {CO: "C.R.S. §6-1-1308(1)(a)(III); 4 CCR 904-3 Rule 6.03"},
    severity=Severity.ERROR,
    summary="The notice gives the controller's contact details.",
    replaces="general.contact",
)
def _contact(ctx: CheckContext, law: Law) -> Iterator[Hit]:
    if not ctx.project.contact.has_channel():
        yield Hit(("contact", "email"), "Give your contact details for privacy requests.")


@_register(
    "online-contact",
    {CT: "Conn. Gen. Stat. §42-520(c)", OR: "ORS 646A.578(4)(f)"},
    severity=Severity.ERROR,
    summary="The notice gives an email address or another online way to reach the business.",
)
def _online_contact(ctx: CheckContext, law: Law) -> Iterator[Hit]:
    contact = ctx.project.contact
    if blank(contact.email) and blank(contact.web_form_url):
        yield Hit(
            ("contact", "email"),
            f"{_STATE[law]} asks for an email address or web form where people can reach you.",
        )


@_register(
    "last-updated",
    {CO: "4 CCR 904-3 Rule 6.03", CT: "Conn. Gen. Stat. §42-520 (as amended by P.A. 25-113)"},
    severity=Severity.WARNING,
    confidence={CO: Confidence.LIKELY, CT: Confidence.UNCONFIRMED},
    summary="The notice says when it was last updated.",
)
def _last_updated(ctx: CheckContext, law: Law) -> Iterator[Hit]:
    if last_updated(ctx.project) is None:
        yield Hit(("policy", "last_updated"), "Give the date this policy was last updated.")


@_register(
    "request-methods",
    {
        TX: "Tex. Bus. & Com. Code §541.102(a)(6), §541.055",
        OR: "ORS 646A.578(4)(i)",
        IN: "Ind. Code §24-15-4-5",
    },
    confidence={IN: Confidence.CONFIRMED},
    severity=Severity.ERROR,
    summary="The notice names the ways to send a request.",
)
def _request_methods(ctx: CheckContext, law: Law) -> Iterator[Hit]:
    if not ctx.project.rights.request_methods:
        yield Hit(
            ("rights", "request_methods"),
            f"Choose the ways people can send you a request: {_STATE[law]}'s notice describes "
            "them.",
        )


@rule(
    "ct_dpa.llm-training",
    laws=(CT,),
    citation="Conn. Gen. Stat. §42-520 (as amended by P.A. 25-113, from 1 Jul 2026)",
    severity=Severity.ERROR,
    confidence=Confidence.LIKELY,
    summary="The notice says whether personal data is used to train large language models.",
    section=Section.RECIPIENTS,
)
def llm_training(ctx: CheckContext) -> Iterator[Hit]:
    if ctx.project.disclosures.trains_language_models is None:
        yield Hit(
            ("disclosures", "trains_language_models"),
            "Say whether you collect, use or sell personal data to train large language models: "
            "Connecticut's notice states it either way.",
        )


@rule(
    "or_cpa.identity",
    laws=(OR,),
    citation="ORS 646A.578(4)(g)",
    severity=Severity.ERROR,
    summary="The notice names the business, with its registered name.",
    replaces="general.organisation-name",
)
def identity(ctx: CheckContext) -> Iterator[Hit]:
    if blank(ctx.project.organisation.legal_name):
        yield Hit(
            ("organisation", "legal_name"),
            "Give your business's legal name (as registered): Oregon's notice names it, with "
            "any assumed business name.",
        )


@rule(
    "or_cpa.third-party-purpose",
    laws=(OR,),
    citation="ORS 646A.578(4)(e)",
    severity=Severity.ERROR,
    summary="Each third party says what it does with the data.",
)
def third_party_purpose(ctx: CheckContext) -> Iterator[Hit]:
    for i, recipient in _third_parties(ctx):
        if blank(recipient.purpose):
            yield Hit(
                ("recipients", i, "purpose"),
                f"Say what {name_of(recipient, 'this third party')} does with the data: Oregon "
                "asks for enough to show what kind of business it is and how it may use it.",
            )


def _has(ctx: CheckContext, kinds: frozenset[DataKind]) -> bool:
    return any(c.kind in kinds for c in ctx.project.data_categories)


@rule(
    "tx_dpsa.sensitive-sale-notice",
    laws=(TX,),
    citation="Tex. Bus. & Com. Code §541.102(b)–(c)",
    severity=Severity.ERROR,
    summary="Selling personal data with sensitive or biometric data: the project says whether "
    "that data is sold (Texas's NOTICE lines).",
    section=Section.RECIPIENTS,
)
def sensitive_sale_notice(ctx: CheckContext) -> Iterator[Hit]:
    d = ctx.project.disclosures
    if not d.sells_personal_information:
        return
    if _has(ctx, US_SENSITIVE_KINDS) and d.sells_sensitive_data is None:
        yield Hit(
            ("disclosures", "sells_sensitive_data"),
            "You sell personal data and hold sensitive data: say whether you sell the sensitive "
            "data. Texas then requires the notice “We may sell your sensitive personal data.”",
        )
    if _has(ctx, frozenset({DataKind.BIOMETRIC})) and d.sells_biometric_data is None:
        yield Hit(
            ("disclosures", "sells_biometric_data"),
            "You sell personal data and hold biometric data: say whether you sell it. Texas then "
            "requires the notice “We may sell your biometric personal data.”",
        )


# General rules: they decide whether the laws above apply, so they run whatever the laws.


@rule(
    "general.us-state-thresholds",
    citation="; ".join(s.scope for s in US_STATE_LAWS.values()),
    severity=Severity.WARNING,
    summary="Serving a US state with its own privacy law: the questions that decide whether the "
    "state's law applies are answered.",
)
def us_state_thresholds(ctx: CheckContext) -> Iterator[Hit]:
    for law, missing in unanswered_us_state_questions(ctx.project).items():
        name = missing[0]
        top = "disclosures" if name == "sells_personal_information" else "jurisdictions"
        yield Hit(
            (top, name),
            f"You serve {_STATE[law]}: answer the questions on where your customers are to find "
            "out whether its privacy law applies to you.",
            section=Section.JURISDICTIONS,
        )


@rule(
    "general.tx-small-business-sensitive-sale",
    citation="Tex. Bus. & Com. Code §541.107",
    severity=Severity.WARNING,
    summary="A Texas small business that sells sensitive data needs consent first.",
)
def tx_small_business_sensitive_sale(ctx: CheckContext) -> Iterator[Hit]:
    j = ctx.project.jurisdictions
    d = ctx.project.disclosures
    if Region.TEXAS in j.regions and j.tx_sba_small_business and d.sells_sensitive_data:
        yield Hit(
            ("disclosures", "sells_sensitive_data"),
            "Even small businesses may not sell Texans' sensitive data without their consent: "
            "make sure you ask first.",
        )
