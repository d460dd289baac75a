"""Word documents: python-docx's paragraphs and tables, in the order the document has them.

A heading is a paragraph in a heading style or with an outline level, or, in documents typed
without styles, a short line in bold that reads as a heading. List paragraphs (a list style
or Word numbering) become list items; a table becomes one row per line.
"""

from __future__ import annotations

import io
import zipfile
from typing import Any

from docx import Document
from docx.table import Table
from docx.text.hyperlink import Hyperlink
from docx.text.paragraph import Paragraph

from editor.importer.blocks import BlockKind, Link, OldPolicy, usable_target, with_target
from editor.importer.readers.plain import looks_like_heading

# A document that unpacks to more than this is a zip bomb, not a policy (a 300-page book with
# pictures unpacks to less).
MAX_UNPACKED_BYTES = 256 * 1024 * 1024


class NotAWordDocumentError(ValueError):
    """The bytes are not a .docx package (or one too large unpacked to be a policy)."""


def _check_package(data: bytes) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            unpacked = sum(info.file_size for info in package.infolist())
            names = set(package.namelist())
    except (zipfile.BadZipFile, ValueError) as err:
        raise NotAWordDocumentError("it is not a Word (.docx) document") from err
    if "word/document.xml" not in names:
        raise NotAWordDocumentError("it is a zip file, but not a Word (.docx) document")
    if unpacked > MAX_UNPACKED_BYTES:
        raise NotAWordDocumentError("it unpacks to far more than any policy could hold")


def _style_name(paragraph: Paragraph) -> str:
    try:
        return str(paragraph.style.name or "") if paragraph.style is not None else ""
    except (KeyError, ValueError):
        return ""


def _kind(paragraph: Paragraph, text: str) -> BlockKind:
    style = _style_name(paragraph).casefold()
    ppr = paragraph._p.pPr
    if style.startswith(("heading", "title", "subtitle")):
        return BlockKind.HEADING
    if ppr is not None and ppr.find(_qn("w:outlineLvl")) is not None:
        return BlockKind.HEADING
    if "list" in style or (ppr is not None and ppr.numPr is not None):
        return BlockKind.ITEM
    runs = [r for r in paragraph.runs if r.text.strip()]
    if (
        runs
        and all(r.bold for r in runs)
        and looks_like_heading(text, alone=True, next_is_item=False)
    ):
        return BlockKind.HEADING
    return BlockKind.PARAGRAPH


def _qn(tag: str) -> str:
    from docx.oxml.ns import qn

    return str(qn(tag))


def _paragraph_text(paragraph: Paragraph) -> tuple[str, tuple[Link, ...]]:
    parts: list[str] = []
    links: list[Link] = []
    for content in paragraph.iter_inner_content():
        if isinstance(content, Hyperlink):
            target = usable_target(content.url or "")
            words = content.text
            parts.append(with_target(words, target) if target else words)
            if target:
                links.append(Link(words, target))
        else:
            parts.append(content.text)
    return "".join(parts), tuple(links)


def _add_table(policy: OldPolicy, table: Table) -> None:
    for row in table.rows:
        cells: list[str] = []
        for cell in row.cells:
            text = " ".join(cell.text.split())
            if text and (not cells or cells[-1] != text):  # merged cells repeat their text
                cells.append(text)
        policy.add(BlockKind.ROW, " | ".join(cells))


def read_docx(data: bytes) -> OldPolicy:
    """The headings, paragraphs, list items and table rows of a .docx file."""
    _check_package(data)
    try:
        document: Any = Document(io.BytesIO(data))
    except Exception as err:  # python-docx raises many kinds for a damaged package
        raise NotAWordDocumentError("the Word document is damaged") from err
    policy = OldPolicy("docx")
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            _add_table(policy, block)
            continue
        text, links = _paragraph_text(block)
        if text.strip():
            policy.add(_kind(block, " ".join(text.split())), text, links)
    return policy
