"""What an exported policy may contain, and checks that it contains nothing else.

The allowed HTML elements and attributes are read from the page template and from the HTML
exporter's own source, so they follow the code; nothing a user typed can add to them. The allowed
link targets are the project's URL and email fields (as composition quotes them) plus the
addresses that ship with the wording (the templates and the list of data protection authorities).
"""

from __future__ import annotations

import inspect
import json
import re
from collections.abc import Iterable, Iterator
from functools import cache
from typing import Any
from urllib.parse import quote

import html5lib
from markdown_it import MarkdownIt
from pydantic import BaseModel

import editor.export.html as html_exporter
from editor.compose.environment import is_email, linked_addresses, safe_url
from editor.compose.markdown_text import clean_text
from editor.document import iter_sections
from editor.document.nodes import (
    Block,
    BulletList,
    Document,
    Emphasis,
    Inline,
    Link,
    NumberedList,
    Paragraph,
    Strong,
    Table,
    Text,
)
from editor.export.textclean import xml_text
from editor.model import Project
from editor.model.validation import EMAIL_FIELDS, URL_FIELDS
from editor.paths import resources_dir, templates_dir

_URL_IN_TEXT = re.compile(r"""(?:https?://|mailto:)[^\s"'<>()\]]+""")
_NORMALISER = MarkdownIt("commonmark")


def normalise_link(url: str) -> str:
    """A link as a CommonMark parser stores it (percent-encoding, punycode), for comparing."""
    return str(_NORMALISER.normalizeLink(url))


@cache
def template_elements_and_attributes() -> tuple[frozenset[str], frozenset[str]]:
    """Element and attribute names the page template and the HTML exporter write."""
    page = (templates_dir() / "html" / "page.html").read_text("utf-8")
    tree = html5lib.parse(page, namespaceHTMLElements=False)
    elements = {node.tag for node in tree.iter()}
    attributes = {name for node in tree.iter() for name in node.attrib}
    source = inspect.getsource(html_exporter)
    elements |= set(re.findall(r"<(h|[a-z][a-z0-9]*)[ >{]", source)) - {"h"}
    elements |= {f"h{n}" for n in range(1, 7)}  # the exporter writes f"<h{level}"
    attributes |= set(re.findall(r'\s([a-z][a-z-]*)="', source))
    return frozenset(elements), frozenset(attributes)


@cache
def shipped_links() -> frozenset[str]:
    """Every web or mail address written in the wording templates or the authorities list."""
    found: set[str] = set()
    for path in (templates_dir() / "en").rglob("*"):
        if path.is_file():
            found |= set(_URL_IN_TEXT.findall(path.read_text("utf-8")))

    def walk(value: Any) -> None:
        if isinstance(value, str) and value.startswith(("http://", "https://", "mailto:")):
            found.add(value)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(json.loads((resources_dir() / "authorities.json").read_text("utf-8")))
    return frozenset(normalise_link(u) for u in found)


def _fields(node: BaseModel) -> Iterator[tuple[str, Any]]:
    for name in type(node).model_fields:
        value = getattr(node, name)
        if isinstance(value, BaseModel):
            yield from _fields(value)
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, BaseModel):
                    yield from _fields(item)
        else:
            yield name, value


def allowed_links(project: Project) -> frozenset[str]:
    """The link targets a policy of ``project`` may hold (normalised), in-page anchors aside."""
    allowed = set(shipped_links())
    for name, value in _fields(project):
        if not isinstance(value, str):
            continue
        if name in URL_FIELDS:
            target = safe_url(value)
            if target is not None:
                allowed.add(normalise_link(target))
        elif name in EMAIL_FIELDS:
            address = clean_text(value)
            if is_email(address):
                allowed.add(normalise_link(f"mailto:{quote(address, safe='@.+-_')}"))
        else:  # free text: the addresses the user typed in it become links
            allowed.update(normalise_link(t) for t in linked_addresses(value))
    return frozenset(allowed)


def is_web_or_mail(url: str) -> bool:
    return url.split(":", 1)[0].lower() in ("http", "https", "mailto") and ":" in url


