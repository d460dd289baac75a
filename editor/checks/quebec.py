"""Québec's Act respecting the protection of personal information in the private sector
(CQLR c. P-39.1, as amended by Law 25): the person in charge (s. 3.1), the confidentiality
policy (s. 3.2), what people are told at collection (s. 8), tracking functions (s. 8.1) and
automated decisions (s. 12.1).

Section 8 was read in the Act's official English text (LégisQuébec); sections 3.1, 3.2, 8.1 and
12.1 are from the Commission d'accès à l'information's guide as summarised by law firms (the
guide is in French only), hence "likely". Whether the Act reaches a business with no
establishment in Québec is not settled; serving people there is taken to bring it in.
"""

from __future__ import annotations

from collections.abc import Iterator

from editor.checks.common import (
    automated_decisions_unanswered,
    categories_without_source,
    no_accountable_person,
    no_rights_route,
    tracking_cookies_without_opt_in,
    unknown_recipient_countries,
)
from editor.checks.finding import Confidence, Severity
from editor.checks.registry import CheckContext, Hit, rule
from editor.model import Law
from editor.model.country_laws import quebec_question_matters

QC = (Law.QUEBEC,)


@rule(
    "quebec.person-in-charge",
    laws=QC,
    citation="P-39.1 s. 3.1",
    severity=Severity.ERROR,
    confidence=Confidence.LIKELY,
    summary="The person in charge of protecting personal information is named (or titled).",
)
def person_in_charge(ctx: CheckContext) -> Iterator[Hit]:
    yield from no_accountable_person(
        ctx.project,
        "Give the title (or name) of the person in charge of protecting personal "
        "information: Québec's law asks you to publish it with their contact details.",
    )


@rule(
    "quebec.means-of-collection",
    laws=QC,
    citation="P-39.1 s. 8(2)",
    severity=Severity.ERROR,
    summary="Each data category says how it is collected.",
)
def means_of_collection(ctx: CheckContext) -> Iterator[Hit]:
    yield from categories_without_source(
        ctx.project,
        "Say how you collect {name}: Québec's law asks you to tell people the means of collection.",
    )


@rule(
    "quebec.rights-route",
    laws=QC,
    citation="P-39.1 s. 8(3)-(4), 27-28",
    severity=Severity.ERROR,
    summary="The policy says how to ask for access or correction, or to withdraw consent.",
)
def rights_route(ctx: CheckContext) -> Iterator[Hit]:
    yield from no_rights_route(
        ctx.project,
        "Say how people ask to see or correct their information, or withdraw their consent.",
    )


@rule(
    "quebec.outside-quebec",
    laws=QC,
    citation="P-39.1 s. 8, second paragraph",
    severity=Severity.WARNING,
    summary="Each recipient's country is given, so the policy can say what leaves Québec.",
)
def outside_quebec(ctx: CheckContext) -> Iterator[Hit]:
    yield from unknown_recipient_countries(
        ctx.project,
        "Say where {name} is: people in Québec must be told when their information may be "
        "sent outside Québec.",
    )


@rule(
    "quebec.tracking-off-by-default",
    laws=QC,
    citation="P-39.1 s. 8.1",
    severity=Severity.WARNING,
    confidence=Confidence.LIKELY,
    summary="Analytics and marketing cookies stay off until the person turns them on.",
)
def tracking_off_by_default(ctx: CheckContext) -> Iterator[Hit]:
    if tracking_cookies_without_opt_in(ctx.project):
        yield Hit(
            ("cookies", "consent"),
            "Québec's law asks that tools which identify, locate or profile people be off "
            "until they turn them on: ask first (an opt-in banner) for analytics and "
            "marketing cookies.",
        )


@rule(
    "quebec.automated-decisions",
    laws=QC,
    citation="P-39.1 s. 12.1",
    severity=Severity.WARNING,
    confidence=Confidence.LIKELY,
    summary="The project says whether decisions are made by automated means alone.",
)
def automated_decisions(ctx: CheckContext) -> Iterator[Hit]:
    yield from automated_decisions_unanswered(
        ctx.project,
        "Say whether you make decisions about people by automated processing alone: Québec's "
        "law asks you to tell them when you do.",
    )


@rule(
    "general.quebec-answered",
    citation="P-39.1 s. 1 (enterprises carrying on business in Québec)",
    severity=Severity.WARNING,
    confidence=Confidence.LIKELY,
    summary="Serving Canada: the project says whether it serves people in Québec.",
)
def quebec_answered(ctx: CheckContext) -> Iterator[Hit]:
    # Unanswered, Québec's law is taken not to apply and none of its rules run: say so.
    if quebec_question_matters(ctx.project) and ctx.project.jurisdictions.serves_quebec is None:
        yield Hit(
            ("jurisdictions", "serves_quebec"),
            "You serve Canada: say whether you serve people in Québec, which has its own "
            "privacy law.",
        )
