"""Two versions of the composed policy side by side, as HTML for Qt's text view.

Only the parts whose text differs are shown, paired by section (the older version on the left),
with the changes in words that explain each part above it. Within a part, paragraphs, list
items and table rows are compared one by one, and those that differ are shaded: what the newer
version no longer says on the left, what it says instead on the right. Pure Python, no Qt.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from difflib import SequenceMatcher
from html import escape
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from editor.document.nodes import Block, Document, Section
    from editor.versions import Change, Comparison

OLD_SHADE = "#fbe1de"  # no longer said (light red)
NEW_SHADE = "#d9f0df"  # said instead (light green)
INK = "#1d2a2e"  # shaded text keeps dark ink, also under a dark desktop theme
SECTION_STYLE = f"background-color: #e6eef0; color: {INK};"


@dataclass(frozen=True)
class Line:
    """One comparable piece of a part: a paragraph, a list item or a table row.

    ``group`` says what holds it ("" for a paragraph standing alone, "ul", "ol", or a table's
    caption and header), so the pieces are put back together in their containers.
    """

    group: str
    html: str


@dataclass(frozen=True)
class Part:
    """One top-level part of a composed policy: a section, or the text before the first."""

    key: str
    title: str
    lines: tuple[Line, ...]


@dataclass(frozen=True)
class Words:
    """The words the page uses around the two columns (translated by the caller)."""

    intro: str  # "Only the parts that differ are shown…"
    introduction: str  # the title of the text before the first section
    absent: str  # "Not in this version."
    same: str  # "The two policies read the same."


def document_parts(doc: Document, introduction: str) -> list[Part]:
    """The policy's parts in reading order, each cut into comparable lines."""
    from editor.export.html import render_block

    parts = []
    if doc.preamble:
        lines = tuple(line for b in doc.preamble for line in _lines(b, render_block))
        parts.append(Part("", introduction, lines))
    for section in doc.sections:
        parts.append(Part(section.key, section.title, tuple(_section_lines(section, render_block))))
    return parts


def _section_lines(section: Section, render_block: Callable[[Any], str]) -> Iterator[Line]:
    from editor.document.nodes import Section as SectionNode

    for child in section.children:
        if isinstance(child, SectionNode):
            yield Line("", f"<h4>{escape(child.title)}</h4>")
            yield from _section_lines(child, render_block)
        else:
            yield from _lines(child, render_block)


_ITEM = re.compile(r"^<(ul|ol)>\n<li>(.*)</li>\n</\1>$", re.DOTALL)
_ROW = re.compile(r"<tr>.*?</tr>", re.DOTALL)
_OPENING_TAG = re.compile(r"^<(\w+)")


def _lines(block: Block, render_block: Callable[[Any], str]) -> Iterator[Line]:
    from editor.document.nodes import BulletList, NumberedList, Table
    from editor.export.html import render_inline

    if isinstance(block, BulletList | NumberedList):
        for item in block.items:
            html = render_block(BulletList((item,)))
            match = _ITEM.match(html)
            kind = "ol" if isinstance(block, NumberedList) else "ul"
            yield Line(kind, match.group(2)) if match else Line("", html)
    elif isinstance(block, Table):
        caption = render_inline(block.caption)
        head = "".join(f"<th>{render_inline(c)}</th>" for c in block.header)
        group = f"table\x00{caption}\x00{head}"
        html = render_block(block)
        body = html.split("<tbody>", 1)[-1]
        for row in _ROW.findall(body):
            yield Line(group, row[len("<tr>") : -len("</tr>")])
    else:
        yield Line("", render_block(block))


def differing_parts(old: list[Part], new: list[Part]) -> list[tuple[Part | None, Part | None]]:
    """The parts whose text differs, paired by section, in the newer policy's order; parts
    only in the older one come where they stood."""
    old_parts = {p.key: p for p in old}
    new_keys = {p.key for p in new}
    waiting = list(old_parts)
    pairs: list[tuple[Part | None, Part | None]] = []
    for part in new:
        while waiting and waiting[0] not in new_keys:
            pairs.append((old_parts[waiting.pop(0)], None))
        if part.key in waiting:
            waiting.remove(part.key)
        before = old_parts.get(part.key)
        if before is None or before.lines != part.lines:
            pairs.append((before, part))
    pairs += [(old_parts[key], None) for key in waiting]
    return pairs


