"""Plain text: the policy for an email or a terminal, wrapped and without markup."""

from __future__ import annotations

import textwrap

from editor.document.nodes import (
    Block,
    BulletList,
    Document,
    NumberedList,
    Paragraph,
    Section,
    Table,
)
from editor.document.walk import inline_text
from editor.export.options import TextOptions
from editor.export.textclean import xml_text


def _wrap(text: str, width: int, first: str = "", rest: str = "") -> str:
    lines = []
    for i, part in enumerate(text.split("\n")):
        lines.append(
            textwrap.fill(
                part,
                width=width,
                initial_indent=first if i == 0 else rest,
                subsequent_indent=rest,
                break_long_words=False,
                break_on_hyphens=False,
            )
            or (first if i == 0 else rest).rstrip()
        )
    return "\n".join(lines)


def _block(block: Block, width: int, indent: str = "") -> str:
    if isinstance(block, Paragraph):
        return _wrap(inline_text(block.children), width, indent, indent)
    if isinstance(block, (BulletList, NumberedList)):
        items = []
        for number, item in enumerate(block.items, start=getattr(block, "start", 1)):
            marker = f"{number}. " if isinstance(block, NumberedList) else "- "
            pad = indent + " " * len(marker)
            parts = []
            for j, child in enumerate(item.children):
                rendered = _block(child, width, pad)
                if j == 0:
                    rendered = indent + marker + rendered[len(pad) :]
                parts.append(rendered)
            items.append("\n".join(parts))
        return "\n".join(items)
    return _table(block, width, indent)


def _table(table: Table, width: int, indent: str) -> str:
    """A table as one record per row: the first cell, then "Header: value" lines."""
    out = []
    if table.caption:
        out.append(_wrap(inline_text(table.caption), width, indent, indent) + "\n")
    headers = [inline_text(h) for h in table.header]
    for row in table.rows:
        cells = [inline_text(c) for c in row]
        lines = [_wrap(cells[0] if cells else "", width, indent + "- ", indent + "  ")]
        for header, cell in zip(headers[1:], cells[1:], strict=False):
            if cell.strip():
                lines.append(_wrap(f"{header}: {cell}", width, indent + "  ", indent + "    "))
        out.append("\n".join(lines))
    return "\n".join(out)


def _section(section: Section, width: int) -> str:
    underline = {1: "=", 2: "-"}.get(section.level, "")
    title = section.title + ("\n" + underline * len(section.title) if underline else "")
    parts = [title]
    for child in section.children:
        parts.append(_section(child, width) if isinstance(child, Section) else _block(child, width))
    return "\n\n".join(parts)


def render_text(doc: Document, options: TextOptions | None = None) -> str:
    width = (options or TextOptions()).width
    title = doc.title
    parts = [title + "\n" + "=" * len(title)]
    parts.extend(_block(b, width) for b in doc.preamble)
    parts.extend(_section(s, width) for s in doc.sections)
    return xml_text("\n\n".join(parts)) + "\n"


def export_text(doc: Document, options: TextOptions | None = None) -> bytes:
    return render_text(doc, options).encode("utf-8")
