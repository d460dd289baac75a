"""LGPD (Brazil): Art. 9 (information to the data subject), Art. 18 (rights), Art. 41 (encarregado).

The purpose, the duration, the controller's identity and contact are checked by the general
rules; the rights of Art. 18 are stated by the policy itself, so what is checked is how people
use them.
"""

from __future__ import annotations

from collections.abc import Iterator

from editor.checks.common import (
    blank,
    name_of,
    no_rights_route,
    recipients_without_purpose,
    role_question,
)
from editor.checks.finding import Confidence, Severity
from editor.checks.registry import CheckContext, Hit, rule
from editor.model import LawfulBasis, Requirement
from editor.model.jurisdiction import Law

BR = (Law.LGPD,)


@rule(
    "lgpd.controller-identity",
    laws=BR,
    citation="LGPD Art. 9 III",
    severity=Severity.ERROR,
    summary="The controller is identified by its legal name.",
)
def controller_identity(ctx: CheckContext) -> Iterator[Hit]:
    if blank(ctx.project.organisation.legal_name):
        yield Hit(("organisation", "legal_name"), "Give the legal name of the controller.")


@rule(
    "lgpd.shared-use",
    laws=BR,
    citation="LGPD Art. 9 V",
    severity=Severity.ERROR,
    summary="Each recipient says why data is shared with it.",
)
def shared_use(ctx: CheckContext) -> Iterator[Hit]:
    for i, recipient in recipients_without_purpose(ctx.project):
        yield Hit(
            ("recipients", i, "purpose"),
            f"Say why you share data with {name_of(recipient, 'this recipient')}.",
        )


@rule(
    "lgpd.agent-roles",
    laws=BR,
    citation="LGPD Art. 9 VI",
    severity=Severity.WARNING,
    confidence=Confidence.LIKELY,
    summary="Each recipient's role (processor or controller) is given.",
    replaces="general.recipient-role",
)
def agent_roles(ctx: CheckContext) -> Iterator[Hit]:
    for i, recipient in enumerate(ctx.project.recipients):
        if recipient.role_unsettled:
            yield Hit(
                ("recipients", i, "role"),
                role_question(recipient, works_for_you="works for you (operator)")
                + " The policy describes each agent's responsibilities.",
            )


@rule(
    "lgpd.rights-route",
    laws=BR,
    citation="LGPD Art. 9 VII, 18",
    severity=Severity.ERROR,
    summary="The policy says how to use the rights of Art. 18.",
)
def rights_route(ctx: CheckContext) -> Iterator[Hit]:
    yield from no_rights_route(ctx.project, "Say how people send a request to use their rights.")


@rule(
    "lgpd.consent-revocation",
    laws=BR,
    citation="LGPD Art. 8 §5, 18 IX",
    severity=Severity.WARNING,
    summary="Consent as a basis comes with a way to revoke it.",
)
def consent_revocation(ctx: CheckContext) -> Iterator[Hit]:
    for i, purpose in enumerate(ctx.project.purposes):
        if purpose.lawful_basis is LawfulBasis.CONSENT and blank(purpose.withdraw_consent_how):
            yield Hit(
                ("purposes", i, "withdraw_consent_how"),
                "Say how people revoke their consent (free and easy, Art. 8 §5).",
            )


@rule(
    "lgpd.condition-of-service",
    laws=BR,
    citation="LGPD Art. 9 §3",
    severity=Severity.WARNING,
    confidence=Confidence.LIKELY,
    summary="Data that is a condition of the service says so and what follows.",
)
def condition_of_service(ctx: CheckContext) -> Iterator[Hit]:
    for i, category in enumerate(ctx.project.data_categories):
        if category.requirement is None:
            yield Hit(
                ("data_categories", i, "requirement"),
                f"Say whether {name_of(category, 'this data')} is needed for the service: the "
                "LGPD asks you to highlight it when it is.",
            )
        elif category.requirement is Requirement.NEEDED_FOR_CONTRACT and blank(
            category.if_not_provided
        ):
            yield Hit(
                ("data_categories", i, "if_not_provided"),
                f"Say what happens without {name_of(category, 'this data')}.",
            )


@rule(
    "lgpd.encarregado",
    laws=BR,
    citation="LGPD Art. 41 §1; Res. CD/ANPD 18/2024",
    severity=Severity.ERROR,
    confidence=Confidence.CONFIRMED,  # Art. 41 §1 itself, confirmed in the research
    summary="The encarregado (DPO) is named with contact details.",
)
def encarregado(ctx: CheckContext) -> Iterator[Hit]:
    org = ctx.project.organisation
    dpo = org.dpo
    if not org.has_dpo:
        return
    if blank(dpo.name):
        yield Hit(("organisation", "dpo", "name"), "Give the encarregado's full name.")
    if all(blank(v) for v in (dpo.email, dpo.phone, dpo.web_form_url)) and dpo.address.is_empty():
        yield Hit(("organisation", "dpo", "email"), "Give the encarregado's contact details.")


@rule(
    "lgpd.encarregado-answered",
    laws=BR,
    citation="LGPD Art. 41; Res. CD/ANPD 2/2022 (small processing agents)",
    severity=Severity.WARNING,
    confidence=Confidence.LIKELY,
    summary="The project says whether there is an encarregado.",
)
def encarregado_answered(ctx: CheckContext) -> Iterator[Hit]:
    # "No" is a valid answer: small processing agents may go without one, offering a channel
    # instead (the contact rules ask for that), so only an unanswered question is flagged.
    if ctx.project.organisation.has_dpo is None:
        yield Hit(
            ("organisation", "has_dpo"),
            "Say whether you have an encarregado (data protection officer): Brazil's LGPD "
            "expects one whose name and contact are public, though small processing agents may "
            "go without one if they offer another way to reach them.",
        )


@rule(
    "lgpd.automated-review",
    laws=BR,
    citation="LGPD Art. 20",
    severity=Severity.WARNING,
    confidence=Confidence.LIKELY,
    summary="Automated decisions come with a way to ask for their review.",
)
def automated_review(ctx: CheckContext) -> Iterator[Hit]:
    ad = ctx.project.automated_decisions
    if ad.used and blank(ad.human_review):
        yield Hit(
            ("automated_decisions", "human_review"),
            "People may ask for a review of decisions made only by automated means: say how.",
        )
