"""Switzerland's revised Federal Act on Data Protection (FADP, in force 1 September 2023):
the duty to inform of Art. 19, automated decisions (Art. 21) and the rights of Art. 25-32.

Art. 19(2)(b) (the purpose) is checked by the general rules. The texts were read in the English
translation of the Act (Art. 19 on prighter.com's copy of the Act); the other articles are from
the Act's structure as commonly cited and are marked "likely".
"""

from __future__ import annotations

from collections.abc import Iterator

from editor.checks.common import (
    automated_decisions_unanswered,
    blank,
    name_of,
    no_rights_route,
    unknown_recipient_countries,
)
from editor.checks.finding import Confidence, Severity
from editor.checks.registry import CheckContext, Hit, rule
from editor.model import Law, TransferSafeguard
from editor.model.applicability import EEA_COUNTRIES

CH = (Law.CH_FADP,)

# Countries the Federal Council finds adequate (Data Protection Ordinance, Annex 1): the EEA,
# the UK and a dozen others. The United States is listed only for companies certified under the
# Swiss-US Data Privacy Framework, which the "DPF" safeguard says. Not re-read against the
# Annex's latest version, hence the rule's "likely".
SWISS_ADEQUATE = EEA_COUNTRIES | frozenset(
    {"GB", "AD", "AR", "CA", "FO", "GG", "GI", "IL", "IM", "JE", "MC", "NZ", "UY"}
)
_NOT_A_GUARANTEE = (
    None,
    TransferSafeguard.NOT_NEEDED,
    TransferSafeguard.ADEQUACY,
    TransferSafeguard.NONE,
    TransferSafeguard.UNKNOWN,
)


@rule(
    "ch_fadp.controller-identity",
    laws=CH,
    citation="FADP Art. 19(2)(a)",
    severity=Severity.ERROR,
    summary="The controller's identity (its legal name) is given.",
)
def controller_identity(ctx: CheckContext) -> Iterator[Hit]:
    if blank(ctx.project.organisation.legal_name):
        yield Hit(
            ("organisation", "legal_name"),
            "Give your legal name: the Swiss FADP asks the policy to say who the controller is.",
        )


@rule(
    "ch_fadp.recipient-country",
    laws=CH,
    citation="FADP Art. 19(4)",
    severity=Severity.ERROR,
    summary="Each recipient's country is given, so disclosure abroad names the state.",
)
def recipient_country(ctx: CheckContext) -> Iterator[Hit]:
    yield from unknown_recipient_countries(
        ctx.project,
        "Say in which country {name} is: when personal data goes abroad, the Swiss FADP asks "
        "the policy to name the state it goes to.",
    )


@rule(
    "ch_fadp.transfer-guarantee",
    laws=CH,
    citation="FADP Art. 19(4), 16(2), 17; Data Protection Ordinance Annex 1",
    severity=Severity.WARNING,
    confidence=Confidence.LIKELY,
    summary="Each recipient in a country without Swiss adequacy has its guarantee named.",
)
def transfer_guarantee(ctx: CheckContext) -> Iterator[Hit]:
    for i, recipient in enumerate(ctx.project.recipients):
        code = recipient.country.strip().upper()
        if not code or code == "CH" or code in SWISS_ADEQUATE:
            continue
        if recipient.transfer_safeguard in _NOT_A_GUARANTEE:
            yield Hit(
                ("recipients", i, "transfer_safeguard"),
                f"Say what protects the data sent to {name_of(recipient, 'this recipient')}: "
                "Switzerland does not find its country adequate, so the policy names the "
                "guarantee (standard clauses, binding corporate rules, the Swiss-US Data "
                "Privacy Framework) or the exception relied on.",
            )


@rule(
    "ch_fadp.rights-route",
    laws=CH,
    citation="FADP Art. 19(2), 25",
    severity=Severity.ERROR,
    summary="The policy says how to ask for access and use the other rights.",
)
def rights_route(ctx: CheckContext) -> Iterator[Hit]:
    yield from no_rights_route(
        ctx.project,
        "Say how people ask to see their data and use their other rights: the Swiss FADP asks "
        "for the information they need to exercise them.",
    )


@rule(
    "ch_fadp.automated-decisions",
    laws=CH,
    citation="FADP Art. 21",
    severity=Severity.WARNING,
    confidence=Confidence.LIKELY,
    summary="The project says whether decisions are made by automated means alone.",
)
def automated_decisions(ctx: CheckContext) -> Iterator[Hit]:
    yield from automated_decisions_unanswered(
        ctx.project,
        "Say whether you make decisions about people by automated means alone: the Swiss FADP "
        "asks you to tell them, and to let them be heard by a person.",
    )
