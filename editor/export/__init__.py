"""Exporters: each a function from a finished Document (and its options) to file bytes.

Exporters never see the project. Heavy libraries load only with their format: python-docx for
DOCX and Qt for PDF, so exporting Markdown or HTML stays fast.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from editor.document.nodes import Document
from editor.export.options import (
    DocxOptions,
    HtmlOptions,
    MarkdownOptions,
    PdfOptions,
    TextOptions,
)

Exporter = Callable[[Document, Any], bytes]

# The file extension of each format, and the aliases the command line accepts.
EXTENSIONS = {
    "html": "html",
    "md": "md",
    "docx": "docx",
    "pdf": "pdf",
    "txt": "txt",
    "json": "json",
}
ALIASES = {"markdown": "md", "htm": "html", "text": "txt", "word": "docx"}


def _html(doc: Document, options: Any = None) -> bytes:
    from editor.export.html import export_html

    return export_html(doc, options)


def _markdown(doc: Document, options: Any = None) -> bytes:
    from editor.export.markdown import export_markdown

    return export_markdown(doc, options)


def _docx(doc: Document, options: Any = None) -> bytes:
    from editor.export.docx import export_docx

    return export_docx(doc, options)


def _pdf(doc: Document, options: Any = None) -> bytes:
    from editor.export.pdf import export_pdf

    return export_pdf(doc, options)


def _text(doc: Document, options: Any = None) -> bytes:
    from editor.export.text import export_text

    return export_text(doc, options)


def _json(doc: Document, options: Any = None) -> bytes:
    from editor.export.json_tree import export_json

    return export_json(doc, options)


EXPORTERS: dict[str, Exporter] = {
    "html": _html,
    "md": _markdown,
    "docx": _docx,
    "pdf": _pdf,
    "txt": _text,
    "json": _json,  # the document tree with each block's provenance
}

__all__ = [
    "ALIASES",
    "EXPORTERS",
    "EXTENSIONS",
    "DocxOptions",
    "Exporter",
    "HtmlOptions",
    "MarkdownOptions",
    "PdfOptions",
    "TextOptions",
]
