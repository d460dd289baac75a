"""Rules that hold whatever the law: a policy people can act on needs these answers anywhere."""

from __future__ import annotations

from collections.abc import Iterator

from editor.checks.common import blank, keeps_indefinitely, name_of, valid_purpose_ids
from editor.checks.finding import Confidence, Section, Severity
from editor.checks.leftovers import unprintable_routes
from editor.checks.registry import CheckContext, Hit, rule
from editor.model import CookieCategory, Law, Region
from editor.model.validation import broken_references, format_problems

_BASIC = "Basic completeness (every privacy law asks for this)"


@rule(
    "general.organisation-name",
    citation=_BASIC,
    severity=Severity.ERROR,
    summary="The policy says who the business is.",
)
def organisation_name(ctx: CheckContext) -> Iterator[Hit]:
    org = ctx.project.organisation
    if blank(org.legal_name) and blank(org.trading_name):
        yield Hit(
            ("organisation", "legal_name"), "Give the name of your business or your own name."
        )


@rule(
    "general.contact",
    citation=_BASIC,
    severity=Severity.ERROR,
    summary="There is a way to contact the business about privacy.",
)
def contact(ctx: CheckContext) -> Iterator[Hit]:
    if not ctx.project.contact.has_channel():
        yield Hit(
            ("contact", "email"),
            "Give at least one way to contact you about privacy: an email address, phone number "
            "or web form.",
        )


@rule(
    "general.effective-date",
    citation=_BASIC,
    severity=Severity.ERROR,
    summary="The policy has an effective date.",
)
def effective_date(ctx: CheckContext) -> Iterator[Hit]:
    if ctx.project.policy.effective_date is None:
        yield Hit(
            ("policy", "effective_date"),
            "Set the date from which this policy applies, so readers know which version they see.",
        )


@rule(
    "general.data-categories",
    citation=_BASIC,
    severity=Severity.ERROR,
    summary="The policy lists what personal data is collected.",
)
def data_categories(ctx: CheckContext) -> Iterator[Hit]:
    project = ctx.project
    if project.not_collected.nothing and project.data_categories:
        yield Hit(
            ("not_collected", "nothing"),
            "You say you collect no personal data, but list some: the policy lists it and "
            "does not say that you collect nothing. Remove the data or this answer.",
        )
    elif not project.data_categories and not project.not_collected.nothing:
        yield Hit(
            ("data_categories",),
            "List the kinds of personal data you collect, or say that you collect none.",
        )


@rule(
    "general.category-name",
    citation=_BASIC,
    severity=Severity.ERROR,
    summary="Each data category has a name or a kind.",
)
def category_name(ctx: CheckContext) -> Iterator[Hit]:
    for i, category in enumerate(ctx.project.data_categories):
        if blank(category.name) and category.kind is None:
            yield Hit(
                ("data_categories", i, "name"),
                f"Data category {i + 1} has no name: say what kind of data it is.",
            )


@rule(
    "general.category-purpose",
    citation=_BASIC,
    severity=Severity.ERROR,
    summary="Each data category has at least one purpose.",
)
def category_purpose(ctx: CheckContext) -> Iterator[Hit]:
    for i, category in enumerate(ctx.project.data_categories):
        if not valid_purpose_ids(ctx.project, category):
            label = name_of(category, f"Data category {i + 1}")
            yield Hit(
                ("data_categories", i, "purpose_ids"),
                f"Say why you collect {label}: pick at least one purpose.",
            )


@rule(
    "general.category-retention",
    citation=_BASIC,
    severity=Severity.ERROR,
    summary="Each data category says how long it is kept.",
)
def category_retention(ctx: CheckContext) -> Iterator[Hit]:
    for i, category in enumerate(ctx.project.data_categories):
        if not category.retention.is_answered():
            label = name_of(category, f"data category {i + 1}")
            yield Hit(
                ("data_categories", i, "retention", "rule"),
                f"Say how long you keep {label}, or how you decide.",
            )


@rule(
    "general.retention-indefinite",
    citation="Storage limitation (e.g. GDPR Art. 5(1)(e), PIPEDA 4.5, 16 CFR 312.10)",
    severity=Severity.WARNING,
    summary="Data kept indefinitely is flagged, more so without a reason.",
)
def retention_indefinite(ctx: CheckContext) -> Iterator[Hit]:
    for i, category in enumerate(ctx.project.data_categories):
        if not keeps_indefinitely(category):
            continue
        label = name_of(category, f"data category {i + 1}")
        if blank(category.retention.reason):
            yield Hit(
                ("data_categories", i, "retention", "reason"),
                f"You keep {label} indefinitely without saying why. Most privacy laws expect a "
                "limit; set a period, or explain why it must be kept.",
            )
        else:
            yield Hit(
                ("data_categories", i, "retention", "rule"),
                f"You keep {label} indefinitely. Check that no shorter period would do; "
                "regulators question open-ended retention.",
            )


