"""Build ``reference.docx``, the Word document every DOCX export starts from.

Run from the checkout: ``.venv/bin/python templates/docx/make_reference.py``. It starts from
python-docx's own template (which has Word's built-in styles), keeps the styles the policy uses
and tunes them (Arial, which LibreOffice maps to Liberation Sans; a teal accent; compact
tables), adds a "Hyperlink" character style and a "Policy Table" table style with a shaded
header row, sets A4 with 2.2 cm margins, and puts a centred page number (a PAGE field) in the
footer. The output is committed; rerun this script after changing it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
FONT = "Arial"
ACCENT = RGBColor(0x0B, 0x4F, 0x4F)
TEXT = RGBColor(0x1D, 0x24, 0x28)
KEEP = {
    "Normal",
    "Title",
    "Subtitle",
    "Heading 1",
    "Heading 2",
    "Heading 3",
    "Heading 1 Char",
    "Heading 2 Char",
    "Heading 3 Char",
    "Title Char",
    "Subtitle Char",
    "List Paragraph",
    "List Bullet",
    "List Bullet 2",
    "List Number",
    "List Number 2",
    "List Continue",
    "List Continue 2",
    "Caption",
    "Footer",
    "Footer Char",
    "Header",
    "Header Char",
    "Default Paragraph Font",
    "Normal Table",
    "Table Grid",
    "No List",
}

TABLE_STYLE = f"""<w:style {nsdecls("w")} w:type="table" w:customStyle="1" w:styleId="PolicyTable">
  <w:name w:val="Policy Table"/>
  <w:basedOn w:val="TableNormal"/>
  <w:uiPriority w:val="59"/>
  <w:pPr><w:spacing w:before="40" w:after="40" w:line="252" w:lineRule="auto"/></w:pPr>
  <w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr>
  <w:tblPr>
    <w:tblBorders>
      <w:top w:val="single" w:sz="4" w:space="0" w:color="B8C4C9"/>
      <w:left w:val="single" w:sz="4" w:space="0" w:color="B8C4C9"/>
      <w:bottom w:val="single" w:sz="4" w:space="0" w:color="B8C4C9"/>
      <w:right w:val="single" w:sz="4" w:space="0" w:color="B8C4C9"/>
      <w:insideH w:val="single" w:sz="4" w:space="0" w:color="B8C4C9"/>
      <w:insideV w:val="single" w:sz="4" w:space="0" w:color="B8C4C9"/>
    </w:tblBorders>
    <w:tblCellMar>
      <w:top w:w="40" w:type="dxa"/><w:left w:w="90" w:type="dxa"/>
      <w:bottom w:w="40" w:type="dxa"/><w:right w:w="90" w:type="dxa"/>
    </w:tblCellMar>
  </w:tblPr>
  <w:tblStylePr w:type="firstRow">
    <w:rPr><w:b/><w:bCs/></w:rPr>
    <w:tblPr/>
    <w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="E1ECEE"/></w:tcPr>
  </w:tblStylePr>
  <w:tblStylePr w:type="firstCol">
    <w:rPr><w:b/><w:bCs/></w:rPr>
  </w:tblStylePr>
</w:style>"""

HYPERLINK_STYLE = f"""<w:style {nsdecls("w")} w:type="character" w:styleId="Hyperlink">
  <w:name w:val="Hyperlink"/>
  <w:basedOn w:val="DefaultParagraphFont"/>
  <w:uiPriority w:val="99"/>
  <w:unhideWhenUsed/>
  <w:rPr><w:color w:val="0B5F6E"/><w:u w:val="single"/></w:rPr>
</w:style>"""

PAGE_FIELD = f"""<w:p {nsdecls("w")}>
  <w:pPr><w:pStyle w:val="Footer"/><w:jc w:val="center"/></w:pPr>
  <w:r><w:fldChar w:fldCharType="begin"/></w:r>
  <w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>
  <w:r><w:fldChar w:fldCharType="separate"/></w:r>
  <w:r><w:t>1</w:t></w:r>
  <w:r><w:fldChar w:fldCharType="end"/></w:r>
</w:p>"""


def _font(style_font: object, size: float, *, bold: bool = False, color: RGBColor = TEXT) -> None:
    style_font.name = FONT  # type: ignore[attr-defined]
    style_font.size = Pt(size)  # type: ignore[attr-defined]
    style_font.bold = bold  # type: ignore[attr-defined]
    style_font.italic = False  # type: ignore[attr-defined]
    style_font.color.rgb = color  # type: ignore[attr-defined]
    r_fonts = style_font.element.rPr.find(qn("w:rFonts"))  # type: ignore[attr-defined]
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        r_fonts.set(qn(attr), FONT)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
        r_fonts.attrib.pop(qn(attr), None)


def build() -> Path:
    doc = Document()
    styles = doc.styles
    root = styles.element
    for style in list(styles):
        if style.name not in KEEP:
            root.remove(style.element)
    latent = root.find(qn("w:latentStyles"))
    if latent is not None:
        root.remove(latent)
    root.append(parse_xml(TABLE_STYLE))
    root.append(parse_xml(HYPERLINK_STYLE))

    _font(styles["Normal"].font, 10.5)
    normal = styles["Normal"].paragraph_format
    normal.space_after = Pt(6)
    normal.line_spacing = 1.15
    _font(styles["Title"].font, 24, bold=True, color=ACCENT)
    title = styles["Title"]
    title.paragraph_format.space_after = Pt(12)
    for border in title.element.pPr.findall(qn("w:pBdr")):
        title.element.pPr.remove(border)
    _font(styles["Subtitle"].font, 11, color=RGBColor(0x56, 0x63, 0x6B))
    for name, size, before in (
        ("Heading 1", 15, 20),
        ("Heading 2", 12.5, 14),
        ("Heading 3", 11, 10),
    ):
        style = styles[name]
        _font(style.font, size, bold=True, color=ACCENT if name == "Heading 1" else TEXT)
        style.paragraph_format.space_before = Pt(before)
        style.paragraph_format.space_after = Pt(4)
        style.paragraph_format.keep_with_next = True
    for name in ("List Bullet", "List Bullet 2", "List Number", "List Number 2"):
        styles[name].paragraph_format.space_after = Pt(3)
        styles[name].element.pPr.remove(styles[name].element.pPr.find(qn("w:contextualSpacing")))
    _font(styles["Caption"].font, 9.5, bold=True, color=TEXT)
    styles["Caption"].paragraph_format.keep_with_next = True
    styles["Caption"].paragraph_format.space_before = Pt(6)
    _font(styles["Footer"].font, 9, color=RGBColor(0x56, 0x63, 0x6B))
    assert styles["Policy Table"].type == WD_STYLE_TYPE.TABLE

    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Cm(2.2))
    section.top_margin, section.bottom_margin = Cm(2.2), Cm(2.0)
    footer = section.footer
    footer.is_linked_to_previous = False
    body = footer._element
    for paragraph in list(body):
        body.remove(paragraph)
    body.append(parse_xml(PAGE_FIELD))
    assert footer.paragraphs[0].alignment == WD_ALIGN_PARAGRAPH.CENTER

    for paragraph in list(doc.element.body):
        if paragraph.tag != qn("w:sectPr"):
            doc.element.body.remove(paragraph)
    props = doc.core_properties
    props.author = ""
    props.comments = ""
    props.title = ""
    props.last_modified_by = ""
    props.created = props.modified = dt.datetime(2026, 1, 1)
    target = HERE / "reference.docx"
    doc.save(str(target))
    return target


if __name__ == "__main__":
    print(build())
