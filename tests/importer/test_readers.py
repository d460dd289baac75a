"""Each reader hands over the old policy's words as headings, paragraphs, items and rows,
and never its markup: scripts, styles, frames, hidden text and unsafe links stay behind."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.importer.blocks import BlockKind, OldPolicy
from editor.importer.readers import read_policy
from editor.importer.readers.docx import read_docx
from editor.importer.readers.html import UnreadablePageError, read_html
from editor.importer.readers.markdown import read_markdown
from editor.importer.readers.plain import read_plain_text
from tests.importer.pdfs import text_pdf


def _kinds(policy: OldPolicy) -> list[tuple[str, str]]:
    return [(b.kind.value, b.text) for b in policy.blocks]


def test_html_keeps_words_and_drops_code_frames_hidden_text_and_page_furniture() -> None:
    page = b"""<!doctype html><html><head><title>T</title><style>p{color:red}</style></head>
    <body><nav>Home | Shop</nav><main>
    <h1>Privacy <em>policy</em></h1>
    <p>We collect your email.<script>alert('x')</script> We keep it safe.</p>
    <iframe src="https://evil.example">frame words</iframe>
    <p style="display: none">hidden words</p><p hidden>also hidden</p>
    <ul><li>Name</li><li>Email <b>address</b></li></ul>
    <table><tr><th>Cookie</th><th>Purpose</th></tr><tr><td>_ga</td><td>Analytics</td></tr></table>
    <p>Read <a href="javascript:steal()">this</a> and <a href="https://example.org/cookies">our
    cookie policy</a>, or write to <a href="mailto:privacy@example.org">us</a>.</p>
    </main><footer>Copyright</footer></body></html>"""
    policy = read_html(page)
    assert _kinds(policy) == [
        ("heading", "Privacy policy"),
        ("paragraph", "We collect your email. We keep it safe."),
        ("item", "Name"),
        ("item", "Email address"),
        ("row", "Cookie | Purpose"),
        ("row", "_ga | Analytics"),
        (
            "paragraph",
            "Read this and our cookie policy (https://example.org/cookies), "
            "or write to us (privacy@example.org).",
        ),
    ]
    last = policy.blocks[-1]
    assert [link.target for link in last.links] == [
        "https://example.org/cookies",
        "mailto:privacy@example.org",
    ]
    everything = " ".join(b.text for b in policy.blocks)
    for never in ("alert", "frame words", "hidden", "javascript", "Home", "Copyright", "color"):
        assert never not in everything


def _nested(depth: int) -> bytes:
    inner = b"<b>" * depth + b"Deep privacy words." + b"</b>" * depth
    return b"<html><body><p>First.</p><p>" + inner + b"</p><p>Last.</p></body></html>"


def test_html_nested_deeply_by_unclosed_tags_is_read_whole() -> None:
    policy = read_html(_nested(1500))
    assert [b.text for b in policy.blocks] == ["First.", "Deep privacy words.", "Last."]


def test_html_nested_past_what_the_parser_reads_gets_a_message_not_a_part() -> None:
    with pytest.raises(UnreadablePageError, match="nested more than 2,000 levels"):
        read_html(_nested(10_000))


def test_markdown_headings_lists_tables_links_and_raw_html_as_text() -> None:
    text = (
        "# Privacy\n\nWe use [Hotjar](https://www.hotjar.com) and "
        "<script>evil()</script>cookies.\n\n"
        "- Your name\n- Your *email*\n\n| Cookie | Lasts |\n|---|---|\n| _ga | 2 years |\n\n"
        "<div><p>Raw block</p><script>x()</script></div>\n\n"
        "[bad](javascript:alert(1)) link\n"
    )
    assert _kinds(read_markdown(text)) == [
        ("heading", "Privacy"),
        ("paragraph", "We use Hotjar (https://www.hotjar.com) and cookies."),
        ("item", "Your name"),
        ("item", "Your email"),
        ("row", "Cookie | Lasts"),
        ("row", "_ga | 2 years"),
        ("paragraph", "Raw block"),
        ("paragraph", "bad link"),
    ]


def test_plain_text_finds_headings_lists_and_wrapped_lines() -> None:
    text = (
        "PRIVACY POLICY\n\n"
        "1. What We Collect\n"
        "We collect your name and email when you\n"
        "order from us.\n\n"
        "- your name\n"
        "- your email address, which we use\n"
        "  to send receipts\n\n"
        "Cookies\n\n"
        "We use no cookies.\n"
    )
    assert _kinds(read_plain_text(text)) == [
        ("heading", "PRIVACY POLICY"),
        ("heading", "1. What We Collect"),
        ("paragraph", "We collect your name and email when you order from us."),
        ("item", "your name"),
        ("item", "your email address, which we use to send receipts"),
        ("heading", "Cookies"),
        ("paragraph", "We use no cookies."),
    ]


def test_a_sentence_ending_in_a_colon_introducing_a_list_is_not_a_heading() -> None:
    text = "We collect the following data:\n- name\n- email\n"
    assert _kinds(read_plain_text(text))[0] == ("paragraph", "We collect the following data:")


def test_docx_styles_lists_tables_links_and_bold_headings(tmp_path: Path) -> None:
    from docx import Document
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = Document()
    document.add_heading("Privacy policy", level=1)
    document.add_paragraph("We collect your email address.")
    bold = document.add_paragraph()
    bold.add_run("Cookies").bold = True
    document.add_paragraph("Analytics cookies", style="List Bullet")
    table = document.add_table(rows=2, cols=2)
    for row, (a, b) in zip(table.rows, (("Cookie", "Purpose"), ("_ga", "Analytics")), strict=True):
        row.cells[0].text, row.cells[1].text = a, b
    linked = document.add_paragraph("See ")
    rel = linked.part.relate_to(
        "https://example.org/more", RELATIONSHIP_TYPE.HYPERLINK, is_external=True
    )
    hyperlink = OxmlElement("w:hyperlink")
    hyperlink.set(qn("r:id"), rel)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "more"
    run.append(text)
    hyperlink.append(run)
    linked._p.append(hyperlink)
    path = tmp_path / "p.docx"
    document.save(str(path))

    policy = read_docx(path.read_bytes())
    assert _kinds(policy) == [
        ("heading", "Privacy policy"),
        ("paragraph", "We collect your email address."),
        ("heading", "Cookies"),
        ("item", "Analytics cookies"),
        ("row", "Cookie | Purpose"),
        ("row", "_ga | Analytics"),
        ("paragraph", "See more (https://example.org/more)"),
    ]
    assert policy.blocks[-1].links[0].target == "https://example.org/more"


def test_a_text_pdf_reads_through_the_text_reader(tmp_path: Path) -> None:
    path = tmp_path / "policy.pdf"
    path.write_bytes(text_pdf(["Privacy Policy", "", "We collect your email address to reply."]))
    policy = read_policy(path)
    assert policy.source_format == "pdf"
    assert (BlockKind.HEADING, "Privacy Policy") in [(b.kind, b.text) for b in policy.blocks]
    assert "We collect your email address to reply." in [b.text for b in policy.blocks]


@pytest.mark.parametrize(
    ("name", "data", "kind"),
    [
        ("page.htm", b"<html><body><h1>Hi</h1></body></html>", "html"),
        ("page.txt", b"<!DOCTYPE html><html><body><p>Hi</p></body></html>", "html"),
        ("notes", b"# Hi\n\nThere", "txt"),
        ("notes.md", b"# Hi\n\nThere", "md"),
    ],
)
def test_the_content_decides_over_the_name_for_web_pages(
    tmp_path: Path, name: str, data: bytes, kind: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    assert read_policy(path).source_format == kind


def test_text_in_windows_1252_and_utf_16_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "old.txt"
    path.write_bytes("Données personnelles – café".encode("cp1252"))
    assert read_policy(path).blocks[0].text == "Données personnelles – café"
    path.write_bytes("Données personnelles".encode("utf-16"))
    assert read_policy(path).blocks[0].text == "Données personnelles"
