"""What the reader will not be told: sentences the policy leaves out until they are answered.

The policy never assumes a promise (a buyer keeping to it, free requests, a balancing test);
it says it only when the owner answered so. Each rule here names the question whose answer
would put the sentence back, so leaving it out is a choice the owner sees, not a silent gap.
"""

from __future__ import annotations

from collections.abc import Iterator

from editor.checks.common import blank, name_of, receiving, role_question
from editor.checks.finding import Severity
from editor.checks.registry import CheckContext, Hit, rule
from editor.compose.facts import rights_offered
from editor.model import Law, LawfulBasis, RequestFee, ServiceKind

UNTOLD = "Every sentence true: a promise appears only when it was answered"
GDPR_LIKE = (Law.GDPR, Law.UK_GDPR)


@rule(
    "general.recipient-role",
    citation=UNTOLD,
    severity=Severity.WARNING,
    summary="Each recipient says whether it works for you or uses the data for itself.",
)
def recipient_role(ctx: CheckContext) -> Iterator[Hit]:
    for i, recipient in enumerate(ctx.project.recipients):
        if recipient.role_unsettled and not blank(recipient.name):
            yield Hit(
                ("recipients", i, "role"),
                f"{role_question(recipient)} Until then the policy names it without saying "
                "what it may do with the data.",
            )


@rule(
    "general.payment-returns",
    citation=UNTOLD,
    severity=Severity.INFO,
    summary="Each payment provider says what it tells you about a payment.",
)
def payment_returns(ctx: CheckContext) -> Iterator[Hit]:
    for i, recipient in receiving(ctx.project):
        if recipient.kind is ServiceKind.PAYMENTS and not recipient.returns:
            yield Hit(
                ("recipients", i, "returns"),
                f"Say what {name_of(recipient, 'this payment provider')} tells you about a "
                "payment (that it went through, a reference, the last digits of the card). "
                "Until then the policy does not say what you keep of it.",
            )


@rule(
    "general.recipients-answered",
    citation="Cal. Civ. Code §1798.130(a)(5)(C); GDPR Art. 13(1)(e)",
    severity=Severity.WARNING,
    summary="The project says whether anyone outside the business receives personal data.",
)
def recipients_answered(ctx: CheckContext) -> Iterator[Hit]:
    project = ctx.project
    unanswered = project.disclosures.discloses_to_others is None
    if project.data_categories and not project.recipients and unanswered:
        yield Hit(
            ("disclosures", "discloses_to_others"),
            "Say whether anyone outside your organisation receives personal data from you. "
            "Until then the policy says nothing about who receives it.",
        )


@rule(
    "general.scope-complete",
    citation=UNTOLD,
    severity=Severity.INFO,
    summary="The project says whether the policy covers only what is listed.",
)
def scope_complete(ctx: CheckContext) -> Iterator[Hit]:
    scope = ctx.project.scope
    if scope.covers_everything is None and any(not blank(p.name) for p in scope.properties):
        yield Hit(
            ("scope", "covers_everything"),
            "Say whether this policy covers everything you offer or only what is listed. Until "
            "then the policy lists what it covers without saying whether the list is complete.",
        )


@rule(
    "general.buyer-keeps-policy",
    citation=UNTOLD,
    severity=Severity.WARNING,
    summary="A sale or merger: the policy says whether a new owner must keep to it.",
)
def buyer_keeps_policy(ctx: CheckContext) -> Iterator[Hit]:
    disclosures = ctx.project.disclosures
    if disclosures.business_transfer and disclosures.buyer_keeps_policy is None:
        yield Hit(
            ("disclosures", "buyer_keeps_policy"),
            "Say whether a new owner must keep to this policy. Until then the policy does not "
            "tell readers what happens to their data after a sale or merger.",
        )


