"""Edit › Update service catalog…: what a newer catalog changes, installing it, and taking
over its facts into the project one by one, in one undo step."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from editor.catalog import builtin_catalog, load_catalog
from editor.catalog.loader import current_catalog_dir
from editor.catalog.update import stage
from editor.model import Project, Recipient
from editor.ui.catalogupdate import CatalogUpdateDialog, tell_if_catalog_is_old
from editor.ui.session import Session
from tests.catalog.test_update import release_file, user_data  # noqa: F401 (a fixture)


def stripe_recipient(country: str) -> Recipient:
    stripe = load_catalog().get("stripe")
    assert stripe is not None and stripe.legal_entity is not None
    return Recipient(
        name="Stripe",
        service_id="stripe",
        legal_entity=stripe.legal_entity.name,
        country=country,
        transfer_safeguard=stripe.transfer_safeguard,
        policy_url=stripe.privacy_url or "",
    )


@pytest.mark.usefixtures("user_data")
def test_install_and_take_over_only_the_ticked_values_in_one_step(
    qtbot: QtBot, tmp_path: Path
) -> None:
    country = load_catalog().get("stripe").country  # type: ignore[union-attr]
    session = Session(Project(recipients=[stripe_recipient(country)]))
    staged = stage(release_file(tmp_path, {"data_locations": ["IE"], "transfer_safeguard": "scc"}))
    dialog = CatalogUpdateDialog(session, load_catalog(), staged)
    qtbot.addWidget(dialog)
    dialog.show()
    text = dialog.summary.toPlainText()
    assert "Stripe, transfer safeguard" in text and "Stripe, countries" in text
    rows = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert any(r.startswith("Stripe, country: ") for r in rows)
    assert all(
        dialog.list.item(i).checkState() == Qt.CheckState.Unchecked for i in range(len(rows))
    )
    country_row = next(i for i, r in enumerate(rows) if r.startswith("Stripe, country"))
    dialog.list.item(country_row).setCheckState(Qt.CheckState.Checked)
    dialog.apply()

    assert dialog.installed and current_catalog_dir().name == "catalog-update"
    assert builtin_catalog().get("stripe").country == "IE"  # type: ignore[union-attr]
    recipient = session.project.recipients[0]
    assert recipient.country == "IE"
    assert recipient.transfer_safeguard is not None and recipient.transfer_safeguard.value != "scc"
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert session.project.recipients[0].country == country


def test_an_old_catalog_is_mentioned_in_the_status_bar(qtbot: QtBot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    date = load_catalog().info.date
    assert not tell_if_catalog_is_old(window, date + dt.timedelta(days=30))
    assert window.statusBar().currentMessage() == ""
    assert tell_if_catalog_is_old(window, date + dt.timedelta(days=400))
    message = window.statusBar().currentMessage()
    assert date.isoformat() in message and "Update service catalog" in message
