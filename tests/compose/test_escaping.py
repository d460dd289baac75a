"""Hostile answers in every text field stay literal text in every format.

The project is a sample with every string replaced by HTML, Markdown, javascript: URLs, quotes,
control characters, right-to-left text, emoji and a 10,000-character value. The HTML must
parse strictly and hold no element, attribute or link we did not write; the Markdown must
render no link or HTML we did not write; the DOCX must hold the literal text.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import html5lib
import pytest
from markdown_it import MarkdownIt

from tests.compose.hostile import HOSTILE, every_text, hostile_project

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "export"))
from editor.compose import compose
from editor.document import Document, Link, iter_sections, plain_text, words
from editor.document.nodes import BulletList, NumberedList, Paragraph, Table
from editor.document.validate import problems
from editor.export import EXPORTERS
from editor.model import Project
from editor.samples import sample_paths
from editor.storage import load_project
from tests.export.formats_text import docx_text, html_text, markdown_text

ALLOWED_TAGS = {
    "html", "head", "body", "meta", "title", "style", "main", "article", "nav", "section",
    "h1", "h2", "h3", "h4", "h5", "h6", "p", "ul", "ol", "li", "a", "strong", "em", "br",
    "div", "table", "caption", "thead", "tbody", "tr", "th", "td",
}  # fmt: skip
ALLOWED_ATTRS = {
    "lang", "dir", "charset", "name", "content", "class", "id", "href", "role", "tabindex",
    "aria-label", "aria-labelledby", "scope", "start", "data-key",
}  # fmt: skip


@pytest.fixture(scope="module", params=sorted(sample_paths()))
def hostile_document(request: pytest.FixtureRequest) -> tuple[Project, Document]:
    project = hostile_project(load_project(sample_paths()[request.param]))
    # The longest value where every sample prints it: in a sparse sample the cycle of hostile
    # values may leave it only in fields the policy does not show.
    project.organisation.description = HOSTILE[10]
    return project, compose(project, today=dt.date(2026, 1, 2))


def _links(doc: Document) -> Iterator[Link]:
    def inline(nodes: tuple[object, ...]) -> Iterator[Link]:
        for node in nodes:
            if isinstance(node, Link):
                yield node
            children = getattr(node, "children", None)
            if isinstance(children, tuple):
                yield from inline(children)

    def blocks(items: tuple[object, ...]) -> Iterator[Link]:
        for block in items:
            if isinstance(block, Paragraph):
                yield from inline(block.children)
            elif isinstance(block, (BulletList, NumberedList)):
                for item in block.items:
                    yield from blocks(item.children)
            elif isinstance(block, Table):
                yield from inline(block.caption)
                for row in (block.header, *block.rows):
                    for cell in row:
                        yield from inline(cell)

    yield from blocks(doc.preamble)
    for section in iter_sections(doc):
        yield from blocks(section.blocks)


def test_the_fill_reaches_every_text_field() -> None:
    project = hostile_project(load_project(sample_paths()["saas"]))
    texts = set(every_text(project))
    assert HOSTILE[0] in texts and "x" * 10_000 in texts
    assert project.organisation.legal_name in HOSTILE
    assert project.cookies.cookies[0].purpose in HOSTILE


def test_document_stays_valid_and_links_only_to_safe_addresses(
    hostile_document: tuple[Project, Document],
) -> None:
    _, doc = hostile_document
    assert problems(doc) == []
    for link in _links(doc):
        assert link.url.startswith(("https://", "http://", "mailto:")), link.url
        assert "javascript" not in link.url.lower()


def test_hostile_text_is_kept_literally_in_the_document(
    hostile_document: tuple[Project, Document],
) -> None:
    project, doc = hostile_document
    everything = plain_text(doc)
    # Values that went through the templates (not only the title, which is taken as it is).
    sections = "\n".join(plain_text(Document("", "en", sections=(s,))) for s in doc.sections)
    checked = [project.organisation.legal_name, *(c.name for c in project.data_categories)]
    for value in checked:
        cleaned = " ".join(value.replace("\ud800", "").split())
        if cleaned.startswith(("*", "<", "[", "#", '"')):
            assert cleaned in sections, cleaned[:40]
    assert "*Bob's* <b>Bikes</b> [x](javascript:alert(1))" in sections
    assert "x" * 10_000 in everything
    assert "<script>alert('x')</script>" in everything
    assert "🍪" in everything and "مرحبا" in everything
    assert "x" * 10_000 in everything
    assert "\x00" not in everything and "\x07" not in everything and "\ud800" not in everything


def test_html_has_no_injected_element_attribute_or_link(
    hostile_document: tuple[Project, Document],
) -> None:
    _, doc = hostile_document
    html = EXPORTERS["html"](doc, None).decode("utf-8")
    tree = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(html)
    hrefs = []
    for element in tree.iter():
        assert element.tag in ALLOWED_TAGS, element.tag
        for attr, value in element.attrib.items():
            assert attr in ALLOWED_ATTRS, attr
            if attr == "href":
                hrefs.append(value)
    assert "<b>" not in html and "<script" not in html and "<img" not in html
    assert words(html_text(html)) == words(doc)
    assert "&lt;b&gt;Bikes&lt;/b&gt;" in html
    document_links = {link.url for link in _links(doc)}
    for href in hrefs:
        assert href.startswith("#") or href in document_links, href


def test_markdown_renders_no_injected_link_or_html(
    hostile_document: tuple[Project, Document],
) -> None:
    _, doc = hostile_document
    markdown = EXPORTERS["md"](doc, None).decode("utf-8")
    # Render with raw HTML *allowed*, so any HTML that slipped through would show up.
    tokens = MarkdownIt("commonmark", {"html": True}).enable("table").parse(markdown)
    flat = [t for tok in tokens for t in (tok.children or [tok])]
    assert not [t for t in flat if t.type in ("html_inline", "html_block", "image")]
    hrefs = [str(t.attrGet("href")) for t in flat if t.type == "link_open"]
    assert len(hrefs) == len(list(_links(doc)))
    assert not [h for h in hrefs if not h.startswith(("https://", "http://", "mailto:"))]
    assert words(markdown_text(markdown)) == words(doc)
    rendered = MarkdownIt("commonmark").enable("table").render(markdown)
    assert "&lt;b&gt;Bikes&lt;/b&gt;" in rendered
    assert "<h1>Heading" not in rendered and "<blockquote>" not in rendered


def test_docx_holds_the_literal_text(hostile_document: tuple[Project, Document]) -> None:
    _, doc = hostile_document
    data = EXPORTERS["docx"](doc, None)
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        xml = package.read("word/document.xml").decode("utf-8")
        rels = package.read("word/_rels/document.xml.rels").decode("utf-8")
    text = "".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", xml))
    assert words(docx_text(data)) == words(doc)
    assert "*Bob's* &lt;b&gt;Bikes&lt;/b&gt; [x](javascript:alert(1))" in text
    assert "x" * 10_000 in text
    assert "javascript" not in rels.lower()
    assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f]", xml)
