"""The composed policy cut into small units for a preview that updates piece by piece.

A unit is a heading, a paragraph, a list or up to ``ROWS_PER_CHUNK`` rows of a table, with its
HTML from the HTML exporter. The preview compares the units of two versions of the policy and
replaces only those that differ; because no unit is large, no single replacement (and so no
relayout) takes long, even for a table of a thousand cookies.

Pure Python, no Qt: this runs in the preview's worker thread.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html import escape
from typing import Any

ROWS_PER_CHUNK = 10


@dataclass(frozen=True)
class TableChunk:
    """Some rows of a table, as HTML per cell; the first chunk carries the caption and header."""

    caption: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[int, ...]  # percent of the text width per column, the same in every chunk
    first: bool
    last: bool


@dataclass(frozen=True)
class Unit:
    key: str  # the policy section it belongs to (a PolicySection value or "custom:<id>")
    anchor: str  # set on a section's heading unit: where "scroll to section" lands
    html: str = ""  # a heading, paragraph or list
    table: TableChunk | None = None
    # Where the words come from (the block's source): answers' field paths, and (law, citation).
    answers: tuple[str, ...] = ()
    laws: tuple[tuple[str, str], ...] = ()
    signature: int = field(default=0, compare=False)

    def __post_init__(self) -> None:
        signature = hash((self.key, self.anchor, self.html, self.table, self.answers, self.laws))
        object.__setattr__(self, "signature", signature)


def _sourced(key: str, block: Any, **parts: Any) -> Unit:
    """A unit of ``block`` that knows where its words come from."""
    source = block.source
    laws = tuple((w.law, w.citation) for w in source.laws)
    return Unit(key, "", answers=source.answers, laws=laws, **parts)


def document_units(doc: Any) -> list[Unit]:
    """Every unit of a composed ``editor.document.Document``, in reading order."""
    from editor.export.html import render_block  # the exporter's own markup

    units = [Unit("", "", f"<h1>{escape(doc.title)}</h1>")]
    units += [_sourced("", b, html=render_block(b)) for b in doc.preamble]
    for section in doc.sections:
        units += _section_units(section, render_block)
    return units


def _section_units(section: Any, render_block: Any) -> list[Unit]:
    from editor.document.nodes import Section, Table

    level = min(6, section.level + 1)
    heading = f'<h{level} id="{escape(section.anchor)}">{escape(section.title)}</h{level}>'
    units = [Unit(section.key, section.anchor, heading)]
    for child in section.children:
        if isinstance(child, Section):
            units += _section_units(child, render_block)
        elif isinstance(child, Table):
            units += [_sourced(section.key, child, table=chunk) for chunk in table_chunks(child)]
        else:
            units.append(_sourced(section.key, child, html=render_block(child)))
    return units


def table_chunks(table: Any) -> list[TableChunk]:
    from editor.document.walk import inline_text
    from editor.export.html import render_inline

    header = tuple(render_inline(cell) for cell in table.header)
    rows = [tuple(render_inline(cell) for cell in row) for row in table.rows]
    # A table that fits in one chunk lets Qt size its columns to their words; the chunks of a
    # longer table need the same widths to line up, so those are fixed from the content.
    widths = (
        column_widths(
            [inline_text(c) for c in table.header],
            [[inline_text(c) for c in row] for row in table.rows],
        )
        if len(rows) > ROWS_PER_CHUNK
        else (0,) * len(header)
    )
    caption = render_inline(table.caption)
    starts = range(0, max(len(rows), 1), ROWS_PER_CHUNK)
    return [
        TableChunk(
            caption if start == 0 else "",
            header if start == 0 else (),
            tuple(rows[start : start + ROWS_PER_CHUNK]),
            widths,
            first=start == 0,
            last=start + ROWS_PER_CHUNK >= len(rows),
        )
        for start in starts
    ]


def column_widths(header: list[str], rows: list[list[str]]) -> tuple[int, ...]:
    """Percent widths from the typical length of each column's text, so chunks line up.

    A column gets at least room for its longest word, so "Ireland" is never broken in two.
    """
    columns = len(header)
    if columns == 0:
        return ()
    weights = []
    for i in range(columns):
        cells = [row[i] for row in rows if i < len(row)]
        lengths = [min(len(cell), 80) for cell in cells] or [0]
        typical = sum(lengths) / len(lengths)
        longest_word = max((len(w) for c in [header[i], *cells] for w in c.split()), default=6)
        weights.append(max(typical, 1.4 * min(longest_word, 24), 6))
    total = sum(weights)
    raw = [max(10.0, 100 * w / total) for w in weights]
    scale = 100 / sum(raw)
    return tuple(round(r * scale) for r in raw)
