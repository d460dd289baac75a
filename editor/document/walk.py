"""Reading a document: its plain text, words, outline and sections.

The word functions define what "the same words" means when the tests compare export formats,
and what the readability score counts, so they live here beside the tree.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

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

# A word is a run of letters or digits, with inner apostrophes, dots or hyphens kept
# ("don't", "tallyhive.com", "opt-out"); punctuation and table rules are not words.
_WORD = re.compile(r"\w+(?:['’.\-@]\w+)*")


@dataclass(frozen=True, slots=True)
class OutlineEntry:
    level: int
    title: str
    anchor: str
    key: str


def inline_text(nodes: Iterable[Inline]) -> str:
    """The text of inline content; a line break becomes a newline."""
    parts: list[str] = []
    for node in nodes:
        if isinstance(node, Text):
            parts.append(node.text)
        elif isinstance(node, (Emphasis, Strong, Link)):
            parts.append(inline_text(node.children))
        elif isinstance(node, LineBreak):
            parts.append("\n")
    return "".join(parts)


def block_lines(block: Block, indent: str = "", cell_separator: str = " | ") -> Iterator[str]:
    """Plain-text lines of one block: list items with "- " or "1. ", table cells with " | "."""
    if isinstance(block, Paragraph):
        yield indent + inline_text(block.children).replace("\n", "\n" + indent)
    elif isinstance(block, (BulletList, NumberedList)):
        for number, item in enumerate(block.items, start=getattr(block, "start", 1)):
            marker = f"{number}. " if isinstance(block, NumberedList) else "- "
            first = True
            for child in item.children:
                for line in block_lines(child, indent + " " * len(marker), cell_separator):
                    if first:
                        line = indent + marker + line[len(indent) + len(marker) :]
                        first = False
                    yield line
    elif isinstance(block, Table):
        if block.caption:
            yield indent + inline_text(block.caption)
        for row in (block.header, *block.rows):
            cells = (inline_text(cell).replace("\n", " ") for cell in row)
            yield indent + cell_separator.join(cells)


def section_text(section: Section, *, cell_separator: str = " | ") -> str:
    """The plain text of a section: its title, its content and its subsections.

    ``cell_separator="\n"`` puts each table cell on a line of its own, as the readability
    score reads it: a reader takes in a cell at a time, not a whole row as one sentence.
    """
    return "\n\n".join(_section_chunks(section, cell_separator))


def _section_chunks(section: Section, cell_separator: str = " | ") -> Iterator[str]:
    yield section.title
    for child in section.children:
        if isinstance(child, Section):
            yield from _section_chunks(child, cell_separator)
        else:
            yield "\n".join(block_lines(child, cell_separator=cell_separator))


def plain_text(doc: Document) -> str:
    """The whole document as plain text, in reading order, blocks separated by blank lines."""
    chunks = [doc.title]
    chunks.extend("\n".join(block_lines(b)) for b in doc.preamble)
    for section in doc.sections:
        chunks.extend(_section_chunks(section))
    return "\n\n".join(chunks) + "\n"


def words(doc: Document | str) -> list[str]:
    """The document's words in reading order (of a document, or of text from an export)."""
    text = plain_text(doc) if isinstance(doc, Document) else doc
    return _WORD.findall(text)


def word_count(doc: Document | str) -> int:
    return len(words(doc))


def iter_sections(doc: Document) -> Iterator[Section]:
    """Every section, depth first, in reading order."""

    def visit(section: Section) -> Iterator[Section]:
        yield section
        for sub in section.subsections:
            yield from visit(sub)

    for section in doc.sections:
        yield from visit(section)


def outline(doc: Document) -> list[OutlineEntry]:
    """The headings of the document, for a table of contents or the editor's navigator."""
    return [OutlineEntry(s.level, s.title, s.anchor, s.key) for s in iter_sections(doc)]


def find_section(doc: Document, key: str) -> Section | None:
    """The first top-level section that comes from the project section ``key``."""
    return next((s for s in doc.sections if s.key == key), None)