def shaded_pair(old: Part | None, new: Part | None) -> tuple[str, str]:
    """The two cells' HTML, with the lines that differ shaded on each side."""
    old_lines = old.lines if old is not None else ()
    new_lines = new.lines if new is not None else ()
    old_marks = [False] * len(old_lines)
    new_marks = [False] * len(new_lines)
    matcher = SequenceMatcher(None, old_lines, new_lines, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal":
            old_marks[i1:i2] = [True] * (i2 - i1)
            new_marks[j1:j2] = [True] * (j2 - j1)
    return _assemble(old_lines, old_marks, OLD_SHADE), _assemble(new_lines, new_marks, NEW_SHADE)


def _assemble(lines: tuple[Line, ...], marks: list[bool], shade: str) -> str:
    html: list[str] = []
    open_group = ""
    for line, marked in zip(lines, marks, strict=True):
        if line.group != open_group:
            html.append(_close(open_group))
            html.append(_open(line.group))
            open_group = line.group
        style = f' style="background-color: {shade}; color: {INK};"' if marked else ""
        if line.group in ("ul", "ol"):
            html.append(f"<li{style}>{line.html}</li>")
        elif line.group:
            html.append(f"<tr{f' bgcolor={shade!r}' if marked else ''}>{line.html}</tr>")
        elif marked:
            html.append(_OPENING_TAG.sub(rf"<\1{style}", line.html, count=1))
        else:
            html.append(line.html)
    html.append(_close(open_group))
    return "".join(html)


def _open(group: str) -> str:
    if group in ("ul", "ol"):
        return f"<{group}>"
    if group:
        _table, caption, head = group.split("\x00")
        return (
            (f"<p><b>{caption}</b></p>" if caption else "")
            + '<table width="100%" border="1" cellspacing="0" cellpadding="3">'
            + (f"<tr>{head}</tr>" if head else "")
        )
    return ""


def _close(group: str) -> str:
    if group in ("ul", "ol"):
        return f"</{group}>"
    return "</table>" if group else ""


def side_by_side_html(
    old: Document,
    new: Document,
    comparison: Comparison,
    titles: tuple[str, str],
    words: Words,
    change_html: Callable[[Change], str],
) -> str:
    """A two-column table of the parts that differ, with the changes that explain each."""
    pairs = differing_parts(
        document_parts(old, words.introduction), document_parts(new, words.introduction)
    )
    by_key: dict[str, list[Change]] = {}
    for change in comparison.changes:
        by_key.setdefault(change.section.value, []).append(change)
    rows = [
        f"<p>{words.intro}</p>",
        '<table width="100%" cellspacing="0" cellpadding="6" border="0">',
        f'<tr><th width="50%" align="left">{titles[0]}</th>'
        f'<th width="50%" align="left">{titles[1]}</th></tr>',
    ]
    if not pairs:
        rows.append(f'<tr><td colspan="2">{escape(words.same)}</td></tr>')
    for old_part, new_part in pairs:
        part = new_part or old_part
        assert part is not None
        notes = "".join(f"<li>{change_html(c)}</li>" for c in by_key.get(part.key, []))
        rows.append(
            f'<tr><td colspan="2" style="{SECTION_STYLE}"><b>{escape(part.title)}</b>'
            + (f"<ul>{notes}</ul>" if notes else "")
            + "</td></tr>"
        )
        left, right = shaded_pair(old_part, new_part)
        absent = f"<p><i>{escape(words.absent)}</i></p>"
        rows.append(
            f'<tr><td width="50%" valign="top">{left if old_part else absent}</td>'
            f'<td width="50%" valign="top">{right if new_part else absent}</td></tr>'
        )
    rows.append("</table>")
    return "".join(rows)
