"""GDPR/UK GDPR transfers abroad: where recipients are, and how data leaving Europe is protected."""

from __future__ import annotations

from collections.abc import Iterator

from editor.checks.common import blank, name_of, receiving
from editor.checks.finding import Severity
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
