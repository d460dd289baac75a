"""CCPA/CPRA: Civil Code §1798.100–.135 and the privacy-policy rules in 11 CCR §7011.

Statements the policy always makes when the CCPA applies (the rights list with correction and
limiting, non-discrimination) need no answer, so no rule checks them; these rules check the
answers that the CCPA notice is written from.
"""

from __future__ import annotations

from collections.abc import Iterator

from editor.checks.common import (
    CCPA_SENSITIVE_KINDS,
    blank,
    is_online_only,
    last_updated,
    name_of,
    no_rights_route,
    over_a_year_old,
    receiving,
)
from editor.checks.finding import Confidence, Section, Severity
from editor.checks.registry import CheckContext, Hit, rule
from editor.model import Law, PropertyKind, RequestMethod

CA = (Law.CCPA,)


def _sells_or_shares(ctx: CheckContext) -> bool:
    d = ctx.project.disclosures
    return bool(d.sells_personal_information or d.shares_for_targeted_ads)


@rule(
    "ccpa.category-kind",
    laws=CA,
    citation="Cal. Civ. Code §1798.110(c)(1), §1798.130(a)(5)(B)",
    severity=Severity.ERROR,
    summary="Each data category has a kind, so it maps to a statutory CCPA category.",
)
def category_kind(ctx: CheckContext) -> Iterator[Hit]:
    for i, category in enumerate(ctx.project.data_categories):
        if category.kind is None:
            yield Hit(
                ("data_categories", i, "kind"),
                f"Choose what kind of data {name_of(category, 'this category')} is: the "
                "California notice lists data under the law's own category names.",
            )


@rule(
    "ccpa.sources",
    laws=CA,
    citation="Cal. Civ. Code §1798.110(c)(2)",
    severity=Severity.ERROR,
    summary="Each data category says where it comes from.",
)
def sources(ctx: CheckContext) -> Iterator[Hit]:
    for i, category in enumerate(ctx.project.data_categories):
        if not category.sources:
            yield Hit(
                ("data_categories", i, "sources"),
                f"Say where {name_of(category, 'this data')} comes from.",
            )


@rule(
    "ccpa.third-party-kind",
    laws=CA,
    citation="Cal. Civ. Code §1798.110(c)(4)",
    severity=Severity.ERROR,
    summary="Each recipient has a kind, so the categories of third parties can be listed.",
)
def third_party_kind(ctx: CheckContext) -> Iterator[Hit]:
    for i, recipient in receiving(ctx.project):
        if recipient.kind is None:
            yield Hit(
                ("recipients", i, "kind"),
                f"Choose what kind of service {name_of(recipient, 'this recipient')} is.",
            )


@rule(
    "ccpa.disclosed-categories",
    laws=CA,
    citation="Cal. Civ. Code §1798.130(a)(5)(C); 11 CCR §7011 (2026 amendments)",
    severity=Severity.ERROR,
    confidence=Confidence.LIKELY,
    summary="Each recipient says which data categories it receives.",
)
def disclosed_categories(ctx: CheckContext) -> Iterator[Hit]:
    for i, recipient in receiving(ctx.project):
        if not recipient.data_category_ids and blank(recipient.data_shared):
            yield Hit(
                ("recipients", i, "data_category_ids"),
                f"Say which data {name_of(recipient, 'this recipient')} receives: the notice "
                "lists the categories disclosed for a business purpose.",
            )


@rule(
    "ccpa.sold-or-shared",
    laws=CA,
    citation="Cal. Civ. Code §1798.130(a)(5)(C), §1798.115(c)",
    severity=Severity.ERROR,
    summary="The project says whether personal information is sold or shared.",
)
def sold_or_shared(ctx: CheckContext) -> Iterator[Hit]:
    d = ctx.project.disclosures
    if d.sells_personal_information is None:
        yield Hit(
            ("disclosures", "sells_personal_information"),
            "Say whether you sell personal information (the notice says so, or says you do not).",
        )
    if d.shares_for_targeted_ads is None:
        yield Hit(
            ("disclosures", "shares_for_targeted_ads"),
            "Say whether you share personal information for cross-context behavioural advertising.",
        )


@rule(
    "ccpa.sold-or-shared-per-category",
    laws=CA,
    citation="Cal. Civ. Code §1798.130(a)(5)(C), §1798.100(a)(1)",
    severity=Severity.ERROR,
    summary="When data is sold or shared, each category says whether it is.",
)
def sold_or_shared_per_category(ctx: CheckContext) -> Iterator[Hit]:
    if not _sells_or_shares(ctx):
        return
    for i, category in enumerate(ctx.project.data_categories):
        if category.sold_or_shared is None:
            yield Hit(
                ("data_categories", i, "sold_or_shared"),
                f"Say whether {name_of(category, 'this data')} is sold or shared.",
            )


