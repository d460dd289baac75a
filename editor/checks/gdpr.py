"""GDPR Art. 13 and 14, and the same items under the UK GDPR (which keeps the numbering).

Rules that hold under both report once, naming whichever of the two apply; the EU
representative is the EU GDPR's own. UK-only rules are in ``uk_gdpr``.
"""

from __future__ import annotations

from collections.abc import Iterator

from editor.checks.common import (
    blank,
    established_in_eea,
    is_indirect,
    name_of,
    no_rights_route,
    recipients_without_purpose,
    tracking_cookies_without_opt_in,
    valid_purpose_ids,
)
from editor.checks.finding import Confidence, Section, Severity
from editor.checks.registry import CheckContext, Hit, rule
from editor.compose.facts import collects_nothing
from editor.model import (
    ContactPoint,
    DataKind,
    DataSource,
    LawfulBasis,
    Requirement,
    RetentionRule,
)
from editor.model.jurisdiction import Law

BOTH = (Law.GDPR, Law.UK_GDPR)
_ART = "GDPR/UK GDPR Art."


def _reachable(point: ContactPoint) -> bool:
    return not (
        blank(point.email)
        and blank(point.phone)
        and blank(point.web_form_url)
        and point.address.is_empty()
    )


@rule(
    "gdpr.controller-identity",
    laws=BOTH,
    citation=f"{_ART} 13(1)(a), 14(1)(a)",
    severity=Severity.ERROR,
    summary="The controller's legal name is given.",
)
def controller_identity(ctx: CheckContext) -> Iterator[Hit]:
    if blank(ctx.project.organisation.legal_name):
        yield Hit(
            ("organisation", "legal_name"),
            "Give the legal name of the business (or your own name if you trade as a person).",
        )


@rule(
    "gdpr.dpo-contact",
    laws=BOTH,
    citation=f"{_ART} 13(1)(b), 14(1)(b)",
    severity=Severity.ERROR,
    summary="A data protection officer, if there is one, has contact details.",
)
def dpo_contact(ctx: CheckContext) -> Iterator[Hit]:
    org = ctx.project.organisation
    if org.has_dpo and not _reachable(org.dpo):
        yield Hit(
            ("organisation", "dpo", "email"), "Give your data protection officer's contact details."
        )


@rule(
    "gdpr.dpo-answered",
    laws=BOTH,
    citation=f"{_ART} 13(1)(b), 37",
    severity=Severity.INFO,
    summary="Advice: say whether there is a data protection officer.",
)
def dpo_answered(ctx: CheckContext) -> Iterator[Hit]:
    if ctx.project.organisation.has_dpo is None:
        yield Hit(
            ("organisation", "has_dpo"),
            "Say whether you have a data protection officer. Most small businesses do not need "
            "one (Art. 37 says when you do).",
        )


@rule(
    "gdpr.eu-representative-details",
    laws=(Law.GDPR,),
    citation="GDPR Art. 13(1)(a), 27",
    severity=Severity.ERROR,
    summary="An EU representative, if appointed, is named with contact details.",
)
def eu_representative_details(ctx: CheckContext) -> Iterator[Hit]:
    org = ctx.project.organisation
    if org.has_eu_representative and (
        blank(org.eu_representative.name) or not _reachable(org.eu_representative)
    ):
        yield Hit(
            ("organisation", "eu_representative", "name"),
            "Give your EU representative's name and how to contact them.",
        )


@rule(
    "gdpr.eu-representative-needed",
    laws=(Law.GDPR,),
    citation="GDPR Art. 27",
    severity=Severity.WARNING,
    summary="A business outside the EU serving the EU probably needs an EU representative.",
)
def eu_representative_needed(ctx: CheckContext) -> Iterator[Hit]:
    org = ctx.project.organisation
    if established_in_eea(ctx.project) is False and not org.has_eu_representative:
        yield Hit(
            ("organisation", "has_eu_representative"),
            "You are not established in the EU but serve people there: you need a representative "
            "in the EU unless your processing is only occasional and low-risk (Art. 27(2)).",
        )


