"""The PDF comes from Qt's writer on A4 or Letter, and holds the policy's text."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from editor.compose import compose
from editor.export import EXPORTERS
from editor.export.options import PdfOptions
from editor.samples import sample_paths
from editor.storage import load_project


@pytest.fixture(scope="module")
def document():  # type: ignore[no-untyped-def]
    return compose(load_project(sample_paths()["cafe"]), today=dt.date(2026, 9, 1))


@pytest.mark.parametrize(("paper", "size"), [("a4", (595, 842)), ("letter", (612, 792))])
def test_pdf_pages_have_the_chosen_size(document, paper: str, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    data = EXPORTERS["pdf"](document, PdfOptions(paper=paper))  # type: ignore[arg-type]
    assert data.startswith(b"%PDF")
    boxes = re.findall(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)", data)
    assert len(boxes) >= 3, "several pages"
    for width, height in boxes:
        assert (round(float(width)), round(float(height))) == size


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_pdf_text_reads_like_the_policy(document, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "p.pdf"
    path.write_bytes(EXPORTERS["pdf"](document, None))
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
    assert "Privacy Policy" in text
    assert "Bean & Leaf" in text
    assert "How long we keep your data" in text


def test_print_markup_keeps_each_caption_with_its_table(document) -> None:  # type: ignore[no-untyped-def]
    from editor.export.html import HtmlOptions, render_html

    page = render_html(document, HtmlOptions(table_of_contents=False, for_print_engine=True))
    assert "<caption>" not in page
    # The caption is the first header row, which Qt repeats on every page the table runs onto.
    assert '<thead><tr><th class="caption" colspan="4">Strictly necessary cookies</th></tr>' in page
    css = page.split("<style>", 1)[1].split("</style>", 1)[0]
    # Qt ignores margins in pt: the spacing must be in px or it silently disappears.
    assert not re.search(r"(margin|padding)[\w-]*:\s*[^;]*\dpt", css)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
@pytest.mark.parametrize("name", ["online-shop", "saas"])
def test_no_page_ends_with_a_heading(name: str, tmp_path: Path) -> None:
    from editor.document import outline

    doc = compose(load_project(sample_paths()[name]), today=dt.date(2026, 9, 1))
    headings = {entry.title for entry in outline(doc)}
    path = tmp_path / "p.pdf"
    path.write_bytes(EXPORTERS["pdf"](doc, None))
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
    pages = text.split("\f")[:-1]
    assert len(pages) > 3
    for number, page in enumerate(pages[:-1], start=1):
        lines = [line for line in page.splitlines() if line.strip() and line.strip() != str(number)]
        assert lines[-1].strip() not in headings, f"page {number} ends with its heading"