@rule(
    "ccpa.do-not-sell-link",
    laws=CA,
    citation="Cal. Civ. Code §1798.135(a)(1), §1798.120",
    severity=Severity.ERROR,
    summary="Selling or sharing needs a “Do Not Sell or Share” link.",
)
def do_not_sell_link(ctx: CheckContext) -> Iterator[Hit]:
    if _sells_or_shares(ctx) and blank(ctx.project.disclosures.do_not_sell_url):
        yield Hit(
            ("disclosures", "do_not_sell_url"),
            "You sell or share personal information: give the address of your “Do Not Sell or "
            "Share My Personal Information” page.",
        )


@rule(
    "ccpa.sensitive-use",
    laws=CA,
    citation="Cal. Civ. Code §1798.100(a)(2), §1798.121",
    severity=Severity.ERROR,
    summary="With sensitive personal information, the project says whether it is used beyond "
    "the permitted purposes.",
)
def sensitive_use(ctx: CheckContext) -> Iterator[Hit]:
    sensitive = [c for c in ctx.project.data_categories if c.kind in CCPA_SENSITIVE_KINDS]
    if sensitive and ctx.project.disclosures.uses_sensitive_beyond_permitted is None:
        names = ", ".join(name_of(c, "a category") for c in sensitive)
        yield Hit(
            ("disclosures", "uses_sensitive_beyond_permitted"),
            f"{names} may be sensitive personal information in California (log-ins with "
            "passwords, card numbers with codes, precise location, health and similar): say "
            "whether you use it beyond providing the service people asked for.",
        )


@rule(
    "ccpa.limit-link",
    laws=CA,
    citation="Cal. Civ. Code §1798.135(a)(2), §1798.121",
    severity=Severity.ERROR,
    summary="Using sensitive information beyond the permitted purposes needs a “Limit” link.",
)
def limit_link(ctx: CheckContext) -> Iterator[Hit]:
    d = ctx.project.disclosures
    if d.uses_sensitive_beyond_permitted and blank(d.limit_use_url):
        yield Hit(
            ("disclosures", "limit_use_url"),
            "Give the address of your “Limit the Use of My Sensitive Personal Information” page.",
        )


@rule(
    "ccpa.request-methods",
    laws=CA,
    citation="Cal. Civ. Code §1798.130(a)(1)(A)",
    severity=Severity.ERROR,
    summary="Two or more ways to send a request (an email address is enough online-only).",
)
def request_methods(ctx: CheckContext) -> Iterator[Hit]:
    methods = set(ctx.project.rights.request_methods)
    if is_online_only(ctx.project):
        if RequestMethod.EMAIL not in methods and len(methods) < 2:
            yield Hit(
                ("rights", "request_methods"),
                "Offer an email address (or two other ways) for California requests.",
            )
    elif len(methods) < 2:
        yield Hit(
            ("rights", "request_methods"),
            "Offer at least two ways to send a California privacy request.",
        )


@rule(
    "ccpa.toll-free-number",
    laws=CA,
    citation="Cal. Civ. Code §1798.130(a)(1)(A)",
    severity=Severity.WARNING,
    confidence=Confidence.LIKELY,
    summary="A business that is not online-only offers a toll-free number for requests.",
)
def toll_free_number(ctx: CheckContext) -> Iterator[Hit]:
    methods = ctx.project.rights.request_methods
    if not is_online_only(ctx.project) and RequestMethod.TOLL_FREE_PHONE not in methods:
        yield Hit(
            ("rights", "request_methods"),
            "The CCPA names a toll-free phone number as one of the request methods for "
            "businesses that are not online-only.",
        )


@rule(
    "ccpa.rights-route",
    laws=CA,
    citation="Cal. Civ. Code §1798.130(a)(5)(A); 11 CCR §7011(e)(1)",
    severity=Severity.ERROR,
    summary="The policy says how to send a request.",
)
def rights_route(ctx: CheckContext) -> Iterator[Hit]:
    yield from no_rights_route(
        ctx.project, "Say how Californians send a request to know, delete, correct or opt out."
    )


@rule(
    "ccpa.verification",
    laws=CA,
    citation="11 CCR §7011(e)(3)(C), §7060",
    severity=Severity.WARNING,
    confidence=Confidence.LIKELY,
    summary="The policy says what people must give to have a request verified.",
)
def verification(ctx: CheckContext) -> Iterator[Hit]:
    # The California notice always says that identity is checked against details already held
    # (the general description the regulation asks for, and §7060(c)(1)'s preferred method);
    # what it cannot say without an answer is what the consumer must provide.
    if blank(ctx.project.rights.verification):
        yield Hit(
            ("rights", "verification"),
            "The California notice says you check a requester's identity against details you "
            "already have. Say what people must give you for that (for example the email "
            "address they ordered with), so they know before they ask.",
        )


