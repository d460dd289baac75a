"""One options object per export format, each with defaults that suit most people."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Paper = Literal["a4", "letter"]


@dataclass(frozen=True)
class HtmlOptions:
    """``fragment`` gives only the policy's markup, to paste into a website builder."""

    fragment: bool = False
    table_of_contents: bool = True
    include_title: bool = True  # a fragment under a page that already has the title may drop it
    heading_offset: int = 0  # shift every heading down, e.g. 1 to start a fragment at h2
    stylesheet: bool = True  # the page's built-in CSS (never in a fragment)
    for_print_engine: bool = False  # simpler markup for Qt's rich-text engine (the PDF)


@dataclass(frozen=True)
class MarkdownOptions:
    align_tables: bool = True  # pad table columns when the table stays narrow enough to read


@dataclass(frozen=True)
class DocxOptions:
    paper: Paper = "a4"


@dataclass(frozen=True)
class PdfOptions:
    paper: Paper = "a4"


@dataclass(frozen=True)
class TextOptions:
    width: int = 78
