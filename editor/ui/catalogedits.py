"""Catalog results applied to the open project as single undoable steps.

``editor.catalog`` computes what adding a service, accepting a scan or removing a recipient
changes, without touching the project; here those results become undo commands inside one
macro, so one Ctrl+Z takes back the whole step and every page, table and the preview follow.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from editor.catalog import ScanAdditions, ServiceAddition, ServiceRemoval
from editor.model import Cookie
from editor.ui.session import Session

RECIPIENTS = ("recipients",)
COOKIES = ("cookies", "cookies")
USES_COOKIES = ("cookies", "uses_cookies")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Catalog", text)


def _push_service(session: Session, addition: ServiceAddition) -> None:
    if addition.recipient is not None:
        session.insert_item(
            RECIPIENTS, len(session.project.recipients), addition.recipient, _tr("Add third party")
        )
    if addition.link_existing and addition.existing_recipient_id:
        for row, recipient in enumerate(session.project.recipients):
            if recipient.id == addition.existing_recipient_id:
                session.set_field(
                    (*RECIPIENTS, row, "service_id"), addition.service_id, merge=False
                )
    _push_cookies(session, addition.cookies)


def _push_cookies(session: Session, cookies: tuple[Cookie, ...]) -> None:
    for cookie in cookies:
        session.insert_item(
            COOKIES, len(session.project.cookies.cookies), cookie, _tr("Add cookie")
        )
    if cookies and session.project.cookies.uses_cookies is None:
        session.set_field(USES_COOKIES, True, merge=False)


def add_service(session: Session, name: str, addition: ServiceAddition) -> None:
    """Add a catalog service (recipient, link, cookies) as one undo step."""
    if addition.is_empty:
        return
    session.seal_typing()
    with session.macro(_tr("Add {name}").format(name=name)):
        _push_service(session, addition)


def add_scan_findings(session: Session, additions: ScanAdditions) -> None:
    """Add what the user accepted from a site check as one undo step."""
    if additions.is_empty:
        return
    session.seal_typing()
    with session.macro(_tr("Add what the site check found")):
        for _name, addition in additions.services:
            _push_service(session, addition)
        _push_cookies(session, additions.cookies)


def remove_recipient(
    session: Session, name: str, removal: ServiceRemoval, *, with_cookies: bool
) -> None:
    """Remove a recipient and, if asked, its cookies; kept cookies lose their link to it."""
    recipients = session.project.recipients
    row = next((i for i, r in enumerate(recipients) if r.id == removal.recipient_id), None)
    if row is None:
        return
    session.seal_typing()
    text = (_tr("Remove {name} and its cookies") if with_cookies else _tr("Remove {name}")).format(
        name=name or _tr("third party")
    )
    with session.macro(text):
        gone = set(removal.cookie_ids) if with_cookies else set()
        cookies = session.project.cookies.cookies
        # From the end, so the rows still to remove keep their numbers.
        for index in range(len(cookies) - 1, -1, -1):
            cookie = cookies[index]
            if cookie.id in gone:
                session.remove_item(COOKIES, index, _tr("Remove cookie"))
            elif cookie.recipient_id == removal.recipient_id:
                session.set_field((*COOKIES, index, "recipient_id"), "", merge=False)
        session.remove_item(RECIPIENTS, row, _tr("Remove third party"))
