"""GDPR/UK GDPR transfers abroad: where recipients are, and how data leaving Europe is protected."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from editor.checks.common import blank, name_of, receiving
from editor.checks.finding import Confidence, Severity
from editor.checks.registry import CheckContext, Hit, rule
from editor.model import TransferSafeguard
from editor.model.applicability import EEA_COUNTRIES
from editor.model.jurisdiction import Law

BOTH = (Law.GDPR, Law.UK_GDPR)
_ART = "GDPR/UK GDPR Art."
# Places where data may go without a transfer mechanism: the EEA and the UK (each recognises the
# other), and Switzerland (EU adequacy decision). Anything else needs a Chapter V mechanism.
_NO_MECHANISM_NEEDED = EEA_COUNTRIES | {"GB", "CH"}


@rule(
    "gdpr.recipient-country",
    laws=BOTH,
    citation=f"{_ART} 13(1)(f), 14(1)(f)",
    severity=Severity.WARNING,
    summary="Each recipient says where it processes the data.",
)
def recipient_country(ctx: CheckContext) -> Iterator[Hit]:
    for i, recipient in receiving(ctx.project):
        if blank(recipient.country):
            yield Hit(
                ("recipients", i, "country"),
                f"Say where {name_of(recipient, 'this recipient')} processes the data, so the "
                "policy can say whether it leaves Europe.",
            )


@rule(
    "gdpr.transfer-mechanism",
    laws=BOTH,
    citation=f"{_ART} 13(1)(f), 44–49",
    severity=Severity.WARNING,
    summary="Data going outside the EEA/UK has a transfer mechanism.",
)
def transfer_mechanism(ctx: CheckContext) -> Iterator[Hit]:
    def unprotected(safeguard: TransferSafeguard | None) -> bool:
        return safeguard is None or safeguard in (
            TransferSafeguard.NONE,
            TransferSafeguard.UNKNOWN,
            TransferSafeguard.NOT_NEEDED,
        )

    for i, recipient in receiving(ctx.project):
        country = recipient.country.strip().upper()
        if (
            country
            and country not in _NO_MECHANISM_NEEDED
            and unprotected(recipient.transfer_safeguard)
        ):
            yield Hit(
                ("recipients", i, "transfer_safeguard"),
                f"{name_of(recipient, 'A recipient')} processes data in {country} without a "
                "known transfer mechanism: find out which one applies (adequacy, Data Privacy "
                "Framework, standard contractual clauses...).",
            )
    for i, transfer in enumerate(ctx.project.data_location.transfers):
        country = transfer.country.strip().upper()
        if country and country not in _NO_MECHANISM_NEEDED and unprotected(transfer.safeguard):
            yield Hit(
                ("data_location", "transfers", i, "safeguard"),
                f"Data goes to {country} without a known transfer mechanism.",
            )


@rule(
    "gdpr.safeguard-copy",
    laws=BOTH,
    citation=f"{_ART} 13(1)(f), 14(1)(f)",
    severity=Severity.ERROR,
    summary="With contract-based safeguards, the policy says how to get a copy.",
)
def safeguard_copy(ctx: CheckContext) -> Iterator[Hit]:
    copyable = (TransferSafeguard.SCC, TransferSafeguard.UK_IDTA, TransferSafeguard.BCR)
    used = [r.transfer_safeguard for _, r in receiving(ctx.project)] + [
        t.safeguard for t in ctx.project.data_location.transfers
    ]
    if any(s in copyable for s in used) and blank(ctx.project.data_location.safeguard_copy):
        yield Hit(
            ("data_location", "safeguard_copy"),
            "You rely on contract clauses or binding corporate rules: say how people can get a "
            "copy of them.",
        )


def _safeguards(ctx: CheckContext) -> Iterator[tuple[tuple[str | int, ...], str, Any, str]]:
    """Each transfer's safeguard: (path to it, who gets the data, the safeguard, its details)."""
    for i, recipient in receiving(ctx.project):
        where = ("recipients", i)
        yield (
            (*where, "transfer_safeguard"),
            name_of(recipient, "A recipient"),
            recipient.transfer_safeguard,
            recipient.safeguard_details,
        )
    for i, transfer in enumerate(ctx.project.data_location.transfers):
        who = f"The transfer to {transfer.country.strip().upper() or 'another country'}"
        yield (
            ("data_location", "transfers", i, "safeguard"),
            who,
            transfer.safeguard,
            transfer.details,
        )


_REPLACEMENT = (
    "Use the EU–US Data Privacy Framework if the company is certified under it (check the "
    "DPF list), or standard contractual clauses."
)
_STRUCK_DOWN = {
    TransferSafeguard.PRIVACY_SHIELD: "the EU–US Privacy Shield, which the EU Court of Justice "
    "struck down in July 2020 (Schrems II)",
    TransferSafeguard.SAFE_HARBOR: "Safe Harbor, which the EU Court of Justice struck down in "
    "October 2015 (Schrems I)",
}


@rule(
    "gdpr.obsolete-safeguard",
    laws=BOTH,
    citation="GDPR/UK GDPR Art. 44–46; CJEU C-311/18 (2020), C-362/14 (2015)",
    severity=Severity.ERROR,
    summary="No transfer relies on a mechanism the courts struck down.",
)
def obsolete_safeguard(ctx: CheckContext) -> Iterator[Hit]:
    for path, who, safeguard, _ in _safeguards(ctx):
        if safeguard in _STRUCK_DOWN:
            yield Hit(
                path,
                f"{who} relies on {_STRUCK_DOWN[safeguard]}. It protects nothing now, so the "
                f"policy does not name it. {_REPLACEMENT}",
            )


@rule(
    "gdpr.consent-for-regular-transfers",
    laws=BOTH,
    citation="GDPR/UK GDPR Art. 49(1)(a); EDPB Guidelines 2/2018 on Art. 49",
    severity=Severity.WARNING,
    confidence=Confidence.LIKELY,
    summary="Consent is not the basis of regular, systematic transfers.",
)
def consent_for_regular_transfers(ctx: CheckContext) -> Iterator[Hit]:
    for path, who, safeguard, _ in _safeguards(ctx):
        if safeguard is TransferSafeguard.CONSENT:
            yield Hit(
                path,
                f"{who} relies on consent. Consent (Art. 49) is for occasional transfers; "
                "data that goes there every time someone uses your service needs a lasting "
                "safeguard such as standard contractual clauses or the Data Privacy Framework.",
            )


@rule(
    "gdpr.other-safeguard-described",
    laws=BOTH,
    citation=f"{_ART} 13(1)(f), 14(1)(f)",
    severity=Severity.WARNING,
    summary="A safeguard of another kind is described.",
)
def other_safeguard_described(ctx: CheckContext) -> Iterator[Hit]:
    for path, who, safeguard, details in _safeguards(ctx):
        if safeguard is TransferSafeguard.OTHER and blank(details):
            detail = "safeguard_details" if path[0] == "recipients" else "details"
            yield Hit(
                (*path[:-1], detail),
                f"{who} is protected by another safeguard: say which, so the policy can name it.",
            )
