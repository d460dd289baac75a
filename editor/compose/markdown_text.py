"""Markdown escaping: user text that can never become markup, and text that already is.

``escape_markdown`` turns any string into CommonMark that renders as exactly that text (with
whitespace collapsed and characters XML cannot carry removed). Newlines become spaces, so a value
can never start a block of its own; the characters that open inline syntax anywhere (emphasis,
code, links, autolinks and HTML, entities, table cells, backslashes) are backslash-escaped, and
so is a first character that would be a block marker (``#``, ``>``, ``-``, ``+``, ``=``, or the
dot after a number) if the value starts a line. Parentheses and ``!`` need no escape because
``[`` never survives; escaping only these keeps the Markdown short and fast to parse.
``MarkdownText`` marks a string that is already Markdown (like markupsafe's ``Markup`` marks
HTML) and escapes whatever is joined to it.
"""

from __future__ import annotations

import re
from typing import Any, Self

from markupsafe import Markup

_ESCAPES = str.maketrans({c: "\\" + c for c in "\\`*_[]<>&|~#"})
_BLOCK_START = re.compile(r"^([>+=-]|\d+(?=[.)]))")
# C0 and C1 controls, DEL, lone surrogates and the two non-characters XML refuses.
_UNWANTED = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_SPACES = re.compile(r"[\s\u2028\u2029]+")


def clean_text(value: str) -> str:
    """One line of text: controls removed, any run of whitespace (newlines too) made one space."""
    return _SPACES.sub(" ", _UNWANTED.sub("", value)).strip()


def one_line(value: str) -> str:
    """Like ``clean_text`` but keeps a single leading or trailing space (text joined to text)."""
    return _SPACES.sub(" ", _UNWANTED.sub("", value))


def escape_markdown(value: object) -> MarkdownText:
    """Markdown that renders as the literal text of ``value``."""
    if isinstance(value, MarkdownText):
        return value
    if hasattr(value, "__html__"):
        # A macro's output: Jinja wraps it in plain Markup, but its parts were escaped by us.
        return MarkdownText(str(value))
    text = one_line(str(value)).translate(_ESCAPES)
    start = _BLOCK_START.match(text.lstrip())
    if start:
        offset = len(text) - len(text.lstrip())
        end = offset + start.end()
        if start.group(1)[0].isdigit():
            text = text[:end] + "\\" + text[end:]  # "1." -> "1\."
        else:
            text = text[:offset] + "\\" + text[offset:]
    return MarkdownText(text)


class MarkdownText(Markup):
    """A string that is Markdown already; anything concatenated or formatted in is escaped."""

    __slots__ = ()

    @classmethod
    def escape(cls, s: Any) -> Self:
        escaped = escape_markdown(s)
        return escaped if isinstance(escaped, cls) else cls(str(escaped))


def markup_join(seq: Any) -> str:
    """Jinja's ``~`` operator and string joins: escape the parts when one of them is Markdown."""
    parts = [p if hasattr(p, "__html__") else str(p) for p in seq]
    if any(hasattr(p, "__html__") for p in parts):
        return MarkdownText("").join(parts)
    return "".join(parts)