@rule(
    "gdpr.lawful-basis-per-purpose",
    laws=BOTH,
    citation=f"{_ART} 13(1)(c), 6(1)",
    severity=Severity.ERROR,
    summary="Each purpose has a lawful basis.",
)
def lawful_basis_per_purpose(ctx: CheckContext) -> Iterator[Hit]:
    for i, purpose in enumerate(ctx.project.purposes):
        if purpose.lawful_basis is None:
            label = f"“{purpose.name}”" if purpose.name.strip() else f"purpose {i + 1}"
            yield Hit(("purposes", i, "lawful_basis"), f"Choose the lawful basis for {label}.")


@rule(
    "gdpr.legitimate-interest-stated",
    laws=BOTH,
    citation=f"{_ART} 13(1)(d), 14(2)(b)",
    severity=Severity.ERROR,
    summary="Legitimate interests as a basis come with the interest stated.",
)
def legitimate_interest_stated(ctx: CheckContext) -> Iterator[Hit]:
    for i, purpose in enumerate(ctx.project.purposes):
        if purpose.lawful_basis is LawfulBasis.LEGITIMATE_INTERESTS and blank(
            purpose.legitimate_interest
        ):
            yield Hit(
                ("purposes", i, "legitimate_interest"),
                f"Say which legitimate interest you pursue for “{purpose.name or i + 1}”.",
            )


@rule(
    "gdpr.legal-obligation-named",
    laws=BOTH,
    citation=f"{_ART} 6(1)(c), 6(3)",
    severity=Severity.INFO,
    summary="Advice: name the law behind a legal obligation.",
)
def legal_obligation_named(ctx: CheckContext) -> Iterator[Hit]:
    for i, purpose in enumerate(ctx.project.purposes):
        if purpose.lawful_basis is LawfulBasis.LEGAL_OBLIGATION and blank(purpose.legal_obligation):
            yield Hit(
                ("purposes", i, "legal_obligation"),
                "Name the law that obliges you (for example tax law), so readers can check it.",
            )


@rule(
    "gdpr.consent-withdrawal",
    laws=BOTH,
    citation=f"{_ART} 13(2)(c), 7(3)",
    severity=Severity.WARNING,
    summary="Consent as a basis comes with a way to withdraw it.",
)
def consent_withdrawal(ctx: CheckContext) -> Iterator[Hit]:
    for i, purpose in enumerate(ctx.project.purposes):
        if purpose.lawful_basis is LawfulBasis.CONSENT and blank(purpose.withdraw_consent_how):
            yield Hit(
                ("purposes", i, "withdraw_consent_how"),
                "You rely on consent: say how people withdraw it (as easily as they gave it).",
            )


@rule(
    "gdpr.special-category-basis",
    laws=BOTH,
    citation=f"{_ART} 6(1), 9(2)",
    severity=Severity.WARNING,
    summary="Sensitive (special category) data is used for a purpose with a lawful basis.",
)
def special_category_basis(ctx: CheckContext) -> Iterator[Hit]:
    for i, category in enumerate(ctx.project.data_categories):
        if not category.is_sensitive:
            continue
        purposes = [ctx.project.purpose(pid) for pid in valid_purpose_ids(ctx.project, category)]
        if not any(p is not None and p.lawful_basis is not None for p in purposes):
            yield Hit(
                ("data_categories", i, "purpose_ids"),
                f"{name_of(category, 'This sensitive data')} is special category data with no "
                "lawful basis: link it to a purpose with a basis, and an Art. 9 condition "
                "(usually explicit consent).",
            )


