"""Bad input never crashes or hangs (issue 22): what a torture run of the CLI found.

Each part holds one hole to what it must do instead: a lone surrogate is replaced once, as it
reaches the model; a number past what it can mean is refused with its field; very long text is
refused with its field and nothing is slower than linear in it; a name too long for the drive
and a folder in the way of an output end in one line and exit code 3.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import time
import typing
from functools import cache
from pathlib import Path
from typing import Any

import annotated_types
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import editor.model  # noqa: F401  (every model class is defined once it is imported)
from editor.checks import run_checks
from editor.checks.readability import count_syllables, text_stats
from editor.cli import main
from editor.compose import compose
from editor.errors import ProjectInvalidError
from editor.export import EXPORTERS
from editor.model import Project
from editor.model.base import LONGEST_TEXT, Model
from editor.samples import sample_paths
from editor.storage import parse_project
from editor.storage.fileformat import MAX_NUMBER_DIGITS
from tests.strategies import projects

QUIET = [HealthCheck.too_slow, HealthCheck.data_too_large]
TODAY = dt.date(2026, 9, 1)


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


# -- 2. Numbers past what they mean ------------------------------------------------------------


def _one_line(err: str) -> str:
    assert err.startswith("policywright: ") and err.count("\n") == 1, err
    assert "Traceback" not in err and "sys.set_int_max_str_digits" not in err
    return err


def _sample_text() -> str:
    return sample_paths()["cafe"].read_text("utf-8")


@pytest.mark.parametrize("command", [["check"], ["export", "-f", "html"]])
def test_a_number_thousands_of_digits_long_is_refused_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    path = tmp_path / "shop.policy"
    # How long orders are kept, the café sample's first length of time: "2" years.
    path.write_text(_sample_text().replace('"amount": 2,', f'"amount": 1{"0" * 5000},', 1))
    assert main([command[0], str(path), *command[1:]]) == 2
    assert "5,001 digits" in _one_line(capsys.readouterr().err)
    assert not (tmp_path / "shop.html").exists()


def test_a_length_of_time_past_a_thousand_years_is_refused_with_its_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "shop.policy"
    path.write_text(_sample_text().replace('"amount": 2,', '"amount": 1001,', 1), "utf-8")
    assert main(["check", str(path)]) == 2
    err = _one_line(capsys.readouterr().err)
    assert "data_categories" in err and "1,001 years is more than 1,000 years" in err


def _models(cls: type[Model]) -> list[type[Model]]:
    return [cls, *(m for sub in cls.__subclasses__() for m in _models(sub))]


def _int_fields() -> list[tuple[str, list[Any]]]:
    fields = []
    for cls in _models(Model):
        for name, info in cls.model_fields.items():
            options = typing.get_args(info.annotation) or (info.annotation,)
            if int in options:
                fields.append((f"{cls.__name__}.{name}", info.metadata))
    return fields


def test_every_number_field_has_a_largest_value() -> None:
    fields = _int_fields()
    assert "Duration.amount" in dict(fields)
    unbounded = [
        name for name, metadata in fields
        if not any(isinstance(m, annotated_types.Le | annotated_types.Lt) for m in metadata)
    ]  # fmt: skip
    assert unbounded == []


@cache
def _numbers_in_sample() -> list[re.Match[str]]:
    # Every number of an answer (the format version is not one: a large one is "too new").
    return list(re.finditer(r'(?<!"format_version": )(?<=: )\d+(?=,?\n)', _sample_text()))


@settings(max_examples=40, deadline=None, suppress_health_check=QUIET)
@given(st.data(), st.integers(1, 6000) | st.sampled_from([4300, 4301]))
def test_any_number_in_a_project_file_loads_or_is_refused_clearly(
    data: st.DataObject, digits: int
) -> None:
    number = data.draw(st.sampled_from(_numbers_in_sample()))
    text = _sample_text()
    spoiled = text[: number.start()] + "9" * digits + text[number.end() :]
    try:
        parse_project(spoiled.encode("utf-8"), Path("shop.policy"))
    except ProjectInvalidError as exc:
        if digits > MAX_NUMBER_DIGITS:
            assert f"a number {digits:,} digits long" in exc.message
        else:  # past the field's own bound: the message names the field
            assert exc.message.startswith("Some answers in this file are not in the expected")


# -- 3. Very long answers -------------------------------------------------------------------------

# Text shapes that made a scan try again at every character (each try reading to the end).
LONG_SHAPES = ["A", "a.", "a@", "A. ", "a-", "x.y ", "a'b "]


def _seconds(text: str) -> float:
    best = float("inf")
    for _ in range(5):
        count_syllables.cache_clear()
        started = time.perf_counter()
        text_stats(text)
        best = min(best, time.perf_counter() - started)
    return best


@pytest.mark.parametrize("shape", LONG_SHAPES)
def test_readability_takes_time_in_proportion_to_the_text(shape: str) -> None:
    short, long = (shape * (n // len(shape)) for n in (10_000, 40_000))
    # Four times the text: about four times the time, never sixteen (with slack for a busy
    # machine's pauses: the long text takes milliseconds, and took seconds when it was not).
    assert _seconds(long) < 8 * _seconds(short) + 0.05


def test_an_answer_longer_than_the_limit_is_refused_with_its_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def lengthen(data: dict[str, Any]) -> None:
        data["organisation"]["legal_name"] = "A" * (LONGEST_TEXT + 1)

    path = _sample_with(tmp_path, "shop.policy", lengthen)
    assert main(["check", str(path)]) == 2
    err = _one_line(capsys.readouterr().err)
    assert "organisation.legal_name" in err and f"at most {LONGEST_TEXT}" in err


@settings(
    max_examples=12,
    deadline=dt.timedelta(seconds=60),  # a per-case bound only super-linear work can reach
    suppress_health_check=[*QUIET, HealthCheck.large_base_example],
)
@given(
    projects(list_size=1),
    st.sampled_from(LONG_SHAPES),
    st.integers(20_000, 60_000),
    st.sampled_from(["legal_name", "description", "trading_name"]),
)
def test_a_project_with_a_very_long_answer_checks_and_exports(
    project: Project, shape: str, length: int, field: str
) -> None:
    setattr(project.organisation, field, shape * (length // len(shape)))
    run_checks(project, today=TODAY)
    document = compose(project, today=TODAY)
    for fmt in ("html", "md", "docx", "txt", "json"):
        EXPORTERS[fmt](document, None)


# -- 4 and 5. Names too long for the drive, a folder in the way -----------------------------------


def test_new_with_a_name_too_long_for_the_drive_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / ("n" * 300 + ".policy")
    assert main(["new", str(path)]) == 3
    assert "too long" in _one_line(capsys.readouterr().err)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("length", [300, 400])
@pytest.mark.parametrize("formats", ["html", "html,md"])
def test_export_to_a_name_too_long_for_the_drive_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], length: int, formats: str
) -> None:
    project = _sample_with(tmp_path, "shop.policy", lambda _data: None)
    target = tmp_path / ("d" * length + (".html" if "," not in formats else ""))
    assert main(["export", str(project), "-f", formats, "-o", str(target)]) == 3
    assert "too long" in _one_line(capsys.readouterr().err)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["shop.policy"]


def test_export_onto_a_folder_with_the_file_s_name_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = _sample_with(tmp_path, "shop.policy", lambda _data: None)
    (tmp_path / "shop.html").mkdir()
    assert main(["export", str(project), "-f", "html"]) == 3
    assert "there is a folder with that name" in _one_line(capsys.readouterr().err)
    assert list((tmp_path / "shop.html").iterdir()) == []
