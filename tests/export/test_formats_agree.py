"""Every format carries the same words as the document tree, for every sample."""

from __future__ import annotations

import datetime as dt

import pytest

from editor.compose import compose
from editor.document import Document, Table, inline_text, iter_sections, words
from editor.export import EXPORTERS
from editor.model import Project
from tests.export.formats_text import docx_text, html_text, markdown_text

TODAY = dt.date(2026, 9, 1)


@pytest.fixture
def document(sample_project: Project) -> Document:
    return compose(sample_project, today=TODAY)


def test_html_shows_the_document_words(document: Document) -> None:
    expected = words(document)
    assert len(expected) > 300  # the sparsest sample (free-app) has some 370 words
    page = EXPORTERS["html"](document, None).decode("utf-8")
    assert words(html_text(page)) == expected


def test_html_fragment_shows_the_same_words(document: Document) -> None:
    from editor.export.html import HtmlOptions, render_html

    fragment = render_html(document, HtmlOptions(fragment=True))
    assert words(html_text("<body>" + fragment)) == words(document)


def test_markdown_renders_to_the_document_words(document: Document) -> None:
    markdown = EXPORTERS["md"](document, None).decode("utf-8")
    assert words(markdown_text(markdown)) == words(document)


def test_docx_paragraphs_and_tables_hold_the_document_words(document: Document) -> None:
    data = EXPORTERS["docx"](document, None)
    assert words(docx_text(data)) == words(document)


def test_plain_text_holds_the_document_words(document: Document) -> None:
    text = EXPORTERS["txt"](document, None).decode("utf-8")
    # Plain text lays tables out as records ("- first cell", then "Header: value" lines), so
    # headers repeat and the first column's header is left out; every other word is there.
    first_headers = {
        w
        for section in iter_sections(document)
        for block in section.blocks
        if isinstance(block, Table)
        for w in words(inline_text(block.header[0]))
    }
    assert set(words(document)) - set(words(text)) <= first_headers
    assert set(words(text)) <= set(words(document))
