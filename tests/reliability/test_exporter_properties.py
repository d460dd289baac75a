"""Property: any project, however hostile, exports to every format safely and with the same words.

For each generated project: composition and every exporter succeed; the HTML page parses
strictly and holds only the template's elements, attributes and links the user entered as URL or
email fields; the Markdown, rendered with raw HTML off and on, holds no HTML, no syntax that came
from text and no foreign link; the DOCX reopens with python-docx and holds every text literally;
HTML, Markdown and DOCX carry exactly the document's words.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, Phase, given, settings

from editor.compose import compose
from editor.document import Document, words
from editor.document.validate import problems
from editor.export import EXPORTERS
from editor.export.html import HtmlOptions, render_html
from editor.model import Project
from tests.export.formats_text import docx_text, html_text, markdown_text
from tests.reliability.export_safety import check_docx, check_html_page, check_markdown
from tests.strategies import projects, projects_with_many_rows

TODAY = dt.date(2026, 9, 1)
QUIET = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example]


def _exports(
    project: Project, formats: tuple[str, ...] = tuple(EXPORTERS)
) -> tuple[Document, dict[str, bytes]]:
    doc = compose(project, today=TODAY)
    assert problems(doc) == []
    outputs = {name: EXPORTERS[name](doc, None) for name in formats}
    assert outputs.get("pdf", b"%PDF-").startswith(b"%PDF-")
    assert outputs["docx"].startswith(b"PK")
    return doc, outputs


@settings(max_examples=80, deadline=None, suppress_health_check=QUIET)
@given(projects())
def test_every_format_is_safe_and_carries_the_same_words(project: Project) -> None:
    doc, outputs = _exports(project)
    expected = words(doc)

    page = outputs["html"].decode("utf-8")
    check_html_page(page, project)
    assert words(html_text(page)) == expected
    fragment = render_html(doc, HtmlOptions(fragment=True))
    assert words(html_text("<body>" + fragment)) == expected

    markdown = outputs["md"].decode("utf-8")
    check_markdown(markdown, project)
    assert words(markdown_text(markdown)) == expected

    check_docx(outputs["docx"], doc, project)
    assert words(docx_text(outputs["docx"])) == expected

    text = outputs["txt"].decode("utf-8")
    assert set(words(text)) <= set(expected)


# Each example takes seconds, so a failure is reported as found rather than shrunk for minutes.
@settings(
    max_examples=3,
    deadline=None,
    suppress_health_check=QUIET,
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
)
@given(projects_with_many_rows())
def test_thousands_of_hostile_rows_export_safely(project: Project) -> None:
    # The PDF of thousands of rows takes Qt many seconds; test_limits.py exports one.
    doc, outputs = _exports(project, ("html", "md", "docx", "txt"))
    expected = words(doc)
    page = outputs["html"].decode("utf-8")
    check_html_page(page, project)
    assert words(html_text(page)) == expected
    markdown = outputs["md"].decode("utf-8")
    check_markdown(markdown, project)
    assert words(markdown_text(markdown)) == expected
    assert words(docx_text(outputs["docx"])) == expected
