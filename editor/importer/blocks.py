"""The old policy as the readers hand it over: headings, paragraphs, list items, table rows.

Every reader, whatever the format, produces this one plain structure, so the rest of the
import never sees markup: text is text, a link is its words and its address.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class BlockKind(StrEnum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    ITEM = "item"  # one entry of a bulleted or numbered list
    ROW = "row"  # one row of a table, its cells joined


@dataclass(frozen=True)
class Link:
    """A link of the old policy: the words shown and where it pointed (http(s) or mailto)."""

    text: str
    target: str


@dataclass(frozen=True)
class Block:
    kind: BlockKind
    text: str
    links: tuple[Link, ...] = ()


@dataclass
class OldPolicy:
    """Everything a reader found, in the order the old policy has it."""

    source_format: str  # html, docx, md, txt, pdf
    blocks: list[Block] = field(default_factory=list)

    def add(self, kind: BlockKind, text: str, links: tuple[Link, ...] = ()) -> None:
        """Add a block of clean text; empty text adds nothing."""
        cleaned = clean_inline(text)
        if cleaned:
            self.blocks.append(Block(kind, cleaned, links))

    @property
    def text_length(self) -> int:
        return sum(len(b.text) for b in self.blocks)


_SPACES = str.maketrans({"\u00a0": " ", "\t": " ", "\u200b": "", "\ufeff": "", "\u00ad": ""})


def clean_inline(text: str) -> str:
    """One line of text: control characters and invisible ones dropped, spaces collapsed."""
    text = text.translate(_SPACES)
    text = "".join(c for c in text if c >= " " or c == "\n")
    return " ".join(text.split())


def with_target(text: str, target: str) -> str:
    """A link's words with its address after them, unless the words already say it.

    The project keeps plain text, so "our cookie policy" alone would lose where it pointed.
    """
    shown = target.removeprefix("mailto:")
    bare = shown.split("://", 1)[-1].removeprefix("www.").rstrip("/")
    if not text.strip():
        return shown
    if bare.casefold() in text.casefold():
        return text
    return f"{text} ({shown})"


def usable_target(href: str) -> str:
    """The link's address if it is one a policy can show (http, https, mailto), else ""."""
    href = "".join(href.split())  # browsers ignore whitespace inside an address
    scheme = href.split(":", 1)[0].casefold() if ":" in href else ""
    if scheme in ("http", "https", "mailto") and len(href) <= 2000:
        return href
    return ""  # javascript:, data:, relative links and the like are never carried over
