"""What the "Add service" dialog shows for one entry: exactly what adding it will add.

Rich text for a QTextBrowser, built from the entry and the pure ``ServiceAddition`` for the
open project. Facts the catalog is unsure of are shown with "not confirmed — check" and the
reason, never hidden; what the project has already is said to stay as the user left it.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from editor.catalog import CatalogEntry, ServiceAddition
from editor.catalog.schema import CatalogCookie, CookieFact, EntryFact
from editor.model import Project
from editor.ui.display import lifetime_text
from editor.ui.widgets.country import country_name

MUTED = "#5f6670"
WARN = "#8a4b00"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Catalog", text)


def esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def doubt(note: str) -> str:
    """A visible mark for an uncertain fact, with the catalog's reason."""
    return (
        f'<br><span style="color:{WARN}">⚠ {esc(_tr("Not confirmed — check:"))}</span> '
        f'<span style="color:{MUTED}">{esc(note)}</span>'
    )


def _row(label: str, value: str, note: str = "") -> str:
    shown = value or f'<span style="color:{MUTED}">{esc(_tr("not known"))}</span>'
    extra = doubt(note) if note else ""
    return (
        f'<tr><td width="24%" style="color:{MUTED}" valign="top">{esc(label)}</td>'
        f"<td>{shown}{extra}</td></tr>"
    )


def _link(url: str | None) -> str:
    return f'<a href="{esc(url)}">{esc(url)}</a>' if url else ""


def _countries(codes: list[str]) -> str:
    return ", ".join(country_name(c) for c in codes)


def origin_line(entry: CatalogEntry, personal: bool) -> str:
    kind = _tr(entry.kind.label)
    where = _tr("your own catalog") if personal else _tr("built-in catalog")
    day = entry.last_checked
    checked = QLocale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")
    return _tr("{kind} · from the {where}, checked {date}").format(
        kind=kind, where=where, date=checked
    )


def _recipient_part(entry: CatalogEntry, addition: ServiceAddition, project: Project) -> str:
    doubts = entry.uncertain
    if not entry.is_recipient:
        text = _tr("No third party: this runs on your own website, so only its cookies are added.")
        return f"<p>{esc(text)}</p>"
    if addition.recipient is None:
        existing = project.recipient(addition.existing_recipient_id or "")
        name = existing.name if existing else entry.name
        text = _tr("“{name}” is already in your third parties. It stays as you left it.").format(
            name=name
        )
        if addition.link_existing:
            text += " " + _tr("It will be linked to this service, so its cookies go with it.")
        return f"<p>{esc(text)}</p>"
    r = addition.recipient
    entity = ""
    if entry.legal_entity is not None:
        entity = esc(entry.legal_entity.name)
        if entry.legal_entity.country:
            entity += esc(f" ({country_name(entry.legal_entity.country)})")
    data_names = [c.name for c in project.data_categories if c.id in r.data_category_ids]
    data = ", ".join(esc(n) for n in data_names)
    if r.data_shared:
        data = f"{data}, {esc(r.data_shared)}" if data else esc(r.data_shared)
    safeguard = esc(_tr(r.transfer_safeguard.label)) if r.transfer_safeguard else ""
    where = _countries(entry.data_locations) or (country_name(r.country) if r.country else "")
    rows = [
        _row(_tr("Name"), esc(r.name)),
        _row(_tr("Company"), entity, doubts.get(EntryFact.LEGAL_ENTITY, "")),
        _row(_tr("Role"), esc(_tr(r.role.label)) if r.role else "",
             doubts.get(EntryFact.ROLE, "") or (entry.role_note if r.role is None else "")),
        _row(_tr("Why they get data"), esc(r.purpose), doubts.get(EntryFact.PURPOSE, "")),
        _row(_tr("Data they get"), data, doubts.get(EntryFact.DATA_CATEGORIES, "")),
        _row(_tr("Where"), esc(where), doubts.get(EntryFact.DATA_LOCATIONS, "")),
        _row(_tr("Transfer protected by"), safeguard, doubts.get(EntryFact.TRANSFER_SAFEGUARD, "")),
        _row(_tr("Privacy policy"), _link(r.policy_url), doubts.get(EntryFact.PRIVACY_URL, "")),
    ]  # fmt: skip
    if r.opt_out_url or EntryFact.OPT_OUT_URL in doubts:
        rows.append(
            _row(_tr("Opt-out"), _link(r.opt_out_url), doubts.get(EntryFact.OPT_OUT_URL, ""))
        )
    return f'<table width="100%" cellspacing="0" cellpadding="2">{"".join(rows)}</table>'


