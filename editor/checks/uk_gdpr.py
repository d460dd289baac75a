"""UK GDPR differences: the UK representative, the ICO, UK transfer tools, complaints to you.

The items shared with the EU GDPR (Art. 13/14) are checked once in ``gdpr``.
"""

from __future__ import annotations

from collections.abc import Iterator

from editor.checks.common import blank, home_country, name_of, receiving
from editor.checks.finding import Confidence, Severity
from editor.checks.registry import CheckContext, Hit, rule
from editor.model import Law, TransferSafeguard
from editor.model.applicability import EEA_COUNTRIES

UK = (Law.UK_GDPR,)


@rule(
    "uk_gdpr.uk-representative-details",
    laws=UK,
    citation="UK GDPR Art. 13(1)(a), 27",
    severity=Severity.ERROR,
    summary="A UK representative, if appointed, is named with contact details.",
)
def uk_representative_details(ctx: CheckContext) -> Iterator[Hit]:
    org = ctx.project.organisation
    rep = org.uk_representative
    if org.has_uk_representative and (
        blank(rep.name)
        or (
            all(blank(v) for v in (rep.email, rep.phone, rep.web_form_url))
            and rep.address.is_empty()
        )
    ):
        yield Hit(
            ("organisation", "uk_representative", "name"),
            "Give your UK representative's name and how to contact them.",
        )


@rule(
    "uk_gdpr.uk-representative-needed",
    laws=UK,
    citation="UK GDPR Art. 27",
    severity=Severity.WARNING,
    summary="A business outside the UK serving the UK probably needs a UK representative.",
)
def uk_representative_needed(ctx: CheckContext) -> Iterator[Hit]:
    home = home_country(ctx.project)
    if home and home != "GB" and not ctx.project.organisation.has_uk_representative:
        yield Hit(
            ("organisation", "has_uk_representative"),
            "You are not established in the UK but serve people there: you need a UK "
            "representative unless your processing is only occasional and low-risk "
            "(Art. 27(2)).",
        )


@rule(
    "uk_gdpr.complaints-to-controller",
    laws=UK,
    citation="DPA 2018 s.164A (inserted by DUAA 2025 s.103); ICO guidance",
    severity=Severity.WARNING,
    confidence=Confidence.UNCONFIRMED,
    summary="The policy says how to complain to the business itself (expected practice).",
)
def complaints_to_controller(ctx: CheckContext) -> Iterator[Hit]:
    if blank(ctx.project.rights.complaints_to_us):
        yield Hit(
            ("rights", "complaints_to_us"),
            "From 19 June 2026 people in the UK can complain to you directly and you must make "
            "that easy: say how to complain to you and how you handle complaints.",
        )


@rule(
    "uk_gdpr.ico",
    laws=UK,
    citation="UK GDPR Art. 13(2)(d), 77; ICO guidance",
    severity=Severity.WARNING,
    summary="A UK business names the ICO as the authority to complain to.",
)
def ico(ctx: CheckContext) -> Iterator[Hit]:
    name = ctx.project.rights.complaint_authority_name.lower()
    if home_country(ctx.project) != "GB" or not name.strip():
        return
    if "ico" not in name.split() and "information commissioner" not in name:
        yield Hit(
            ("rights", "complaint_authority_name"),
            "For a UK business the supervisory authority is the Information Commissioner's "
            "Office (ICO).",
        )


@rule(
    "uk_gdpr.dpf-uk-extension",
    laws=UK,
    citation="UK GDPR Art. 45; SI 2023/1028 (UK–US data bridge)",
    severity=Severity.INFO,
    summary="Advice: the Data Privacy Framework covers UK data only via the UK Extension.",
)
def dpf_uk_extension(ctx: CheckContext) -> Iterator[Hit]:
    for i, recipient in receiving(ctx.project):
        if recipient.transfer_safeguard is TransferSafeguard.DPF:
            yield Hit(
                ("recipients", i, "transfer_safeguard"),
                f"For UK data, check that {name_of(recipient, 'this recipient')} is listed on "
                "the Data Privacy Framework List with the UK Extension.",
            )


@rule(
    "uk_gdpr.uk-addendum",
    laws=UK,
    citation="UK GDPR Art. 46; DPA 2018 s.119A (IDTA and UK Addendum)",
    severity=Severity.INFO,
    summary="Advice: EU standard contractual clauses need the UK Addendum for UK data.",
)
def uk_addendum(ctx: CheckContext) -> Iterator[Hit]:
    for i, recipient in receiving(ctx.project):
        country = recipient.country.strip().upper()
        outside = country and country != "GB" and country not in EEA_COUNTRIES
        if outside and recipient.transfer_safeguard is TransferSafeguard.SCC:
            yield Hit(
                ("recipients", i, "transfer_safeguard"),
                f"For UK data sent to {name_of(recipient, 'this recipient')}, the EU clauses "
                "need the ICO's UK Addendum (or use the IDTA).",
            )
