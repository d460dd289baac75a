"""Web pages: the text of the policy, never its markup, scripts, styles or embedded frames.

lxml's HTML parser reads real-world pages as browsers do (unclosed tags, bad nesting, any
encoding the page declares). The tree is walked with ``iterwalk`` rather than recursion, so a
hostile page nested ten thousand levels deep cannot exhaust the stack. When the page marks its
main content (``<main>``, ``<article>``), only that is read: menus and footers are not policy.
"""

from __future__ import annotations

from typing import Any

from lxml import etree, html

from editor.importer.blocks import BlockKind, Link, OldPolicy, usable_target, with_target

# Never text of the policy: code, styling, embedded documents and page furniture.
_SKIPPED = frozenset(
    [
        "script",
        "style",
        "noscript",
        "template",
        "iframe",
        "frame",
        "frameset",
        "object",
        "embed",
        "applet",
        "svg",
        "math",
        "canvas",
        "audio",
        "video",
        "map",
        "head",
        "button",
        "select",
        "option",
        "textarea",
        "input",
        "form",
        "nav",
        "aside",
        "dialog",
    ]
)
_HEADINGS = {f"h{n}" for n in range(1, 7)}
_BLOCKS = frozenset(
    [
        "p",
        "div",
        "section",
        "article",
        "main",
        "header",
        "footer",
        "blockquote",
        "pre",
        "address",
        "li",
        "dt",
        "dd",
        "figcaption",
        "caption",
        "td",
        "th",
        "tr",
        "table",
        "ul",
        "ol",
        "dl",
        "body",
        "center",
        "details",
        "summary",
        "legend",
        "fieldset",
    ]
)
_PAGE_FURNITURE = frozenset({"header", "footer"})


def _hidden(element: Any) -> bool:
    style = "".join(str(element.get("style", "")).split()).casefold()
    return (
        element.get("hidden") is not None
        or str(element.get("aria-hidden", "")).casefold() == "true"
        or "display:none" in style
        or "visibility:hidden" in style
    )


def _content_root(root: Any) -> Any:
    """The page's main content if it marks one, else its body (or the whole document)."""
    for path in ("//main", "//article", "//*[@role='main']"):
        found = root.xpath(path)
        if found:
            return found[0]
    body = root.find("body")
    return body if body is not None else root


class _Collector:
    """Gathers inline text into the current block; a block element closes it."""

    def __init__(self, policy: OldPolicy) -> None:
        self.policy = policy
        self.parts: list[str] = []
        self.links: list[Link] = []
        self.kinds: list[BlockKind] = [BlockKind.PARAGRAPH]
        self.cells: list[str] | None = None

    def text(self, value: str | None) -> None:
        if value:
            self.parts.append(value)

    def flush(self) -> None:
        text = " ".join("".join(self.parts).split())
        if self.cells is not None:
            if text:
                self.cells.append(text)
        else:
            self.policy.add(self.kinds[-1], text, tuple(self.links))
            self.links = []
        self.parts = []


class UnreadablePageError(ValueError):
    """The page cannot be read whole; the message says why in plain words."""


def _too_deep(parser: Any) -> bool:
    return any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log)


def read_html(data: bytes) -> OldPolicy:
    """The headings, paragraphs, list items and table rows of a web page."""
    policy = OldPolicy("html")
    # huge_tree lifts libxml2's nesting limit from 256 to 2048 levels: pages with unclosed
    # <font> or <b> tags nest deeply, and past the limit libxml2 drops the rest of the page.
    parser = html.HTMLParser(
        remove_comments=True, remove_pis=True, no_network=True, recover=True, huge_tree=True
    )
    try:
        root = html.document_fromstring(data, parser=parser)
    except (etree.ParserError, ValueError):
        return policy  # nothing a browser would show either
    if _too_deep(parser):
        raise UnreadablePageError(
            "the page's markup is nested more than 2,000 levels deep, so part of it cannot be "
            "read. Open it in a browser, copy the policy's text into a text file and import that."
        )
    out = _Collector(policy)
    skipping: Any = None
    anchors: list[tuple[Any, int, str]] = []  # open links: element, where its text starts, href
    for event, element in etree.iterwalk(_content_root(root), events=("start", "end")):
        tag = element.tag if isinstance(element.tag, str) else ""
        tag = tag.casefold().rsplit("}", 1)[-1]
        if skipping is not None:
            if event == "end" and element is skipping:
                skipping = None
                out.text(element.tail)
            continue
        if event == "start":
            if tag in _SKIPPED or _hidden(element) or not tag:
                skipping = element
                continue
            _start(out, tag, element, anchors)
        else:
            _end(out, tag, element, anchors)
            out.text(element.tail)
    out.flush()
    return policy


def _start(out: _Collector, tag: str, element: Any, anchors: list[tuple[Any, int, str]]) -> None:
    if tag in _HEADINGS or tag in _BLOCKS:
        out.flush()
        if tag == "tr":
            out.cells = []
        if tag in _HEADINGS:
            out.kinds.append(BlockKind.HEADING)
        elif tag in ("li", "dd", "dt"):
            out.kinds.append(BlockKind.ITEM)
    elif tag == "br":
        out.text(" ")
    elif tag == "a":
        anchors.append((element, len(out.parts), usable_target(str(element.get("href", "")))))
    elif tag == "img":
        out.text(str(element.get("alt", "")))
    out.text(element.text)


def _end(out: _Collector, tag: str, element: Any, anchors: list[tuple[Any, int, str]]) -> None:
    if tag == "a" and anchors and anchors[-1][0] is element:
        _, start, target = anchors.pop()
        if target:
            raw = "".join(out.parts[start:])
            words = " ".join(raw.split())
            lead = " " if raw[:1].isspace() else ""
            trail = " " if raw[-1:].isspace() else ""
            out.parts[start:] = [lead + with_target(words, target) + trail]
            out.links.append(Link(words, target))
    if tag in _HEADINGS or tag in _BLOCKS:
        out.flush()
        if tag == "tr" and out.cells is not None:
            cells, out.cells = out.cells, None
            out.policy.add(BlockKind.ROW, " | ".join(cells))
        if (tag in _HEADINGS or tag in ("li", "dd", "dt")) and len(out.kinds) > 1:
            out.kinds.pop()
    elif tag in ("td", "th") and out.cells is not None:
        out.flush()
