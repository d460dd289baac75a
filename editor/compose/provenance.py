"""Where each block of the policy comes from: the answers its template read while writing it.

While a section's template renders, every attribute it reads from the project goes through the
environment's ``getattr`` (see ``environment``); the recorder notes the field path of each read
together with how much Markdown had been written at that moment. Once the Markdown is parsed,
each block gets the reads made on its own lines, and the reads made on the lines just before
it (the ``{% if %}`` that decided it should be there). Templates also say, with ``law(...)``
and ``explains(...)``, which wording a law requires and which is fixed explanation, and values
worked out in Python (``rights_offered``, ``business``) carry the answers they came from.

Nothing is recorded outside ``recording()``, so the checks and tests that read a project
through templates pay nothing.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
from typing import Any

from pydantic import BaseModel

from editor.document.nodes import (
    NO_SOURCE,
    BulletList,
    LawWording,
    NumberedList,
    Paragraph,
    Source,
    Text,
)


def answer_paths(project: BaseModel) -> dict[int, str]:
    """The field path of every model object inside ``project``, by object id ("" for the root)."""
    paths: dict[int, str] = {}

    def visit(node: BaseModel, path: str) -> None:
        paths[id(node)] = path
        for name in type(node).model_fields:
            value = getattr(node, name, None)
            child = f"{path}.{name}" if path else name
            if isinstance(value, BaseModel):
                visit(value, child)
            elif isinstance(value, list):
                paths[id(value)] = child
                for index, item in enumerate(value):
                    if isinstance(item, BaseModel):
                        visit(item, f"{child}[{index}]")

    visit(project, "")
    return paths


@dataclass(frozen=True, slots=True)
class _Event:
    offset: int
    answer: str = ""
    law: LawWording | None = None
    explains: str = ""


@dataclass
class Recorder:
    """The reads of one template rendering, each at the offset of the Markdown written so far."""

    paths: dict[int, str]
    offset: int = 0
    events: list[_Event] = field(default_factory=list)

    def read(self, owner: Any, name: str, value: Any) -> None:
        base = self.paths.get(id(owner))
        if (
            base is None
            or isinstance(value, BaseModel)
            or name not in getattr(type(owner), "model_fields", ())
        ):
            return  # not the project, a step on the way to an answer, or worked out from one
        self.events.append(_Event(self.offset, f"{base}.{name}" if base else name))

    def answers(self, paths: Iterable[str]) -> None:
        self.events.extend(_Event(self.offset, answer=p) for p in paths)

    def law(self, law: str, citation: str) -> None:
        self.events.append(_Event(self.offset, law=LawWording(law, citation)))

    def explains(self, topic: str) -> None:
        self.events.append(_Event(self.offset, explains=topic))


_CURRENT: ContextVar[Recorder | None] = ContextVar("provenance_recorder", default=None)


def current() -> Recorder | None:
    return _CURRENT.get()


@contextmanager
def recording(recorder: Recorder) -> Iterator[Recorder]:
    token = _CURRENT.set(recorder)
    try:
        yield recorder
    finally:
        _CURRENT.reset(token)


def render_traced(template: Any, values: dict[str, Any], recorder: Recorder) -> str:
    """The template's Markdown, with ``recorder`` noting where each read happened.

    ``generate`` runs the template lazily, so the code between two yields (the reads that
    decide the next piece of text) runs when the offset is where that text will go.
    """
    recorder.offset = 0
    recorder.events.clear()
    parts: list[str] = []
    with recording(recorder):
        for chunk in template.generate(values):
            parts.append(chunk)
            recorder.offset += len(chunk)
    return "".join(parts)


# --- marks the templates and the context make ---------------------------------------------------


def law(law: str, citation: str = "") -> str:
    """Template global: the wording that follows is what ``law`` requires (writes nothing)."""
    if (recorder := current()) is not None:
        recorder.law(law, citation)
    return ""


def explains(topic: str) -> str:
    """Template global: the wording that follows is fixed explanation (writes nothing)."""
    if (recorder := current()) is not None:
        recorder.explains(topic)
    return ""


def about(*values: Any) -> str:
    """Template global: the wording that follows is about these values, a part of the project
    (a cookie, a recipient) or a value worked out from answers; notes their answers."""
    if (recorder := current()) is not None:
        for value in values:
            if isinstance(value, Fact | SourcedList | SourcedSet):
                recorder.answers(value.paths)
            elif isinstance(value, list | tuple):
                about(*value)
            elif (path := recorder.paths.get(id(value))) is not None and path:
                recorder.answers((path,))
    return ""


class Fact:
    """A yes/no worked out from answers; each time a template asks it, it notes them."""

    __slots__ = ("_value", "paths")

    def __init__(self, value: bool, paths: tuple[str, ...]) -> None:
        self._value = bool(value)
        self.paths = paths

    def __bool__(self) -> bool:
        if (recorder := current()) is not None:
            recorder.answers(self.paths)
        return self._value

    def __eq__(self, other: object) -> bool:
        return bool(self) == other

    def __hash__(self) -> int:
        return hash(self._value)

    def __repr__(self) -> str:
        return f"Fact({self._value}, {self.paths})"


class SourcedList(list[Any]):
    """A list worked out from answers (the rights offered, the authorities); reading it notes
    them. Items that are parts of the project are noted by their own reads."""

    def __init__(self, items: Iterable[Any], paths: tuple[str, ...]) -> None:
        super().__init__(items)
        self.paths = paths

    def _note(self) -> None:
        if (recorder := current()) is not None:
            recorder.answers(self.paths)

    def __iter__(self) -> Iterator[Any]:
        self._note()
        return super().__iter__()

    def __len__(self) -> int:
        self._note()
        return super().__len__()

    def __bool__(self) -> bool:
        self._note()
        return super().__len__() > 0

    def __contains__(self, item: object) -> bool:
        self._note()
        return super().__contains__(item)


class SourcedSet(frozenset[str]):
    """The laws that apply: asking whether one does notes the answers that decide it."""

    paths: tuple[str, ...] = ()

    def __new__(cls, items: Iterable[str], paths: tuple[str, ...]) -> SourcedSet:
        made = super().__new__(cls, items)
        made.paths = paths
        return made

    def __contains__(self, item: object) -> bool:
        if (recorder := current()) is not None:
            recorder.answers(self.paths)
        return super().__contains__(item)


def shared_with_lists(blocks: list[Any]) -> list[Any]:
    """Blocks whose lists share sources with what introduces them.

    A paragraph ending in a colon and the list after it are one sentence ("We protect your data
    with:" and the measures), often written from one ``{% set %}`` made before both, so each
    gets the other's answers; an item that read nothing itself has its list's.
    """
    out = list(blocks)
    for n, block in enumerate(out):
        if not isinstance(block, BulletList | NumberedList):
            continue
        source = block.source
        before = out[n - 1] if n else None
        if isinstance(before, Paragraph) and _ends_with_colon(before):
            source = source.merged(before.source)
            out[n - 1] = replace(before, source=before.source.merged(source))
        out[n] = _filled(replace(block, source=source))
    return out


def _filled(block: Any) -> Any:
    """``block`` with the parts inside it that read nothing themselves given its source."""
    if isinstance(block, BulletList | NumberedList):
        items = []
        for item in block.items:
            own = item.source or block.source
            children = tuple(
                _filled(c if c.source else replace(c, source=own)) for c in item.children
            )
            items.append(replace(item, children=children, source=own))
        return replace(block, items=tuple(items))
    return block


def _ends_with_colon(paragraph: Paragraph) -> bool:
    last = paragraph.children[-1] if paragraph.children else None
    return isinstance(last, Text) and last.text.rstrip().endswith(":")


# --- from reads to blocks -----------------------------------------------------------------------


class BlockSources:
    """Hands each parsed block the source of the Markdown lines it was written on."""

    def __init__(self, markdown: str, events: list[_Event]) -> None:
        starts = [0]
        starts += [i + 1 for i, c in enumerate(markdown) if c == "\n"]
        self._line_starts = starts
        lines = markdown.split("\n")
        self._blank = {n for n, line in enumerate(lines) if not line.strip()}
        self._events = events
        self._by_line: dict[int, list[_Event]] = {}
        self._before: dict[int, list[_Event]] = {}  # reads that decided the block at a line

    def _line(self, offset: int) -> int:
        return bisect.bisect_right(self._line_starts, offset) - 1

    def place(self, items: list[tuple[int, int, bool]]) -> None:
        """Assign every read to a line, given the top-level items as (first line, end line,
        is a block). A read on a line between items goes to the next block: it is what
        decided that block should be written. Reads after the last block wrote nothing."""
        starts = [start for start, _, _ in items]
        for event in self._events:
            line = self._line(event.offset)
            n = bisect.bisect_right(starts, line) - 1
            # A blank line ends a block even where the parser counts it in (after a list).
            if n >= 0 and line < items[n][1] and line not in self._blank:
                target = line  # on the item's own lines (a heading's reads go to what follows)
                if items[n][2]:
                    self._by_line.setdefault(target, []).append(event)
                    continue
            # Between items, or on a heading: the next block.
            following = next((it for it in items[n + 1 :] if it[2]), None)
            if following is not None:
                self._before.setdefault(following[0], []).append(event)

    def source(self, first: int, end: int) -> Source:
        """The source of the block on lines ``first`` up to (not including) ``end``."""
        # The block's own reads first: they are its words, the ones before it its condition.
        events = [e for line in range(first, end) for e in self._by_line.get(line, ())]
        events += [e for line in range(first, end) for e in self._before.get(line, ())]
        if not events:
            return NO_SOURCE
        return Source(
            tuple(dict.fromkeys(e.answer for e in events if e.answer)),
            tuple(dict.fromkeys(e.law for e in events if e.law is not None)),
            tuple(dict.fromkeys(e.explains for e in events if e.explains)),
        )
