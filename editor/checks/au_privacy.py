"""Australia's Privacy Act 1988: the APP privacy policy's contents, APP 1.4(a)–(g), kept up to
date (APP 1.3).

APP 1.4(a) (kinds of information) and (c) (purposes) are checked by the general rules.
"""

from __future__ import annotations

from collections.abc import Iterator

from editor.checks.common import (
    blank,
    categories_without_source,
    last_updated,
    no_complaint_route,
    no_rights_route,
    over_a_year_old,
    unknown_recipient_countries,
)
from editor.checks.finding import Confidence, Severity
from editor.checks.registry import CheckContext, Hit, rule
from editor.model import Law

AU = (Law.AU_PRIVACY,)


@rule(
    "au_privacy.how-collected",
    laws=AU,
    citation="APP 1.4(b)",
    severity=Severity.ERROR,
    summary="Each data category says how it is collected.",
)
def how_collected(ctx: CheckContext) -> Iterator[Hit]:
    yield from categories_without_source(ctx.project, "Say how you collect {name}.")


@rule(
    "au_privacy.how-held",
    laws=AU,
    citation="APP 1.4(b)",
    severity=Severity.ERROR,
    summary="The policy says how personal information is held.",
)
def how_held(ctx: CheckContext) -> Iterator[Hit]:
    loc = ctx.project.data_location
    sec = ctx.project.security
    if (
        blank(loc.hosting_description)
        and not loc.storage_countries
        and not sec.measures
        and blank(sec.details)
    ):
        yield Hit(
            ("data_location", "hosting_description"),
            "Say how and where you hold personal information (for example on servers in "
            "Sydney, protected by access controls).",
        )


@rule(
    "au_privacy.access-correction",
    laws=AU,
    citation="APP 1.4(d)",
    severity=Severity.ERROR,
    summary="The policy says how to access and correct personal information.",
)
def access_correction(ctx: CheckContext) -> Iterator[Hit]:
    yield from no_rights_route(
        ctx.project, "Say how people can see and correct the personal information you hold."
    )


@rule(
    "au_privacy.complaints",
    laws=AU,
    citation="APP 1.4(e)",
    severity=Severity.ERROR,
    summary="The policy says how to complain and how complaints are handled.",
)
def complaints(ctx: CheckContext) -> Iterator[Hit]:
    yield from no_complaint_route(
        ctx.project,
        "Say how people can complain about a breach of the Australian Privacy Principles and "
        "how you deal with complaints.",
    )


@rule(
    "au_privacy.overseas",
    laws=AU,
    citation="APP 1.4(f)–(g)",
    severity=Severity.ERROR,
    summary="Each recipient's country is given, so overseas disclosure can be stated.",
)
def overseas(ctx: CheckContext) -> Iterator[Hit]:
    yield from unknown_recipient_countries(
        ctx.project,
        "Say in which country {name} is: the policy must say whether information is likely "
        "to go overseas, and where.",
    )


@rule(
    "au_privacy.up-to-date",
    laws=AU,
    citation="APP 1.3; OAIC APP guidelines, chapter 1",
    severity=Severity.WARNING,
    # APP 1.3 asks for an up-to-date policy; twelve months is our yardstick, not the Act's.
    confidence=Confidence.LIKELY,
    summary="The policy has a last-updated date within the last 12 months.",
)
def up_to_date(ctx: CheckContext) -> Iterator[Hit]:
    if last_updated(ctx.project) is None:
        yield Hit(
            ("policy", "last_updated"),
            "Give the date this policy was last updated: the Australian Privacy Principles ask "
            "for an up-to-date policy, and the date shows readers that it is.",
        )
        return
    updated = over_a_year_old(ctx.project, ctx.today)
    if updated is not None:
        yield Hit(
            ("policy", "last_updated"),
            f"The policy was last updated on {updated.isoformat()}: the Australian Privacy "
            "Principles ask for an up-to-date policy. Review it, and update the date, at least "
            "once a year.",
        )
