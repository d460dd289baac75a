"""DOCX: a Word document in the reference document's real styles.

The body is written as WordprocessingML text in one pass and parsed once, which is many times
faster than adding paragraphs and table cells one by one through python-docx (whose by-name
style lookup alone costs half a second on a large policy); python-docx still does what it does
well: the package, relationships for links, numbering and document properties. Styles are
resolved from the reference document once, by name, to their ids.
"""

from __future__ import annotations

import datetime as dt
import io
import math
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import Any
from xml.sax.saxutils import escape

from editor.document.nodes import (
    Block,
    BulletList,
    Document,
    Emphasis,
    Inline,
    LineBreak,
    Link,
    NumberedList,
    Paragraph,
    Section,
    Strong,
    Table,
    Text,
)
from editor.document.validate import is_safe_url
from editor.document.walk import inline_text
from editor.export.options import DocxOptions
from editor.export.textclean import xml_text
from editor.paths import templates_dir

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
HYPERLINK_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"
# Page sizes and the reference document's side margins, in twentieths of a point.
PAGES = {"a4": (11906, 16838), "letter": (12240, 15840)}
SIDE_MARGINS = 2 * 1247
# Text whose spaces Word would lose without xml:space="preserve": at either end, or two in a row.
_NEEDS_PRESERVE = re.compile(r"^\s|\s$|\s\s")
STYLE_NAMES = {
    "title": "Title",
    "h1": "Heading 1",
    "h2": "Heading 2",
    "h3": "Heading 3",
    "bullet": "List Bullet",
    "bullet2": "List Bullet 2",
    "number": "List Number",
    "number2": "List Number 2",
    "continue": "List Continue",
    "continue2": "List Continue 2",
    "caption": "Caption",
    "table": "Policy Table",
    "link": "Hyperlink",
}


@cache
def _reference_bytes() -> bytes:
    return (templates_dir() / "docx" / "reference.docx").read_bytes()


@dataclass
class _Writer:
    """Builds the body XML; ``link`` registers a hyperlink and returns its relationship id."""

    styles: dict[str, str]
    text_width: int
    link: Any
    number_list: Any
    out: list[str] = field(default_factory=list)

    def paragraph(self, style: str | None, runs: str, extra_ppr: str = "") -> None:
        ppr = f'<w:pStyle w:val="{self.styles[style]}"/>' if style else ""
        self.out.append(f"<w:p><w:pPr>{ppr}{extra_ppr}</w:pPr>{runs}</w:p>")

    def runs(self, nodes: Iterable[Inline], bold: bool = False, italic: bool = False) -> str:
        parts: list[str] = []
        for node in nodes:
            if isinstance(node, Text):
                parts.append(_run(node.text, bold, italic))
            elif isinstance(node, Strong):
                parts.append(self.runs(node.children, True, italic))
            elif isinstance(node, Emphasis):
                parts.append(self.runs(node.children, bold, True))
            elif isinstance(node, LineBreak):
                parts.append("<w:r><w:br/></w:r>")
            elif isinstance(node, Link):
                inner = self.runs(node.children, bold, italic)
                if is_safe_url(node.url):
                    style = f'<w:rStyle w:val="{self.styles["link"]}"/>'
                    inner = inner.replace("<w:r><w:rPr>", f"<w:r><w:rPr>{style}")
                    rel = self.link(node.url)
                    parts.append(f'<w:hyperlink r:id="{rel}" w:history="1">{inner}</w:hyperlink>')
                else:
                    parts.append(inner)
        return "".join(parts)

    def block(self, block: Block, depth: int = 0) -> None:
        if isinstance(block, Paragraph):
            style = None if depth == 0 else ("continue" if depth == 1 else "continue2")
            self.paragraph(style, self.runs(block.children))
        elif isinstance(block, (BulletList, NumberedList)):
            self.list_block(block, depth)
        else:
            self.table(block)

    def list_block(self, block: BulletList | NumberedList, depth: int) -> None:
        numbered = isinstance(block, NumberedList)
        style = ("number" if numbered else "bullet") + ("2" if depth >= 1 else "")
        extra = ""
        if isinstance(block, NumberedList) and depth == 0:
            num_id = self.number_list(block.start)
            extra = f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'
        for item in block.items:
            first = True
            for child in item.children:
                if first and isinstance(child, Paragraph):
                    self.paragraph(style, self.runs(child.children), extra)
                else:
                    self.block(child, depth + 1)
                first = False

    def table(self, table: Table) -> None:
        if table.caption:
            self.paragraph("caption", self.runs(table.caption))
        widths = _column_widths(table, self.text_width)
        grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
        self.out.append(
            f'<w:tbl><w:tblPr><w:tblStyle w:val="{self.styles["table"]}"/>'
            '<w:tblW w:w="5000" w:type="pct"/><w:tblLayout w:type="fixed"/>'
            '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" '
            'w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr>'
            f"<w:tblGrid>{grid}</w:tblGrid>"
        )
        self.row(table.header, widths, header=True)
        for row in table.rows:
            self.row(row, widths)
        self.out.append("</w:tbl>")
        # A small gap, so the next paragraph does not touch the table's last rule.
        self.out.append(
            '<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="160" w:lineRule="exact"/>'
            "</w:pPr></w:p>"
        )

    def row(
        self, cells: Iterable[tuple[Inline, ...]], widths: list[int], header: bool = False
    ) -> None:
        trpr = (
            "<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"
            if header
            else "<w:trPr><w:cantSplit/></w:trPr>"
        )
        parts = [f"<w:tr>{trpr}"]
        for cell, width in zip(cells, widths, strict=False):
            parts.append(
                f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>'
                f"<w:p>{self.runs(cell)}</w:p></w:tc>"
            )
        parts.append("</w:tr>")
        self.out.append("".join(parts))

    def section(self, section: Section) -> None:
        style = {1: "h1", 2: "h2"}.get(section.level, "h3")
        self.paragraph(style, _run(section.title))
        for child in section.children:
            if isinstance(child, Section):
                self.section(child)
            else:
                self.block(child)