@rule(
    "gdpr.new-purpose",
    laws=GDPR_LIKE,
    citation="GDPR Art. 13(3)",
    severity=Severity.WARNING,
    summary="The policy promises to tell people before using data for a new purpose.",
)
def new_purpose(ctx: CheckContext) -> Iterator[Hit]:
    project = ctx.project
    if not project.purposes:
        return
    answer = project.changes.tell_before_new_purpose
    if answer is None:
        yield Hit(
            ("changes", "tell_before_new_purpose"),
            "Say whether you will tell people before using their data for a new purpose. The "
            "GDPR asks you to, and the policy says so only when you answer.",
        )
    elif answer is False:
        yield Hit(
            ("changes", "tell_before_new_purpose"),
            "Before using data for a purpose this policy does not list, the GDPR asks you to "
            "tell the people it is about.",
        )


@rule(
    "general.request-fee",
    citation="GDPR Art. 12(5); Cal. Civ. Code §1798.130(a)(2)",
    severity=Severity.WARNING,
    summary="The policy says whether using a right costs anything.",
)
def request_fee(ctx: CheckContext) -> Iterator[Hit]:
    project = ctx.project
    laws = frozenset(law.value for law in ctx.laws)
    rights_told = rights_offered(project, laws) or Law.CCPA in ctx.laws
    if project.rights.request_fee is None and rights_told:
        yield Hit(
            ("rights", "request_fee"),
            "Say whether using their rights costs people anything. Until then the policy does "
            "not tell them that it is free.",
        )


@rule(
    "gdpr.free-requests",
    laws=(*GDPR_LIKE, Law.CCPA),
    citation="GDPR Art. 12(5); Cal. Civ. Code §1798.130(a)(2)",
    severity=Severity.WARNING,
    summary="Requests are free, except clearly unfounded or excessive ones.",
)
def free_requests(ctx: CheckContext) -> Iterator[Hit]:
    if ctx.project.rights.request_fee is RequestFee.FEE:
        yield Hit(
            ("rights", "request_fee"),
            "The laws that apply make requests free; you may charge only for clearly unfounded "
            "or excessive ones.",
        )


@rule(
    "gdpr.balancing-test",
    laws=GDPR_LIKE,
    citation="GDPR Art. 6(1)(f); Recital 47",
    severity=Severity.WARNING,
    summary="Each use based on legitimate interests was weighed against people's rights.",
)
def balancing_test(ctx: CheckContext) -> Iterator[Hit]:
    for i, purpose in enumerate(ctx.project.purposes):
        if purpose.lawful_basis is not LawfulBasis.LEGITIMATE_INTERESTS:
            continue
        label = f"“{purpose.name.strip()}”" if purpose.name.strip() else f"purpose {i + 1}"
        if purpose.balancing_test is None:
            yield Hit(
                ("purposes", i, "balancing_test"),
                f"Say whether you weighed your interest in {label} against people's rights. "
                "Until then the policy does not say that you did.",
            )
        elif purpose.balancing_test is False:
            yield Hit(
                ("purposes", i, "balancing_test"),
                f"Weigh your interest in {label} against people's rights before relying on "
                "legitimate interests, or choose another legal reason.",
            )


@rule(
    "gdpr.direct-marketing",
    laws=GDPR_LIKE,
    citation="GDPR Art. 21(2)-(4)",
    severity=Severity.WARNING,
    summary="The project says which purposes, if any, are direct marketing.",
)
def direct_marketing(ctx: CheckContext) -> Iterator[Hit]:
    purposes = ctx.project.purposes
    if purposes and all(p.direct_marketing is None for p in purposes):
        yield Hit(
            ("purposes", 0, "direct_marketing"),
            "Say whether any purpose is direct marketing (newsletters, offers). People must be "
            "told that they can always object to it; the policy says so only when you answer.",
        )


@rule(
    "general.policy-updates",
    citation=UNTOLD,
    severity=Severity.WARNING,
    summary="The policy says when it is updated.",
)
def policy_updates(ctx: CheckContext) -> Iterator[Hit]:
    if not ctx.project.changes.update_triggers:
        yield Hit(
            ("changes", "update_triggers"),
            "Say when you update this policy (when what you do changes, when the law changes, "
            "once a year). Until then the policy does not tell readers.",
        )
