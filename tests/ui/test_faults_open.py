"""Opening something that is not a good project, from the window: a plain message, no freeze,
and the project that was open stays open, untouched."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from editor.samples import sample_paths, start_project
from editor.storage import MAX_FILE_BYTES
from tests.ui.fault_helpers import Windows, type_legal_name

CAFE = sample_paths()["cafe"].read_bytes()


def _write(data: bytes) -> Callable[[Path], Path]:
    def make(path: Path) -> Path:
        path.write_bytes(data)
        return path

    return make


def _sparse(path: Path) -> Path:
    with path.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)
    return path


def _folder(path: Path) -> Path:
    path.mkdir()
    return path


def _pipe(path: Path) -> Path:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes here")
    os.mkfifo(path)
    return path


def _too_new(path: Path) -> Path:
    data = json.loads(CAFE)
    data["format_version"] = 999
    path.write_text(json.dumps(data), "utf-8")
    return path


def _wrong_shape(path: Path) -> Path:
    data = json.loads(CAFE)
    data["cookies"] = {"cookies": "all of them"}
    path.write_text(json.dumps(data), "utf-8")
    return path


# (case, how to make it, words the message must contain)
CASES: list[tuple[str, Callable[[Path], Path], str]] = [
    ("empty", _write(b""), "empty"),
    ("cut off", _write(CAFE[: len(CAFE) // 2]), "damaged or incomplete"),
    ("binary", _write(b"PK\x03\x04\x00\x00" + bytes(range(256))), "binary"),
    ("not json", _write(b"Dear customer, ..."), "damaged or incomplete"),
    ("other json", _write(b'{"name": "package", "version": "1.0"}'), "not a Policywright project"),
    ("too new", _too_new, "newer"),
    ("wrong shape", _wrong_shape, "cookies"),
    ("too large", _sparse, "cannot be larger than 64 MB"),
    ("folder", _folder, "folder"),
    ("named pipe", _pipe, "device or a pipe"),
    ("missing", lambda p: p, "no file here"),
]


@pytest.mark.parametrize(("case", "make", "words"), CASES, ids=[c[0] for c in CASES])
def test_bad_file_gets_a_plain_message_and_the_open_project_stays(
    qtbot: QtBot,
    windows: Windows,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    case: str,
    make: Callable[[Path], Path],
    words: str,
) -> None:
    window = windows.open(start_project("saas"))
    type_legal_name(qtbot, window, " mine")
    mine = window.session.project.model_copy(deep=True)
    bad = make(tmp_path / f"{case}.policy")
    before = bad.read_bytes() if bad.is_file() else None
    errors: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, t, text, *a: errors.append((t, text)))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))

    # File > Open first asks about the unsaved changes: "Don't Save" (the file may still fail).
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Discard)
    window.commands.open.trigger()
    [(title, text)] = errors
    assert title == f"Could not open “{bad.name}”"
    assert words.lower() in text.lower(), text
    assert "Traceback" not in text and "Error" not in text
    assert window.session.project == mine and window.isWindowModified()
    assert window.session.path is None
    if before is not None:
        assert bad.read_bytes() == before, "the file is left as it was"
    assert not (tmp_path / f".{bad.name}.lock").exists()
