"""The document tree as JSON, with each block's provenance: for tools, reviews and tests.

The shape is documented in the README ("The document as JSON"). Keys are only ever added, never
renamed or removed, so a script written against one version keeps working (``schema`` says
which version wrote the file). Every inline-holding part has both ``text`` (plain) and
``inlines`` (the structure: emphasis, strong, links, line breaks).
"""

from __future__ import annotations

import json
from typing import Any

from editor.document.nodes import (
    Block,
    BulletList,
    Document,
    Emphasis,
    Inline,
    LineBreak,
    Link,
    ListItem,
    NumberedList,
    Paragraph,
    Section,
    Source,
    Strong,
    Table,
    Text,
)
from editor.document.walk import inline_text
from editor.export.textclean import xml_text

SCHEMA = 1


def export_json(doc: Document, options: Any = None) -> bytes:
    """UTF-8 JSON of ``doc``, two-space indented with a final newline (diffs well).

    Like every other format it leaves out what a page cannot carry (the C1 controls and the
    noncharacters HTML refuses); JSON has already escaped the C0 controls.
    """
    text = json.dumps(document_tree(doc), ensure_ascii=False, indent=2)
    return (xml_text(text) + "\n").encode("utf-8")


def document_tree(doc: Document) -> dict[str, Any]:
    meta = doc.meta
    return {
        "schema": SCHEMA,
        "title": doc.title,
        "language": doc.language,
        "meta": {
            "publisher": meta.publisher,
            "effective_date": meta.effective_date.isoformat() if meta.effective_date else None,
            "last_updated": meta.last_updated.isoformat() if meta.last_updated else None,
            "version_label": meta.version_label,
            "website": meta.website,
        },
        "preamble": [_block(b) for b in doc.preamble],
        "sections": [_section(s) for s in doc.sections],
    }


def _section(section: Section) -> dict[str, Any]:
    return {
        "type": "section",
        "title": section.title,
        "anchor": section.anchor,
        "level": section.level,
        "key": section.key,
        "children": [
            _section(c) if isinstance(c, Section) else _block(c) for c in section.children
        ],
    }


def source_tree(source: Source) -> dict[str, Any]:
    return {
        "answers": list(source.answers),
        "laws": [{"law": w.law, "citation": w.citation} for w in source.laws],
        "explains": list(source.explains),
    }


def _cell(inlines: tuple[Inline, ...]) -> dict[str, Any]:
    return {"text": inline_text(inlines), "inlines": [_inline(i) for i in inlines]}


def _block(block: Block) -> dict[str, Any]:
    if isinstance(block, Paragraph):
        out = {"type": "paragraph", **_cell(block.children)}
    elif isinstance(block, BulletList | NumberedList):
        out = {
            "type": "bullet_list" if isinstance(block, BulletList) else "numbered_list",
            "items": [_item(i) for i in block.items],
        }
        if isinstance(block, NumberedList):
            out["start"] = block.start
    else:
        assert isinstance(block, Table)
        out = {
            "type": "table",
            "caption": _cell(block.caption),
            "header": [_cell(c) for c in block.header],
            "rows": [[_cell(c) for c in row] for row in block.rows],
        }
    out["source"] = source_tree(block.source)
    return out


def _item(item: ListItem) -> dict[str, Any]:
    return {
        "type": "list_item",
        "children": [_block(b) for b in item.children],
        "source": source_tree(item.source),
    }


def _inline(node: Inline) -> dict[str, Any]:
    if isinstance(node, Text):
        return {"type": "text", "text": node.text}
    if isinstance(node, LineBreak):
        return {"type": "line_break"}
    if isinstance(node, Link):
        return {"type": "link", "url": node.url, "children": [_inline(c) for c in node.children]}
    kind = "emphasis" if isinstance(node, Emphasis) else "strong"
    assert isinstance(node, Emphasis | Strong)
    return {"type": kind, "children": [_inline(c) for c in node.children]}