def check_html_page(page: str, project: Project) -> None:
    """Strict HTML5 with only the template's elements, attributes and allowed links."""
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    tree = parser.parse(page)
    elements, attributes = template_elements_and_attributes()
    ids = {node.get("id") for node in tree.iter() if node.get("id") is not None}
    links = allowed_links(project)
    for node in tree.iter():
        assert node.tag in elements, f"element <{node.tag}> did not come from the template"
        extra = set(node.attrib) - attributes
        assert not extra, f"<{node.tag}> has attributes {extra} the template never writes"
        href = node.get("href")
        if href is None:
            continue
        assert node.tag == "a", f"href on <{node.tag}>"
        if href.startswith("#"):
            assert href[1:] in ids, f"in-page link {href!r} has no target"
            continue
        assert is_web_or_mail(href), f"link scheme not http(s)/mailto: {href[:80]!r}"
        assert normalise_link(href) in links, f"link the user never entered: {href[:80]!r}"
    style = tree.find(".//style")
    css = (templates_dir() / "html" / "policy.css").read_text("utf-8")
    assert style is not None and style.text.strip() == css.strip(), (
        "stylesheet is not the template's"
    )


# Markdown tokens the exporter's constructs produce; anything else (raw HTML, images, code,
# quotes, rules) would mean user text became syntax.
MARKDOWN_TOKENS = frozenset(
    {
        "heading_open",
        "heading_close",
        "paragraph_open",
        "paragraph_close",
        "inline",
        "text",
        "softbreak",
        "hardbreak",
        "strong_open",
        "strong_close",
        "em_open",
        "em_close",
        "link_open",
        "link_close",
        "bullet_list_open",
        "bullet_list_close",
        "ordered_list_open",
        "ordered_list_close",
        "list_item_open",
        "list_item_close",
        "table_open",
        "table_close",
        "thead_open",
        "thead_close",
        "tbody_open",
        "tbody_close",
        "tr_open",
        "tr_close",
        "th_open",
        "th_close",
        "td_open",
        "td_close",
    }
)


def check_markdown(markdown: str, project: Project) -> None:
    """Rendered with or without raw HTML allowed: no HTML, no syntax from text, no foreign link."""
    links = allowed_links(project)
    for allow_html in (False, True):
        md = MarkdownIt("commonmark", {"html": allow_html}).enable("table")
        stack = list(md.parse(markdown))
        while stack:
            token = stack.pop()
            stack.extend(token.children or [])
            assert token.type in MARKDOWN_TOKENS, (
                f"Markdown renders a {token.type} (html={allow_html}): {token.content[:80]!r}"
            )
            if token.type == "link_open":
                href = str(token.attrGet("href"))
                assert is_web_or_mail(href), f"link scheme not http(s)/mailto: {href[:80]!r}"
                assert normalise_link(href) in links, f"link the user never entered: {href!r}"
        rendered = md.render(markdown)
        tags = set(re.findall(r"<([a-z][a-z0-9]*)", rendered))
        assert tags <= _MARKDOWN_TAGS, f"rendered Markdown has tags {tags - _MARKDOWN_TAGS}"


_MARKDOWN_TAGS = frozenset(
    {"h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "strong", "em", "a", "ul", "ol", "li"}
    | {"table", "thead", "tbody", "tr", "th", "td"}
)


def text_nodes(doc: Document) -> Iterator[str]:
    """The text of every ``Text`` node, title and section titles included, in reading order."""
    yield doc.title

    def inline(nodes: Iterable[Inline]) -> Iterator[str]:
        for node in nodes:
            if isinstance(node, Text):
                yield node.text
            elif isinstance(node, (Emphasis, Strong, Link)):
                yield from inline(node.children)

    def blocks(items: Iterable[Block]) -> Iterator[str]:
        for block in items:
            if isinstance(block, Paragraph):
                yield from inline(block.children)
            elif isinstance(block, (BulletList, NumberedList)):
                for item in block.items:
                    yield from blocks(item.children)
            elif isinstance(block, Table):
                for cells in (block.caption, *block.header, *(c for r in block.rows for c in r)):
                    yield from inline(cells)

    yield from blocks(doc.preamble)
    for section in iter_sections(doc):
        yield section.title
        yield from blocks(section.blocks)


def one_spaced(text: str) -> str:
    return " ".join(text.split())


def check_docx(data: bytes, doc: Document, project: Project) -> None:
    """python-docx reopens the file; every text of the document is in it, literally."""
    import io

    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE

    word = docx.Document(io.BytesIO(data))
    texts = [p.text for p in word.paragraphs]
    for table in word.tables:
        texts.extend(cell.text for row in table.rows for cell in row.cells)
    held = one_spaced(" ".join(texts))
    for text in text_nodes(doc):
        literal = one_spaced(xml_text(text))
        assert literal in held, f"DOCX lacks the text {literal[:80]!r}"
    links = allowed_links(project)
    for rel in word.part.rels.values():
        if rel.reltype == RELATIONSHIP_TYPE.HYPERLINK:
            assert is_web_or_mail(rel.target_ref), rel.target_ref
            assert normalise_link(rel.target_ref) in links, f"DOCX links to {rel.target_ref!r}"
