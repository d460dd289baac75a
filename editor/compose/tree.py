"""Parsed Markdown turned into sections with unique anchors; custom sections built directly."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from editor.compose.markdown_in import Heading
from editor.compose.markdown_text import clean_text
from editor.document.nodes import (
    NO_SOURCE,
    Block,
    BulletList,
    ListItem,
    Paragraph,
    Section,
    Source,
    Text,
)
from editor.model import CustomSection


class Anchors:
    """Hands out unique HTML ids; built-in sections reserve theirs first."""

    def __init__(self, reserved: list[str]) -> None:
        self.used: set[str] = set(reserved)

    def claim(self, title: str, fallback: str = "section") -> str:
        base = slugify(title) or fallback
        anchor, n = base, 2
        while anchor in self.used:
            anchor, n = f"{base}-{n}", n + 1
        self.used.add(anchor)
        return anchor


def slugify(title: str) -> str:
    """An ASCII id from a title: "Who we share it with" -> "who-we-share-it-with"."""
    ascii_text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:60].rstrip("-")
    if slug and not slug[0].isalpha():
        slug = "s-" + slug
    return slug


def builtin_anchor(key: str) -> str:
    return key.replace("_", "-")


@dataclass
class _Open:
    title: str
    anchor: str
    level: int
    children: list[Block | _Open] = field(default_factory=list)

    def has_content(self) -> bool:
        return any(not isinstance(c, _Open) or c.has_content() for c in self.children)

    def close(self, key: str) -> Section:
        children: list[Block | Section] = []
        for child in self.children:
            if isinstance(child, _Open):
                if child.has_content():
                    children.append(child.close(key))
            else:
                children.append(child)
        return Section(self.title, self.anchor, self.level, key, tuple(children))


def build_section(
    items: list[Block | Heading], key: str, anchor: str, anchors: Anchors
) -> Section | None:
    """A section from one template's output, or None when it says nothing under its heading.

    The first item must be the template's heading. Later headings nest by depth, lifted so that
    none is more than one level below its parent.
    """
    if not items or not isinstance(items[0], Heading):
        raise ValueError(f"the template for {key!r} must start with a heading")
    root = _Open(items[0].title, anchor, 1)
    stack = [root]
    for item in items[1:]:
        if isinstance(item, Heading):
            level = max(2, min(item.depth, len(stack) + 1))
            del stack[level - 1 :]
            sub = _Open(item.title, anchors.claim(item.title), level)
            stack[-1].children.append(sub)
            stack.append(sub)
        else:
            stack[-1].children.append(item)
    return root.close(key) if root.has_content() else None


def custom_section(
    custom: CustomSection, anchors: Anchors, untitled: str, path: str = ""
) -> Section | None:
    """A custom section from the user's plain text: paragraphs, and "- " lines as bullets.

    The text is never read as markup, so it is turned into nodes directly; ``path`` is where
    the section is in the project (``custom_sections[2]``), each block's source.
    """
    blocks = plain_text_blocks(custom.body, Source((f"{path}.body",)) if path else NO_SOURCE)
    if not blocks:
        return None
    title = clean_text(custom.title) or untitled
    key = f"custom:{custom.id}"
    return Section(title, anchors.claim(title, "custom"), 1, key, tuple(blocks))


def plain_text_blocks(body: str, source: Source = NO_SOURCE) -> list[Block]:
    """Paragraphs (split at blank lines) and bullet lists (lines starting "- ") from plain text."""
    blocks: list[Block] = []
    for chunk in re.split(r"\n\s*\n", body.replace("\r\n", "\n")):
        text: list[str] = []
        bullets: list[ListItem] = []
        for line in (raw.strip() for raw in chunk.split("\n")):
            if not line:
                continue
            if line.startswith(("- ", "* ", "• ")):
                _flush_paragraph(text, blocks, source)
                if item := clean_text(line[2:]):
                    bullets.append(ListItem((Paragraph((Text(item),), source),), source))
            else:
                _flush_bullets(bullets, blocks, source)
                text.append(line)
        _flush_paragraph(text, blocks, source)
        _flush_bullets(bullets, blocks, source)
    return blocks


def _flush_paragraph(text: list[str], blocks: list[Block], source: Source) -> None:
    if joined := clean_text(" ".join(text)):
        blocks.append(Paragraph((Text(joined),), source))
    text.clear()


def _flush_bullets(bullets: list[ListItem], blocks: list[Block], source: Source) -> None:
    if bullets:
        blocks.append(BulletList(tuple(bullets), source))
    bullets.clear()
