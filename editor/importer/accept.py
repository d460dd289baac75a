"""Turn proposals into answers, or set them aside; pure functions from project to project.

Accepting fills the answer the proposal names and records it on the proposal, which keeps its
sentence: that is how the policy knows which answers came from the old policy. A value the
owner already gave differently is replaced only by their accepting this proposal, never by an
import itself. Lists gain items (a third party, a cookie, a purpose); an item already there
(same service, same cookie name) is not added twice.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable

from editor.catalog import Catalog
from editor.catalog.apply import apply_service, catalog_cookie_to_cookie, find_service_recipient
from editor.model.base import Duration, TimeUnit
from editor.model.cookies import Cookie
from editor.model.data import DataCategory, LawfulBasis, Purpose, Retention, RetentionRule
from editor.model.imported import Proposal, ProposalKind, ProposalStatus
from editor.model.jurisdiction import Region
from editor.model.organisation import PostalAddress
from editor.model.project import Project
from editor.model.scope import CoveredProperty, PropertyKind

Answers = list[str]


def _set_name(project: Project, p: Proposal, _: Catalog) -> Answers:
    project.organisation.legal_name = p.value
    return ["organisation.legal_name"]


def _set_email(project: Project, p: Proposal, _: Catalog) -> Answers:
    project.contact.email = p.value
    return ["contact.email"]


def _set_phone(project: Project, p: Proposal, _: Catalog) -> Answers:
    project.contact.phone = p.value
    return ["contact.phone"]


def _set_address(project: Project, p: Proposal, _: Catalog) -> Answers:
    fields = set(PostalAddress.model_fields)
    project.organisation.address = PostalAddress(
        **{k: v for k, v in p.details.items() if k in fields}
    )
    return ["organisation.address"]


def _set_website(project: Project, p: Proposal, _: Catalog) -> Answers:
    """The first web address is the business's website; more are sites the policy covers."""
    if not project.organisation.website.strip():
        project.organisation.website = p.value
        answers = ["organisation.website"]
    else:
        answers = []
    if not any(prop.url.strip() == p.value for prop in project.scope.properties):
        site = CoveredProperty(kind=PropertyKind.WEBSITE, url=p.value)
        project.scope.properties.append(site)
        answers.append(f"scope.properties#{site.id}")
    return answers


def _set_last_updated(project: Project, p: Proposal, _: Catalog) -> Answers:
    project.policy.last_updated = dt.date.fromisoformat(p.value)
    return ["policy.last_updated"]


def _set_effective(project: Project, p: Proposal, _: Catalog) -> Answers:
    project.policy.effective_date = dt.date.fromisoformat(p.value)
    return ["policy.effective_date"]


def _add_service(project: Project, p: Proposal, catalog: Catalog) -> Answers:
    entry = catalog.get(p.value)
    if entry is None:
        return []
    addition = apply_service(project, entry)
    answers: Answers = []
    if addition.recipient is not None:
        project.recipients.append(addition.recipient.model_copy(deep=True))
        answers.append(f"recipients#{addition.recipient.id}")
    elif addition.existing_recipient_id:
        answers.append(f"recipients#{addition.existing_recipient_id}")
        existing = project.recipient(addition.existing_recipient_id)
        if addition.link_existing and existing is not None:
            existing.service_id = entry.id
    for cookie in addition.cookies:
        project.cookies.cookies.append(cookie.model_copy(deep=True))
        answers.append(f"cookies.cookies#{cookie.id}")
    if addition.cookies and project.cookies.uses_cookies is None:
        project.cookies.uses_cookies = True
        answers.append("cookies.uses_cookies")
    return answers


def _add_cookie(project: Project, p: Proposal, catalog: Catalog) -> Answers:
    entry = catalog.get(p.details.get("service_id", ""))
    if entry is None:
        return []
    known = next((c for c in entry.cookies if c.name == p.value), None)
    if known is None:
        return []
    present = next((c for c in project.cookies.cookies if c.name == known.name), None)
    if present is not None:
        return [f"cookies.cookies#{present.id}"]
    recipient, _ = find_service_recipient(project, entry)
    cookie: Cookie = catalog_cookie_to_cookie(known, entry, recipient.id if recipient else None)
    project.cookies.cookies.append(cookie)
    answers = [f"cookies.cookies#{cookie.id}"]
    if project.cookies.uses_cookies is None:
        project.cookies.uses_cookies = True
        answers.append("cookies.uses_cookies")
    return answers


