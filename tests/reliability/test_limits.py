"""The biggest project we promise to handle (10,000 cookies, 2,000 recipients) works throughout.

Correctness only: how long each step takes is printed by ``bench/limits.py`` (medians against
budgets) and ``bench/scaling.py`` (growth from 1,000 to 10,000 cookies), never asserted here,
where a busy machine would fail a correct program.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.limits import COOKIES, RECIPIENTS, TODAY, huge_project
from editor.compose import compose
from editor.document import words
from editor.export import EXPORTERS
from editor.storage import MAX_FILE_BYTES, load_project, save_project
from tests.export.formats_text import docx_text


@pytest.mark.slow
def test_ten_thousand_cookies_and_two_thousand_recipients(tmp_path: Path) -> None:
    project = huge_project()
    path = tmp_path / "huge.policy"
    save_project(project, path)
    assert path.stat().st_size < MAX_FILE_BYTES // 4, "the size limit leaves plenty of room"
    loaded = load_project(path)
    assert loaded == project
    assert len(loaded.cookies.cookies) == COOKIES and len(loaded.recipients) == RECIPIENTS

    loaded.cookies.cookies[COOKIES // 2].purpose = "Edited in the middle of the list"
    loaded.recipients.pop()
    save_project(loaded, path)
    assert load_project(path) == loaded

    doc = compose(loaded, today=TODAY)
    expected = words(doc)
    assert {f"cookie_{COOKIES - 1}", f"Provider {RECIPIENTS - 2}".split()[1]} <= set(expected)
    assert "middle" in expected
    outputs = {fmt: EXPORTERS[fmt](doc, None) for fmt in EXPORTERS}
    assert words(docx_text(outputs["docx"])) == expected
    assert f"cookie_{COOKIES - 1}".encode() in outputs["html"]
    assert outputs["pdf"].startswith(b"%PDF-") and outputs["pdf"].count(b"/Type /Page\n") > 100