_COOKIE_FACTS = {
    CookieFact.NAME: "name",
    CookieFact.CATEGORY: "category",
    CookieFact.LIFETIME: "how long it lasts",
    CookieFact.PURPOSE: "what it does",
    CookieFact.PARTY: "whose it is",
}


def _cookie_row(cookie: CatalogCookie) -> str:
    category = (
        esc(_tr(cookie.cookie_category.label)) if cookie.cookie_category else esc(_tr("not known"))
    )
    lifetime = esc(lifetime_text(cookie.lifetime))
    row = (
        f'<tr><td valign="top"><b>{esc(cookie.name)}</b></td>'
        f'<td valign="top">{category}</td><td valign="top">{lifetime}</td>'
        f'<td valign="top">{esc(cookie.purpose)}</td></tr>'
    )
    # A doubt gets a line of its own under the cookie, as wide as the other three columns.
    for fact, note in cookie.uncertain.items():
        text = doubt(f"{_tr(_COOKIE_FACTS[fact])}: {note}").removeprefix("<br>")
        row += f'<tr><td></td><td colspan="3" style="padding-bottom:4px">{text}</td></tr>'
    return row


def _cookies_part(entry: CatalogEntry, addition: ServiceAddition, include_optional: bool) -> str:
    added = {c.name for c in addition.cookies}
    new = [c for c in entry.cookies if c.name in added]
    parts: list[str] = []
    if new:
        head = "".join(
            f'<th align="left" width="{w}" style="color:{MUTED}">{esc(_tr(t))}</th>'
            for t, w in (("Name", "24%"), ("Category", "18%"), ("Lasts", "12%"),
                         ("What it does", "46%"))
        )  # fmt: skip
        rows = "".join(_cookie_row(c) for c in new)
        parts.append(
            f'<table width="100%" cellspacing="0" cellpadding="3"><tr>{head}</tr>{rows}</table>'
        )
    elif entry.cookieless:
        parts.append(f"<p>{esc(_tr('It sets no cookies.'))}</p>")
    elif not entry.loads_in_browser:
        parts.append(f"<p>{esc(_tr('It works on servers only and sets no cookies.'))}</p>")
    elif not entry.cookies:
        note = entry.uncertain.get(EntryFact.COOKIES, "")
        parts.append(f"<p>{esc(_tr('No cookies are known.'))}{doubt(note) if note else ''}</p>")
    if addition.already_present:
        names = ", ".join(addition.already_present)
        text = _tr("Already in your cookie list, kept as they are: {names}").format(names=names)
        parts.append(f'<p style="color:{MUTED}">{esc(text)}</p>')
    optional = [c.name for c in entry.cookies if not c.added_by_default]
    if optional and not include_optional:
        text = _tr(
            "Not added unless you ask (older tags, rarely used features, or cookies the "
            "service may set that not every site has): {names}"
        ).format(names=", ".join(optional))
        parts.append(f'<p style="color:{MUTED}">{esc(text)}</p>')
    return "".join(parts)


def describe(
    entry: CatalogEntry,
    addition: ServiceAddition,
    project: Project,
    *,
    personal: bool,
    include_optional: bool,
) -> str:
    """The preview of adding ``entry`` to ``project``, as Qt rich text."""
    cookies_title = _tr("Cookies ({count})").format(count=len(addition.cookies))
    parts = [
        f"<h2>{esc(entry.name)}</h2>",
        f'<p style="color:{MUTED}">{esc(origin_line(entry, personal))}</p>',
    ]
    if addition.is_empty:
        parts.append(
            f"<p><b>{esc(_tr('Everything it would add is already in your project.'))}</b></p>"
        )
    parts += [
        f"<h3>{esc(_tr('Third party'))}</h3>",
        _recipient_part(entry, addition, project),
        f"<h3>{esc(cookies_title)}</h3>",
        _cookies_part(entry, addition, include_optional),
    ]
    notes = [n for n in (entry.transfer_note, entry.role_note if entry.role else "") if n]
    if notes:
        parts.append(f"<h3>{esc(_tr('Good to know'))}</h3>")
        parts += [f'<p style="color:{MUTED}">{esc(n)}</p>' for n in notes]
    footer = _tr(
        "After adding, you can change every answer; your changes are kept if you add it again."
    )
    parts.append(f'<p style="color:{MUTED}"><i>{esc(footer)}</i></p>')
    return "".join(parts)
