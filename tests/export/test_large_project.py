"""The large synthetic project (200 recipients, 1,000 cookies, 50 custom sections) exports."""

from __future__ import annotations

import datetime as dt

from bench.synthetic import large_project
from editor.compose import compose
from editor.document import word_count, words
from editor.document.validate import problems
from editor.export import EXPORTERS
from tests.export.formats_text import docx_text


def test_large_project_composes_and_exports_docx_with_all_its_words() -> None:
    doc = compose(large_project(), today=dt.date(2026, 9, 1))
    assert problems(doc) == []
    assert word_count(doc) > 20_000
    assert sum(1 for s in doc.sections if s.key.startswith("custom:")) == 50
    assert words(docx_text(EXPORTERS["docx"](doc, None))) == words(doc)
