"""The node types of a composed policy.

A ``Document`` holds a title, a short preamble and top-level ``Section`` nodes; sections nest
(``level`` 1 is a top-level section, shown as ``h2`` in HTML and "Heading 1" in Word) and hold
blocks: paragraphs, bullet and numbered lists, and tables. Inline content is text, emphasis,
strong text, links and line breaks. Everything is immutable, so a document can be shared
between the preview, the exporters and the readability counter without copying.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TypeAlias


@dataclass(frozen=True, slots=True)
class Text:
    text: str


@dataclass(frozen=True, slots=True)
class Emphasis:
    children: tuple[Inline, ...]


@dataclass(frozen=True, slots=True)
class Strong:
    children: tuple[Inline, ...]


@dataclass(frozen=True, slots=True)
class Link:
    """A link to an http(s) or mailto address; composition never makes any other kind."""

    url: str
    children: tuple[Inline, ...]


@dataclass(frozen=True, slots=True)
class LineBreak:
    """A line break inside a paragraph, e.g. between the lines of a postal address."""


Inline: TypeAlias = Text | Emphasis | Strong | Link | LineBreak
Cell: TypeAlias = tuple[Inline, ...]


@dataclass(frozen=True, slots=True)
class Paragraph:
    children: tuple[Inline, ...]


@dataclass(frozen=True, slots=True)
class ListItem:
    children: tuple[Block, ...]


@dataclass(frozen=True, slots=True)
class BulletList:
    items: tuple[ListItem, ...]


@dataclass(frozen=True, slots=True)
class NumberedList:
    items: tuple[ListItem, ...]
    start: int = 1


@dataclass(frozen=True, slots=True)
class Table:
    """A table with one header row; ``caption`` is shown above it in every format."""

    header: tuple[Cell, ...]
    rows: tuple[tuple[Cell, ...], ...]
    caption: tuple[Inline, ...] = ()


Block: TypeAlias = Paragraph | BulletList | NumberedList | Table


@dataclass(frozen=True, slots=True)
class Section:
    """A titled part of the policy.

    ``anchor`` is unique in the document (an HTML id); ``key`` names the part of the project it
    comes from (a ``PolicySection`` value such as ``"cookies"``, or ``"custom:<id>"``) and is
    shared by its subsections, so the editor can show the section being edited.
    """

    title: str
    anchor: str
    level: int
    key: str
    children: tuple[Block | Section, ...] = ()

    @property
    def blocks(self) -> tuple[Block, ...]:
        """The section's own content, without its subsections."""
        return tuple(c for c in self.children if not isinstance(c, Section))

    @property
    def subsections(self) -> tuple[Section, ...]:
        return tuple(c for c in self.children if isinstance(c, Section))


@dataclass(frozen=True, slots=True)
class Meta:
    """Facts about the policy for document properties (not shown as text by exporters)."""

    publisher: str = ""
    effective_date: dt.date | None = None
    last_updated: dt.date | None = None
    version_label: str = ""
    website: str = ""


@dataclass(frozen=True, slots=True)
class Document:
    """A composed policy: the one thing every exporter receives.

    ``preamble`` is the text between the title and the first section (an introduction and the
    dates); ``toc_title`` is the heading of the table of contents in the policy's language.
    """

    title: str
    language: str
    meta: Meta = field(default_factory=Meta)
    preamble: tuple[Block, ...] = ()
    sections: tuple[Section, ...] = ()
    toc_title: str = "Contents"
