"""PIPEDA (Canada), Schedule 1 principle 4.8 (openness) and the OPC's guidance around it."""

from __future__ import annotations

from collections.abc import Iterator

from editor.checks.common import (
    address_path,
    blank,
    name_of,
    no_accountable_person,
    no_complaint_route,
    no_rights_route,
    postal_address_given,
    recipients_without_purpose,
    unknown_recipient_countries,
)
from editor.checks.finding import Confidence, Severity
from editor.checks.registry import CheckContext, Hit, rule
from editor.model import Law

CA = (Law.PIPEDA,)


@rule(
    "pipeda.accountable-person",
    laws=CA,
    citation="PIPEDA Sch. 1, 4.8.2(a), 4.1",
    severity=Severity.ERROR,
    summary="The person accountable for privacy is named (or their title given).",
)
def accountable_person(ctx: CheckContext) -> Iterator[Hit]:
    yield from no_accountable_person(
        ctx.project,
        "Name the person (or give the title) accountable for privacy, to whom questions and "
        "complaints go.",
    )


@rule(
    "pipeda.address",
    laws=CA,
    citation="PIPEDA Sch. 1, 4.8.2(a)",
    severity=Severity.ERROR,
    summary="The accountable person's address is given.",
)
def address(ctx: CheckContext) -> Iterator[Hit]:
    if not postal_address_given(ctx.project):
        yield Hit(
            address_path(ctx.project),
            "Give the address of the person accountable for privacy.",
        )


@rule(
    "pipeda.access",
    laws=CA,
    citation="PIPEDA Sch. 1, 4.8.2(b), 4.9",
    severity=Severity.ERROR,
    summary="The policy says how to get access to personal information.",
)
def access(ctx: CheckContext) -> Iterator[Hit]:
    yield from no_rights_route(
        ctx.project, "Say how people ask to see the personal information you hold about them."
    )


@rule(
    "pipeda.related-organisations",
    laws=CA,
    citation="PIPEDA Sch. 1, 4.8.2(e)",
    severity=Severity.WARNING,
    summary="The project says whether related organisations get personal information.",
)
def related_organisations(ctx: CheckContext) -> Iterator[Hit]:
    d = ctx.project.disclosures
    if d.group_companies is None:
        yield Hit(
            ("disclosures", "group_companies"),
            "Say whether you share personal information with related companies (for example "
            "subsidiaries).",
        )
    elif d.group_companies and blank(d.group_details):
        yield Hit(
            ("disclosures", "group_details"),
            "Say what personal information goes to your related companies.",
        )


@rule(
    "pipeda.third-party-purpose",
    laws=CA,
    citation="PIPEDA Sch. 1, 4.8.2; OPC guidance on openness (what goes to third parties, and why)",
    severity=Severity.WARNING,
    confidence=Confidence.LIKELY,
    summary="Each recipient says why it gets personal information.",
)
def third_party_purpose(ctx: CheckContext) -> Iterator[Hit]:
    for i, recipient in recipients_without_purpose(ctx.project):
        yield Hit(
            ("recipients", i, "purpose"),
            f"Say why {name_of(recipient, 'this recipient')} gets personal information, or pick "
            "the purposes it serves: the privacy commissioner expects a policy to say what goes "
            "to third parties and why.",
        )


@rule(
    "pipeda.complaints",
    laws=CA,
    citation="PIPEDA Sch. 1, 4.10; OPC guidance on openness",
    severity=Severity.WARNING,
    summary="The policy says how to complain to the organisation.",
)
def complaints(ctx: CheckContext) -> Iterator[Hit]:
    yield from no_complaint_route(
        ctx.project, "Say how people can complain to you and how you handle complaints."
    )


@rule(
    "pipeda.cross-border",
    laws=CA,
    citation="PIPEDA Sch. 1, 4.1.3; OPC Guidelines for Processing Personal Data Across Borders",
    severity=Severity.WARNING,
    confidence=Confidence.LIKELY,
    summary="Each recipient says where it processes data, for the cross-border notice.",
)
def cross_border(ctx: CheckContext) -> Iterator[Hit]:
    yield from unknown_recipient_countries(
        ctx.project,
        "Say where {name} processes the data: people must be told when their information may "
        "be processed in another country.",
    )
