"""Markdown (what the templates write) parsed into document nodes.

markdown-it-py parses CommonMark with GFM tables; raw HTML and images are switched off, and
links are kept only when they are http(s) or mailto. Headings open sections: a template's
``##`` is its top-level section, ``###`` a subsection; a heading deeper than one below its
parent is lifted so that no exported heading level is ever skipped. A paragraph that starts
with ``": "`` right before a table is that table's caption (the pandoc convention).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from markdown_it import MarkdownIt
from markdown_it.token import Token

from editor.document.nodes import (
    Block,
    BulletList,
    Emphasis,
    Inline,
    LineBreak,
    Link,
    ListItem,
    NumberedList,
    Paragraph,
    Strong,
    Table,
    Text,
)
from editor.document.validate import is_safe_url

_SPACE_RUN = re.compile(r"[ \t]{2,}")


@cache
def _parser() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "typographer": False, "linkify": False})
    md.enable("table")
    # Only what the templates write is switched on: headings, paragraphs, lists, tables,
    # emphasis, links and escapes. Fewer rules is also a faster parse.
    md.disable(
        [
            "image",
            "html_block",
            "html_inline",
            "code",
            "fence",
            "blockquote",
            "hr",
            "reference",
            "lheading",
            "backticks",
            "autolink",
            "entity",
        ]
    )
    return md


@dataclass
class Heading:
    """A heading met while reading blocks; ``depth`` 1 is a template's ``##``."""

    depth: int
    title: str


@dataclass
class _Reader:
    tokens: list[Token]
    pos: int = 0
    out: list[Block | Heading] = field(default_factory=list)

    def peek(self, offset: int = 0) -> Token | None:
        index = self.pos + offset
        return self.tokens[index] if index < len(self.tokens) else None

    def take(self) -> Token:
        token = self.tokens[self.pos]
        self.pos += 1
        return token


def parse_markdown(text: str) -> list[Block | Heading]:
    """Blocks and headings in reading order."""
    reader = _Reader(_parser().parse(text))
    items: list[Block | Heading] = []
    while reader.peek() is not None:
        items.extend(_read_block(reader))
    return items


def _read_block(reader: _Reader) -> list[Block | Heading]:
    token = reader.take()
    kind = token.type
    if kind == "heading_open":
        inline = reader.take()
        reader.take()  # heading_close
        title = "".join(_plain(child) for child in inline.children or [])
        return [Heading(int(token.tag[1:]) - 1, " ".join(title.split()))]
    if kind == "paragraph_open":
        inline = reader.take()
        reader.take()  # paragraph_close
        children = _inlines(inline.children or [])
        after = reader.peek()
        if after is not None and after.type == "table_open" and inline.content.startswith(": "):
            table = _read_table(reader)
            caption = _strip_caption_marker(children)
            return [Table(table.header, table.rows, caption)]
        return [Paragraph(children)] if children else []
    if kind in ("bullet_list_open", "ordered_list_open"):
        items = _read_list_items(reader, kind.replace("_open", "_close"))
        if kind == "ordered_list_open":
            start = token.attrGet("start")
            return [NumberedList(items, int(start) if start is not None else 1)]
        return [BulletList(items)]
    if kind == "table_open":
        reader.pos -= 1
        return [_read_table(reader)]
    if kind in ("code_block", "fence"):
        return [Paragraph((Text(" ".join(token.content.split())),))]
    # Blockquotes and rules are not part of the policy's vocabulary: keep their text only.
    return []


def _read_list_items(reader: _Reader, close: str) -> tuple[ListItem, ...]:
    items: list[ListItem] = []
    while (token := reader.take()).type != close:
        if token.type != "list_item_open":
            continue
        blocks: list[Block] = []
        while (nxt := reader.peek()) is not None and nxt.type != "list_item_close":
            blocks.extend(b for b in _read_block(reader) if not isinstance(b, Heading))
        reader.take()  # list_item_close
        items.append(ListItem(tuple(blocks)))
    return tuple(items)


