"""Hypothesis strategies that build whole projects, hostile strings included.

The strategies are derived from the model's own field types, so a new field is covered the day
it is added. Text mixes ordinary words with markup, Markdown syntax, dangerous URLs, quotes,
control characters, lone surrogates, right-to-left and combining characters and emoji.
"""

from __future__ import annotations

import datetime as dt
import enum
import types
import typing
from typing import Any

import annotated_types
from hypothesis import strategies as st
from pydantic import BaseModel, JsonValue

from editor.model import Project
from editor.model.base import Duration, TimeUnit, longest_amount

NASTY = [
    "<script>alert(1)</script>",
    "<b>bold</b><img src=x onerror=alert(1)>",
    "*Bob's* <b>Bikes</b> [x](javascript:alert(1))",
    "[click](https://evil.example) ![img](data:image/png;base64,AAAA)",
    "javascript:alert(document.cookie)",
    "data:text/html,<script>alert(1)</script>",
    "# heading\n\n- item\n1. one\n> quote\n```\ncode\n```",
    "| a | b |\n|---|---|\n| c | d |",
    "\"quotes\" 'single' `back` \\ backslash & ampersand < > ",
    "\x00\x01\x07\x08\x0b\x0c\x1b\x7f\ufffe\uffff",
    "\u202eright-to-left override\u202c \u200fعربى\u200f עברית",
    "e\u0301\u0301\u0301 combining Z\u0351\u0352\u0353",
    "emoji 🎉👩‍👩‍👧 🇮🇪",
    "\ud800 lone \udfff surrogates",
    "{{ 7*7 }} {% if 1 %}x{% endif %} ${HOME}",
    "_underscores_ __double__ ~~strike~~ <!-- comment --> &amp; &#x3C;",
    "",
    "   ",
]

_ALL_CHARS = st.characters(exclude_categories=())


def hostile_text(max_size: int = 60) -> st.SearchStrategy[str]:
    return st.one_of(
        st.sampled_from(NASTY),
        st.text(_ALL_CHARS, max_size=max_size),
        st.text(st.characters(categories=["L", "N", "Zs", "P"]), max_size=max_size),
        st.builds(lambda a, b: a + b, st.sampled_from(NASTY), st.text(_ALL_CHARS, max_size=20)),
    )


def _bounds(metadata: list[Any]) -> tuple[int | None, int | None]:
    low = high = None
    for item in metadata:
        if isinstance(item, annotated_types.Ge):
            low = int(item.ge)  # type: ignore[call-overload]
        elif isinstance(item, annotated_types.Le):
            high = int(item.le)  # type: ignore[call-overload]
    return low, high


# Keys of stored changes are model field names, never user text; pydantic would replace a lone
# surrogate in a dict key with U+FFFD, which no real project can contain.
_JSON_KEYS = st.text("abcdefghijklmnopqrstuvwxyz_", min_size=1, max_size=12)


def json_values() -> st.SearchStrategy[Any]:
    """Any JSON value (the stored changes of a published version hold these)."""
    scalars = (
        st.none()
        | st.booleans()
        | st.integers()
        | st.floats(allow_nan=False, allow_infinity=False)
        | hostile_text()
    )
    return st.recursive(
        scalars,
        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_JSON_KEYS, inner, max_size=3),
        max_leaves=8,
    )


def _for_type(annotation: Any, metadata: list[Any], list_size: int) -> st.SearchStrategy[Any]:
    if annotation is JsonValue:
        return json_values()
    origin = typing.get_origin(annotation)
    if origin is typing.Literal:
        return st.sampled_from(typing.get_args(annotation))
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(annotation) if a is not type(None)]
        inner = st.one_of(*[_for_type(a, metadata, list_size) for a in options])
        return st.one_of(st.none(), inner) if type(None) in typing.get_args(annotation) else inner
    if origin is list:
        (item,) = typing.get_args(annotation)
        return st.lists(_for_type(item, [], list_size), max_size=list_size)
    if origin is dict:
        key, value = typing.get_args(annotation)
        return st.dictionaries(
            _for_type(key, [], list_size), _for_type(value, [], list_size), max_size=3
        )
    if isinstance(annotation, type):
        if annotation is Duration:  # its amount's bound depends on its unit
            return durations()
        if issubclass(annotation, BaseModel):
            return model_strategy(annotation, list_size)
        if issubclass(annotation, enum.Enum):
            return st.sampled_from(list(annotation))
        if annotation is bool:
            return st.booleans()
        if annotation is int:
            low, high = _bounds(metadata)
            return st.integers(
                min_value=low if low is not None else -5,
                max_value=high if high is not None else 10_000,
            )
        if annotation is str:
            return hostile_text()
        if annotation is dt.date:
            return st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2100, 12, 31))
    raise TypeError(f"no strategy for {annotation!r}")


def durations() -> st.SearchStrategy[Duration]:
    """A length of time, either part perhaps unanswered, never past 1,000 years."""
    unit = st.none() | st.sampled_from(list(TimeUnit))
    return unit.flatmap(
        lambda u: st.builds(
            Duration,
            amount=st.none() | st.integers(0, longest_amount(u or TimeUnit.YEARS)),
            unit=st.just(u),
        )
    )


def model_strategy(cls: type[BaseModel], list_size: int = 2) -> st.SearchStrategy[Any]:
    """Build ``cls`` with every field drawn (or left at its default half of the time)."""
    fields = {}
    for name, info in cls.model_fields.items():
        if name == "id":
            fields[name] = st.text("abcdef0123456789", min_size=1, max_size=8)
            continue
        fields[name] = _for_type(info.annotation, list(info.metadata), list_size)
    return st.fixed_dictionaries({}, optional=fields).map(cls.model_validate)


def projects(list_size: int = 2) -> st.SearchStrategy[Project]:
    return model_strategy(Project, list_size)


def _repeat(items: list[Any], count: int, prefix: str) -> list[Any]:
    # Copies of a few drawn rows, each with its own id and a numbered name, so the lists stay
    # realistic (distinct rows) while hypothesis only has to draw a handful of hostile ones.
    return [
        items[i % len(items)].model_copy(
            update={"id": f"{prefix}{i}", "name": f"{items[i % len(items)].name} {i}"}
        )
        for i in range(count)
    ]


@st.composite
def projects_with_many_rows(draw: st.DrawFn, min_rows: int = 1000, max_rows: int = 3000) -> Project:
    """A hostile project whose cookie and recipient lists run to thousands of rows."""
    from editor.model import Cookie, Recipient

    project: Project = draw(projects(list_size=1))
    cookies = draw(st.lists(model_strategy(Cookie), min_size=1, max_size=4))
    recipients = draw(st.lists(model_strategy(Recipient), min_size=1, max_size=4))
    count = draw(st.integers(min_rows, max_rows))
    data = project.model_dump()
    data["cookies"]["uses_cookies"] = True
    data["cookies"]["cookies"] = [c.model_dump() for c in _repeat(cookies, count, "k")]
    data["recipients"] = [r.model_dump() for r in _repeat(recipients, count // 5 + 1, "r")]
    return Project.model_validate(data)
