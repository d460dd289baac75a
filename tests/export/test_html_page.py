"""The HTML page is valid, accessible and safe."""

from __future__ import annotations

import datetime as dt
import itertools
import re

import html5lib
import pytest

from editor.compose import compose
from editor.document import Table, iter_sections
from editor.export.html import HtmlOptions, render_html, render_section_html
from editor.model import Project

TODAY = dt.date(2026, 9, 1)


@pytest.fixture
def page(sample_project: Project) -> str:
    return render_html(compose(sample_project, today=TODAY))


def _parse(markup: str, fragment: bool = False) -> object:
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    return parser.parseFragment(markup) if fragment else parser.parse(markup)


def test_page_is_strict_html5_with_language_charset_viewport_and_title(page: str) -> None:
    tree = _parse(page)
    assert page.startswith("<!DOCTYPE html>\n")
    html = tree.find(".")  # type: ignore[attr-defined]
    assert html.get("lang") == "en"
    assert tree.find(".//meta[@charset='utf-8']") is not None  # type: ignore[attr-defined]
    viewport = tree.find(".//meta[@name='viewport']")  # type: ignore[attr-defined]
    assert viewport is not None and "width=device-width" in viewport.get("content")
    assert tree.find(".//title").text  # type: ignore[attr-defined]


def test_one_h1_and_no_skipped_heading_levels(page: str) -> None:
    levels = [int(n) for n in re.findall(r"<h([1-6])\b", page)]
    assert levels.count(1) == 1 and levels[0] == 1
    for before, after in itertools.pairwise(levels):
        assert after <= before + 1, (before, after)


def test_contents_links_reach_their_sections(page: str) -> None:
    nav = re.search(r"<nav\b.*?</nav>", page, re.DOTALL)
    assert nav is not None
    targets = re.findall(r'href="#([^"]+)"', nav.group(0))
    ids = set(re.findall(r'\bid="([^"]+)"', page))
    assert len(targets) >= 10
    assert set(targets) <= ids
    assert len(ids) == len(re.findall(r'\bid="', page)), "ids are unique"


def test_tables_have_captions_and_header_scopes(sample_project: Project) -> None:
    doc = compose(sample_project, today=TODAY)
    page = render_html(doc)
    tables = re.findall(r"<table>.*?</table>", page, re.DOTALL)
    # Every table of the document reaches the page (a sample that shares nothing has none).
    in_document = sum(
        isinstance(block, Table) for section in iter_sections(doc) for block in section.blocks
    )
    assert len(tables) == in_document
    for table in tables:
        assert "<caption>" in table
        assert '<th scope="col">' in table
        assert '<th scope="row">' in table


def test_no_script_and_only_web_or_mail_links(page: str) -> None:
    assert "<script" not in page.lower() and " on" not in re.sub(r">[^<]*<", "><", page)
    for href in re.findall(r'href="([^"]*)"', page):
        assert href.startswith(("#", "https://", "http://", "mailto:")), href


def test_stylesheet_has_print_and_dark_mode_rules(page: str) -> None:
    assert "@media print" in page
    assert "prefers-color-scheme: dark" in page


def test_fragment_is_embeddable_markup_without_page_chrome(sample_project: Project) -> None:
    fragment = render_html(compose(sample_project, today=TODAY), HtmlOptions(fragment=True))
    _parse(fragment, fragment=True)
    assert fragment.startswith('<article class="privacy-policy" lang="en"')
    for absent in ("<html", "<head", "<body", "<style", "<!DOCTYPE"):
        assert absent not in fragment


def test_fragment_can_start_below_the_host_page_title(sample_project: Project) -> None:
    options = HtmlOptions(fragment=True, include_title=False, heading_offset=1)
    fragment = render_html(compose(sample_project, today=TODAY), options)
    assert "<h1" not in fragment and "<h2" not in fragment
    assert "<h3" in fragment


def test_one_section_renders_alone_for_the_preview(sample_project: Project) -> None:
    doc = compose(sample_project, today=TODAY)
    section = next(s for s in iter_sections(doc) if s.key == "rights")
    markup = render_section_html(section)
    _parse(markup, fragment=True)
    assert markup.startswith('<section class="policy-section" data-key="rights">')
    assert f'<h2 id="{section.anchor}">' in markup
