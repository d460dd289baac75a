"""List tables show options by their short labels; the full label is in the tooltip."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from editor.model import DataKind, LabeledEnum, Project, RecipientRole, TransferSafeguard
from editor.model.fieldpath import FieldPath
from editor.samples import start_project
from editor.ui.display import display_text
from editor.ui.listeditor import ListEditor
from editor.ui.modelinfo import field_type
from editor.ui.pages import PAGES, page
from editor.ui.pages.base import FormPage
from editor.ui.questions import Column, Entry, ListQuestion, walk
from editor.ui.session import Session

CELL_PADDING = 12  # the cell's margins and the grid line


def test_short_labels_drop_the_aside_or_are_given() -> None:
    assert RecipientRole.CONTROLLER.short == "Independent controller"
    assert RecipientRole.PROCESSOR.short == "Processor"
    assert DataKind.CONTACT.short == "Contact details"
    assert TransferSafeguard.NOT_NEEDED.short == "No transfer"  # given in the model
    assert DataKind.HEALTH.short == DataKind.HEALTH.label  # short enough already


def enum_columns(
    entries: tuple[Entry, ...], base: FieldPath = ()
) -> Iterator[tuple[Column, type[LabeledEnum]]]:
    """The table columns of these entries (and of nested lists) that show one option each."""
    for entry in walk(entries):
        if isinstance(entry, ListQuestion):
            item = (*base, *entry.field_path, 0)
            for column in entry.columns:
                kind = field_type(Project, (*item, *column.field_path))
                if kind.enum is not None and not kind.is_list:
                    yield column, kind.enum
            yield from enum_columns(entry.detail, item)


def test_short_labels_fit_their_columns(qtbot: QtBot) -> None:
    table = QTableView()
    qtbot.addWidget(table)
    metrics = table.fontMetrics()
    columns = [c for spec in PAGES for c in enum_columns(spec.entries)]
    assert any(enum is RecipientRole for _c, enum in columns)
    cut = [
        f"{column.title}: {member.short!r}"
        for column, enum in columns
        if column.width  # a stretching column takes what room there is
        for member in enum
        if metrics.horizontalAdvance(member.short) + CELL_PADDING > column.width
    ]
    assert not cut


def test_the_role_column_shows_the_short_label(qtbot: QtBot) -> None:
    session = Session(start_project("cafe"))
    form = FormPage(page("recipients"), session)
    qtbot.addWidget(form)
    editor = form.findChildren(ListEditor)[0]
    column = next(i for i, c in enumerate(editor.model.columns) if c.spec.path == "role")
    row = next(
        i for i, r in enumerate(session.project.recipients) if r.role is RecipientRole.CONTROLLER
    )
    index = editor.model.index(row, column)
    assert index.data(Qt.ItemDataRole.DisplayRole) == "Independent controller"
    assert index.data(Qt.ItemDataRole.ToolTipRole) == RecipientRole.CONTROLLER.label
    assert display_text([DataKind.CONTACT], None, full=True) == DataKind.CONTACT.label
