"""A QTextDocument that shows preview units, each in its own frame, and updates by difference.

``set_target`` compares the units on screen with the new ones and queues the smallest set of
insertions, deletions and replacements; ``apply`` carries them out until a time budget is spent,
so the window can interleave them with typing. Each frame holds one small unit, so Qt lays out
only that frame again (a whole-document ``setHtml`` of a large policy takes a quarter second).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from difflib import SequenceMatcher
from html import unescape

from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFrame,
    QTextFrameFormat,
    QTextLength,
    QTextTableCellFormat,
    QTextTableFormat,
)

from editor.ui.previewunits import TableChunk, Unit

RULE = QColor("#c9d3d6")
HEADER_BACKGROUND = QColor("#e6eef0")


_FLAT_BLOCK = QTextBlockFormat()
_FLAT_BLOCK.setLineHeight(0, QTextBlockFormat.LineHeightTypes.FixedHeight.value)
_TINY_CHARS = QTextCharFormat()
_TINY_CHARS.setFontPointSize(1)


def _frame_format(unit: Unit) -> QTextFrameFormat:
    """Space above headings: inside its own frame a heading's CSS top margin is lost."""
    fmt = QTextFrameFormat()
    if unit.html.startswith(("<h2", "<h3", "<h4")):
        fmt.setTopMargin(14 if unit.html.startswith("<h2") else 8)
    elif unit.html.startswith("<h1"):
        fmt.setBottomMargin(6)
    return fmt


@dataclass(frozen=True)
class _Op:
    kind: str  # "insert", "delete" or "replace"
    index: int
    unit: Unit | None = None


