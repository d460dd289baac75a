"""The old policy's blocks laid out as sections of plain text, and every sentence in them.

Each heading opens a section that runs to the next heading; text before the first heading is a
section without a title. A section's body is plain text in the form custom sections use
(paragraphs between blank lines, list items and table rows as "- " lines), and the whole old
policy is those sections one after another, so a sentence's offset finds it in both.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from editor.importer.blocks import Block, BlockKind, Link, OldPolicy
from editor.importer.sentences import split_sentences


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int  # offset in Reading.text
    section: int  # index into Reading.sections
    kind: BlockKind  # HEADING for a section's title
    links: tuple[Link, ...] = ()
    first: bool = False  # the first sentence of its block (a list item's label starts it)


@dataclass
class LaidOutSection:
    title: str
    body: str = ""
    title_start: int = 0
    body_start: int = 0


@dataclass
class Reading:
    """The old policy as text, sections and sentences: what recognisers read."""

    source_format: str
    text: str = ""
    sections: list[LaidOutSection] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)

    def section_title(self, sentence: Sentence) -> str:
        return self.sections[sentence.section].title


def _group(blocks: list[Block]) -> list[tuple[str, list[Block]]]:
    """(title, blocks) per section. A heading with nothing under it before the next heading
    joins that one's title ("Third-party services: Email connectors"), since a section with no
    text would be left out of the policy and its heading lost."""
    groups: list[tuple[str, list[Block]]] = []
    for block in blocks:
        if block.kind is BlockKind.HEADING:
            if groups and not groups[-1][1] and groups[-1][0]:
                title = groups[-1][0].rstrip(":") + ": " + block.text
                groups[-1] = (title, [])
            else:
                groups.append((block.text, []))
        elif groups:
            groups[-1][1].append(block)
        else:
            groups.append(("", [block]))
    if len(groups) > 1 and not groups[-1][1]:
        # A last heading with nothing under it still said something: keep its words.
        title, _ = groups.pop()
        groups[-1][1].append(Block(BlockKind.PARAGRAPH, title))
    return groups


def lay_out(policy: OldPolicy) -> Reading:
    reading = Reading(policy.source_format)
    parts: list[str] = []
    offset = 0

    def put(text: str) -> int:
        nonlocal offset
        at = offset
        parts.append(text)
        offset += len(text)
        return at

    for index, (title, blocks) in enumerate(_group(policy.blocks)):
        section = LaidOutSection(title)
        reading.sections.append(section)
        if title:
            section.title_start = put(title)
            reading.sentences.append(Sentence(title, section.title_start, index, BlockKind.HEADING))
            put("\n\n")
        section.body_start, first_part = offset, len(parts)
        previous: BlockKind | None = None
        for block in blocks:
            listed = block.kind in (BlockKind.ITEM, BlockKind.ROW)
            if previous is not None:
                put("\n" if listed and previous in (BlockKind.ITEM, BlockKind.ROW) else "\n\n")
            if listed:
                put("- ")
            at = put(block.text)
            for n, (start, text) in enumerate(split_sentences(block.text)):
                reading.sentences.append(
                    Sentence(text, at + start, index, block.kind, block.links, first=n == 0)
                )
            previous = block.kind
        section.body = "".join(parts[first_part:])
        put("\n\n")
    reading.text = "".join(parts).rstrip("\n")
    return reading
