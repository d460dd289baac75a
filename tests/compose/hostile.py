"""A project whose every text field holds something hostile, for escaping tests."""

from __future__ import annotations

from enum import Enum
from itertools import cycle
from typing import Any

from pydantic import BaseModel

from editor.model import Project

HOSTILE = (
    "*Bob's* <b>Bikes</b> [x](javascript:alert(1))",
    "<script>alert('x')</script><img src=x onerror=alert(1)>",
    "\"quoted\" & 'single' &amp; &lt;tag&gt; &#x3C;",
    "# Heading\n\n- item\n1. one\n> quote\n| a | b |\n|---|---|\n```code```",
    "javascript:alert(document.cookie)",
    "ctrl\x00\x01\x07\x08\x0b\x0c\x1b\x7f\x85 chars\ud800",
    "مرحبا بالعالم \u202eRTL override\u202c שלום",
    "emoji 🍪🔒👩‍💻 and ZWJ",
    "[link](https://evil.example) ![img](https://evil.example/x.png) <https://auto.example>",
    "__under__ ~~strike~~ `tick` \\backslash\\ {{ jinja }} {% raw %}",
    "x" * 10_000,
    "    indented code\n\ttabbed",
)
SKIP = {"id", "service_id", "recipient_id", "language"}


def hostile_project(base: Project) -> Project:
    """``base`` with every string field (ids and references aside) replaced by hostile text."""
    values = cycle(HOSTILE)
    data = base.model_dump(mode="python")
    if "published" in data:
        data["published"] = []  # earlier versions are not part of the composed policy
    _fill(type(base), data, values)
    return Project.model_validate(data)


def _fill(model: type[BaseModel], data: dict[str, Any], values: Any) -> None:
    for name, field in model.model_fields.items():
        value = data.get(name)
        if name in SKIP or name.endswith(("_id", "_ids")):
            continue
        if isinstance(value, Enum):
            continue
        if isinstance(value, str):
            data[name] = next(values)
        elif isinstance(value, dict) and _model_of(field.annotation) is not None:
            _fill(_model_of(field.annotation), value, values)  # type: ignore[arg-type]
        elif isinstance(value, list):
            inner = _list_model(field.annotation)
            for i, item in enumerate(value):
                if isinstance(item, dict) and inner is not None:
                    _fill(inner, item, values)
                elif isinstance(item, str) and not isinstance(item, Enum):
                    value[i] = next(values)


def _model_of(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    return None


def _list_model(annotation: Any) -> type[BaseModel] | None:
    args = getattr(annotation, "__args__", ())
    for arg in args:
        if isinstance(arg, type) and issubclass(arg, BaseModel):
            return arg
    return None


def every_text(project: Project) -> list[str]:
    """Every string value in the project, for checking that the hostile fill reached them."""
    found: list[str] = []

    def walk(value: Any) -> None:
        if isinstance(value, str):
            found.append(value)
        elif isinstance(value, dict):
            for v in value.values():
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)

    walk(project.model_dump(mode="python"))
    return found
