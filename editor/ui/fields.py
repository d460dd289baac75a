"""Choosing and making the widget for a question, from the type of the model field it edits."""

from __future__ import annotations

import annotated_types
from pydantic import BaseModel

from editor.model.fieldpath import FieldPath
from editor.model.validation import EMAIL_FIELDS, PHONE_FIELDS, URL_FIELDS
from editor.ui.modelinfo import field_type, is_date, is_duration
from editor.ui.questions import Kind
from editor.ui.session import Session
from editor.ui.widgets.base import FieldWidget
from editor.ui.widgets.choice import (
    CheckField,
    EnumChecklistField,
    EnumComboField,
    YesNoField,
)
from editor.ui.widgets.country import CountryField, CountryListField
from editor.ui.widgets.numbers import DateField, DurationField, NumberField
from editor.ui.widgets.refs import RefChecklistField, RefComboField
from editor.ui.widgets.text import LineField, TextAreaField

# Fields that hold ids of items in another list of the project: field name -> list path.
REFERENCE_SOURCES: dict[str, FieldPath] = {
    "purpose_ids": ("purposes",),
    "data_category_ids": ("data_categories",),
    "recipient_id": ("recipients",),
    "category_id": ("data_categories",),  # the app stores' answers about one category
    "purpose_id": ("purposes",),
}


def field_name(path: FieldPath) -> str:
    """The last name in a path: what validation and reference lookups go by."""
    return next((p for p in reversed(path) if isinstance(p, str)), "")


def infer_kind(model: type[BaseModel], path: FieldPath, *, lines: int = 0) -> Kind:
    """The widget kind for the field at ``path`` below ``model``, from its type and name."""
    ft = field_type(model, path)
    name = field_name(path)
    if ft.is_list:
        if ft.enum is not None:
            return Kind.MULTI_CHOICE
        if name in REFERENCE_SOURCES:
            return Kind.REFS
        if name.endswith("countries"):
            return Kind.COUNTRIES
        raise TypeError(f"no widget for the list field {name!r}; use a ListQuestion")
    if ft.base is bool:
        return Kind.YES_NO if ft.optional else Kind.CHECK
    if ft.enum is not None:
        return Kind.CHOICE
    if ft.base is int:
        return Kind.NUMBER
    if is_date(ft):
        return Kind.DATE
    if is_duration(ft):
        return Kind.DURATION
    if ft.base is str:
        if name in REFERENCE_SOURCES:
            return Kind.REF
        if name == "country":
            return Kind.COUNTRY
        if name in EMAIL_FIELDS:
            return Kind.EMAIL
        if name in URL_FIELDS:
            return Kind.URL
        if name in PHONE_FIELDS:
            return Kind.PHONE
        return Kind.LONG_TEXT if lines else Kind.TEXT
    raise TypeError(f"no widget for {name!r} of type {ft.base!r}")


def number_range(model: type[BaseModel], path: FieldPath) -> tuple[int, int] | None:
    """The model's own bounds for a number (``Field(ge=0, le=365)``), if it declares them."""
    parent = field_type(model, path[:-1]).model
    name = path[-1]
    if parent is None or not isinstance(name, str):
        return None
    low, high = 0, 9999
    for item in parent.model_fields[name].metadata:
        if isinstance(item, annotated_types.Ge):
            low = int(item.ge)  # type: ignore[call-overload]
        elif isinstance(item, annotated_types.Le):
            high = int(item.le)  # type: ignore[call-overload]
    return low, high


def reference_options(session: Session, name: str) -> list[tuple[str, str]]:
    """(id, name) of the items a reference field may point at, in list order."""
    source = REFERENCE_SOURCES[name]
    return [(item.id, item.name) for item in session.get(source)]


def make_widget(
    kind: Kind,
    *,
    session: Session,
    model: type[BaseModel],
    path: FieldPath,
    label: str = "",
    placeholder: str = "",
    lines: int = 0,
    suffix: str = "",
    bounds: tuple[int, int] | None = None,
) -> FieldWidget:
    """A new widget of ``kind`` for the field at ``path`` below ``model``."""
    ft = field_type(model, path)
    name = field_name(path)
    if kind in (Kind.TEXT, Kind.EMAIL, Kind.URL, Kind.PHONE):
        return LineField(placeholder)
    if kind is Kind.LONG_TEXT:
        return TextAreaField(placeholder, lines or 3)
    if kind is Kind.YES_NO:
        return YesNoField()
    if kind is Kind.CHECK:
        return CheckField(label)
    if kind is Kind.CHOICE:
        assert ft.enum is not None, name
        return EnumComboField(list(ft.enum), allow_none=ft.optional)
    if kind is Kind.MULTI_CHOICE:
        assert ft.enum is not None, name
        return EnumChecklistField(list(ft.enum))
    if kind is Kind.NUMBER:
        low, high = bounds or number_range(model, path) or (0, 9999)
        return NumberField(low, high, suffix)
    if kind is Kind.DATE:
        return DateField()
    if kind is Kind.DURATION:
        return DurationField()
    if kind is Kind.COUNTRY:
        return CountryField()
    if kind is Kind.COUNTRIES:
        return CountryListField()
    if kind is Kind.REFS:
        return RefChecklistField(lambda: reference_options(session, name))
    if kind is Kind.REF:
        return RefComboField(lambda: reference_options(session, name))
    raise TypeError(f"unknown kind {kind}")
