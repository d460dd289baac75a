"""Format problems in answers (a bad email, URL, country or broken reference).

These never stop a save: the editor marks the field and the checks report them, so a user can
keep typing a half-finished address without being interrupted.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from pydantic import BaseModel

from editor.model.fieldpath import FieldPath
from editor.model.placeholders import find_placeholders
from editor.model.project import Project

# Deliberately simple: one @, a dot in the domain, no spaces. Stricter rules reject real addresses.
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^\+?[0-9 ()./-]{5,}$")
_COUNTRY = re.compile(r"^[A-Z]{2}$")

EMAIL_FIELDS = frozenset({"email"})
URL_FIELDS = frozenset(
    {
        "url",
        "website",
        "web_form_url",
        "policy_url",
        "provider_policy_url",
        "subprocessor_list_url",
        "warrant_canary_url",
        "opt_out_url",
        "cookie_policy_url",
        "complaint_authority_url",
        "do_not_sell_url",
        "limit_use_url",
        "request_metrics_url",
    }
)
PHONE_FIELDS = frozenset({"phone"})
COUNTRY_FIELDS = frozenset({"country"})


@dataclass(frozen=True)
class FieldProblem:
    path: FieldPath
    message: str


def is_valid_email(value: str) -> bool:
    return bool(_EMAIL.match(value.strip()))


def is_valid_url(value: str) -> bool:
    """An absolute http(s) URL with a host: the only kind a published policy should link to."""
    try:
        parts = urlsplit(value.strip())
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.hostname) and " " not in value.strip()


def is_valid_phone(value: str) -> bool:
    return bool(_PHONE.match(value.strip()))


def is_valid_country(value: str) -> bool:
    return bool(_COUNTRY.match(value.strip()))


def problem_for(field_name: str, value: Any) -> str | None:
    """The format problem of one value, judged by its field name, or None when it is fine."""
    if not isinstance(value, str) or not value.strip():
        return None
    if field_name in EMAIL_FIELDS and not is_valid_email(value):
        return "This does not look like an email address (name@example.com)."
    if field_name in URL_FIELDS and not is_valid_url(value):
        return "Enter a full web address starting with https:// (or http://)."
    if field_name in PHONE_FIELDS and not is_valid_phone(value):
        return "A phone number may contain digits, spaces, +, brackets and dashes."
    if field_name in COUNTRY_FIELDS and not is_valid_country(value):
        return "Use a two-letter country code such as IE, GB or US."
    return None


def find_problems(project: Project) -> list[FieldProblem]:
    """Every format problem, broken reference and leftover blank in the project."""
    leftovers = [FieldProblem(found.path, found.message) for found in find_placeholders(project)]
    return format_problems(project) + broken_references(project) + leftovers


def format_problems(project: Project) -> list[FieldProblem]:
    """Values of the wrong shape: an email, URL, phone number or country code."""
    return list(_walk_formats(project, ()))


def broken_references(project: Project) -> list[FieldProblem]:
    """Links to a purpose, data category or recipient that no longer exists."""
    return list(_broken_references(project))


def _walk_formats(node: BaseModel, path: FieldPath) -> Iterator[FieldProblem]:
    for name in type(node).model_fields:
        value = getattr(node, name)
        here = (*path, name)
        if isinstance(value, BaseModel):
            yield from _walk_formats(value, here)
        elif isinstance(value, list):
            for i, item in enumerate(value):
                if isinstance(item, BaseModel):
                    yield from _walk_formats(item, (*here, i))
                elif name == "storage_countries":
                    message = problem_for("country", item)
                    if message:
                        yield FieldProblem((*here, i), message)
        else:
            message = problem_for(name, value)
            if message:
                yield FieldProblem(here, message)


def _broken_references(project: Project) -> Iterator[FieldProblem]:
    purposes = {p.id for p in project.purposes}
    categories = {c.id for c in project.data_categories}
    recipients = {r.id for r in project.recipients}
    for i, category in enumerate(project.data_categories):
        for j, pid in enumerate(category.purpose_ids):
            if pid not in purposes:
                yield FieldProblem(
                    ("data_categories", i, "purpose_ids", j), "This purpose no longer exists."
                )
    for i, recipient in enumerate(project.recipients):
        for j, pid in enumerate(recipient.purpose_ids):
            if pid not in purposes:
                yield FieldProblem(
                    ("recipients", i, "purpose_ids", j), "This purpose no longer exists."
                )
        for j, cid in enumerate(recipient.data_category_ids):
            if cid not in categories:
                yield FieldProblem(
                    ("recipients", i, "data_category_ids", j),
                    "This data category no longer exists.",
                )
    for i, cookie in enumerate(project.cookies.cookies):
        if cookie.recipient_id and cookie.recipient_id not in recipients:
            yield FieldProblem(
                ("cookies", "cookies", i, "recipient_id"), "This recipient no longer exists."
            )
