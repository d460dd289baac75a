"""Short text for a value as a table cell shows it: labels for enums, names for references."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from editor.model.base import Duration, LabeledEnum
from editor.model.cookies import CookieLifetime, LifetimeKind
from editor.ui.questions import Kind
from editor.ui.session import Session
from editor.ui.widgets.country import country_name


def _tr(text: str) -> str:
    return QCoreApplication.translate("Display", text)


def duration_text(value: Duration) -> str:
    if value.amount is None or value.unit is None:
        return ""
    unit = _tr(value.unit.label).lower()
    if value.amount == 1:
        unit = unit.removesuffix("s")  # "1 month", not "1 months"
    return f"{value.amount} {unit}"


def lifetime_text(value: CookieLifetime) -> str:
    if value.kind is LifetimeKind.PERIOD:
        return duration_text(value.period) or _tr(value.kind.label)
    if value.kind is LifetimeKind.UNTIL_EVENT and value.event:
        return _tr("Until {event}").format(event=value.event)
    return _tr(value.kind.label) if value.kind is not None else ""


def display_text(
    value: Any, kind: Kind | None, session: Session | None = None, *, full: bool = False
) -> str:
    """The text of a table cell; empty for an unanswered value.

    Options show their short label (a column is narrow), or with ``full`` (for the tooltip)
    the label the form and the combo box use.
    """
    if value is None:
        return ""
    if isinstance(value, LabeledEnum):
        return _tr(value.label if full else value.short)
    if isinstance(value, bool):
        return _tr("Yes") if value else _tr("No")
    if isinstance(value, dt.date):
        return QLocale().toString(value, QLocale.FormatType.ShortFormat)
    if isinstance(value, Duration):
        return duration_text(value)
    if isinstance(value, CookieLifetime):
        return lifetime_text(value)
    if kind is Kind.COUNTRY and isinstance(value, str):
        return country_name(value) if value else ""
    if kind in (Kind.REF, Kind.REFS) and session is not None:
        return _reference_names(value, session)
    if isinstance(value, list):
        return ", ".join(display_text(v, None, session, full=full) for v in value)
    return str(value).replace("\n", " ")


def _reference_names(value: Any, session: Session) -> str:
    ids = value if isinstance(value, list) else [value]
    names = {}
    for list_name in ("purposes", "data_categories", "recipients"):
        for item in getattr(session.project, list_name):
            names[item.id] = item.name or _tr("(unnamed)")
    return ", ".join(names.get(i, _tr("(missing)")) for i in ids if i)
