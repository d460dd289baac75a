"""Bad input gets a clear message that names the file and says what to do; nothing crashes,
nothing is written, and no markup of a hostile page reaches the project."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor.catalog import Catalog
from editor.importer import (
    NotAPolicyError,
    PolicyImportError,
    ScannedPdfError,
    UnreadablePolicyError,
    import_policy,
)
from editor.importer.readers import read_policy
from tests.importer.pdfs import scanned_pdf

POLICY_WORDS = (
    "We collect personal data such as your email. We share it with third parties. "
    "You can opt out of cookies. Our privacy policy explains how we retain it.\n"
)


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _zip(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        for name, data in members.items():
            package.writestr(name, data)
    return out.getvalue()


@pytest.mark.parametrize(
    ("name", "data", "words"),
    [
        ("empty.txt", b"", "the file is empty"),
        ("blank.md", b"  \n\n\t ", "the file is empty"),
        ("policy.docx", b"just text, renamed", "not one (damaged or renamed)"),
        ("policy.pdf", b"<html>a page</html>", "not one (damaged or renamed)"),
        ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "old Word (.doc)"),
        ("old.txt", b"{\\rtf1\\ansi Privacy}", "rich-text (.rtf)"),
        ("photo.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "not a text document"),
        ("archive.docx", _zip({"notes.txt": b"hello"}), "a zip file, but not a Word"),
        ("broken.docx", b"PK\x03\x04" + b"\x00" * 100, "not a Word (.docx) document"),
        ("broken.pdf", b"%PDF-1.4\n garbage without objects", "damaged or not a PDF"),
        ("empty.html", b"<html><body><script>x()</script></body></html>", "has no text in it"),
    ],
)
def test_unreadable_files_get_a_message_naming_the_file_and_what_is_wrong(
    tmp_path: Path, name: str, data: bytes, words: str
) -> None:
    path = _write(tmp_path, name, data)
    with pytest.raises(UnreadablePolicyError) as caught:
        read_policy(path)
    assert words in caught.value.message
    assert str(caught.value).startswith(f"{name}: ")


def test_missing_files_and_folders(tmp_path: Path) -> None:
    with pytest.raises(UnreadablePolicyError, match="no such file"):
        read_policy(tmp_path / "nowhere.html")
    with pytest.raises(UnreadablePolicyError, match="a folder, not a file"):
        read_policy(tmp_path)


def test_a_scanned_pdf_says_it_holds_pictures_and_what_to_do(tmp_path: Path) -> None:
    path = _write(tmp_path, "scan.pdf", scanned_pdf())
    with pytest.raises(ScannedPdfError) as caught:
        read_policy(path)
    assert "pictures of its pages" in caught.value.message and "OCR" in caught.value.message


def test_a_file_far_larger_than_any_policy_is_refused_before_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import editor.importer.readers as readers

    monkeypatch.setattr(readers, "MAX_FILE_BYTES", 1000)
    path = _write(tmp_path, "huge.html", b"<p>" + b"privacy " * 200 + b"</p>")
    with pytest.raises(UnreadablePolicyError, match="far more than any privacy policy"):
        read_policy(path)


def test_a_fifty_megabyte_page_of_text_is_refused_with_a_message(tmp_path: Path) -> None:
    # Under the file limit, but far more text than a policy: counted after reading.
    block = b"<p>" + b"We collect personal data. " * 40 + b"</p>\n"
    path = _write(tmp_path, "page.html", b"<html><body>" + block * 50_000 + b"</body></html>")
    assert path.stat().st_size > 50_000_000
    with pytest.raises(UnreadablePolicyError, match="characters of text"):
        read_policy(path)


def test_a_recipe_is_not_a_policy_unless_imported_anyway(tmp_path: Path, catalog: Catalog) -> None:
    recipe = b"Pancakes\n\nMix flour, eggs and milk. Fry in butter. Serve with lemon.\n"
    path = _write(tmp_path, "recipe.txt", recipe)
    with pytest.raises(NotAPolicyError) as caught:
        import_policy(path, catalog)
    assert "does not read like a privacy policy" in caught.value.message
    project = import_policy(path, catalog, anyway=True)
    assert [s.title for s in project.custom_sections] == ["Pancakes"]


def test_hostile_markup_never_reaches_the_project(tmp_path: Path, catalog: Catalog) -> None:
    page = (
        "<html><body><h1 onclick='x()'>Privacy</h1><p>" + POLICY_WORDS + "</p>"
        "<p><a href='javascript:alert(1)'>Click</a> <a href=' JaVaScRiPt:evil()'>me</a></p>"
        "<p><img src=x onerror=alert(1) alt='a picture'>&lt;script&gt;alert(2)&lt;/script&gt;</p>"
        "<iframe srcdoc='<p>framed</p>'></iframe><object data='x.swf'>object text</object>"
        "<svg><text>svg text</text></svg><form><input value='typed'></form></body></html>"
    )
    project = import_policy(_write(tmp_path, "evil.html", page.encode()), catalog)
    saved = project.model_dump_json()
    for never in ("javascript", "onerror", "onclick", "framed", "object text", "svg text"):
        assert never.casefold() not in saved.casefold()
    bodies = "\n".join(s.body for s in project.custom_sections)
    # Text that shows markup stays words the exporters escape, never a tag they would write.
    assert "<script>alert(2)</script>" in bodies
    from editor.compose import compose
    from editor.export.html import export_html

    assert b"<script>alert(2)" not in export_html(compose(project))


@settings(
    max_examples=40, deadline=2000, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.binary(max_size=3000), suffix=st.sampled_from([".html", ".md", ".txt", ".docx"]))
def test_any_bytes_give_a_project_or_a_clear_message(
    tmp_path: Path, catalog: Catalog, data: bytes, suffix: str
) -> None:
    path = _write(tmp_path, "any" + suffix, data)
    try:
        project = import_policy(path, catalog, anyway=True)
    except PolicyImportError as err:
        assert err.message
    else:
        assert all(p.sentence in project.imported.text for p in project.imported.proposals)


@settings(
    max_examples=40, deadline=3000, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.text(max_size=2000))
def test_any_text_in_any_format_imports_or_gets_a_clear_message(
    tmp_path: Path, catalog: Catalog, text: str
) -> None:
    for suffix in (".html", ".md", ".txt"):
        path = _write(tmp_path, "any" + suffix, (POLICY_WORDS + text).encode("utf-8", "replace"))
        try:
            project = import_policy(path, catalog)
        except PolicyImportError as err:
            assert err.message
        else:
            assert project.custom_sections
            for proposal in project.imported.proposals:
                start = proposal.start or 0
                assert project.imported.text[start:].startswith(proposal.sentence)
