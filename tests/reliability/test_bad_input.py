"""Bad input never crashes or hangs (issue 22): what a torture run of the CLI found.

Each part holds one hole to what it must do instead: a lone surrogate is replaced once, as it
reaches the model; a number past what it can mean is refused with its field; very long text is
refused with its field and nothing is slower than linear in it; a name too long for the drive
and a folder in the way of an output end in one line and exit code 3.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from editor.cli import main
from editor.model import Project
from editor.samples import sample_paths
from tests.strategies import projects

QUIET = [HealthCheck.too_slow, HealthCheck.data_too_large]


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [s for item in value for s in _strings(item)]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in (*_strings(k), *_strings(v))]
    return []


def _has_surrogate(text: str) -> bool:
    return any("\ud800" <= ch <= "\udfff" for ch in text)


def _sample_with(tmp_path: Path, name: str, change: Any) -> Path:
    data = json.loads(sample_paths()["cafe"].read_text("utf-8"))
    change(data)
    path = tmp_path / name
    # ensure_ascii writes a lone surrogate as the \udXXX escape JSON allows.
    path.write_text(json.dumps(data, indent=2), "utf-8")
    return path


# -- 1. Lone surrogates -------------------------------------------------------------------------


@settings(max_examples=60, deadline=None, suppress_health_check=QUIET)
@given(projects())
def test_no_string_of_a_project_holds_half_a_character(project: Project) -> None:
    # The strategies put lone surrogates into every string field, list and dict of the model.
    assert not any(_has_surrogate(s) for s in _strings(project.model_dump(mode="json")))


def test_a_lone_surrogate_typed_into_a_field_becomes_the_replacement_character() -> None:
    project = Project()
    project.organisation.website = "https://bean\ud800leaf.ie"
    assert project.organisation.website == "https://bean\ufffdleaf.ie"
    # Two halves side by side are one character (as Qt may hand over an emoji), not two errors.
    project.organisation.legal_name = "Party \ud83c\udf89"
    assert project.organisation.legal_name == "Party \U0001f389"


def test_a_project_file_with_lone_surrogates_exports_every_format(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def spoil(data: dict[str, Any]) -> None:
        data["organisation"]["website"] = "https://bean\ud800leaf.ie"
        data["organisation"]["legal_name"] = "Bean \udfff Leaf"
        data["contact"]["email"] = "hel\ud800lo@beanandleaf.ie"
        data["contact"]["web_form_url"] = "https://beanandleaf.ie/\udbff"

    path = _sample_with(tmp_path, "shop.policy", spoil)
    out = tmp_path / "out"
    assert main(["export", str(path), "-f", "html,md,docx,txt,json", "-o", str(out)]) == 0
    assert "could not write" not in capsys.readouterr().err
    assert "Bean \ufffd Leaf" in (out / "shop.html").read_text("utf-8")
    assert main(["check", str(path)]) in (0, 1)
