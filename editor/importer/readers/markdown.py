"""Markdown: headings, paragraphs, lists and tables from markdown-it-py's tokens.

Raw HTML inside the Markdown is never carried over as markup: an HTML block is read for its
text by the web-page reader, and inline tags are dropped.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.token import Token

from editor.importer.blocks import BlockKind, Link, OldPolicy, usable_target, with_target
from editor.importer.readers.html import read_html

_RAW_TAG = re.compile(r"<(/?)\s*(script|style|iframe|noscript|template|textarea)\b", re.I)


def _inline(token: Token) -> tuple[str, list[Link]]:
    """The words of an inline token, each link followed by its address."""
    parts: list[str] = []
    links: list[Link] = []
    open_links: list[tuple[int, str]] = []
    skipping = ""  # inside an inline <script> or <style>: its content is code, not words
    for child in token.children or []:
        if child.type == "html_inline":
            tag = _RAW_TAG.match(child.content)
            if tag and not skipping and not tag.group(1):
                skipping = tag.group(2).casefold()
            elif tag and tag.group(1) and tag.group(2).casefold() == skipping:
                skipping = ""
        elif skipping:
            continue
        elif child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif child.type == "image":
            parts.append(child.content)  # the alt text
        elif child.type == "link_open":
            open_links.append((len(parts), usable_target(str(child.attrGet("href") or ""))))
        elif child.type == "link_close" and open_links:
            start, target = open_links.pop()
            if target:
                words = "".join(parts[start:]).strip()
                parts[start:] = [with_target(words, target)]
                links.append(Link(words, target))
        # anything else: markup, not text
    return "".join(parts), links


class _EveryLink(MarkdownIt):
    """markdown-it leaves "[words](javascript:...)" as literal text; parsing every link lets
    usable_target drop an unsafe address and keep only the words."""

    def validateLink(self, url: str) -> bool:  # noqa: N802 (markdown-it's name)
        return True


def read_markdown(text: str) -> OldPolicy:
    """The blocks of a Markdown document, in order."""
    policy = OldPolicy("md")
    parser = _EveryLink("commonmark").enable("table")
    kinds = [BlockKind.PARAGRAPH]
    cells: list[str] | None = None
    for token in parser.parse(text):
        if token.type == "heading_open":
            kinds.append(BlockKind.HEADING)
        elif token.type == "heading_close":
            kinds.pop()
        elif token.type == "list_item_open":
            kinds.append(BlockKind.ITEM)
        elif token.type == "list_item_close":
            kinds.pop()
        elif token.type == "tr_open":
            cells = []
        elif token.type == "tr_close" and cells is not None:
            policy.add(BlockKind.ROW, " | ".join(c for c in cells if c))
            cells = None
        elif token.type == "inline":
            words, links = _inline(token)
            if cells is not None:
                cells.append(" ".join(words.split()))
            else:
                policy.add(kinds[-1], words, tuple(links))
        elif token.type in ("fence", "code_block"):
            for line in token.content.splitlines():
                policy.add(BlockKind.PARAGRAPH, line)
        elif token.type == "html_block":
            policy.blocks.extend(read_html(token.content.encode("utf-8")).blocks)
    return policy