@rule(
    "gdpr.special-category-condition",
    laws=BOTH,
    citation=f"{_ART} 9(2)",
    severity=Severity.INFO,
    summary="Advice: special category data names its Art. 9(2) condition as well as a basis.",
)
def special_category_condition(ctx: CheckContext) -> Iterator[Hit]:
    for i, category in enumerate(ctx.project.data_categories):
        if not category.is_sensitive or category.kind is DataKind.CRIMINAL:
            continue
        condition = category.special_condition
        if condition is None or not condition.point:  # none, or Art. 10's, which is not one
            yield Hit(
                ("data_categories", i, "special_condition"),
                f"{name_of(category, 'This data')} is special category data: besides a lawful "
                "basis you need one of the conditions in Art. 9(2), usually explicit consent. "
                "Choose which.",
            )


@rule(
    "gdpr.criminal-offence-condition",
    laws=BOTH,
    citation=f"{_ART} 10; DPA 2018 s.10(5), Sch. 1",
    severity=Severity.INFO,
    summary="Advice: criminal offence data names its own condition, not an Art. 9 one.",
)
def criminal_offence_condition(ctx: CheckContext) -> Iterator[Hit]:
    # Criminal records (DBS checks of volunteers, for example) are not special category data:
    # Art. 10 applies instead. In the UK a condition of DPA 2018 Sch. 1 must be met (s.10(5));
    # in the EU the law of the Union or a member state must authorise the processing.
    for i, category in enumerate(ctx.project.data_categories):
        if category.kind is DataKind.CRIMINAL and category.special_condition is None:
            yield Hit(
                ("data_categories", i, "special_condition"),
                f"{name_of(category, 'This data')} is criminal offence data (Art. 10): besides a "
                "lawful basis you need a condition that allows it. In the UK that is a condition "
                "in the Data Protection Act 2018, Schedule 1 (for example safeguarding, "
                "paragraph 18); in the EU, a law that authorises it. Choose it and name the law.",
            )


@rule(
    "gdpr.recipient-purpose",
    laws=BOTH,
    citation=f"{_ART} 13(1)(e), 14(1)(e); Art. 29 WP transparency guidelines (WP260 rev.01)",
    severity=Severity.WARNING,
    confidence=Confidence.LIKELY,
    summary="Each recipient says what it does with the data, or which purposes it serves.",
)
def recipient_purpose(ctx: CheckContext) -> Iterator[Hit]:
    # Art. 13(1)(e) asks for the recipients or their categories; a bare company name says
    # neither what kind of recipient it is nor why the data goes there, which the transparency
    # guidelines expect. Named recipients satisfy the letter, hence a warning.
    for i, recipient in recipients_without_purpose(ctx.project):
        yield Hit(
            ("recipients", i, "purpose"),
            f"Say what {name_of(recipient, 'this recipient')} does with the data, or pick the "
            "purposes it serves: a name alone does not tell readers why their data goes there.",
        )


@rule(
    "gdpr.rights-route",
    laws=BOTH,
    citation=f"{_ART} 12(2), 13(2)(b), 14(2)(c)",
    severity=Severity.ERROR,
    summary="The policy says how to use the rights of access, erasure and the rest.",
)
def rights_route(ctx: CheckContext) -> Iterator[Hit]:
    if collects_nothing(ctx.project):
        return  # no data held, no request to make (the contact route is asked for anyway)
    yield from no_rights_route(
        ctx.project, "Say how people use their rights: choose how they can send a request."
    )


@rule(
    "gdpr.complaint-authority",
    laws=(Law.GDPR,),
    citation="GDPR Art. 13(2)(d), 77",
    severity=Severity.INFO,
    summary="Advice: name the supervisory authority people can complain to.",
)
def complaint_authority(ctx: CheckContext) -> Iterator[Hit]:
    if blank(ctx.project.rights.complaint_authority_name):
        yield Hit(
            ("rights", "complaint_authority_name"),
            "The policy will state the right to complain to a supervisory authority; naming "
            "yours (where you are established) and linking its complaint page helps readers.",
        )


