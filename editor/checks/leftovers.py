"""Answers that would publish something untrue or unusable: a template's blanks, a contact
route the policy cannot print.

Both are errors, not warnings: "[STORE_NAME]" or an address at example.com is published word
for word, and an email address that is not one is left out of the policy, which may then give
readers no way at all to reach the business.
"""

from __future__ import annotations

from collections.abc import Iterator

from editor.checks.finding import Severity
from editor.checks.registry import CheckContext, Hit, rule
from editor.model.fieldpath import FieldPath
from editor.model.organisation import Contact, ContactPoint
from editor.model.placeholders import find_placeholders
from editor.model.project import Project
from editor.model.validation import is_valid_email, is_valid_url

_BASIC = "Basic completeness (every privacy law asks for this)"


def _contact_points(project: Project) -> Iterator[tuple[FieldPath, Contact | ContactPoint, str]]:
    """The contact points the policy prints, with where they are and whose they are."""
    org = project.organisation
    yield ("contact",), project.contact, "your privacy contact"
    yield ("organisation", "dpo"), org.dpo, "your data protection officer"
    yield ("organisation", "eu_representative"), org.eu_representative, "your EU representative"
    yield ("organisation", "uk_representative"), org.uk_representative, "your UK representative"


@rule(
    "general.placeholder",
    citation=_BASIC,
    severity=Severity.ERROR,
    summary="No answer still holds a template's blank, a TODO, lorem ipsum or an example address.",
)
def placeholder(ctx: CheckContext) -> Iterator[Hit]:
    for found in find_placeholders(ctx.project):
        yield Hit(found.path, found.message)


def unprintable_routes(project: Project) -> Iterator[tuple[FieldPath, str]]:
    """The email addresses and web forms given that the policy must leave out, with why."""
    for where, point, whose in _contact_points(project):
        email = point.email.strip()
        if email and not is_valid_email(email):
            yield (
                (*where, "email"),
                f"“{email}” is not an email address, so the policy cannot print it and "
                f"readers get no email for {whose}. Write it as name@domain (for example "
                "privacy@yourshop.com).",
            )
        form = point.web_form_url.strip()
        if form and not is_valid_url(form):
            yield (
                (*where, "web_form_url"),
                f"“{form}” is not a full web address, so the policy cannot link to the form for "
                f"{whose}. Write it starting with https://.",
            )


@rule(
    "general.contact-unprintable",
    citation=_BASIC,
    severity=Severity.ERROR,
    summary="Every email address and web form given can be printed in the policy.",
)
def contact_unprintable(ctx: CheckContext) -> Iterator[Hit]:
    for path, message in unprintable_routes(ctx.project):
        yield Hit(path, message)