def _run(text: str, bold: bool = False, italic: bool = False) -> str:
    clean = escape(xml_text(text).replace("\n", " ").replace("\t", " "))
    if not clean:
        return ""
    rpr = ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "")
    # Word drops a run's leading and trailing spaces and folds runs of spaces unless told to keep
    # them; saying so only where it matters keeps the attribute off almost every run, and each
    # one costs lxml time when the body moves into the package (quadratic in their number).
    keep = ' xml:space="preserve"' if _NEEDS_PRESERVE.search(clean) else ""
    return f"<w:r><w:rPr>{rpr}</w:rPr><w:t{keep}>{clean}</w:t></w:r>"


def _column_widths(table: Table, total: int) -> list[int]:
    """Share the text width by how much each column holds, with a floor for short columns."""
    count = max(1, len(table.header))
    weights = []
    for i in range(count):
        longest = max(
            (len(inline_text(row[i])) for row in (table.header, *table.rows[:200]) if i < len(row)),
            default=1,
        )
        weights.append(math.sqrt(max(longest, 4)))
    floor = total * 0.1
    raw = [max(floor, total * w / sum(weights)) for w in weights]
    scale = total / sum(raw)
    return [int(r * scale) for r in raw]


def _iter_style_ids(styles_element: Any) -> Iterator[tuple[str, str]]:
    for style in styles_element.iterchildren(f"{{{W_NS}}}style"):
        name = style.find(f"{{{W_NS}}}name")
        if name is not None:
            yield name.get(f"{{{W_NS}}}val"), style.get(f"{{{W_NS}}}styleId")


