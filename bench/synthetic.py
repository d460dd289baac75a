"""A large synthetic project: 200 recipients, 1,000 cookies, 50 custom sections (~20,000 words).

Shared by the export benchmark and a test that the large project still exports correctly.
"""

from __future__ import annotations

from editor.model import (
    CookieCategory,
    CustomSection,
    DataKind,
    LawfulBasis,
    Placement,
    PolicySection,
    Project,
    RecipientRole,
    ServiceKind,
    TransferSafeguard,
)
from editor.samples import start_project

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
