"""The preview: the composed policy, updated piece by piece, keeping the reader's place."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot

from editor.compose import compose
from editor.document.nodes import Document, Paragraph, Section, Table, Text
from editor.samples import start_project
from editor.ui.analysis import Analysis
from editor.ui.preview import PreviewPane
from editor.ui.previewdoc import PreviewDocument
from editor.ui.previewunits import ROWS_PER_CHUNK, Unit, document_units


def para(text: str) -> Paragraph:
    return Paragraph((Text(text),))


def doc_with(*sections: Section) -> Document:
    return Document(title="Privacy Policy", language="en", sections=sections)


def section(key: str, *children: Paragraph | Table) -> Section:
    return Section(title=key.title(), anchor=key, level=1, key=key, children=children)


def shown(units: list[Unit], qapp: object) -> tuple[PreviewDocument, QTextDocument]:
    document = QTextDocument()
    preview = PreviewDocument(document)
    preview.set_target(units)
    assert preview.apply(budget_s=10)
    return preview, document


def text_of(document: QTextDocument) -> list[str]:
    return [line for line in document.toPlainText().splitlines() if line.strip()]


def test_only_changed_units_are_replaced(qapp: object) -> None:
    before = document_units(doc_with(section("a", para("one")), section("b", para("two"))))
    preview, document = shown(before, qapp)
    assert text_of(document) == ["Privacy Policy", "A", "one", "B", "two"]
    after = document_units(doc_with(section("a", para("one")), section("b", para("TWO"))))
    preview.set_target(after)
    assert [op.kind for op in preview.pending] == ["replace"]
    preview.apply(budget_s=10)
    assert text_of(document) == ["Privacy Policy", "A", "one", "B", "TWO"]


def test_sections_appear_and_disappear(qapp: object) -> None:
    preview, document = shown(document_units(doc_with(section("a", para("one")))), qapp)
    grown = doc_with(section("z", para("new")), section("a", para("one")), section("c", para("3")))
    preview.set_target(document_units(grown))
    preview.apply(budget_s=10)
    assert text_of(document) == ["Privacy Policy", "Z", "new", "A", "one", "C", "3"]
    preview.set_target(document_units(doc_with(section("c", para("3")))))
    preview.apply(budget_s=10)
    assert text_of(document) == ["Privacy Policy", "C", "3"]


def test_long_tables_are_cut_into_chunks_that_keep_every_row(qapp: object) -> None:
    rows = tuple(((Text(f"cookie_{i}"),), (Text("Analytics"),)) for i in range(25))
    table = Table(header=((Text("Name"),), (Text("Category"),)), rows=rows)
    units = document_units(doc_with(section("cookies", table)))
    chunks = [u.table for u in units if u.table is not None]
    assert len(chunks) == -(-25 // ROWS_PER_CHUNK)
    assert len({c.widths for c in chunks}) == 1  # the columns line up from chunk to chunk
    _preview, document = shown(units, qapp)
    text = document.toPlainText()
    assert all(f"cookie_{i}" in text for i in range(25))
    assert text.count("Category") == 1  # one header row, not one per chunk


def test_a_sample_policy_matches_its_plain_text(qapp: object) -> None:
    doc = compose(start_project("cafe"))
    _preview, document = shown(document_units(doc), qapp)
    text = document.toPlainText()
    for sec in doc.sections:
        assert sec.title in text


def test_scroll_position_is_kept_when_text_above_changes(qtbot: QtBot) -> None:
    pane = PreviewPane()
    qtbot.addWidget(pane)
    pane.resize(500, 400)
    pane.show()
    many = [section(f"s{i}", para(f"paragraph {i} " * 20)) for i in range(40)]
    pane.show_result(Analysis(1, units=document_units(doc_with(*many))))
    qtbot.waitUntil(lambda: pane.doc.done)
    bar = pane.view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    top = pane.view.cursorForPosition(pane.view.viewport().rect().topLeft()).block().text()
    many[0] = section("s0", para("much longer text " * 200))  # far above the view
    pane.show_result(Analysis(2, units=document_units(doc_with(*many))))
    qtbot.waitUntil(lambda: pane.doc.done)
    assert pane.view.cursorForPosition(pane.view.viewport().rect().topLeft()).block().text() == top


def test_preview_follows_the_section_being_edited(qtbot: QtBot) -> None:
    pane = PreviewPane()
    qtbot.addWidget(pane)
    pane.resize(500, 400)
    pane.show()
    many = [section(f"s{i}", para(f"paragraph {i} " * 20)) for i in range(40)]
    pane.show_result(Analysis(1, units=document_units(doc_with(*many))))
    qtbot.waitUntil(lambda: pane.doc.done)
    pane.follow_section("s30")
    top = pane.view.cursorForPosition(pane.view.viewport().rect().topLeft()).block().text()
    assert top in ("S30", "")  # the heading, or the empty block above it
    assert pane.view.verticalScrollBar().value() > 0


def test_a_composer_failure_is_shown_not_raised(qtbot: QtBot) -> None:
    pane = PreviewPane()
    qtbot.addWidget(pane)
    pane.show_result(Analysis(1, units=None, preview_error="The policy could not be composed"))
    assert pane.notice.isVisibleTo(pane)