class PreviewDocument:
    """The preview's text, kept in step with a list of units."""

    def __init__(self, document: QTextDocument) -> None:
        self.document = document
        # A preview is never undone; without this Qt would keep every edit in memory.
        document.setUndoRedoEnabled(False)
        self.units: list[Unit] = []
        self.frames: list[QTextFrame] = []
        self.pending: list[_Op] = []

    # --- planning ------------------------------------------------------------------------------

    def set_target(self, target: list[Unit]) -> None:
        """Plan the edits that turn what is shown into ``target`` (replacing any earlier plan)."""
        matcher = SequenceMatcher(
            None, [u.signature for u in self.units], [u.signature for u in target], autojunk=False
        )
        ops: list[_Op] = []
        # Front to back, as the reader reads (and Qt lays out: appending is cheap, inserting
        # before a long text is not); `shift` tracks how earlier edits moved the indexes.
        shift = 0
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            base = i1 + shift
            if tag == "equal":
                continue
            if tag == "replace" and i2 - i1 == j2 - j1:
                ops += [_Op("replace", base + k, target[j1 + k]) for k in range(i2 - i1)]
                continue
            ops += [_Op("delete", base) for _ in range(i1, i2)]
            ops += [_Op("insert", base + k, target[j]) for k, j in enumerate(range(j1, j2))]
            shift += (j2 - j1) - (i2 - i1)
        self.pending = ops

    @property
    def done(self) -> bool:
        return not self.pending

    # --- applying ------------------------------------------------------------------------------

    def apply(self, budget_s: float = 0.015) -> bool:
        """Carry out planned edits until done or ``budget_s`` has passed; True when done."""
        deadline = time.perf_counter() + budget_s
        while self.pending:
            op = self.pending.pop(0)
            # One edit block per unit: Qt then lays the unit out once, not once per cell.
            batch = QTextCursor(self.document)
            batch.beginEditBlock()
            try:
                if op.kind == "delete":
                    self._delete(op.index)
                elif op.kind == "insert":
                    assert op.unit is not None
                    self._insert(op.index, op.unit)
                else:
                    assert op.unit is not None
                    self._replace(op.index, op.unit)
            finally:
                batch.endEditBlock()
            if time.perf_counter() >= deadline:
                break
        return not self.pending

    def _insert(self, index: int, unit: Unit) -> None:
        cursor = QTextCursor(self.document)
        if index < len(self.frames):
            cursor.setPosition(self.frames[index].firstPosition() - 1)
        else:
            cursor.movePosition(QTextCursor.MoveOperation.End)
        frame = cursor.insertFrame(_frame_format(unit))
        self._fill(cursor, unit)
        self._flatten(self.document.findBlock(frame.firstPosition() - 1).position())
        self._flatten(self.document.findBlock(frame.lastPosition() + 1).position())
        self.frames.insert(index, frame)
        self.units.insert(index, unit)

    def _delete(self, index: int) -> None:
        frame = self.frames.pop(index)
        self.units.pop(index)
        cursor = QTextCursor(self.document)
        cursor.setPosition(frame.firstPosition() - 1)
        cursor.setPosition(frame.lastPosition() + 1, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()

    def _replace(self, index: int, unit: Unit) -> None:
        frame = self.frames[index]
        cursor = QTextCursor(self.document)
        cursor.setPosition(frame.firstPosition())
        cursor.setPosition(frame.lastPosition(), QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        cursor.setBlockFormat(QTextBlockFormat())
        cursor.setCharFormat(QTextCharFormat())
        self._fill(cursor, unit)
        self.units[index] = unit

    def _fill(self, cursor: QTextCursor, unit: Unit) -> None:
        if unit.table is None:
            cursor.insertHtml(unit.html)
        else:
            _insert_table(cursor, unit.table)

    def _flatten(self, position: int) -> None:
        """Qt keeps an empty block between frames; make the one at ``position`` take no space."""
        cursor = QTextCursor(self.document)
        cursor.setPosition(position)
        cursor.setBlockFormat(_FLAT_BLOCK)
        cursor.setBlockCharFormat(_TINY_CHARS)

    # --- finding -------------------------------------------------------------------------------

    def unit_at(self, position: int) -> Unit | None:
        """The unit shown at a text position (a click, a tooltip), or None between units."""
        for unit, frame in zip(self.units, self.frames, strict=True):
            if frame.firstPosition() <= position <= frame.lastPosition():
                return unit
        return None

    def first_frame_of(self, key: str) -> QTextFrame | None:
        """The frame of the first unit of policy section ``key`` (its heading)."""
        for unit, frame in zip(self.units, self.frames, strict=True):
            if unit.key == key:
                return frame
        return None


def _insert_table(cursor: QTextCursor, chunk: TableChunk) -> None:
    if chunk.caption:
        cursor.insertHtml(f"<p><b>{chunk.caption}</b></p>")
        cursor.insertBlock()
    columns = len(chunk.widths) or len(chunk.header)
    if columns == 0:
        return
    rows = len(chunk.rows) + (1 if chunk.header else 0)
    if rows == 0:
        return
    fmt = QTextTableFormat()
    fmt.setBorder(0)
    fmt.setCellSpacing(0)
    fmt.setCellPadding(4)
    fmt.setMargin(0)
    fmt.setBottomMargin(10 if chunk.last else 0)
    fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
    if any(chunk.widths):
        fmt.setColumnWidthConstraints(
            [QTextLength(QTextLength.Type.PercentageLength, w) for w in chunk.widths]
        )
    table = cursor.insertTable(rows, columns, fmt)
    rule = QTextTableCellFormat()
    rule.setBottomBorder(1)
    rule.setBottomBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
    rule.setBottomBorderBrush(QBrush(RULE))
    head = QTextTableCellFormat(rule)
    head.setBackground(QBrush(HEADER_BACKGROUND))
    head.setFontWeight(QFont.Weight.Bold)  # cell formats are character formats too
    all_rows = ([chunk.header] if chunk.header else []) + list(chunk.rows)
    for r, row in enumerate(all_rows):
        is_header = bool(chunk.header) and r == 0
        for c in range(columns):
            cell = table.cellAt(r, c)
            cell.setFormat(head if is_header else rule)
            html = row[c] if c < len(row) else ""
            cell_cursor = cell.firstCursorPosition()
            if "<" in html:
                cell_cursor.insertHtml(html)
            else:  # most cells are plain text: much cheaper than parsing HTML
                cell_cursor.insertText(unescape(html))