def render_docx(doc: Document, options: DocxOptions | None = None) -> bytes:
    """The policy as a .docx file."""
    from docx import Document as open_docx  # noqa: N813 - python-docx names a function like a class
    from docx.oxml import parse_xml

    options = options or DocxOptions()
    word = open_docx(io.BytesIO(_reference_bytes()))
    part = word.part
    # Word stores built-in names in lower case ("heading 1"); compare without case.
    by_name = {name.lower(): sid for name, sid in _iter_style_ids(part.styles.element)}
    styles = {key: by_name[name.lower()] for key, name in STYLE_NAMES.items()}

    links: dict[str, str] = {}
    taken = set(part.rels.keys())

    def link(url: str) -> str:
        # Ids are handed out here: python-docx's relate_to() searches every relationship on
        # each call, which is quadratic on a policy with hundreds of links.
        if url not in links:
            number = len(links) + 1
            while f"rIdL{number}" in taken:
                number += 1
            rel_id = f"rIdL{number}"
            part.rels.add_relationship(HYPERLINK_REL, url, rel_id, is_external=True)
            links[url] = rel_id
        return links[url]

    numbering = part.numbering_part.element
    abstract = _list_number_abstract(numbering, part.styles.element, styles["number"])
    used = [int(n.get(f"{{{W_NS}}}numId")) for n in numbering.iterchildren(f"{{{W_NS}}}num")]
    next_id = [max(used, default=0) + 1]

    def number_list(start: int) -> int:
        num_id = next_id[0]
        next_id[0] += 1
        numbering.append(
            parse_xml(
                f'<w:num xmlns:w="{W_NS}" w:numId="{num_id}">'
                f'<w:abstractNumId w:val="{abstract}"/><w:lvlOverride w:ilvl="0">'
                f'<w:startOverride w:val="{start}"/></w:lvlOverride></w:num>'
            )
        )
        return num_id

    width, height = PAGES[options.paper]
    writer = _Writer(styles, width - SIDE_MARGINS, link, number_list)
    writer.paragraph("title", _run(doc.title))
    for block in doc.preamble:
        writer.block(block)
    for section in doc.sections:
        writer.section(section)

    body = word.element.body
    sect_pr = body.find(f"{{{W_NS}}}sectPr")
    # The new body replaces the old one whole, keeping the reference's section properties.
    body_xml = f'<w:body xmlns:w="{W_NS}" xmlns:r="{R_NS}">{"".join(writer.out)}</w:body>'
    new_body = parse_xml(body_xml)
    if sect_pr is not None:
        new_body.append(sect_pr)
    word.element.replace(body, new_body)
    if sect_pr is not None:
        size = sect_pr.find(f"{{{W_NS}}}pgSz")
        if size is not None:
            size.set(f"{{{W_NS}}}w", str(width))
            size.set(f"{{{W_NS}}}h", str(height))

    _set_language(part.styles.element, doc.language)
    _set_properties(word.core_properties, doc)
    out = io.BytesIO()
    word.save(out)
    return out.getvalue()


def _list_number_abstract(numbering: Any, styles_element: Any, style_id: str) -> str:
    """The abstract numbering behind the "List Number" style, so each list can restart at 1."""
    for style in styles_element.iterchildren(f"{{{W_NS}}}style"):
        if style.get(f"{{{W_NS}}}styleId") == style_id:
            num = style.find(f".//{{{W_NS}}}numId")
            if num is not None:
                for candidate in numbering.iterchildren(f"{{{W_NS}}}num"):
                    if candidate.get(f"{{{W_NS}}}numId") == num.get(f"{{{W_NS}}}val"):
                        abstract = candidate.find(f"{{{W_NS}}}abstractNumId")
                        return str(abstract.get(f"{{{W_NS}}}val"))
    raise ValueError("the reference document's List Number style has no numbering")


def _set_language(styles_element: Any, language: str) -> None:
    """Mark the text's language so Word spell-checks it in the right dictionary."""
    from docx.oxml import parse_xml

    defaults = styles_element.find(f"{{{W_NS}}}docDefaults/{{{W_NS}}}rPrDefault/{{{W_NS}}}rPr")
    if defaults is None or not language:
        return
    for old in defaults.findall(f"{{{W_NS}}}lang"):
        defaults.remove(old)
    tag = escape(xml_text(language), {'"': "&quot;"})
    defaults.append(
        parse_xml(f'<w:lang xmlns:w="{W_NS}" w:val="{tag}" w:eastAsia="{tag}" w:bidi="{tag}"/>')
    )


def _set_properties(props: Any, doc: Document) -> None:
    props.title = xml_text(doc.title)[:255]
    props.author = xml_text(doc.meta.publisher)[:255]
    props.last_modified_by = xml_text(doc.meta.publisher)[:255]
    props.language = xml_text(doc.language)[:64]
    props.subject = ""
    props.comments = ""
    props.keywords = ""
    props.revision = 1
    when = doc.meta.last_updated or doc.meta.effective_date
    if when is not None:
        stamp = dt.datetime.combine(when, dt.time(), tzinfo=dt.UTC).replace(tzinfo=None)
        props.created = stamp
        props.modified = stamp
    if doc.meta.version_label:
        props.version = xml_text(doc.meta.version_label)[:255]


def export_docx(doc: Document, options: DocxOptions | None = None) -> bytes:
    return render_docx(doc, options)
