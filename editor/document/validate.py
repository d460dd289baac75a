"""Invariants every composed document keeps, checked in tests and by exporters' callers.

A document is valid when its anchors are unique HTML ids, each subsection is exactly one level
below its parent (so no exported heading level is skipped), every link is http(s) or mailto,
and no text holds a character that XML cannot carry.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from editor.document.nodes import (
    Block,
    BulletList,
    Document,
    Emphasis,
    Inline,
    Link,
    NumberedList,
    Paragraph,
    Section,
    Strong,
    Table,
    Text,
)

SAFE_SCHEMES = ("http://", "https://", "mailto:")
_ANCHOR = re.compile(r"^[A-Za-z][A-Za-z0-9_-]*$")
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def is_safe_url(url: str) -> bool:
    """An http(s) or mailto URL without spaces or control characters."""
    lowered = url.lower()
    return (
        lowered.startswith(SAFE_SCHEMES)
        and len(url) > len("mailto:")
        and not any(c.isspace() or ord(c) < 32 or ord(c) == 127 for c in url)
    )


def problems(doc: Document) -> list[str]:
    """Every broken invariant, in reading order; an empty list means the document is valid."""
    found: list[str] = []
    seen: set[str] = set()
    found.extend(_inline_problems_in_blocks(doc.preamble, "preamble"))
    if _XML_INVALID.search(doc.title):
        found.append("title: character XML cannot carry")
    for section in doc.sections:
        found.extend(_section_problems(section, 1, seen))
    return found


def _section_problems(section: Section, level: int, seen: set[str]) -> Iterator[str]:
    where = f"section {section.anchor!r}"
    if section.level != level:
        yield f"{where}: level {section.level}, expected {level}"
    if not _ANCHOR.match(section.anchor):
        yield f"{where}: anchor is not a plain HTML id"
    if section.anchor in seen:
        yield f"{where}: anchor used twice"
    seen.add(section.anchor)
    if not section.title.strip():
        yield f"{where}: empty title"
    if _XML_INVALID.search(section.title):
        yield f"{where}: title has a character XML cannot carry"
    yield from _inline_problems_in_blocks(section.blocks, where)
    for sub in section.subsections:
        yield from _section_problems(sub, level + 1, seen)


def _inline_problems_in_blocks(blocks: Iterable[Block], where: str) -> Iterator[str]:
    for block in blocks:
        if isinstance(block, Paragraph):
            yield from _inline_problems(block.children, where)
        elif isinstance(block, (BulletList, NumberedList)):
            for item in block.items:
                yield from _inline_problems_in_blocks(item.children, where)
        elif isinstance(block, Table):
            yield from _inline_problems(block.caption, where)
            width = len(block.header)
            for row in (block.header, *block.rows):
                if len(row) != width:
                    yield f"{where}: table row with {len(row)} cells, expected {width}"
                for cell in row:
                    yield from _inline_problems(cell, where)


def _inline_problems(nodes: Iterable[Inline], where: str) -> Iterator[str]:
    for node in nodes:
        if isinstance(node, Text) and _XML_INVALID.search(node.text):
            yield f"{where}: text has a character XML cannot carry"
        elif isinstance(node, Link):
            if not is_safe_url(node.url):
                yield f"{where}: unsafe link {node.url[:60]!r}"
            yield from _inline_problems(node.children, where)
        elif isinstance(node, (Emphasis, Strong)):
            yield from _inline_problems(node.children, where)
