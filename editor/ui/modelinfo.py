"""What kind of value lives at a field path, read from the model's own type annotations.

The form builder uses this to pick a widget for a question (a yes/no for ``bool | None``, a combo
box for an enum, a checklist for a list of enums...), so a page declares only the question's
wording and its path, never the widget.
"""

from __future__ import annotations

import datetime as dt
import types
import typing
from dataclasses import dataclass
from enum import Enum
from functools import cache
from typing import Any

from pydantic import BaseModel

from editor.model.base import Duration, LabeledEnum
from editor.model.fieldpath import FieldPath


@dataclass(frozen=True)
class FieldType:
    """The shape of one field: its base type, and whether it is optional or a list."""

    base: Any  # str, int, bool, dt.date, an enum class, a model class, ...
    optional: bool = False
    is_list: bool = False

    @property
    def enum(self) -> type[LabeledEnum] | None:
        if isinstance(self.base, type) and issubclass(self.base, LabeledEnum):
            return self.base
        return None

    @property
    def model(self) -> type[BaseModel] | None:
        if isinstance(self.base, type) and issubclass(self.base, BaseModel):
            return self.base
        return None


def _unwrap(annotation: Any) -> FieldType:
    optional = False
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        optional = len(args) < len(typing.get_args(annotation))
        annotation = args[0] if len(args) == 1 else Any
        origin = typing.get_origin(annotation)
    if origin is list:
        (item,) = typing.get_args(annotation)
        inner = _unwrap(item)
        return FieldType(inner.base, optional, True)
    return FieldType(annotation, optional, False)


@cache
def field_type(model: type[BaseModel], path: FieldPath) -> FieldType:
    """The type at ``path`` below ``model``; list indexes step into the list's item type.

    Raises LookupError for a path that the model does not have (a typo in a page spec).
    """
    current = FieldType(model)
    for part in path:
        if isinstance(part, int):
            if not current.is_list:
                raise LookupError(f"{part} indexes a field that is not a list")
            current = FieldType(current.base)
            continue
        cls = current.model
        if cls is None or current.is_list or part not in cls.model_fields:
            raise LookupError(f"no field {part!r} in {getattr(cls, '__name__', cls)}")
        annotation = cls.model_fields[part].annotation
        current = _unwrap(annotation)
    return current


def is_duration(ft: FieldType) -> bool:
    return ft.base is Duration and not ft.is_list


def is_date(ft: FieldType) -> bool:
    return ft.base is dt.date and not ft.is_list


def is_enum(ft: FieldType) -> bool:
    return isinstance(ft.base, type) and issubclass(ft.base, Enum)
