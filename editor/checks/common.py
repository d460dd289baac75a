"""Questions several laws' rules ask of a project, answered once."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from editor.checks.registry import Hit
from editor.model import (
    ConsentMechanism,
    CookieCategory,
    DataCategory,
    DataKind,
    DataSource,
    DataSubject,
    Project,
    PropertyKind,
    Recipient,
    RecipientRole,
    RetentionRule,
    is_blank,
)
from editor.model.applicability import EEA_COUNTRIES

# Sources that mean the data was not obtained from the person (GDPR Art. 14).
INDIRECT_SOURCES = frozenset(
    {
        DataSource.THIRD_PARTIES,
        DataSource.PUBLIC_SOURCES,
        DataSource.OTHER_USERS,
        DataSource.ON_THEIR_BEHALF,
    }
)

# CCPA "sensitive personal information" (Civ. Code §1798.140(ae)) among our data kinds. Account
# log-ins with a password, card numbers with their codes, precise location and the GDPR
# special categories are in it; message contents only when the business is not the recipient,
# which our categories cannot tell, so communications are left out.
CCPA_SENSITIVE_KINDS = frozenset(
    {
        DataKind.ACCOUNT,
        DataKind.PAYMENT,
        DataKind.GOVERNMENT_ID,
        DataKind.LOCATION,
        DataKind.RACIAL_ETHNIC,
        DataKind.RELIGIOUS,
        DataKind.TRADE_UNION,
        DataKind.GENETIC,
        DataKind.BIOMETRIC,
        DataKind.HEALTH,
        DataKind.SEX_LIFE,
    }
)

_OFFLINE_KINDS = (PropertyKind.PREMISES, PropertyKind.SERVICE)

# How old a policy may be before the laws that ask for a current one (CCPA §1798.130(a)(5)
# in so many words, APP 1.3 as "up to date") expect a review.
_A_YEAR = dt.timedelta(days=365)


def blank(value: object) -> bool:
    return is_blank(value)


def name_of(item: DataCategory | Recipient, fallback: str) -> str:
    """How a message refers to a list item: its name in quotes, or a description of it."""
    return f"“{item.name.strip()}”" if item.name.strip() else fallback


def role_question(recipient: Recipient, *, works_for_you: str = "works for you") -> str:
    """What to find out about a recipient whose role is unanswered or "not sure yet"."""
    name = name_of(recipient, "this recipient")
    decides = "uses the data for its own purposes"
    if recipient.role is RecipientRole.NOT_SURE:
        # The owner already knows they do not know: say where the answer is usually written.
        return (
            f"Find out whether {name} {works_for_you} or {decides}: its data processing "
            "agreement or terms of service say so."
        )
    return f"Say whether {name} {works_for_you} or {decides}."


def home_country(project: Project) -> str:
    """Where the business is established: the organisation's country, else its address's."""
    org = project.organisation
    return (org.country or org.address.country).strip().upper()


def established_in_eea(project: Project) -> bool | None:
    """True/False when the country is known, None when it is not answered."""
    home = home_country(project)
    return (home in EEA_COUNTRIES) if home else None


def last_updated(project: Project) -> dt.date | None:
    """When the policy was last updated: its "last updated" date, else its effective date."""
    policy = project.policy
    return policy.last_updated or policy.effective_date


def over_a_year_old(project: Project, today: dt.date) -> dt.date | None:
    """The policy's last-updated date when it is more than 12 months before ``today``."""
    updated = last_updated(project)
    return updated if updated is not None and today - updated > _A_YEAR else None


def is_online_only(project: Project) -> bool:
    """Every property is online (CCPA §1798.130(a)(1)(A): email-only requests may suffice)."""
    props = project.scope.properties
    return bool(props) and not any(p.kind in _OFFLINE_KINDS or p.kind is None for p in props)


def valid_purpose_ids(project: Project, category: DataCategory) -> list[str]:
    known = {p.id for p in project.purposes}
    return [pid for pid in category.purpose_ids if pid in known]


def is_indirect(category: DataCategory) -> bool:
    return bool(set(category.sources) & INDIRECT_SOURCES)


def children_categories(project: Project) -> Iterator[tuple[int, DataCategory]]:
    for i, category in enumerate(project.data_categories):
        if DataSubject.CHILDREN in category.subjects:
            yield i, category


def postal_address_given(project: Project) -> bool:
    """Whether the policy has a postal address to print for the business."""
    contact = project.contact
    if contact.use_organisation_address:
        return not project.organisation.address.is_empty()
    return not contact.postal_address.is_empty()


def address_path(project: Project) -> tuple[str, ...]:
    if project.contact.use_organisation_address:
        return ("organisation", "address", "street")
    return ("contact", "postal_address", "street")


def no_rights_route(project: Project, message: str) -> Iterator[Hit]:
    """A hit when the policy cannot say how people use their rights."""
    rights = project.rights
    if not rights.request_methods and blank(rights.how_to_exercise):
        yield Hit(("rights", "request_methods"), message)


def no_complaint_route(project: Project, message: str) -> Iterator[Hit]:
    if blank(project.rights.complaints_to_us):
        yield Hit(("rights", "complaints_to_us"), message)


def unknown_recipient_countries(project: Project, message: str) -> Iterator[Hit]:
    for i, recipient in enumerate(project.recipients):
        if blank(recipient.country):
            yield Hit(
                ("recipients", i, "country"), message.format(name=name_of(recipient, "A recipient"))
            )


def recipients_without_purpose(project: Project) -> Iterator[tuple[int, Recipient]]:
    """Recipients that say neither why they get the data nor which purposes they serve.

    Either answer fills the policy's "What they do" column; a purpose that no longer exists
    does not.
    """
    known = {p.id for p in project.purposes}
    for i, recipient in enumerate(project.recipients):
        if blank(recipient.purpose) and not known.intersection(recipient.purpose_ids):
            yield i, recipient


def keeps_indefinitely(category: DataCategory) -> bool:
    return category.retention.rule is RetentionRule.INDEFINITELY


def automated_decisions_unanswered(project: Project, message: str) -> Iterator[Hit]:
    """A hit when the project does not say whether decisions are made by automated means alone
    (several laws ask the policy to say so: FADP Art. 21, Québec s. 12.1, LGPD Art. 20)."""
    if project.automated_decisions.used is None:
        yield Hit(("automated_decisions", "used"), message)


def no_accountable_person(project: Project, message: str) -> Iterator[Hit]:
    """A hit when no person (or title) is named as accountable for privacy (PIPEDA 4.1,
    Québec s. 3.1)."""
    if blank(project.contact.contact_name):
        yield Hit(("contact", "contact_name"), message)


def categories_without_source(project: Project, message: str) -> Iterator[Hit]:
    """A hit for each data category that does not say how it is collected (APP 1.4(b), Québec
    s. 8(2)); ``message`` names the category as ``{name}``."""
    for i, category in enumerate(project.data_categories):
        if not category.sources:
            yield Hit(
                ("data_categories", i, "sources"),
                message.format(name=name_of(category, "this information")),
            )


def tracking_cookies_without_opt_in(project: Project) -> bool:
    """Analytics or marketing cookies are used, and not only after an opt-in banner asks."""
    cookies = project.cookies
    tracking = {CookieCategory.ANALYTICS, CookieCategory.MARKETING}
    if cookies.uses_cookies is False or not tracking & set(cookies.categories_in_use()):
        return False
    return cookies.consent is not ConsentMechanism.BANNER_OPT_IN
