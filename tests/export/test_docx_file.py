"""The DOCX uses Word's real styles, carries its properties, and opens in LibreOffice."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from docx import Document as open_docx  # noqa: N813 - python-docx names a function like a class
from lxml import etree

from editor.compose import compose
from editor.document import Document, Link, Paragraph, Section, Strong, Text
from editor.export import EXPORTERS
from editor.export.options import DocxOptions
from editor.model import Project
from editor.samples import sample_paths
from editor.storage import load_project
from tests.export.formats_text import docx_text

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


@pytest.fixture(scope="module")
def saas_docx() -> bytes:
    doc = compose(load_project(sample_paths()["saas"]), today=dt.date(2026, 9, 1))
    return EXPORTERS["docx"](doc, None)


def test_paragraphs_use_the_reference_styles(saas_docx: bytes) -> None:
    word = open_docx(io.BytesIO(saas_docx))
    used = {p.style.name for p in word.paragraphs}
    assert {"Title", "Heading 1", "Heading 2", "List Bullet", "Caption", "Normal"} <= used
    assert word.paragraphs[0].style.name == "Title"
    assert {t.style.name for t in word.tables} == {"Policy Table"}
    assert all(t.rows[0]._tr.trPr is not None for t in word.tables)


def test_document_properties_name_the_policy_and_the_business(saas_docx: bytes) -> None:
    props = open_docx(io.BytesIO(saas_docx)).core_properties
    assert props.title == "Privacy Policy"
    assert props.author == "Tallyhive B.V."
    assert props.language == "en"
    assert props.modified == dt.datetime(2026, 9, 1, tzinfo=dt.UTC)
    assert props.comments == ""


def test_footer_has_a_page_number_field(saas_docx: bytes) -> None:
    with zipfile.ZipFile(io.BytesIO(saas_docx)) as package:
        footers = [n for n in package.namelist() if n.startswith("word/footer")]
        assert footers
        xml = "".join(package.read(n).decode("utf-8") for n in footers)
    assert "<w:instrText" in xml and " PAGE " in xml


def test_links_are_real_hyperlinks(saas_docx: bytes) -> None:
    with zipfile.ZipFile(io.BytesIO(saas_docx)) as package:
        rels = package.read("word/_rels/document.xml.rels").decode("utf-8")
        body = package.read("word/document.xml").decode("utf-8")
    assert 'Target="mailto:privacy@tallyhive.com"' in rels
    assert 'TargetMode="External"' in rels
    assert "<w:hyperlink" in body and 'w:val="Hyperlink"' in body


def test_letter_paper_sets_the_page_size() -> None:
    doc = Document("T", "en", sections=(Section("A", "a", 1, "x", (Paragraph((Text("b"),)),)),))
    word = open_docx(io.BytesIO(EXPORTERS["docx"](doc, DocxOptions(paper="letter"))))
    assert word.sections[0].page_width == 12240 * 635
    word = open_docx(io.BytesIO(EXPORTERS["docx"](doc, DocxOptions(paper="a4"))))
    assert word.sections[0].page_width == 11906 * 635


def test_control_characters_are_dropped_not_fatal() -> None:
    text = "bell\x07 nul\x00 esc\x1b vt\x0b ok \ud800 end"
    doc = Document(text, "en", sections=(Section(text, "a", 1, "x", (Paragraph((Text(text),)),)),))
    word = open_docx(io.BytesIO(EXPORTERS["docx"](doc, None)))
    assert word.paragraphs[0].text == "bell nul esc vt ok  end"


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_converts_every_sample(tmp_path: Path, sample_project: Project) -> None:
    source = tmp_path / "policy.docx"
    doc = compose(sample_project, today=dt.date(2026, 9, 1))
    source.write_bytes(EXPORTERS["docx"](doc, None))
    result = subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{tmp_path}/profile",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(source),
        ],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    pdf = tmp_path / "policy.pdf"
    assert result.returncode == 0, result.stderr
    assert pdf.exists() and pdf.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert doc.title in text
        assert "Your rights" in text


def test_spaces_at_run_edges_and_in_a_row_survive_in_word() -> None:
    # Word keeps a run's edge spaces and doubled spaces only under xml:space="preserve"; the
    # exporter writes it only where a run needs it, and each of these runs does.
    runs = (
        Text("Before "),
        Strong((Text("bold"),)),
        Text(" between  two spaces "),
        Link("https://example.com/", (Text("a link"),)),
        Text(" after."),
    )
    doc = Document("T", "en", sections=(Section("A", "a", 1, "x", (Paragraph(runs),)),))
    data = EXPORTERS["docx"](doc, None)
    assert docx_text(data).splitlines()[-1] == "Before bold between  two spaces a link after."


def test_runs_without_edge_or_double_spaces_carry_no_preserve_attribute(saas_docx: bytes) -> None:
    # Moving the body into the package costs lxml time quadratic in these attributes.
    with zipfile.ZipFile(io.BytesIO(saas_docx)) as package:
        root = etree.fromstring(package.read("word/document.xml"))
    texts = list(root.iter(f"{W}t"))
    kept = [t.text or "" for t in texts if t.get(XML_SPACE) == "preserve"]
    assert kept and all(t != " ".join(t.split()) for t in kept)
    assert len(kept) < len(texts) / 2