@rule(
    "ccpa.opt-out-signals",
    laws=CA,
    citation="11 CCR §7011(e)(3)(F)–(G), §7025",
    severity=Severity.ERROR,
    summary="The policy says how opt-out preference signals (GPC) are handled.",
    section=Section.COOKIES,
)
def opt_out_signals(ctx: CheckContext) -> Iterator[Hit]:
    if ctx.project.tracking.honours_gpc is None:
        yield Hit(
            ("tracking", "honours_gpc"),
            "Say whether you treat a Global Privacy Control signal as an opt-out.",
        )


@rule(
    "ccpa.authorised-agents",
    laws=CA,
    citation="11 CCR §7011(e)(3)(H)",
    severity=Severity.ERROR,
    summary="The policy says how an authorised agent can make a request.",
)
def authorised_agents(ctx: CheckContext) -> Iterator[Hit]:
    if ctx.project.rights.authorised_agents is None:
        yield Hit(
            ("rights", "authorised_agents"),
            "Say whether and how someone can make a request on another person's behalf.",
        )


@rule(
    "ccpa.under-16",
    laws=CA,
    citation="Cal. Civ. Code §1798.120(c); 11 CCR §7011(e)(3)(I)",
    severity=Severity.ERROR,
    summary="Selling data of under-16s (with actual knowledge) needs the opt-in process described.",
)
def under_16(ctx: CheckContext) -> Iterator[Hit]:
    d = ctx.project.disclosures
    if d.sells_data_of_under_16s and blank(d.under_16_opt_in):
        yield Hit(
            ("disclosures", "under_16_opt_in"),
            "You sell or share data of under-16s: describe how they (or a parent, for under-13s) "
            "opt in.",
        )
    elif _sells_or_shares(ctx) and d.sells_data_of_under_16s is None:
        yield Hit(
            ("disclosures", "sells_data_of_under_16s"),
            "You sell or share personal information: say whether you know that any of it is "
            "about consumers under 16.",
        )


@rule(
    "ccpa.last-updated",
    laws=CA,
    citation="11 CCR §7011(e)(4); Cal. Civ. Code §1798.130(a)(5)",
    severity=Severity.ERROR,
    summary="The policy has a date it was last updated.",
)
def dated(ctx: CheckContext) -> Iterator[Hit]:
    if last_updated(ctx.project) is None:
        yield Hit(("policy", "last_updated"), "Give the date this policy was last updated.")


@rule(
    "ccpa.yearly-update",
    laws=CA,
    citation="Cal. Civ. Code §1798.130(a)(5)",
    severity=Severity.WARNING,
    summary="The policy was updated in the last 12 months.",
)
def yearly_update(ctx: CheckContext) -> Iterator[Hit]:
    updated = over_a_year_old(ctx.project, ctx.today)
    if updated is not None:
        yield Hit(
            ("policy", "last_updated"),
            f"The policy was last updated on {updated.isoformat()}: the CCPA asks you to review "
            "and update it at least once every 12 months.",
        )


@rule(
    "ccpa.metrics",
    laws=CA,
    citation="11 CCR §7011(e)(5), §7102",
    severity=Severity.ERROR,
    summary="Businesses handling 10 million+ Californians' data publish request metrics.",
)
def metrics(ctx: CheckContext) -> Iterator[Hit]:
    if ctx.project.jurisdictions.ccpa_10m_consumers and blank(
        ctx.project.rights.request_metrics_url
    ):
        yield Hit(
            ("rights", "request_metrics_url"),
            "You handle data of 10 million or more Californians: publish last year's request "
            "metrics by 1 July and link them here.",
        )


@rule(
    "ccpa.in-app-link",
    laws=CA,
    citation="11 CCR §7011 (amendments in force 1 Jan 2026)",
    severity=Severity.INFO,
    confidence=Confidence.LIKELY,
    summary="Advice: an app makes the policy reachable from inside the app.",
    section=Section.SCOPE,
)
def in_app_link(ctx: CheckContext) -> Iterator[Hit]:
    for i, prop in enumerate(ctx.project.scope.properties):
        if prop.kind is PropertyKind.MOBILE_APP:
            yield Hit(
                ("scope", "properties", i, "kind"),
                "Since 2026 the CCPA rules expect apps to link to the privacy policy from inside "
                "the app, for example in the settings menu.",
            )
            return
