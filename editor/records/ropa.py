"""The record of processing activities of GDPR Art. 30(1), built from the policy's answers.

Laid out like the supervisory authorities' templates (the ICO's and the CNIL's): the
controller's details first, then one row per processing activity, here one per purpose the
policy lists, with a column for each point of Art. 30(1). A cell holds only what the answers
say; a question the record needs and the project leaves open is left blank and listed in
``ProcessingRecord.unanswered``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from editor.export.textclean import xml_text
from editor.model import (
    ContactPoint,
    DataCategory,
    PostalAddress,
    Project,
    Purpose,
    Recipient,
    RecipientRole,
    Retention,
    RetentionRule,
    TransferSafeguard,
)
from editor.model.applicability import EEA_COUNTRIES
from editor.model.base import is_blank
from editor.model.fieldpath import FieldPath
from editor.records.unanswered import Unanswered
from editor.versions import words

# Where the GDPR and UK GDPR protect data: sending it elsewhere is a transfer (Chapter V).
_PROTECTED_AREA = EEA_COUNTRIES | {"GB"}
_NO_MECHANISM = (None, TransferSafeguard.NOT_NEEDED, TransferSafeguard.NONE,
                 TransferSafeguard.UNKNOWN)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Column:
    """One column of the activities table: plain words first, the law's own term beside."""

    key: str
    heading: str
    article: str


COLUMNS: tuple[Column, ...] = (
    Column("purpose", "Why the data is used (purpose of the processing)", "Art. 30(1)(b)"),
    Column("lawful_basis", "What allows it (lawful basis)", "Art. 6(1)"),
    Column("people", "Who the data is about (categories of data subjects)", "Art. 30(1)(c)"),
    Column("data", "What data (categories of personal data)", "Art. 30(1)(c)"),
    Column("sensitive", "What allows sensitive data (special category condition)", "Art. 9(2), 10"),
    Column("recipients", "Who receives it (categories of recipients)", "Art. 30(1)(d)"),
    Column("joint_controllers", "Who decides with us (joint controllers)", "Art. 30(1)(a)"),
    Column(
        "transfers", "Where it goes abroad, and how it is protected (transfers)", "Art. 30(1)(e)"
    ),
    Column("retention", "How long it is kept (time limits for erasure)", "Art. 30(1)(f)"),
    Column("security", "How it is kept safe (security measures)", "Art. 30(1)(g)"),
)


@dataclass(frozen=True, slots=True)
class Activity:
    """One processing activity: a purpose and what the answers say about it, by column key."""

    purpose_id: str
    category_ids: tuple[str, ...]  # the data categories used for the purpose
    recipient_ids: tuple[str, ...]  # who receives data for it
    cells: dict[str, str]

    def row(self) -> list[str]:
        return [self.cells.get(c.key, "") for c in COLUMNS]


@dataclass(frozen=True, slots=True)
class ProcessingRecord:
    """The whole record: controller details, one activity per purpose, and what is missing."""

    controller: tuple[tuple[str, str], ...]
    activities: tuple[Activity, ...]
    unanswered: tuple[Unanswered, ...]


def processing_record(project: Project) -> ProcessingRecord:
    missing: list[Unanswered] = []
    controller = _controller(project, missing)
    security = _security(project, missing)
    activities = [
        _activity(project, i, purpose, security, missing)
        for i, purpose in enumerate(project.purposes)
    ]
    if not project.purposes:
        missing.append(
            Unanswered.at(("purposes",), "List why you use personal data: each is a row.")
        )
    for i, category in enumerate(project.data_categories):
        if not any(project.purpose(pid) for pid in category.purpose_ids):
            missing.append(
                Unanswered.at(
                    ("data_categories", i, "purpose_ids"),
                    f"Say why {_name(category)} is used, so that it appears in a row.",
                )
            )
    return ProcessingRecord(tuple(controller), tuple(activities), tuple(missing))