@rule(
    "gdpr.requirement",
    laws=BOTH,
    citation=f"{_ART} 13(2)(e)",
    severity=Severity.ERROR,
    summary="Data people give says whether they must give it.",
)
def requirement(ctx: CheckContext) -> Iterator[Hit]:
    for i, category in enumerate(ctx.project.data_categories):
        direct = not category.sources or DataSource.FROM_YOU in category.sources
        if direct and category.requirement is None:
            yield Hit(
                ("data_categories", i, "requirement"),
                f"Say whether people must give {name_of(category, 'this data')} (optional, "
                "needed for the service, or required by law).",
            )


@rule(
    "gdpr.if-not-provided",
    laws=BOTH,
    citation=f"{_ART} 13(2)(e)",
    severity=Severity.WARNING,
    summary="Required data says what happens if it is not given.",
)
def if_not_provided(ctx: CheckContext) -> Iterator[Hit]:
    needed = (Requirement.NEEDED_FOR_CONTRACT, Requirement.REQUIRED_BY_LAW)
    for i, category in enumerate(ctx.project.data_categories):
        direct = not category.sources or DataSource.FROM_YOU in category.sources
        if direct and category.requirement in needed and blank(category.if_not_provided):
            yield Hit(
                ("data_categories", i, "if_not_provided"),
                f"Say what happens if someone does not give {name_of(category, 'this data')}.",
            )


@rule(
    "gdpr.automated-decisions",
    laws=BOTH,
    citation=f"{_ART} 13(2)(f), 14(2)(g), 22",
    severity=Severity.ERROR,
    summary="The policy says whether automated decisions are made, and if so how.",
)
def automated_decisions(ctx: CheckContext) -> Iterator[Hit]:
    if collects_nothing(ctx.project):
        return  # no data to decide anything with
    ad = ctx.project.automated_decisions
    if ad.used is None:
        yield Hit(
            ("automated_decisions", "used"),
            "Say whether you make decisions about people by automated means alone.",
        )
    elif ad.used:
        if blank(ad.logic):
            yield Hit(
                ("automated_decisions", "logic"), "Explain the logic of the automated decisions."
            )
        if blank(ad.consequences):
            yield Hit(
                ("automated_decisions", "consequences"),
                "Explain what the automated decisions mean for the people concerned.",
            )


@rule(
    "gdpr.source-of-data",
    laws=BOTH,
    citation=f"{_ART} 14(2)(f)",
    severity=Severity.ERROR,
    summary="Data not obtained from the person says where it comes from.",
)
def source_of_data(ctx: CheckContext) -> Iterator[Hit]:
    for i, category in enumerate(ctx.project.data_categories):
        if is_indirect(category) and blank(category.source_details):
            yield Hit(
                ("data_categories", i, "source_details"),
                f"You get {name_of(category, 'this data')} from others: say from whom, and "
                "whether from public sources.",
            )


@rule(
    "gdpr.cookie-consent",
    laws=BOTH,
    citation="ePrivacy Directive Art. 5(3); PECR reg. 6; GDPR/UK GDPR Art. 4(11), 7",
    severity=Severity.WARNING,
    summary="Analytics and marketing cookies are set only with opt-in consent.",
    section=Section.COOKIES,
)
def cookie_consent(ctx: CheckContext) -> Iterator[Hit]:
    if tracking_cookies_without_opt_in(ctx.project):
        yield Hit(
            ("cookies", "consent"),
            "You use analytics or marketing cookies: they need consent before they are set, "
            "so ask first (an opt-in banner) rather than inform or rely on browser settings.",
        )


@rule(
    "gdpr.retention-criteria",
    laws=BOTH,
    citation=f"{_ART} 13(2)(a), 14(2)(a)",
    severity=Severity.INFO,
    summary="Advice: 'as long as needed' is better with the criteria behind it.",
)
def retention_criteria(ctx: CheckContext) -> Iterator[Hit]:
    for i, category in enumerate(ctx.project.data_categories):
        retention = category.retention
        if retention.rule is RetentionRule.AS_LONG_AS_NEEDED and blank(retention.description):
            yield Hit(
                ("data_categories", i, "retention", "description"),
                f"“As long as needed” for {name_of(category, 'this data')}: add the criteria you "
                "use to decide, or a period.",
            )