def _add_retention(project: Project, p: Proposal, _: Catalog) -> Answers:
    """The period for the data the sentence names: a category of that name, or a new one."""
    subject = p.details.get("subject", "").strip()
    period = Duration(amount=int(p.details["amount"]), unit=TimeUnit(p.details["unit"]))
    retention = Retention(rule=RetentionRule.PERIOD, period=period)
    category = next(
        (c for c in project.data_categories if subject and c.name.casefold() == subject.casefold()),
        None,
    )
    if category is None:
        category = DataCategory(name=subject, retention=retention)
        project.data_categories.append(category)
    else:
        category.retention = retention
    return [f"data_categories#{category.id}"]


def _add_region(project: Project, p: Proposal, _: Catalog) -> Answers:
    region = Region(p.value)
    if region not in project.jurisdictions.regions:
        project.jurisdictions.regions.append(region)
    return ["jurisdictions.regions"]


def _add_basis(project: Project, p: Proposal, _: Catalog) -> Answers:
    purpose = Purpose(name=p.details.get("purpose", ""), lawful_basis=LawfulBasis(p.value))
    project.purposes.append(purpose)
    return [f"purposes#{purpose.id}"]


def _no_sale(project: Project, _p: Proposal, _: Catalog) -> Answers:
    project.disclosures.sells_personal_information = False
    return ["disclosures.sells_personal_information"]


def _no_cookies(project: Project, _p: Proposal, _: Catalog) -> Answers:
    project.cookies.uses_cookies = False
    return ["cookies.uses_cookies"]


_APPLY: dict[ProposalKind, Callable[[Project, Proposal, Catalog], Answers]] = {
    ProposalKind.ORGANISATION_NAME: _set_name,
    ProposalKind.EMAIL: _set_email,
    ProposalKind.PHONE: _set_phone,
    ProposalKind.POSTAL_ADDRESS: _set_address,
    ProposalKind.WEBSITE: _set_website,
    ProposalKind.LAST_UPDATED: _set_last_updated,
    ProposalKind.EFFECTIVE_DATE: _set_effective,
    ProposalKind.SERVICE: _add_service,
    ProposalKind.COOKIE: _add_cookie,
    ProposalKind.RETENTION: _add_retention,
    ProposalKind.REGION: _add_region,
    ProposalKind.LAWFUL_BASIS: _add_basis,
    ProposalKind.DOES_NOT_SELL: _no_sale,
    ProposalKind.NO_COOKIES: _no_cookies,
}


def accept(project: Project, proposal_ids: Iterable[str], catalog: Catalog) -> Project:
    """A copy of ``project`` with the open proposals ``proposal_ids`` made answers."""
    result = project.model_copy(deep=True)
    wanted = set(proposal_ids)
    for proposal in result.imported.proposals:
        if proposal.id not in wanted or proposal.status is not ProposalStatus.OPEN:
            continue
        if proposal.kind is None or not proposal.sentence:
            continue  # nothing to trace it to: never made an answer
        try:
            proposal.answers = _APPLY[proposal.kind](result, proposal, catalog)
        except (ValueError, KeyError):
            continue  # a hand-edited proposal with a value its answer cannot hold: left open
        proposal.status = ProposalStatus.ACCEPTED
    return result


def accept_all(project: Project, catalog: Catalog) -> Project:
    return accept(project, [p.id for p in project.imported.open_proposals()], catalog)


def reject(project: Project, proposal_ids: Iterable[str]) -> Project:
    """A copy of ``project`` with the open proposals ``proposal_ids`` set aside."""
    result = project.model_copy(deep=True)
    wanted = set(proposal_ids)
    for proposal in result.imported.proposals:
        if proposal.id in wanted and proposal.status is ProposalStatus.OPEN:
            proposal.status = ProposalStatus.REJECTED
    return result


def covered(project: Project, section_id: str) -> Project:
    """A copy without the imported section ``section_id``: the answers now say what it said."""
    result = project.model_copy(deep=True)
    result.custom_sections = [s for s in result.custom_sections if s.id != section_id]
    return result


def keep_section(project: Project, section_id: str) -> Project:
    """A copy where the imported section ``section_id`` is the owner's own text, reviewed."""
    result = project.model_copy(deep=True)
    for section in result.custom_sections:
        if section.id == section_id:
            section.review = None
    return result
