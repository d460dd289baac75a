"""What single US state laws ask beyond the shared privacy notice: Minnesota's retention,
profiling and data inventory, and Maryland's data minimisation.

The notice items the state laws share are in ``us_states``; these are one state's own, each
cited to its section (New Jersey's change notice and effective date are CalOPPA's items, in
``caloppa``). Confidence: Minnesota's notice (§325M.16) and Maryland's duties (§14-4607) were
read in the statute's text; Minnesota's inventory duty was read under its earlier number
(§325O.08), so it is "likely".
"""

from __future__ import annotations

from collections.abc import Iterator

from editor.checks.common import blank, name_of
from editor.checks.finding import Confidence, Section, Severity
from editor.checks.registry import CheckContext, Hit, rule
from editor.model import DataSubject, Law
from editor.model.applicability import US_SENSITIVE_KINDS, is_us_sensitive

MN, MD = (Law.MN_CDPA,), (Law.MD_ODPA,)


@rule(
    "mn_cdpa.retention",
    laws=MN,
    citation="Minn. Stat. §325M.16, subd. 1(a)(7)",
    severity=Severity.ERROR,
    summary="The notice describes how long each kind of personal data is kept.",
    replaces="general.category-retention",
)
def retention(ctx: CheckContext) -> Iterator[Hit]:
    for i, category in enumerate(ctx.project.data_categories):
        if not category.retention.is_answered():
            yield Hit(
                ("data_categories", i, "retention", "rule"),
                f"Say how long you keep {name_of(category, f'data category {i + 1}')}: "
                "Minnesota's notice describes your retention policies.",
            )


@rule(
    "mn_cdpa.profiling",
    laws=MN,
    citation="Minn. Stat. §325M.16, subd. 1(b); §325M.14",
    severity=Severity.ERROR,
    summary="The project says whether profiling leads to decisions with legal or similarly "
    "significant effects (Minnesota's notice discloses it, and people may question the result).",
    section=Section.RIGHTS,
)
def profiling(ctx: CheckContext) -> Iterator[Hit]:
    if ctx.project.automated_decisions.used is None:
        yield Hit(
            ("automated_decisions", "used"),
            "Say whether you make decisions about people by profiling that have legal or "
            "similarly significant effects: Minnesota's notice says so, and people there may ask "
            "why, see the data used, and have it corrected and the decision reviewed.",
        )


@rule(
    "mn_cdpa.data-inventory",
    laws=MN,
    citation="Minn. Stat. §325M.17(a)(2)(iii)",
    severity=Severity.WARNING,
    confidence=Confidence.LIKELY,
    summary="Each kind of personal data says where it comes from (Minnesota asks for an "
    "inventory of the data the business manages).",
)
def data_inventory(ctx: CheckContext) -> Iterator[Hit]:
    for i, category in enumerate(ctx.project.data_categories):
        if not category.sources and blank(category.source_details):
            yield Hit(
                ("data_categories", i, "sources"),
                f"Say where {name_of(category, f'data category {i + 1}')} comes from: Minnesota "
                "expects you to keep an inventory of the personal data you manage, and this list "
                "is its start.",
            )


@rule(
    "md_odpa.no-sale-of-sensitive-data",
    laws=MD,
    citation="Md. Code, Com. Law §14-4607(a)(2)",
    severity=Severity.ERROR,
    summary="No sensitive data is sold (Maryland forbids it, consent or not).",
    section=Section.RECIPIENTS,
)
def no_sale_of_sensitive_data(ctx: CheckContext) -> Iterator[Hit]:
    d = ctx.project.disclosures
    if d.sells_sensitive_data:
        yield Hit(
            ("disclosures", "sells_sensitive_data"),
            "Maryland forbids selling sensitive data, even with consent: stop selling it to "
            "people there.",
        )
    elif (
        d.sells_personal_information
        and d.sells_sensitive_data is None
        and any(is_us_sensitive(c) for c in ctx.project.data_categories)
    ):
        yield Hit(
            ("disclosures", "sells_sensitive_data"),
            "You sell personal data and hold sensitive data: say whether you sell the "
            "sensitive data (Maryland forbids it).",
        )


@rule(
    "md_odpa.sensitive-data-necessary",
    laws=MD,
    citation="Md. Code, Com. Law §14-4607(a)(1)",
    severity=Severity.WARNING,
    # The text was read; whether marketing can ever be "strictly necessary" is our reading.
    confidence=Confidence.LIKELY,
    summary="Sensitive data (health, biometric, precise location...) is not used for marketing: "
    "Maryland allows it only where strictly necessary for what the person asked for.",
)
def sensitive_data_necessary(ctx: CheckContext) -> Iterator[Hit]:
    marketing = {p.id for p in ctx.project.purposes if p.direct_marketing}
    for i, category in enumerate(ctx.project.data_categories):
        if category.kind in US_SENSITIVE_KINDS and marketing & set(category.purpose_ids):
            yield Hit(
                ("data_categories", i, "purpose_ids"),
                f"Maryland allows {name_of(category, 'this sensitive data')} only where strictly "
                "necessary to provide what the person asked for: using it for marketing is "
                "unlikely to be.",
            )


@rule(
    "md_odpa.minors",
    laws=MD,
    citation="Md. Code, Com. Law §14-4607(a)(4)–(5)",
    severity=Severity.ERROR,
    summary="No targeted advertising to, or sale of the data of, people known to be under 18.",
    section=Section.RECIPIENTS,
)
def minors(ctx: CheckContext) -> Iterator[Hit]:
    d = ctx.project.disclosures
    young = any(DataSubject.CHILDREN in c.subjects for c in ctx.project.data_categories)
    if young and (d.sells_personal_information or d.shares_for_targeted_ads):
        yield Hit(
            ("disclosures", "shares_for_targeted_ads"),
            "You hold children's data and sell personal data or use it for targeted advertising: "
            "Maryland forbids both for anyone you know (or should know) is under 18.",
        )