@rule(
    "general.purpose-name",
    citation=_BASIC,
    severity=Severity.ERROR,
    summary="Each purpose says what it is.",
)
def purpose_name(ctx: CheckContext) -> Iterator[Hit]:
    for i, purpose in enumerate(ctx.project.purposes):
        if blank(purpose.name) and blank(purpose.description):
            yield Hit(("purposes", i, "name"), f"Purpose {i + 1} is empty: say what it is for.")


@rule(
    "general.cookies-answered",
    citation="ePrivacy Directive Art. 5(3); CalOPPA §22575(b)(6)",
    severity=Severity.WARNING,
    summary="The project says whether cookies or similar storage are used.",
)
def cookies_answered(ctx: CheckContext) -> Iterator[Hit]:
    cookies = ctx.project.cookies
    if cookies.uses_cookies is None and not cookies.cookies and not cookies.category_uses:
        yield Hit(
            ("cookies", "uses_cookies"),
            "Say whether your website or app uses cookies or similar technologies.",
        )


@rule(
    "general.cookies-listed",
    citation="ePrivacy Directive Art. 5(3) (clear and comprehensive information)",
    severity=Severity.ERROR,
    summary="Cookies in use are described, by name or by category.",
)
def cookies_listed(ctx: CheckContext) -> Iterator[Hit]:
    cookies = ctx.project.cookies
    if cookies.uses_cookies and not cookies.cookies and not cookies.category_uses:
        yield Hit(
            ("cookies", "cookies"),
            "You use cookies but none are described: list them, or describe each category.",
        )


@rule(
    "general.cookie-purpose",
    citation="ePrivacy Directive Art. 5(3) (clear and comprehensive information)",
    severity=Severity.ERROR,
    summary="Each cookie (or cookie category) says what it does.",
)
def cookie_purpose(ctx: CheckContext) -> Iterator[Hit]:
    for i, cookie in enumerate(ctx.project.cookies.cookies):
        if blank(cookie.purpose):
            label = f"“{cookie.name}”" if cookie.name.strip() else f"Cookie {i + 1}"
            yield Hit(("cookies", "cookies", i, "purpose"), f"Say what the cookie {label} does.")
    for i, use in enumerate(ctx.project.cookies.category_uses):
        if blank(use.description):
            yield Hit(
                ("cookies", "category_uses", i, "description"),
                f"Describe what the cookies in category {i + 1} do.",
            )


@rule(
    "general.cookie-category",
    citation="ePrivacy Directive Art. 5(3); GDPR Art. 7 (consent per purpose)",
    severity=Severity.ERROR,
    summary="Each cookie has a category (necessary, functional, analytics, marketing).",
)
def cookie_category(ctx: CheckContext) -> Iterator[Hit]:
    # "Not yet classified" is what the scanner gives a cookie it could not identify.
    unknown = (None, CookieCategory.UNCLASSIFIED)
    for i, cookie in enumerate(ctx.project.cookies.cookies):
        if cookie.category in unknown:
            label = f"“{cookie.name}”" if cookie.name.strip() else f"cookie {i + 1}"
            yield Hit(
                ("cookies", "cookies", i, "category"),
                f"Choose a category for {label}: it decides whether consent is needed.",
            )
    for i, use in enumerate(ctx.project.cookies.category_uses):
        if use.category in unknown:
            yield Hit(
                ("cookies", "category_uses", i, "category"),
                f"Choose which category description {i + 1} is about.",
            )


@rule(
    "general.cookie-lifetime",
    citation="ePrivacy Directive Art. 5(3) (duration, per EDPB/CNIL guidance)",
    severity=Severity.ERROR,
    confidence=Confidence.LIKELY,
    summary="Each named cookie says how long it lasts.",
)
def cookie_lifetime(ctx: CheckContext) -> Iterator[Hit]:
    for i, cookie in enumerate(ctx.project.cookies.cookies):
        if not cookie.lifetime.is_answered():
            label = f"“{cookie.name}”" if cookie.name.strip() else f"cookie {i + 1}"
            yield Hit(("cookies", "cookies", i, "lifetime", "kind"), f"Say how long {label} lasts.")


@rule(
    "general.recipient-name",
    citation=_BASIC,
    severity=Severity.ERROR,
    summary="Each recipient is named.",
)
def recipient_name(ctx: CheckContext) -> Iterator[Hit]:
    for i, recipient in enumerate(ctx.project.recipients):
        if blank(recipient.name) and blank(recipient.legal_entity):
            yield Hit(
                ("recipients", i, "name"),
                f"Recipient {i + 1} has no name: say who receives the data.",
            )


