"""Read an old policy from a file: pick the reader by name and content, refuse what cannot be.

Every failure is an :class:`UnreadablePolicyError` whose message says what the file is and
what to do instead; no reader's own exception reaches the user.
"""

from __future__ import annotations

from pathlib import Path

from editor.importer.blocks import OldPolicy
from editor.importer.errors import ScannedPdfError, UnreadablePolicyError
from editor.model.base import LONGEST_TEXT

# A policy is a few pages; the longest real ones hold well under 200,000 characters of text.
# The project keeps the old text whole in one answer: half of what one holds leaves room for
# the breaks the layout puts between its blocks.
MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_TEXT_CHARS = LONGEST_TEXT // 2

FORMATS = {
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".docx": "docx",
    ".md": "md",
    ".markdown": "md",
    ".txt": "txt",
    ".text": "txt",
    ".pdf": "pdf",
}
FORMAT_NAMES = {
    "html": "web page",
    "docx": "Word document",
    "md": "Markdown file",
    "txt": "text file",
    "pdf": "PDF",
}


def _sniff(data: bytes) -> str | None:
    """The format the content itself shows, or None for text of any kind."""
    head = data[:1024].lstrip()
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "docx"
    lowered = head[:512].lower()
    if lowered.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<body" in lowered:
        return "html"
    return None


def _refuse_other_binaries(path: Path, data: bytes) -> None:
    head = data[:8]
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise UnreadablePolicyError(
            path, "it is an old Word (.doc) file. Open it in Word or LibreOffice and save it "
            "as .docx, then import that.",
        )  # fmt: skip
    if head.startswith(b"{\\rtf"):
        raise UnreadablePolicyError(
            path, "it is a rich-text (.rtf) file. Save it as .docx or plain text, then import it."
        )
    sample = data[:8192]
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    if b"\x00" in sample or controls > len(sample) // 50:
        raise UnreadablePolicyError(
            path,
            "it is not a text document (it looks like a program, a picture or another "
            "binary file). Import the policy as a web page, Word, Markdown, PDF or text file.",
        )


# Text saved as "Unicode" by Windows programs: every other byte is zero, which is not binary.
_UTF16_MARKS = (b"\xff\xfe", b"\xfe\xff")


def decode_text(data: bytes) -> str:
    """Text in UTF-8 (with or without a BOM), else in the Windows code page most old files use."""
    for encoding in ("utf-16",) if data[:2] in _UTF16_MARKS else ():
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _read_bytes(path: Path) -> bytes:
    try:
        if not path.exists():
            raise UnreadablePolicyError(path, "there is no such file")
        if not path.is_file():
            raise UnreadablePolicyError(path, "it is a folder, not a file")
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise UnreadablePolicyError(
                path,
                f"the file is {size / 1e6:.0f} MB, far more than any privacy policy "
                f"(the limit is {MAX_FILE_BYTES // (1024 * 1024)} MB). Save just the policy "
                "page, or copy its text into a text file.",
            )
        return path.read_bytes()
    except OSError as err:
        raise UnreadablePolicyError(path, f"it could not be read ({err.strerror})") from err


def read_policy(path: Path) -> OldPolicy:
    """The old policy at ``path``, as blocks of text."""
    data = _read_bytes(path)
    if not data.strip():
        raise UnreadablePolicyError(path, "the file is empty")
    named = FORMATS.get(path.suffix.casefold())
    found = _sniff(data)
    fmt = found or named or "txt"
    if named in ("docx", "pdf") and found != named:
        raise UnreadablePolicyError(
            path, f"its name says {FORMAT_NAMES[named]}, but it is not one (damaged or renamed)"
        )
    if fmt in ("txt", "md") and data[:2] not in _UTF16_MARKS:
        _refuse_other_binaries(path, data)
    policy = _read(path, fmt, data)
    if policy.text_length > MAX_TEXT_CHARS:
        raise UnreadablePolicyError(
            path,
            f"it holds {policy.text_length:,} characters of text, far more than any privacy "
            "policy. Import just the policy's page or text.",
        )
    if not policy.blocks:
        raise UnreadablePolicyError(path, f"the {FORMAT_NAMES[fmt]} has no text in it")
    return policy


def _read(path: Path, fmt: str, data: bytes) -> OldPolicy:
    # Imported per format: a text import need not load lxml, python-docx or pypdf.
    if fmt == "html":
        from editor.importer.readers.html import UnreadablePageError, read_html

        try:
            return read_html(data)
        except UnreadablePageError as err:
            raise UnreadablePolicyError(path, str(err)) from err
    if fmt == "docx":
        from editor.importer.readers.docx import NotAWordDocumentError, read_docx

        try:
            return read_docx(data)
        except NotAWordDocumentError as err:
            raise UnreadablePolicyError(path, str(err)) from err
    if fmt == "pdf":
        from editor.importer.readers.pdf import PdfTextError, read_pdf

        try:
            return read_pdf(data)
        except PdfTextError as err:
            if err.scanned:
                raise ScannedPdfError(
                    path,
                    "this PDF holds pictures of its pages, not text (it was probably scanned). "
                    "Copy the policy's text from your website, or use a program that "
                    "recognises text (OCR), and import that.",
                ) from err
            raise UnreadablePolicyError(path, str(err)) from err
    text = decode_text(data)
    if fmt == "md":
        from editor.importer.readers.markdown import read_markdown

        return read_markdown(text)
    from editor.importer.readers.plain import read_plain_text

    return read_plain_text(text)
