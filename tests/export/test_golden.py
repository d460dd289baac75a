"""The saas sample's policy in each text format, compared with reviewed reference files.

A change in wording or layout shows as a readable diff. After reviewing the new output as a
reader, regenerate with ``POLICYWRIGHT_UPDATE_GOLDEN=1 .venv/bin/python -m pytest
tests/export/test_golden.py`` and commit the files in ``tests/golden/``.
"""

from __future__ import annotations

import datetime as dt
import difflib
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from editor.compose import compose
from editor.document import Document
from editor.export import EXPORTERS
from editor.samples import sample_paths
from editor.storage import load_project
from tests.export.formats_text import docx_paragraph_dump

GOLDEN = Path(__file__).resolve().parents[1] / "golden"
UPDATE = os.environ.get("POLICYWRIGHT_UPDATE_GOLDEN") == "1"
SAMPLE = "saas"

FORMATS: dict[str, Callable[[Document], str]] = {
    "html": lambda doc: EXPORTERS["html"](doc, None).decode("utf-8"),
    "md": lambda doc: EXPORTERS["md"](doc, None).decode("utf-8"),
    "txt": lambda doc: EXPORTERS["txt"](doc, None).decode("utf-8"),
    "docx.txt": lambda doc: docx_paragraph_dump(EXPORTERS["docx"](doc, None)),
}


@pytest.fixture(scope="module")
def document() -> Document:
    return compose(load_project(sample_paths()[SAMPLE]), today=dt.date(2026, 9, 1))


@pytest.mark.parametrize("suffix", sorted(FORMATS))
def test_output_matches_the_reviewed_file(document: Document, suffix: str) -> None:
    actual = FORMATS[suffix](document)
    path = GOLDEN / f"{SAMPLE}.{suffix}"
    if UPDATE:
        path.write_text(actual, "utf-8")
    assert path.exists(), f"{path} is missing; run with POLICYWRIGHT_UPDATE_GOLDEN=1"
    expected = path.read_text("utf-8")
    if actual != expected:
        diff = "".join(
            difflib.unified_diff(
                expected.splitlines(keepends=True),
                actual.splitlines(keepends=True),
                fromfile=f"golden/{path.name}",
                tofile="now",
                n=2,
            )
        )
        pytest.fail(
            f"{path.name} differs from the reviewed output (set POLICYWRIGHT_UPDATE_GOLDEN=1 "
            f"to accept after reading it):\n{diff[:6000]}"
        )
