"""Text-based PDF files: pypdf extracts each page's text, the plain-text reader does the rest.

A PDF made by scanning paper holds pictures of pages and no text; it gets a clear message,
since recognising text in images (OCR) is a job for another program.
"""

from __future__ import annotations

import io
import logging

from pypdf import PdfReader
from pypdf.errors import PdfReadError

from editor.importer.blocks import OldPolicy
from editor.importer.readers.plain import read_plain_text

MAX_PAGES = 500  # a policy is a few pages; a 500-page PDF is a book or a report
_MIN_CHARS_PER_PAGE = 40  # fewer than this on average: the pages are pictures


class PdfTextError(ValueError):
    """The PDF cannot give its text; ``scanned`` when it has pages but no text on them."""

    def __init__(self, message: str, *, scanned: bool = False) -> None:
        super().__init__(message)
        self.scanned = scanned


def read_pdf(data: bytes) -> OldPolicy:
    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its warnings are for developers
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise PdfTextError("the PDF is protected by a password; save a copy without one")
        pages = reader.pages
        if len(pages) > MAX_PAGES:
            raise PdfTextError(f"it has {len(pages)} pages, far more than any policy")
        texts = [page.extract_text() or "" for page in pages]
    except PdfTextError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as err:
        raise PdfTextError("the PDF is damaged or not a PDF") from err
    text = "\n\n".join(texts)
    if pages and len(text.strip()) < _MIN_CHARS_PER_PAGE * len(pages):
        raise PdfTextError("the PDF has pictures of pages but no text", scanned=True)
    policy = read_plain_text(text, "pdf")
    return policy
