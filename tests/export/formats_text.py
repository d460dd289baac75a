"""The visible text of each export format, for comparing their words."""

from __future__ import annotations

import html
import io
import re
import zipfile
from typing import TYPE_CHECKING

from markdown_it import MarkdownIt

from editor.document import words

if TYPE_CHECKING:
    from lxml import etree

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def shown_text(t: etree._Element) -> str:
    """A ``w:t``'s text as Word shows it: without ``xml:space="preserve"``, Word drops the
    spaces at either end and folds runs of spaces into one."""
    text = t.text or ""
    if t.get(_XML_SPACE) == "preserve":
        return text
    return " ".join(text.split())


def html_text(page: str, *, skip_nav: bool = True) -> str:
    """What a reader sees in the page body: tags dropped, entities decoded, the contents skipped."""
    body = page.split("<body>", 1)[-1]
    if skip_nav:
        body = re.sub(r"<nav\b.*?</nav>", " ", body, flags=re.DOTALL)
    body = re.sub(r"<style\b.*?</style>", " ", body, flags=re.DOTALL)
    return html.unescape(re.sub(r"<[^>]+>", " ", body))


def markdown_text(markdown: str) -> str:
    """Markdown rendered as a CommonMark renderer with GFM tables would, then read as text."""
    rendered = MarkdownIt("commonmark", {"html": False}).enable("table").render(markdown)
    return html_text("<body>" + rendered)


def docx_text(data: bytes) -> str:
    """The text of the body's paragraphs and table cells, in document order."""
    from lxml import etree

    with zipfile.ZipFile(io.BytesIO(data)) as package:
        root = etree.fromstring(package.read("word/document.xml"))
    out = []
    for paragraph in root.iter(f"{_W}p"):
        out.append("".join(shown_text(t) for t in paragraph.iter(f"{_W}t")))
    return "\n".join(out)


def docx_paragraph_dump(data: bytes) -> str:
    """One line per paragraph: its style and text; tables marked; for golden files."""
    from lxml import etree

    with zipfile.ZipFile(io.BytesIO(data)) as package:
        root = etree.fromstring(package.read("word/document.xml"))
    body = root.find(f"{_W}body")
    lines: list[str] = []

    def para(p: etree._Element, prefix: str = "") -> str:
        style = p.find(f"{_W}pPr/{_W}pStyle")
        name = style.get(f"{_W}val") if style is not None else "Normal"
        bold = " bold" if p.find(f".//{_W}b") is not None and prefix else ""
        text = "".join(shown_text(t) for t in p.iter(f"{_W}t"))
        return f"{prefix}[{name}{bold}] {text}".rstrip()

    assert body is not None
    for child in body:
        if child.tag == f"{_W}p":
            if child.find(f".//{_W}t") is not None:
                lines.append(para(child))
        elif child.tag == f"{_W}tbl":
            style = child.find(f"{_W}tblPr/{_W}tblStyle")
            lines.append(f"<table {style.get(f'{_W}val') if style is not None else ''}>")
            for row in child.iter(f"{_W}tr"):
                cells = [
                    "".join(t.text or "" for t in tc.iter(f"{_W}t")) for tc in row.iter(f"{_W}tc")
                ]
                header = " header" if row.find(f"{_W}trPr/{_W}tblHeader") is not None else ""
                lines.append(f"  row{header}: " + " | ".join(cells))
            lines.append("</table>")
    return "\n".join(lines) + "\n"


__all__ = ["docx_paragraph_dump", "docx_text", "html_text", "markdown_text", "words"]
