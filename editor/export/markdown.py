"""Markdown: CommonMark with GFM tables, tidy to read raw and safe to render.

Text is escaped only where Markdown would read it as syntax (emphasis, links, HTML, entities,
list or heading markers at the start of a line, table pipes), so the raw file stays readable
and no renderer turns a value into markup.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from editor.document.nodes import (
    Block,
    BulletList,
    Document,
    Emphasis,
    Inline,
    LineBreak,
    Link,
    NumberedList,
    Paragraph,
    Section,
    Strong,
    Table,
    Text,
)
from editor.document.validate import is_safe_url
from editor.export.options import MarkdownOptions
from editor.export.textclean import xml_text

_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]<>~|])")
_ENTITY = re.compile(r"&(?=#?[A-Za-z0-9]+;)")
_LINE_START = re.compile(r"^(\s*)([#>+=-]|\d{1,9}[.)])")
_MAX_ALIGNED_WIDTH = 120


def _escape(text: str) -> str:
    text = xml_text(text).replace("\n", " ")
    text = _INLINE_SPECIAL.sub(r"\\\1", text)
    return _ENTITY.sub("&amp;", text)


def _escape_line_start(line: str) -> str:
    """Keep a line's first characters from being read as a heading, quote or list marker."""
    match = _LINE_START.match(line)
    if not match:
        return line
    marker = match.group(2)
    escaped = marker[:-1] + "\\" + marker[-1] if marker[0].isdigit() else "\\" + marker
    return match.group(1) + escaped + line[match.end() :]


def render_inline(nodes: Iterable[Inline]) -> str:
    out: list[str] = []
    for node in nodes:
        if isinstance(node, Text):
            out.append(_escape(node.text))
        elif isinstance(node, Strong):
            out.append(_wrap("**", render_inline(node.children)))
        elif isinstance(node, Emphasis):
            out.append(_wrap("*", render_inline(node.children)))
        elif isinstance(node, Link):
            inner = render_inline(node.children)
            if is_safe_url(node.url) and inner:
                url = node.url.replace("<", "%3C").replace(">", "%3E")
                target = f"<{url}>" if any(c in url for c in "() ") else url
                out.append(f"[{inner}]({target})")
            else:
                out.append(inner)
        elif isinstance(node, LineBreak):
            out.append("\\\n")
    return "".join(out)


def _wrap(marker: str, inner: str) -> str:
    stripped = inner.strip()
    if not stripped:
        return inner
    lead = inner[: len(inner) - len(inner.lstrip())]
    trail = inner[len(inner.rstrip()) :]
    return f"{lead}{marker}{stripped}{marker}{trail}"


def _paragraph(nodes: Iterable[Inline]) -> str:
    return "\n".join(_escape_line_start(line) for line in render_inline(nodes).split("\n"))


def render_block(block: Block) -> str:
    if isinstance(block, Paragraph):
        return _paragraph(block.children)
    if isinstance(block, (BulletList, NumberedList)):
        return _list(block)
    return _table(block)


def _list(block: BulletList | NumberedList) -> str:
    tight = all(len(i.children) == 1 and isinstance(i.children[0], Paragraph) for i in block.items)
    lines: list[str] = []
    for number, item in enumerate(block.items, start=getattr(block, "start", 1)):
        marker = f"{number}. " if isinstance(block, NumberedList) else "- "
        pad = " " * len(marker)
        parts = [render_block(child) for child in item.children] or [""]
        text = ("\n\n" if not tight else "\n").join(parts)
        indented = "\n".join((pad + line) if line else "" for line in text.split("\n"))
        lines.append(marker + indented[len(pad) :])
    return ("\n" if tight else "\n\n").join(lines)


def _cell(nodes: Iterable[Inline]) -> str:
    rendered = render_inline(nodes).replace("\\\n", " ").replace("\n", " ")
    return rendered.strip() or " "


def _table(table: Table, align: bool = True) -> str:
    header = [_cell(c) for c in table.header]
    rows = [[_cell(c) for c in row] for row in table.rows]
    widths = [max(3, len(h)) for h in header]
    for row in rows:
        for i, cell in enumerate(row[: len(widths)]):
            widths[i] = max(widths[i], len(cell))
    aligned = align and sum(widths) + 3 * len(widths) + 1 <= _MAX_ALIGNED_WIDTH

    def line(cells: list[str]) -> str:
        if aligned:
            cells = [c.ljust(w) for c, w in zip(cells, widths, strict=False)]
        return "| " + " | ".join(cells) + " |"

    rule = "| " + " | ".join(("-" * w if aligned else "---") for w in widths) + " |"
    out = []
    if table.caption:
        out.append(_wrap("*", _paragraph(table.caption)) + "\n")
    out.append(line(header))
    out.append(rule)
    out.extend(line(r) for r in rows)
    return "\n".join(out)


def render_section_markdown(section: Section, options: MarkdownOptions | None = None) -> str:
    options = options or MarkdownOptions()
    hashes = "#" * min(6, section.level + 1)
    parts = [f"{hashes} {_escape(section.title)}"]
    for child in section.children:
        if isinstance(child, Section):
            parts.append(render_section_markdown(child, options))
        elif isinstance(child, Table):
            parts.append(_table(child, options.align_tables))
        else:
            parts.append(render_block(child))
    return "\n\n".join(parts)


def render_markdown(doc: Document, options: MarkdownOptions | None = None) -> str:
    options = options or MarkdownOptions()
    parts = [f"# {_escape(doc.title)}"]
    parts.extend(render_block(b) for b in doc.preamble)
    parts.extend(render_section_markdown(s, options) for s in doc.sections)
    return "\n\n".join(parts) + "\n"


def export_markdown(doc: Document, options: MarkdownOptions | None = None) -> bytes:
    return render_markdown(doc, options).encode("utf-8")