def _controller(project: Project, missing: list[Unanswered]) -> list[tuple[str, str]]:
    org, contact = project.organisation, project.contact
    rows: list[tuple[str, str]] = []

    def add(label: str, value: str) -> None:
        value = xml_text(" ".join(value.split()))
        if value:
            rows.append((label, value))

    add("Controller (who decides how the data is used)", org.legal_name or org.trading_name)
    if org.trading_name and org.legal_name and org.trading_name != org.legal_name:
        add("Trading as", org.trading_name)
    if not org.legal_name and not org.trading_name:
        missing.append(Unanswered.at(("organisation", "legal_name"), "The controller's name."))
    add("Registration number", org.registration_number)
    add("Address", _address(org.address))
    channels = [contact.email, contact.phone, contact.web_form_url]
    add("Contact", ", ".join(c.strip() for c in channels if not is_blank(c)))
    if not contact.has_channel():
        missing.append(Unanswered.at(("contact", "email"), "How to contact the controller."))
    for flag, point, label, path in (
        (org.has_dpo, org.dpo, "Data protection officer", "dpo"),
        (org.has_eu_representative, org.eu_representative, "Representative in the EU",
         "eu_representative"),
        (org.has_uk_representative, org.uk_representative, "Representative in the UK",
         "uk_representative"),
    ):  # fmt: skip
        if flag is None:
            missing.append(
                Unanswered.at(
                    ("organisation", f"has_{path}"), f"Whether you have a {label.lower()}."
                )
            )
        elif flag is False:
            add(label, "None")
        elif point.is_empty():
            missing.append(
                Unanswered.at(("organisation", path, "name"), f"Who your {label.lower()} is.")
            )
        else:
            add(label, _contact_point(point))
    for i, transfer in enumerate(project.data_location.transfers):
        if is_blank(transfer.country):
            continue
        where = words.country(transfer.country)
        what = f"{transfer.description.strip()} ({where})" if transfer.description else where
        add(f"Other transfer abroad {i + 1}", _with_safeguard(what, transfer.safeguard, ""))
    return rows


def _address(address: PostalAddress) -> str:
    parts = [address.street, address.locality, address.region, address.postal_code]
    if not is_blank(address.country):
        parts.append(words.country(address.country))
    return ", ".join(p.strip() for p in parts if not is_blank(p))


def _contact_point(point: ContactPoint) -> str:
    parts = [point.name, point.email, point.phone, point.web_form_url, _address(point.address)]
    return ", ".join(p.strip() for p in parts if not is_blank(p))


def _security(project: Project, missing: list[Unanswered]) -> str:
    measures = [m.label for m in project.security.measures]
    if not is_blank(project.security.details):
        measures.append(project.security.details.strip())
    if not measures:
        missing.append(
            Unanswered.at(("security", "measures"), "How you keep the data safe (Art. 32).")
        )
    return "; ".join(measures)


def _activity(
    project: Project, index: int, purpose: Purpose, security: str, missing: list[Unanswered]
) -> Activity:
    at: FieldPath = ("purposes", index)
    categories = [
        (i, c) for i, c in enumerate(project.data_categories) if purpose.id in c.purpose_ids
    ]
    recipients = [
        r
        for r in project.recipients
        if purpose.id in r.purpose_ids
        or (not r.purpose_ids and any(c.id in r.data_category_ids for _, c in categories))
    ]
    cells = {
        "purpose": _purpose_text(purpose),
        "lawful_basis": _basis(purpose),
        "people": _join(dict.fromkeys(s.label for _, c in categories for s in c.subjects).keys()),
        "data": _join(_name(c) for _, c in categories),
        "sensitive": _join(
            f"{_name(c)}: {c.special_condition.label}"
            + (f" ({c.special_condition_details.strip()})" if c.special_condition_details else "")
            for _, c in categories
            if c.is_sensitive and c.special_condition is not None
        ),
        "recipients": _join(_recipient_text(r) for r in recipients),
        "joint_controllers": _join(
            _recipient_name(r) for r in recipients if r.role is RecipientRole.JOINT_CONTROLLER
        ),
        "transfers": _join(_transfer_text(r) for r in recipients if _transfers(r)),
        "retention": _join(
            f"{_name(c)}: {_retention(c.retention)}"
            for _, c in categories
            if c.retention.is_answered()
        ),
        "security": security,
    }
    if is_blank(purpose.name) and is_blank(purpose.description):
        missing.append(Unanswered.at((*at, "name"), "Name this purpose."))
    if purpose.lawful_basis is None:
        missing.append(Unanswered.at((*at, "lawful_basis"), f"The lawful basis of {_row(cells)}."))
    if not categories:
        missing.append(Unanswered.at(("data_categories",), f"Which data is used to {_row(cells)}."))
    for i, c in categories:
        if not c.subjects:
            missing.append(
                Unanswered.at(("data_categories", i, "subjects"), f"Who {_name(c)} is about.")
            )
        if not c.retention.is_answered():
            missing.append(
                Unanswered.at(("data_categories", i, "retention"), f"How long {_name(c)} is kept.")
            )
        if c.is_sensitive and c.special_condition is None:
            missing.append(
                Unanswered.at(
                    ("data_categories", i, "special_condition"),
                    f"What allows you to use {_name(c)} (Art. 9(2)).",
                )
            )
    for r in recipients:
        if _transfers(r) and r.transfer_safeguard is None:
            j = project.recipients.index(r)
            missing.append(
                Unanswered.at(
                    ("recipients", j, "transfer_safeguard"),
                    f"How the transfer to {_recipient_name(r)} is protected.",
                )
            )
    clean = {key: xml_text(text) for key, text in cells.items()}
    return Activity(
        purpose.id,
        tuple(c.id for _, c in categories),
        tuple(r.id for r in recipients),
        clean,
    )


