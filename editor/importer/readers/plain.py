"""Plain text (and the text of a PDF): paragraphs, lists and headings from the layout alone.

Text has no markup, so a heading is recognised the way a reader sees one: a short line without
a full stop that is numbered ("2. Cookies"), in capitals, ends with a colon, or stands alone
between blank lines or above its paragraph in title case. A line that does not end a sentence
runs on into the next one, as wrapped lines of a PDF do.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from editor.importer.blocks import BlockKind, OldPolicy

_BULLET = re.compile(r"^(?:[-*•·‣▪◦○●–—]|\(?[a-z0-9]{1,3}[.)])\s+(?=\S)")
_NUMBERED = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,5}\.|[A-Z]\.)\s+[A-Z]")
_ENDS_SENTENCE = re.compile(r"[.!?;:)\"'”’]$")
_ENDS_CLAUSE = re.compile(r"[.!?;,]$")
_SMALL_WORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "but",
        "by",
        "for",
        "from",
        "in",
        "into",
        "of",
        "on",
        "or",
        "the",
        "to",
        "with",
        "via",
        "vs",
        "our",
        "your",
        "we",
        "us",
    ]
)
MAX_HEADING_CHARS = 90
MAX_HEADING_WORDS = 12


@dataclass
class _Line:
    text: str
    indent: int
    blank_before: bool
    blank_after: bool = False


def _lines(text: str) -> list[_Line]:
    lines: list[_Line] = []
    blank = True
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        expanded = raw.expandtabs(4).replace("\u00a0", " ")
        stripped = expanded.strip()
        if not stripped:
            blank = True
            if lines:
                lines[-1].blank_after = True
            continue
        lines.append(_Line(stripped, len(expanded) - len(expanded.lstrip()), blank))
        blank = False
    if lines:
        lines[-1].blank_after = True
    return lines


def _is_title_case(words: list[str]) -> bool:
    significant = [w for w in words if w.casefold() not in _SMALL_WORDS]
    if not significant:
        return False
    capitals = sum(1 for w in significant if w[:1].isupper() or w[:1].isdigit())
    return capitals / len(significant) >= 0.6


def looks_like_heading(line: str, *, alone: bool, next_is_item: bool) -> bool:
    """Whether one line of text reads as a heading (see the module's docstring)."""
    words = line.split()
    if not words or len(line) > MAX_HEADING_CHARS or len(words) > MAX_HEADING_WORDS:
        return False
    if not any(c.isalpha() for c in line) or (_BULLET.match(line) and not _NUMBERED.match(line)):
        return False
    if _NUMBERED.match(line) and not line.endswith((".", ",", ";")):
        return True
    letters = [c for c in line if c.isalpha()]
    if len(letters) >= 3 and all(c.isupper() for c in letters) and not line.endswith(","):
        return True
    if line.endswith(":"):
        # "Contact:" labels what follows; "the data we collect includes:" introduces a list.
        return len(words) <= 4 and not next_is_item and _is_title_case(words)
    if _ENDS_CLAUSE.search(line) or ": " in line or not line[0].isupper():
        return False
    return alone or _is_title_case(words)


def read_plain_text(text: str, source_format: str = "txt") -> OldPolicy:
    """Paragraphs, list items and headings of ``text``, in order."""
    policy = OldPolicy(source_format)
    lines = _lines(text)
    current: list[str] = []
    current_kind = BlockKind.PARAGRAPH
    item_indent = 0

    def flush() -> None:
        nonlocal current
        if current:
            policy.add(current_kind, " ".join(current))
        current = []

    for n, line in enumerate(lines):
        following = lines[n + 1] if n + 1 < len(lines) else None
        next_is_item = following is not None and bool(_BULLET.match(following.text))
        alone = line.blank_before and line.blank_after
        bullet = _BULLET.match(line.text)
        # A list item goes on in lines indented under it; a paragraph in lines that wrap.
        wraps = bool(current) and not line.blank_before and not bullet
        if wraps and current_kind is BlockKind.ITEM:
            wraps = line.indent > item_indent or line.text[:1].islower()
        elif wraps:
            wraps = _runs_on(current[-1], line.text)
        if not wraps and looks_like_heading(line.text, alone=alone, next_is_item=next_is_item):
            flush()
            policy.add(BlockKind.HEADING, line.text)
        elif wraps:
            current.append(line.text)
        elif bullet:
            flush()
            current_kind, item_indent = BlockKind.ITEM, line.indent
            current = [line.text[bullet.end() :]]
        else:
            flush()
            current_kind = BlockKind.PARAGRAPH
            current = [line.text]
    flush()
    return policy


def _runs_on(previous: str, line: str) -> bool:
    """A wrapped line: the one before did not end a sentence, or this one starts lower case."""
    return not _ENDS_SENTENCE.search(previous) or line[:1].islower()
