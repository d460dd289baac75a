"""Synthetic projects shared by the benchmarks and the tests.

``large_project()``: 200 recipients, 1,000 cookies, 50 custom sections (~20,000 words), for the
export benchmark and a test that the large project still exports correctly.
``with_versions()``: a project published many times, for the storage benchmark and the tests
of how versions are stored.
"""

from __future__ import annotations

import datetime as dt

from editor.model import (
    Cookie,
    CookieCategory,
    CustomSection,
    DataKind,
    LawfulBasis,
    Placement,
    PolicySection,
    Project,
    Purpose,
    Recipient,
    RecipientRole,
    ServiceKind,
    TransferSafeguard,
)
from editor.samples import start_project
from editor.versions import publish

VERSIONS_START = dt.date(2027, 1, 1)  # the first version's date; one version every 30 days

_TEXT = (
    "we keep your order details safe and use them only to deliver what you asked for and to "
    "answer your questions when you write to us about an order or a booking"
)
_WORDS = _TEXT.split(" ")


def _sentence(seed: int, length: int = 14) -> str:
    words = [_WORDS[(seed * 7 + i * 3) % len(_WORDS)] for i in range(length)]
    return " ".join(words).capitalize() + "."


def large_project() -> Project:
    project = start_project("saas")
    kinds = list(DataKind)
    data = project.model_dump()
    data["purposes"] = [
        {
            "id": f"p{i}",
            "name": f"Purpose number {i}",
            "description": _sentence(i, 10),
            "lawful_basis": list(LawfulBasis)[i % 6].value,
            "legitimate_interest": "running our business well",
            "withdraw_consent_how": "use the link in any email",
        }
        for i in range(40)
    ]
    data["data_categories"] = [
        {
            "id": f"c{i}",
            "name": f"Kind of data {i}",
            "kind": kinds[i % len(kinds)].value,
            "examples": _sentence(i, 8),
            "sources": ["from_you", "automatically"],
            "purpose_ids": [f"p{i % 40}", f"p{(i + 7) % 40}"],
            "requirement": "optional",
            "retention": {"rule": "period", "period": {"amount": 12 + i, "unit": "months"}},
        }
        for i in range(60)
    ]
    data["recipients"] = [
        {
            "id": f"r{i}",
            "name": f"Provider {i}",
            "kind": list(ServiceKind)[i % len(ServiceKind)].value,
            "role": list(RecipientRole)[i % 3].value,
            "purpose": _sentence(i, 6),
            "data_category_ids": [f"c{i % 60}", f"c{(i + 3) % 60}"],
            "country": ("US", "DE", "IE", "CA", "JP")[i % 5],
            "transfer_safeguard": list(TransferSafeguard)[i % 8].value,
            "policy_url": f"https://provider{i}.example/privacy",
        }
        for i in range(200)
    ]
    data["cookies"]["cookies"] = [
        {
            "id": f"k{i}",
            "name": f"cookie_{i}",
            "provider": f"Provider {i % 200}",
            "party": "third_party" if i % 2 else "first_party",
            "category": list(CookieCategory)[i % 4].value,
            "purpose": _sentence(i, 4),
            "lifetime": {"kind": "period", "period": {"amount": 1 + i % 24, "unit": "months"}},
        }
        for i in range(1000)
    ]
    anchors = list(PolicySection)
    data["custom_sections"] = [
        CustomSection(
            id=f"x{i}",
            title=f"Extra topic {i}",
            body="\n\n".join(_sentence(i + j, 16) for j in range(2)),
            anchor=anchors[i % len(anchors)],
            placement=Placement.AFTER if i % 2 else Placement.BEFORE,
        ).model_dump()
        for i in range(50)
    ]
    return Project.model_validate(data)


def with_versions(project: Project, count: int) -> Project:
    """``project`` published ``count`` times, with a few realistic edits between versions.

    The edits add and remove list items and change a text, so the stored deltas hold all three.
    """
    for n in range(count):
        if n:
            project.contact.notes = f"Office hours changed, round {n}"
            if n % 3 == 0:
                project.recipients.append(Recipient(name=f"Service {n}", country="US"))
            if n % 4 == 0:
                project.cookies.cookies.append(Cookie(name=f"c{n}", category="analytics"))
            if n % 5 == 0:
                project.purposes.append(Purpose(name=f"Purpose {n}", lawful_basis="consent"))
            if n % 7 == 0 and project.recipients:
                project.recipients.pop(0)
        day = VERSIONS_START + dt.timedelta(days=30 * n)
        project = publish(project, f"v{n + 1}", effective_date=day, today=day)
    return project