def _row(cells: dict[str, str]) -> str:
    return f"“{cells['purpose']}”" if cells["purpose"] else "this purpose"


def _join(items: Iterable[str]) -> str:
    return "; ".join(i for i in items if i)


def _name(category: DataCategory) -> str:
    name = " ".join(category.name.split())
    if name:
        return name
    return category.kind.short if category.kind is not None else "data without a name"


def _purpose_text(purpose: Purpose) -> str:
    name, description = " ".join(purpose.name.split()), " ".join(purpose.description.split())
    if name and description:
        return f"{name}: {description}"
    return name or description


def _basis(purpose: Purpose) -> str:
    if purpose.lawful_basis is None:
        return ""
    detail = {
        "legitimate_interests": purpose.legitimate_interest,
        "legal_obligation": purpose.legal_obligation,
    }.get(purpose.lawful_basis.value, "")
    detail = " ".join(detail.split())
    return f"{purpose.lawful_basis.label} ({detail})" if detail else purpose.lawful_basis.label


def _recipient_name(recipient: Recipient) -> str:
    name = " ".join(recipient.name.split())
    legal = " ".join(recipient.legal_entity.split())
    if name and legal and legal != name:
        return f"{name} ({legal})"
    return name or legal or "a recipient without a name"


def _recipient_text(recipient: Recipient) -> str:
    facts = [f.short for f in (recipient.kind, recipient.role) if f is not None]
    name = _recipient_name(recipient)
    return f"{name}: {', '.join(facts)}" if facts else name


def _transfers(recipient: Recipient) -> bool:
    """Whether data sent to ``recipient`` leaves the EEA and the UK, or goes under a mechanism
    the answers name (as the policy's transfers section counts them)."""
    code = recipient.country.strip().upper()
    outside = bool(code) and code not in _PROTECTED_AREA
    return outside or recipient.transfer_safeguard not in _NO_MECHANISM


def _transfer_text(recipient: Recipient) -> str:
    where = words.country(recipient.country) if recipient.country.strip() else ""
    what = f"{_recipient_name(recipient)} ({where})" if where else _recipient_name(recipient)
    return _with_safeguard(what, recipient.transfer_safeguard, recipient.safeguard_details)


def _with_safeguard(what: str, safeguard: TransferSafeguard | None, details: str) -> str:
    if safeguard is None:
        return what
    text = f"{what}: {safeguard.label}"
    details = " ".join(details.split())
    return f"{text} ({details})" if details else text


def _retention(retention: Retention) -> str:
    if retention.rule is RetentionRule.DESCRIBED:
        text = " ".join(retention.description.split())
    else:
        text = words.sentence(words.retention(retention))
    exceptions = " ".join(retention.exceptions.split())
    return f"{text} ({exceptions})" if exceptions else text
