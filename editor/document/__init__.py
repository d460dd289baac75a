"""The policy as a small format-neutral tree: what composition produces and exporters read.

Plain frozen dataclasses with no Qt, no I/O and no knowledge of the project model, so that an
exporter can be tested with a hand-built document and can never reach back into the answers.
"""

from editor.document.nodes import (
    NO_SOURCE,
    Block,
    BulletList,
    Cell,
    Document,
    Emphasis,
    Inline,
    LawWording,
    LineBreak,
    Link,
    ListItem,
    Meta,
    NumberedList,
    Paragraph,
    Section,
    Source,
    Strong,
    Table,
    Text,
)
from editor.document.walk import (
    OutlineEntry,
    find_section,
    inline_text,
    iter_sections,
    outline,
    plain_text,
    section_text,
    word_count,
    words,
)

__all__ = [
    "NO_SOURCE",
    "Block",
    "BulletList",
    "Cell",
    "Document",
    "Emphasis",
    "Inline",
    "LawWording",
    "LineBreak",
    "Link",
    "ListItem",
    "Meta",
    "NumberedList",
    "OutlineEntry",
    "Paragraph",
    "Section",
    "Source",
    "Strong",
    "Table",
    "Text",
    "find_section",
    "inline_text",
    "iter_sections",
    "outline",
    "plain_text",
    "section_text",
    "word_count",
    "words",
]
