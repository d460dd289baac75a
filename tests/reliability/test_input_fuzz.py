"""Property: any bytes given as a recording or a project file give a result or a clear error.

Recordings and project files come from outside (a browser, a colleague, a damaged USB stick).
Whatever they hold, the scanner returns a report or raises ScanInputError, and loading returns
a Project or raises ProjectFileError; nothing else escapes, so no command prints a traceback.
"""

from __future__ import annotations

import json
import tempfile
from functools import cache
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from editor.catalog import Catalog, ScanInputError, load_catalog, scan_file
from editor.errors import ProjectFileError
from editor.model import Project
from editor.samples import sample_paths
from editor.storage import dump_project, parse_project
from tests.reliability.offline_flow import small_har
from tests.strategies import json_values

QUIET = [HealthCheck.too_slow, HealthCheck.data_too_large]


@cache
def _catalog() -> Catalog:
    return load_catalog()


@st.composite
def mutated(draw: st.DrawFn, original: bytes) -> bytes:
    """``original`` cut, with bytes flipped, inserted or deleted at drawn places."""
    data = bytearray(original)
    for _ in range(draw(st.integers(1, 4))):
        if not data:
            break
        at = draw(st.integers(0, len(data) - 1))
        action = draw(st.sampled_from(["cut", "flip", "insert", "delete"]))
        if action == "cut":
            del data[at:]
        elif action == "flip":
            data[at] = draw(st.integers(0, 255))
        elif action == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=8) | st.sampled_from([b"[", b"{"]))
        else:
            del data[at : at + draw(st.integers(1, 40))]
    return bytes(data)


def _har_shaped() -> st.SearchStrategy[Any]:
    """JSON that looks like a HAR or a cookie export in places, and like nothing in others."""
    entry = st.fixed_dictionaries(
        {},
        optional={
            "request": st.fixed_dictionaries(
                {}, optional={"url": json_values(), "cookies": json_values()}
            )
            | json_values(),
            "response": json_values(),
        },
    )
    log = st.fixed_dictionaries(
        {},
        optional={"entries": st.lists(entry, max_size=4) | json_values(), "pages": json_values()},
    )
    return st.one_of(
        st.fixed_dictionaries({"log": log | json_values()}),
        st.lists(st.dictionaries(st.sampled_from(["name", "domain", "host"]), json_values())),
        st.fixed_dictionaries({}, optional={"cookies": json_values(), "origins": json_values()}),
        json_values(),
    )


def _scan_bytes(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "recording.har"
        path.write_bytes(data)
        try:
            scan_file(path, _catalog())
        except ScanInputError as exc:
            assert exc.message and "\n" not in exc.message


@settings(max_examples=150, deadline=None, suppress_health_check=QUIET)
@given(st.binary(max_size=600) | mutated(json.dumps(small_har()).encode()))
@example(b'{"log": {"pages": [{"title": "https://[x/"}], "entries": []}}')  # found by this test
@example(b'{"log": {"entries": [{"request": {"url": "https://[bad/"}}]}}')
@example(b'{"cookies": [], "origins": [{"origin": "https://[x", "localStorage": []}]}')
def test_scanner_reads_any_bytes_or_says_why_not(data: bytes) -> None:
    _scan_bytes(data)


@settings(max_examples=150, deadline=None, suppress_health_check=QUIET)
@given(_har_shaped())
def test_scanner_reads_any_json_or_says_why_not(value: Any) -> None:
    _scan_bytes(json.dumps(value).encode("utf-8", "surrogatepass"))


@cache
def _sample_bytes() -> bytes:
    return sample_paths()["online-shop"].read_bytes()


def _load(data: bytes) -> None:
    try:
        project = parse_project(data, Path("damaged.policy"))
    except ProjectFileError as exc:
        assert exc.message and "Traceback" not in exc.message
        return
    assert isinstance(project, Project)
    dump_project(project)  # what loads can be saved again


@settings(max_examples=150, deadline=None, suppress_health_check=QUIET)
@given(mutated(_sample_bytes()) | st.binary(max_size=300))
def test_damaged_project_file_loads_or_says_why_not(data: bytes) -> None:
    _load(data)


@settings(max_examples=150, deadline=None, suppress_health_check=QUIET)
@given(
    st.dictionaries(
        st.sampled_from(["organisation", "cookies", "recipients", "published", "policy", "x"]),
        json_values(),
    ),
    st.sampled_from([1, 2, 0, -1, "1", None, True, 10**30]),
)
def test_project_of_any_json_shape_loads_or_says_why_not(
    body: dict[str, Any], version: Any
) -> None:
    _load(json.dumps({"format_version": version, **body}).encode("utf-8", "surrogatepass"))
