"""HTML: a standalone, accessible page (or an embeddable fragment) from a document.

The page is valid HTML5 with one ``h1``, headings that never skip a level, a table of contents
whose links reach their sections, tables with captions and header scopes, a small stylesheet
with print and dark-mode rules, no script, and links only to http(s) and mailto addresses.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from html import escape

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
from editor.export.options import HtmlOptions
from editor.export.textclean import xml_text
from editor.paths import templates_dir

_PLACEHOLDER = re.compile(r"\{\{(lang|dir|title|author|css|body)\}\}")
RTL_LANGUAGES = frozenset({"ar", "dv", "fa", "he", "ku", "ps", "sd", "ug", "ur", "yi"})


def _e(text: str) -> str:
    return escape(xml_text(text), quote=True)


def render_inline(nodes: Iterable[Inline]) -> str:
    out: list[str] = []
    for node in nodes:
        if isinstance(node, Text):
            out.append(_e(node.text))
        elif isinstance(node, Strong):
            out.append(f"<strong>{render_inline(node.children)}</strong>")
        elif isinstance(node, Emphasis):
            out.append(f"<em>{render_inline(node.children)}</em>")
        elif isinstance(node, Link):
            inner = render_inline(node.children)
            out.append(f'<a href="{_e(node.url)}">{inner}</a>' if is_safe_url(node.url) else inner)
        elif isinstance(node, LineBreak):
            out.append("<br>")
    return "".join(out)


def render_block(block: Block) -> str:
    if isinstance(block, Paragraph):
        return f"<p>{render_inline(block.children)}</p>"
    if isinstance(block, (BulletList, NumberedList)):
        items = "".join("<li>" + _list_item(item.children) + "</li>\n" for item in block.items)
        if isinstance(block, NumberedList):
            start = f' start="{block.start}"' if block.start != 1 else ""
            return f"<ol{start}>\n{items}</ol>"
        return f"<ul>\n{items}</ul>"
    return _table(block)


def _list_item(blocks: tuple[Block, ...]) -> str:
    # A single paragraph is written bare, as in a tight Markdown list.
    if len(blocks) == 1 and isinstance(blocks[0], Paragraph):
        return render_inline(blocks[0].children)
    return "\n".join(render_block(b) for b in blocks)


def _table(table: Table) -> str:
    caption = render_inline(table.caption)
    label = f' aria-label="{_e(inline_text(table.caption))}"' if table.caption else ""
    head = "".join(f'<th scope="col">{render_inline(c)}</th>' for c in table.header)
    rows = []
    for row in table.rows:
        cells = [
            f'<th scope="row">{render_inline(c)}</th>' if i == 0 else f"<td>{render_inline(c)}</td>"
            for i, c in enumerate(row)
        ]
        rows.append("<tr>" + "".join(cells) + "</tr>")
    body = "\n".join(rows)
    return (
        f'<div class="table-wrap" role="region" tabindex="0"{label}>\n<table>\n'
        + (f"<caption>{caption}</caption>\n" if caption else "")
        + f"<thead><tr>{head}</tr></thead>\n<tbody>\n{body}\n</tbody>\n</table>\n</div>"
    )


def render_section_html(section: Section, *, heading_offset: int = 0) -> str:
    """One section as HTML, for a preview that updates section by section."""
    level = min(6, section.level + 1 + heading_offset)
    parts = [
        f'<section class="policy-section" data-key="{_e(section.key)}">',
        f'<h{level} id="{_e(section.anchor)}">{_e(section.title)}</h{level}>',
    ]
    for child in section.children:
        if isinstance(child, Section):
            parts.append(render_section_html(child, heading_offset=heading_offset))
        else:
            parts.append(render_block(child))
    parts.append("</section>")
    return "\n".join(parts)


def _toc(doc: Document, heading_offset: int) -> str:
    # Top-level sections only: a short list people can take in at a glance.
    def entries(sections: tuple[Section, ...]) -> str:
        return "".join(f'<li><a href="#{_e(s.anchor)}">{_e(s.title)}</a></li>\n' for s in sections)

    level = min(6, 2 + heading_offset)
    return (
        '<nav class="toc" aria-labelledby="toc-title">\n'
        f'<h{level} id="toc-title">{_e(doc.toc_title)}</h{level}>\n'
        f"<ol>\n{entries(doc.sections)}</ol>\n</nav>"
    )


def render_body(doc: Document, options: HtmlOptions) -> str:
    """The policy's own markup: title, preamble, contents and sections."""
    parts = []
    if options.include_title:
        level = min(6, 1 + options.heading_offset)
        parts.append(f'<h{level} class="policy-title">{_e(doc.title)}</h{level}>')
    parts.extend(render_block(b) for b in doc.preamble)
    if options.table_of_contents and doc.sections:
        parts.append(_toc(doc, options.heading_offset))
    parts.extend(
        render_section_html(s, heading_offset=options.heading_offset) for s in doc.sections
    )
    return "\n".join(parts)


# A table's caption and header row, as ``_table`` writes them.
_CAPTION_AND_HEAD = re.compile(r"<caption>(.*?)</caption>\n<thead><tr>(.*?)</tr></thead>")


def _for_print_engine(body: str) -> str:
    """The body rewritten for Qt's rich-text engine, which lays out the PDF.

    Qt draws table rules from attributes, not CSS. It cannot keep a caption with its table, so
    the caption becomes a first header row: Qt repeats header rows on every page a table runs
    onto, so the caption comes back with the column names instead of being left alone at the
    foot of a page. User text is escaped, so every tag matched here is ours.
    """

    def caption_row(match: re.Match[str]) -> str:
        columns = match.group(2).count("<th ")
        return (
            f'<thead><tr><th class="caption" colspan="{columns}">{match.group(1)}</th></tr>'
            f"<tr>{match.group(2)}</tr></thead>"
        )

    body = _CAPTION_AND_HEAD.sub(caption_row, body)
    return body.replace(
        "<table>", '<table border="1" cellspacing="0" cellpadding="4" width="100%">'
    )


def _direction(language: str) -> str:
    return "rtl" if language.split("-", 1)[0].lower() in RTL_LANGUAGES else "ltr"


@cache
def _page_template() -> str:
    return (templates_dir() / "html" / "page.html").read_text("utf-8")


@cache
def _stylesheet(name: str) -> str:
    return (templates_dir() / "html" / name).read_text("utf-8")


def render_html(doc: Document, options: HtmlOptions | None = None) -> str:
    """The policy as an HTML page, or as a fragment when ``options.fragment`` is set."""
    options = options or HtmlOptions()
    body = render_body(doc, options)
    if options.for_print_engine:
        body = _for_print_engine(body)
    lang = _e(doc.language or "en")
    direction = _direction(doc.language)
    if options.fragment:
        return (
            f'<article class="privacy-policy" lang="{lang}" dir="{direction}">\n{body}\n'
            "</article>\n"
        )
    css = ""
    if options.stylesheet:
        css = _stylesheet("print-engine.css" if options.for_print_engine else "policy.css")
    title = doc.title if not doc.meta.publisher else f"{doc.title} – {doc.meta.publisher}"
    values = {
        "lang": lang,
        "dir": direction,
        "title": _e(title),
        "author": _e(doc.meta.publisher),
        "css": css,
        "body": body,
    }
    # One pass over the template, so text inside a value is never taken for a placeholder.
    return _PLACEHOLDER.sub(lambda m: values[m.group(1)], _page_template())


def export_html(doc: Document, options: HtmlOptions | None = None) -> bytes:
    return render_html(doc, options).encode("utf-8")
