"""Every kind of bad file gets one documented error type, a plain message, and stays untouched."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from editor.errors import (
    NotAProjectError,
    ProjectCorruptError,
    ProjectInvalidError,
    ProjectNotFoundError,
    ProjectTooLargeError,
    ProjectTooNewError,
    ProjectUnreadableError,
)
from editor.samples import sample_paths
from editor.storage import MAX_FILE_BYTES, ProjectFileError, load_project

CAFE = sample_paths()["cafe"].read_bytes()

BAD_FILES: dict[str, tuple[bytes, type[ProjectFileError], str]] = {
    "empty": (b"", ProjectCorruptError, "empty"),
    "whitespace": (b"  \n\n", ProjectCorruptError, "empty"),
    "truncated": (CAFE[: len(CAFE) // 2], ProjectCorruptError, "damaged or incomplete"),
    "binary": (bytes(range(256)) * 4, ProjectCorruptError, "binary"),
    "latin-1": ('{"a": "caf\xe9"}'.encode("latin-1"), ProjectCorruptError, "UTF-8"),
    "json-list": (b"[1, 2, 3]\n", NotAProjectError, "not a Policywright project"),
    "json-other": (
        b'{"name": "package.json", "version": "1.0"}',
        NotAProjectError,
        "not a Policywright",
    ),
    "bad-version": (b'{"format_version": "one"}', NotAProjectError, "format version"),
    "zero-version": (b'{"format_version": 0}', NotAProjectError, "format version"),
    "newer": (b'{"format_version": 999, "policy": {}}', ProjectTooNewError, "newer version"),
    "wrong-shape": (
        b'{"format_version": 1, "organisation": {"kind": "dragon"}}',
        ProjectInvalidError,
        "organisation.kind",
    ),
    "unknown-key": (
        b'{"format_version": 1, "organisatoin": {}}',
        ProjectInvalidError,
        "edited by hand",
    ),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_bad_file_raises_clear_error_and_is_untouched(tmp_path: Path, case: str) -> None:
    content, error_type, words = BAD_FILES[case]
    path = tmp_path / f"{case}.policy"
    path.write_bytes(content)
    before = os.stat(path)
    with pytest.raises(error_type) as info:
        load_project(path)
    assert isinstance(info.value, ProjectFileError)
    assert words in info.value.message
    assert "Traceback" not in info.value.message and "{" not in info.value.message[:1]
    assert path.read_bytes() == content
    assert os.stat(path).st_mtime_ns == before.st_mtime_ns
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name], "no stray files"


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ProjectNotFoundError, match="no file here"):
        load_project(tmp_path / "gone.policy")


def test_directory(tmp_path: Path) -> None:
    folder = tmp_path / "folder.policy"
    folder.mkdir()
    with pytest.raises(ProjectUnreadableError, match="folder"):
        load_project(folder)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_named_pipe_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe.policy"
    os.mkfifo(pipe)  # opening it for reading would wait for a writer forever
    with pytest.raises(ProjectUnreadableError, match="device or a pipe"):
        load_project(pipe)


def test_device_is_refused() -> None:
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero here")
    with pytest.raises(ProjectUnreadableError, match="device or a pipe"):
        load_project("/dev/zero")


def test_no_read_permission(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "locked.policy"
    path.write_bytes(CAFE)
    if os.geteuid() != 0:
        path.chmod(0)
    else:  # root reads anything: make the read itself fail as it would for a normal user

        def deny(self: Path, *args: object, **kwargs: object) -> bytes:
            raise PermissionError(13, "Permission denied", str(self))

        monkeypatch.setattr(Path, "open", deny)
    with pytest.raises(ProjectUnreadableError, match="permission"):
        load_project(path)
    monkeypatch.undo()
    path.chmod(0o644)
    assert path.read_bytes() == CAFE


def test_file_over_size_limit_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.policy"
    with path.open("wb") as handle:  # sparse: costs no disk space
        handle.truncate(MAX_FILE_BYTES + 1)
    with pytest.raises(ProjectTooLargeError, match="cannot be larger"):
        load_project(path)


def test_utf8_bom_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.policy"
    path.write_bytes(b"\xef\xbb\xbf" + CAFE)
    assert load_project(path).organisation.trading_name == "Bean & Leaf"


def test_error_message_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "named.policy"
    path.write_text(json.dumps({"format_version": 1, "children": {"minimum_age": "ten"}}))
    with pytest.raises(ProjectInvalidError) as info:
        load_project(path)
    assert str(path) in str(info.value)
    assert "children.minimum_age" in info.value.message
