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
class LawWording:
    """Wording a law requires or a right it gives: ``law`` is a ``Law`` value ("gdpr")."""

    law: str
    citation: str = ""


@dataclass(frozen=True, slots=True)
class Source:
    """Where a block's words come from (its provenance).

    ``answers`` are the field paths of the answers that wrote it (``recipients[0].name``), in
    the order the wording read them; ``laws`` the laws whose wording it is, with the citation;
    ``explains`` names fixed explanatory wording ("what_cookies_are"). A block from the user's
    own free text has the path of that text among its answers.
    """

    answers: tuple[str, ...] = ()
    laws: tuple[LawWording, ...] = ()
    explains: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.answers or self.laws or self.explains)

    def merged(self, other: Source) -> Source:
        """Both sources, each entry once, this one's first."""
        return Source(
            tuple(dict.fromkeys(self.answers + other.answers)),
            tuple(dict.fromkeys(self.laws + other.laws)),
            tuple(dict.fromkeys(self.explains + other.explains)),
        )


NO_SOURCE = Source()

# Provenance never decides whether two blocks are the same words: ``compare=False``.


@dataclass(frozen=True, slots=True)
class Paragraph:
    children: tuple[Inline, ...]
    source: Source = field(default=NO_SOURCE, compare=False)


@dataclass(frozen=True, slots=True)
class ListItem:
    children: tuple[Block, ...]
    source: Source = field(default=NO_SOURCE, compare=False)


@dataclass(frozen=True, slots=True)
class BulletList:
    items: tuple[ListItem, ...]
    source: Source = field(default=NO_SOURCE, compare=False)


@dataclass(frozen=True, slots=True)
class NumberedList:
    items: tuple[ListItem, ...]
    start: int = 1
    source: Source = field(default=NO_SOURCE, compare=False)


@dataclass(frozen=True, slots=True)
class Table:
    """A table with one header row; ``caption`` is shown above it in every format."""

    header: tuple[Cell, ...]
    rows: tuple[tuple[Cell, ...], ...]
    caption: tuple[Inline, ...] = ()
    source: Source = field(default=NO_SOURCE, compare=False)


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
