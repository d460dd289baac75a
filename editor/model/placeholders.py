"""Text left over from a template or a draft: [STORE_NAME], {Provider_City}, TODO, lorem ipsum.

A policy copied from a template or a generator keeps its blanks, and an address at example.com
looks like an answer while reaching nobody. Published word for word, either tells readers a
thing that is not true (or nothing at all), so every answer is searched for them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum

from pydantic import BaseModel

from editor.model.fieldpath import FieldPath
from editor.model.project import Project

# Each kind of leftover, with the words that tell the user what was found.
_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    # [STORE_NAME], [COMPANY], [Your company name], [insert date]; not a Markdown link's
    # [FAQ](https://...) nor a short [EU].
    (
        re.compile(
            r"\[\s*(?:[A-Z][A-Z0-9]{2,}|\w+_\w+|[A-Z]+(?: [A-Z0-9]+)+)(?:[_ ][A-Z0-9]+)*\s*\](?!\()"
            r"|\[\s*(?i:your|insert|enter|add|company|name)\b[^\]]*\]"
        ),
        "a blank",
    ),
    # {Provider_City}, {{ name }}, ${NAME}
    (re.compile(r"\$?\{\{?\s*[A-Za-z_][\w.]*\s*\}\}?"), "a template variable"),
    # <COMPANY_NAME>
    (re.compile(r"<\s*[A-Z][A-Z0-9]*_[A-Z0-9_]*\s*>"), "a template variable"),
    (re.compile(r"\b(?:TODO|TBD|FIXME)\b|\bX{3,}\b"), "a note to fill in later"),
    (re.compile(r"\blorem\s+ipsum\b", re.IGNORECASE), "placeholder text (lorem ipsum)"),
    # Names reserved for examples (RFC 2606, RFC 6761): mail sent there reaches no one.
    (
        re.compile(
            r"(?<![\w.-])(?:[\w-]+\.)*(?:example\.(?:com|org|net)|[\w-]+\.(?:example|test|invalid))"
            r"(?![\w-])",
            re.IGNORECASE,
        ),
        "an example address that reaches no one",
    ),
)

# Parts of a project that are not the draft's answers: ids, the old policy being imported, and
# published versions (frozen; a placeholder there is history, fixed in the draft).
_NOT_ANSWERS = frozenset({"id", "imported", "published"})


@dataclass(frozen=True)
class Placeholder:
    """A leftover found in one answer: where, what it says, and what kind it is."""

    path: FieldPath
    text: str
    kind: str

    @property
    def message(self) -> str:
        return (
            f"“{self.text}” is {self.kind}, and would be published word for word: "
            "replace it with the real answer."
        )


# One pass over each answer finds any kind; most answers hold none (a large project has tens of
# thousands of strings, searched after every edit).
_ANY = re.compile("|".join(f"(?:{pattern.pattern})" for pattern, _ in _PATTERNS), re.IGNORECASE)


def placeholder_in(text: str) -> tuple[str, str] | None:
    """The first leftover in ``text`` with its kind, or None when there is none."""
    if not _ANY.search(text):
        return None
    for pattern, kind in _PATTERNS:
        found = pattern.search(text)
        if found:
            return found.group(0), kind
    return None


def find_placeholders(project: Project) -> list[Placeholder]:
    """Every answer of the draft that still holds a leftover, in the project's order."""
    return list(_walk(project, ()))


def _walk(node: BaseModel, path: FieldPath) -> Iterator[Placeholder]:
    for name in type(node).model_fields:
        if name in _NOT_ANSWERS or name.endswith("_ids"):
            continue
        yield from _value(getattr(node, name), (*path, name))


def _value(value: object, path: FieldPath) -> Iterator[Placeholder]:
    if isinstance(value, BaseModel):
        yield from _walk(value, path)
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _value(item, (*path, i))
    elif isinstance(value, str) and not isinstance(value, Enum):
        found = placeholder_in(value)
        if found:
            yield Placeholder(path, *found)
