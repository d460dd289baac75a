"""The update notice as a document: material changes first, values escaped, every format alike."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from editor.document import Document, Link, Paragraph, words
from editor.document.walk import plain_text
from editor.export import EXPORTERS
from editor.model import Project, Recipient
from editor.samples import start_project
from editor.versions import build_notice, notice_document, notice_text, publish
from tests.export.formats_text import docx_text, html_text, markdown_text

D1, D2 = dt.date(2026, 3, 1), dt.date(2026, 9, 1)
HOSTILE = "*Bob's* <b>Bikes</b> [x](javascript:alert(1)) _under_ # not a heading"


def _shop() -> tuple[Project, Document]:
    project = start_project("online-shop")
    return project, notice_document(project, build_notice(project))


def _links(doc: Document) -> list[Link]:
    found = []
    for block in doc.preamble + tuple(b for s in doc.sections for b in s.blocks):
        if isinstance(block, Paragraph):
            found += [node for node in block.children if isinstance(node, Link)]
    return found


def test_material_changes_come_first() -> None:
    _, doc = _shop()
    assert doc.title == "We have updated our privacy policy"
    assert [s.title for s in doc.sections] == ["What changed", "Smaller changes"]
    material = plain_text(doc).split("Smaller changes")[0]
    assert "Added recipient: Stripe" in material
    assert "Retention of Orders changed from 6 years to 7 years." in material
    assert "We reworded some passages" not in material


def test_the_document_says_what_the_plain_text_notice_says() -> None:
    project, doc = _shop()
    assert words(doc) == words(notice_text(build_notice(project)))


def test_website_and_email_become_links_and_nothing_else_does() -> None:
    _, doc = _shop()
    urls = sorted(link.url for link in _links(doc))
    assert urls == ["https://fernhillyarns.co.uk", "mailto:privacy@fernhillyarns.co.uk"]
    assert doc.meta.publisher == "Fernhill Yarns Ltd"


def test_user_values_are_shown_literally() -> None:
    project = publish(start_project("cafe"), "v1", effective_date=D1, today=dt.date(2026, 2, 1))
    project.organisation.trading_name = HOSTILE
    project.recipients.append(Recipient(name=HOSTILE, kind="payments", country="US"))
    project = publish(project, "v2", effective_date=D2, today=dt.date(2026, 8, 1), note=HOSTILE)
    doc = notice_document(project, build_notice(project))
    text = plain_text(doc)
    # The note, the new recipient, the changed trading name and the signature.
    assert text.count(HOSTILE) == 4
    assert all(not link.url.startswith("javascript") for link in _links(doc))
    page = EXPORTERS["html"](doc, None).decode("utf-8")
    assert "<b>" not in page and 'href="javascript' not in page and "<em>" not in page
    assert "&lt;b&gt;Bikes&lt;/b&gt;" in page
    rendered = MarkdownIt("commonmark").render(EXPORTERS["md"](doc, None).decode("utf-8"))
    assert "<b>" not in rendered and 'href="javascript' not in rendered and "<em>" not in rendered
    assert rendered.count("</h") == 3  # the title and the two lists: "# not a heading" is text
    assert words(markdown_text(EXPORTERS["md"](doc, None).decode("utf-8"))) == words(doc)


def test_a_draft_notice_and_a_first_publication() -> None:
    project = start_project("online-shop")
    project.recipients.append(Recipient(name="Evri Express", kind="delivery", country="GB"))
    draft = notice_document(project, build_notice(project, to_label="draft"))
    assert draft.title == "We are updating our privacy policy"
    assert "Added recipient: Evri Express" in plain_text(draft)
    first = notice_document(project, build_notice(project, to_label="2024-04"))
    assert first.title == "Our privacy policy" and first.sections == ()
    assert "We published our privacy policy on" in plain_text(first)


@pytest.fixture(scope="module")
def shop_notice() -> Document:
    return _shop()[1]


def test_html_markdown_and_docx_carry_the_same_words(shop_notice: Document) -> None:
    expected = words(shop_notice)
    page = EXPORTERS["html"](shop_notice, None).decode("utf-8")
    assert words(html_text(page)) == expected
    assert words(markdown_text(EXPORTERS["md"](shop_notice, None).decode("utf-8"))) == expected
    assert words(docx_text(EXPORTERS["docx"](shop_notice, None))) == expected
    assert words(EXPORTERS["txt"](shop_notice, None).decode("utf-8")) == expected


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_pdf_carries_the_same_words(shop_notice: Document, tmp_path: Path) -> None:
    path = tmp_path / "notice.pdf"
    path.write_bytes(EXPORTERS["pdf"](shop_notice, None))
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
    # The page number in the footer is the one word the document does not have.
    assert [w for w in words(text) if w != "1"] == [w for w in words(shop_notice) if w != "1"]