def _read_table(reader: _Reader) -> Table:
    header: list[tuple[Inline, ...]] = []
    rows: list[tuple[tuple[Inline, ...], ...]] = []
    row: list[tuple[Inline, ...]] = []
    in_head = False
    while (token := reader.take()).type != "table_close":
        if token.type == "thead_open":
            in_head = True
        elif token.type == "thead_close":
            in_head = False
        elif token.type == "tr_open":
            row = []
        elif token.type == "inline":
            row.append(_inlines(token.children or []))
        elif token.type == "tr_close":
            if in_head:
                header = row
            else:
                rows.append(tuple(row))
    return _without_empty_columns(Table(tuple(header), tuple(rows)))


def _without_empty_columns(table: Table) -> Table:
    """The table without columns that no row fills: a heading over nothing tells no one
    anything (no country given for any recipient, say). The first column always stays."""
    if not table.rows:
        return table
    keep = [
        n
        for n in range(len(table.header))
        if n == 0 or any(n < len(row) and row[n] for row in table.rows)
    ]
    if len(keep) == len(table.header):
        return table
    header = tuple(table.header[n] for n in keep)
    rows = tuple(tuple(row[n] for n in keep if n < len(row)) for row in table.rows)
    return Table(header, rows, table.caption)


def _strip_caption_marker(children: tuple[Inline, ...]) -> tuple[Inline, ...]:
    first = children[0]
    if isinstance(first, Text):
        rest = first.text[2:].lstrip()
        return ((Text(rest),) if rest else ()) + children[1:]
    return children


def _plain(token: Token) -> str:
    if token.type in ("text", "code_inline"):
        return token.content
    if token.type in ("softbreak", "hardbreak"):
        return " "
    return ""


def _inlines(tokens: list[Token]) -> tuple[Inline, ...]:
    """Inline tokens to nodes, with runs of spaces made one and the ends trimmed."""
    nodes = list(_raw_inlines(tokens))
    for index, node in enumerate(nodes):
        if isinstance(node, Text):
            text = _SPACE_RUN.sub(" ", node.text)
            if index == 0:
                text = text.lstrip()
            if index == len(nodes) - 1:
                text = text.rstrip()
            nodes[index] = Text(text)
    return tuple(n for n in nodes if not (isinstance(n, Text) and not n.text))


def _raw_inlines(tokens: list[Token]) -> tuple[Inline, ...]:
    """Inline tokens to nodes; unsafe links keep their text and lose the link."""
    stack: list[tuple[str, str, list[Inline]]] = [("root", "", [])]
    for token in tokens:
        kind = token.type
        if kind in ("text", "code_inline"):
            _append_text(stack[-1][2], token.content)
        elif kind == "softbreak":
            _append_text(stack[-1][2], " ")
        elif kind == "hardbreak":
            stack[-1][2].append(LineBreak())
        elif kind in ("em_open", "strong_open"):
            stack.append((kind, "", []))
        elif kind == "link_open":
            stack.append((kind, str(token.attrGet("href") or ""), []))
        elif kind in ("em_close", "strong_close", "link_close") and len(stack) > 1:
            opened, url, children = stack.pop()
            node = _close(opened, url, tuple(children))
            parent = stack[-1][2]
            if isinstance(node, tuple):
                for child in node:
                    _append(parent, child)
            else:
                parent.append(node)
    while len(stack) > 1:  # unbalanced input: keep the text
        _, _, children = stack.pop()
        for child in children:
            _append(stack[-1][2], child)
    return tuple(stack[0][2])


def _close(opened: str, url: str, children: tuple[Inline, ...]) -> Inline | tuple[Inline, ...]:
    if opened == "em_open":
        return Emphasis(children)
    if opened == "strong_open":
        return Strong(children)
    if is_safe_url(url):
        return Link(url, children)
    return children


def _append(nodes: list[Inline], node: Inline) -> None:
    if isinstance(node, Text):
        _append_text(nodes, node.text)
    else:
        nodes.append(node)


def _append_text(nodes: list[Inline], text: str) -> None:
    if nodes and isinstance(nodes[-1], Text):
        nodes[-1] = Text(nodes[-1].text + text)
    elif text:
        nodes.append(Text(text))
