"""The "Add service" dialog, removing a third party with its cookies, and the personal catalog."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from editor.catalog import loader
from editor.catalog.loader import load_catalog
from editor.model import LifetimeKind, Party, Project, RecipientRole, TransferSafeguard
from editor.ui import catalogactions, catalogdialog
from editor.ui.catalogdialog import AddServiceDialog
from editor.ui.session import Session
from tests.ui.test_window import Harness


@pytest.fixture
def personal_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "my-catalog"
    monkeypatch.setattr(loader, "personal_catalog_dir", lambda: folder)
    monkeypatch.setattr(catalogactions, "personal_catalog_dir", lambda: folder)
    monkeypatch.setattr(catalogdialog, "personal_catalog_dir", lambda: folder)
    return folder


@pytest.fixture
def harness(qtbot: QtBot, tmp_path: Path, personal_dir: Path) -> Iterator[Harness]:
    h = Harness(qtbot, tmp_path)
    yield h
    for window in h.windows:
        window.session.undo_stack.setClean()
        window.close()
        window.deleteLater()


def dialog_for(qtbot: QtBot, session: Session) -> AddServiceDialog:
    dialog = AddServiceDialog(session, load_catalog())
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def drive_dialog(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, search: str) -> list[str]:
    """Answer the dialog as a user would: type, look at the preview, press Enter."""
    previews: list[str] = []

    def exec_(dialog: AddServiceDialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.keyClicks(dialog.search, search)
        previews.append(dialog.preview.toPlainText())
        qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
        return int(dialog.result())

    monkeypatch.setattr(AddServiceDialog, "exec", exec_)
    return previews


def test_adding_google_analytics_and_one_undo_takes_it_back(
    harness: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = harness.window
    previews = drive_dialog(monkeypatch, harness.qtbot, "Google Analytics")
    harness.go("recipients")
    recipients = harness.list_editor("third party")
    button = next(
        b for b, _ in recipients.action_buttons if b.text().replace("&", "") == "From catalog…"
    )
    harness.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    # The preview said what would come, uncertain facts included.
    shown = previews[0]
    assert "Google Analytics 4" in shown and "Google Ireland Limited" in shown
    assert "_ga" in shown and "2 years" in shown
    assert "Not confirmed — check" in shown

    project = window.session.project
    (ga,) = project.recipients
    assert ga.service_id == "google-analytics-4"
    assert ga.role is RecipientRole.PROCESSOR and ga.country == "US"
    assert ga.transfer_safeguard is TransferSafeguard.DPF
    cookies = {c.name: c for c in project.cookies.cookies}
    assert set(cookies) == {"_ga", "_ga_*"}
    assert all(c.recipient_id == ga.id and c.service_id == ga.service_id for c in cookies.values())
    assert cookies["_ga"].lifetime.kind is LifetimeKind.PERIOD
    assert cookies["_ga"].party is Party.FIRST_PARTY
    assert project.cookies.uses_cookies is True
    assert recipients.count() == 1 and recipients.current_row() == 0

    # One Ctrl+Z takes the recipient, its cookies and the cookie answer back.
    recipients.table.setFocus()
    harness.qtbot.keyClick(recipients.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert project.recipients == [] and project.cookies.cookies == []
    assert project.cookies.uses_cookies is None
    window.session.undo_stack.redo()
    assert len(project.recipients) == 1 and len(project.cookies.cookies) == 2


def test_edits_win_when_the_service_is_added_again(qtbot: QtBot, personal_dir: Path) -> None:
    session = Session(Project())
    dialog = dialog_for(qtbot, session)
    qtbot.keyClicks(dialog.search, "stripe")
    dialog.add_selected()
    session.set_field(("recipients", 0, "purpose"), "card payments at the counter")

    again = dialog_for(qtbot, session)
    qtbot.keyClicks(again.search, "stripe")
    assert "already in your third parties" in again.preview.toPlainText()
    assert not again.add_button.isEnabled()  # nothing left to add
    again.add_selected()
    assert session.project.recipients[0].purpose == "card payments at the counter"
    assert len(session.project.recipients) == 1


def test_search_by_host_and_filter_by_kind(qtbot: QtBot, personal_dir: Path) -> None:
    dialog = dialog_for(qtbot, Session(Project()))
    qtbot.keyClicks(dialog.search, "static.hotjar.com")
    assert dialog.selected() is not None and dialog.selected().id == "hotjar"  # type: ignore[union-attr]
    dialog.search.clear()
    dialog.kind.setCurrentIndex(dialog.kind.findText("Payments", Qt.MatchFlag.MatchStartsWith))
    names = [dialog.matches.item(i).text().split("\n")[0] for i in range(dialog.matches.count())]
    assert "Stripe" in names and "Google Analytics 4" not in names
    first = dialog.selected()
    qtbot.keyClick(dialog.search, Qt.Key.Key_Down)  # arrows in the search field move the list
    assert dialog.matches.currentRow() == 1 and dialog.selected() != first
    qtbot.keyClicks(dialog.search, "no such service")
    assert dialog.matches.count() == 0 and not dialog.add_button.isEnabled()
    assert "Nothing in the catalog matches" in dialog.preview.toPlainText()


def test_removing_a_recipient_offers_its_cookies(
    harness: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = harness.window.session
    for search in ("Google Analytics", "Stripe"):
        dialog = dialog_for(harness.qtbot, session)
        harness.qtbot.keyClicks(dialog.search, search)
        dialog.add_selected()
    harness.go("recipients")
    editor = harness.list_editor("third party")
    asked: list[tuple[str, list[str]]] = []

    def answer(choice: bool | None):  # type: ignore[no-untyped-def]
        def ask(_parent, name, cookies):  # type: ignore[no-untyped-def]
            asked.append((name, cookies))
            return choice

        return ask

    editor.select_row(0)
    monkeypatch.setattr(catalogactions, "ask_remove_cookies", answer(None))
    editor.remove()
    assert asked == [("Google Analytics 4", ["_ga", "_ga_*"])]
    assert len(session.project.recipients) == 2  # cancelled: nothing removed

    monkeypatch.setattr(catalogactions, "ask_remove_cookies", answer(True))
    editor.remove()
    assert [r.name for r in session.project.recipients] == ["Stripe"]
    assert {c.name for c in session.project.cookies.cookies} == {"__stripe_mid", "__stripe_sid"}
    session.undo_stack.undo()  # one step brings both back
    assert len(session.project.recipients) == 2 and len(session.project.cookies.cookies) == 4

    editor.select_row(1)
    monkeypatch.setattr(catalogactions, "ask_remove_cookies", answer(False))
    editor.remove()
    assert [r.name for r in session.project.recipients] == ["Google Analytics 4"]
    kept = [c for c in session.project.cookies.cookies if c.name.startswith("__stripe")]
    assert len(kept) == 2 and all(c.recipient_id == "" for c in kept)
    session.undo_stack.undo()  # the recipient and the cookies' link to it come back together
    stripe = session.project.recipients[1]
    assert all(c.recipient_id == stripe.id for c in kept)


def test_a_recipient_without_cookies_is_removed_without_asking(harness: Harness) -> None:
    session = harness.window.session
    harness.go("recipients")
    editor = harness.list_editor("third party")
    editor.add()
    editor.remove()  # the fixture fails the test if a question were asked
    assert session.project.recipients == []


def test_personal_entry_round_trip(
    harness: Harness, monkeypatch: pytest.MonkeyPatch, personal_dir: Path
) -> None:
    session = harness.window.session
    harness.go("recipients")
    editor = harness.list_editor("third party")
    editor.add()
    for field, value in (
        ("name", "Corner Bakery Orders"),
        ("purpose", "to take cake orders"),
        ("country", "DE"),
        ("policy_url", "https://bakery.example.de/privacy"),
    ):
        session.set_field(("recipients", 0, field), value)  # fmt: skip
    saved: list[str] = []
    monkeypatch.setattr(
        catalogactions, "ask_save_entry", lambda _p, text, _d: saved.append(text) or True
    )
    save = next(b for b, needs_item in editor.action_buttons if needs_item)
    assert save.isEnabled()
    harness.qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert saved and "Corner Bakery Orders" in saved[0]
    path = personal_dir / "corner-bakery-orders.json"
    assert json.loads(path.read_text("utf-8"))["name"] == "Corner Bakery Orders"

    # A broken file beside it is reported, not fatal, and the saved entry is listed as yours.
    (personal_dir / "broken.json").write_text("{ not json", "utf-8")
    dialog = dialog_for(harness.qtbot, Session(Project()))
    assert "broken.json" in dialog.problems.text() and dialog.problems.isVisibleTo(dialog)
    harness.qtbot.keyClicks(dialog.search, "corner bakery")
    assert "your catalog" in dialog.matches.item(0).text()
    assert "your own catalog" in dialog.preview.toPlainText()
    assert "Not confirmed — check" in dialog.preview.toPlainText()  # role was not answered
    dialog.add_selected()
    added = dialog.session.project.recipients[0]
    assert added.name == "Corner Bakery Orders" and added.country == "DE"


def test_saving_an_unfinished_recipient_says_what_is_missing(
    harness: Harness, monkeypatch: pytest.MonkeyPatch, personal_dir: Path
) -> None:
    harness.go("recipients")
    editor = harness.list_editor("third party")
    editor.add()
    told: list[str] = []
    monkeypatch.setattr(catalogactions, "tell", lambda _p, _t, text: told.append(text))
    catalogactions.save_recipient_row(editor)
    assert told and "give the third party a name" in told[0]
    assert not personal_dir.exists()


def test_the_edit_menu_command_adds_and_shows_the_third_parties(
    harness: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = harness.window
    drive_dialog(monkeypatch, harness.qtbot, "mailchimp")
    assert window.current_page().spec.key == "organisation"
    window.commands.add_service.trigger()
    assert [r.name for r in window.session.project.recipients] == ["Mailchimp"]
    assert window.current_page().spec.key == "recipients"
    assert "Mailchimp" in window.statusBar().currentMessage()


def test_a_catalog_step_undoes_as_one_and_redoes(qapp: object) -> None:
    from editor.model import Recipient

    session = Session(Project())
    with session.macro("Add a service"):
        session.insert_item(("recipients",), 0, Recipient(name="a"))
        with session.macro("inner"):  # nested: part of the same step
            session.set_field(("cookies", "uses_cookies"), True, merge=False)
    session.set_field(("recipients", 0, "purpose"), "x")
    assert session.undo_stack.count() == 2
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert session.project.recipients == [] and session.project.cookies.uses_cookies is None
    session.undo_stack.redo()
    assert session.project.recipients[0].name == "a"
    assert session.project.cookies.uses_cookies is True


def test_sessions_holding_a_catalog_step_are_freed_safely(qapp: object) -> None:
    """The cycle collector freeing a session whose stack held a macro and a later edit used to
    crash the process: the commands' Python side went first, then the stack deleted them."""
    import gc

    from editor.model import Recipient

    for i in range(200):
        session = Session(Project())
        with session.macro("Add a service"):
            session.insert_item(("recipients",), 0, Recipient(name="a"))
        session.set_field(("recipients", 0, "purpose"), "x")
        cycle: list[object] = [session]
        cycle.append(cycle)
        del session, cycle
        if i % 20 == 0:
            gc.collect()
    gc.collect()