@rule(
    "general.format",
    citation="Answer format",
    severity=Severity.WARNING,
    summary="Emails, web addresses, phone numbers and country codes are well formed.",
)
def answer_format(ctx: CheckContext) -> Iterator[Hit]:
    # A contact route the policy cannot print is an error of its own (leftovers.py).
    unprintable = {path for path, _ in unprintable_routes(ctx.project)}
    for problem in format_problems(ctx.project):
        if problem.path not in unprintable:
            yield Hit(problem.path, problem.message)


@rule(
    "general.broken-reference",
    citation="Answer consistency",
    severity=Severity.WARNING,
    summary="Links between answers point to items that still exist.",
)
def broken_reference(ctx: CheckContext) -> Iterator[Hit]:
    for problem in broken_references(ctx.project):
        yield Hit(problem.path, f"{problem.message} Remove it or choose another.")


@rule(
    "general.scope",
    citation=_BASIC,
    severity=Severity.WARNING,
    summary="The policy says which websites, apps or shops it covers.",
)
def scope(ctx: CheckContext) -> Iterator[Hit]:
    if not ctx.project.scope.properties:
        yield Hit(
            ("scope", "properties"),
            "Say which websites, apps, shops or services this policy covers.",
        )


@rule(
    "general.jurisdictions",
    citation="Applicability",
    severity=Severity.WARNING,
    summary="The project says where customers are, so the right laws are checked.",
)
def jurisdictions(ctx: CheckContext) -> Iterator[Hit]:
    j = ctx.project.jurisdictions
    if not j.regions and not j.law_overrides:
        yield Hit(
            ("jurisdictions", "regions"),
            "Say where your customers or users are, so that the policy covers the laws that "
            "apply to you.",
        )


@rule(
    "general.ccpa-thresholds",
    citation="Cal. Civ. Code §1798.140(d)(1)",
    severity=Severity.WARNING,
    summary="Serving California: the CCPA threshold questions are answered.",
)
def ccpa_thresholds(ctx: CheckContext) -> Iterator[Hit]:
    j = ctx.project.jurisdictions
    if Region.CALIFORNIA not in j.regions or Law.CCPA in j.law_overrides or j.is_nonprofit:
        return
    answers = {
        "ccpa_revenue_over_threshold": j.ccpa_revenue_over_threshold,
        "ccpa_100k_consumers": j.ccpa_100k_consumers,
        "ccpa_half_revenue_from_selling": j.ccpa_half_revenue_from_selling,
    }
    if any(answers.values()):
        return
    for name, value in answers.items():
        if value is None:
            yield Hit(
                ("jurisdictions", name),
                "You serve California: answer the CCPA threshold questions to find out whether "
                "the CCPA applies to you.",
            )
            return


@rule(
    "general.au-turnover",
    citation="Privacy Act 1988 (Cth) s 6C, 6D (small business operators)",
    severity=Severity.WARNING,
    summary="Serving Australia: the small-business question is answered.",
)
def au_turnover(ctx: CheckContext) -> Iterator[Hit]:
    # Unanswered, the Australian Privacy Principles are taken not to apply, and none of their
    # rules run: say so rather than pass in silence.
    j = ctx.project.jurisdictions
    asked = Region.AUSTRALIA in j.regions and Law.AU_PRIVACY not in j.law_overrides
    if asked and j.au_turnover_over_3m is None:
        yield Hit(
            ("jurisdictions", "au_turnover_over_3m"),
            "You serve Australia: say whether your annual turnover is over AUD 3 million, "
            "to find out whether the Australian Privacy Principles apply to you.",
        )


@rule(
    "general.children-answered",
    citation="COPPA 16 CFR 312.2 (directed to children); GDPR Art. 8",
    severity=Severity.WARNING,
    summary="The project says whether the service is aimed at children.",
)
def children_answered(ctx: CheckContext) -> Iterator[Hit]:
    if ctx.project.children.directed_to_children is None:
        yield Hit(
            ("children", "directed_to_children"),
            "Say whether your service is aimed at children: it decides whether children's "
            "privacy laws apply.",
        )


@rule(
    "general.security",
    citation="Good practice (e.g. GDPR Art. 32, APP 11)",
    severity=Severity.INFO,
    summary="Advice: say how the data is kept safe.",
    section=Section.SECURITY,
)
def security(ctx: CheckContext) -> Iterator[Hit]:
    sec = ctx.project.security
    if not sec.measures and blank(sec.details):
        yield Hit(
            ("security", "measures"),
            "Readers look for how you keep their data safe: pick the measures you take.",
        )
