"""Exporting from the window onto a full, read-only or wrong target: a plain reason, and the
previous export file is never left half-written."""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from bench.limits import huge_project
from editor.samples import start_project
from editor.ui import checksview
from tests.ui.fault_helpers import (
    Windows,
    mount_tmpfs,
    remount_read_only,
    unmount,
)


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a: shown.append(text))
    return shown


@pytest.fixture
def stick(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "stick"
    folder.mkdir()
    if not mount_tmpfs(folder, "size=256k"):
        pytest.skip("mounting a tmpfs needs root (CI runs as root)")
    try:
        yield folder
    finally:
        unmount(folder)


def export_to(monkeypatch: pytest.MonkeyPatch, target: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    # These projects are incomplete on purpose; the question about exporting with errors is
    # tested in test_findings, here the user always goes on.
    monkeypatch.setattr(
        checksview, "ask_export_with_errors", lambda *_a: checksview.ExportChoice.EXPORT
    )


def test_export_onto_a_full_disk_keeps_the_previous_export(
    windows: Windows, errors: list[str], stick: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = windows.open(start_project("cafe"))
    target = stick / "policy.html"
    export_to(monkeypatch, target)
    assert window.exporter.export("html")
    previous = target.read_bytes()
    window.session.replace(huge_project(cookies=2000, recipients=200), None)  # megabytes of HTML
    assert not window.exporter.export("html")
    assert errors and "disk is full" in errors[0], errors
    assert target.read_bytes() == previous, "the previous export is intact"
    assert [p.name for p in stick.iterdir()] == ["policy.html"], "no half-written files"


def test_export_failing_mid_write_keeps_the_previous_export(
    windows: Windows, errors: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = windows.open(start_project("cafe"))
    target = tmp_path / "out" / "policy.md"
    target.parent.mkdir()
    export_to(monkeypatch, target)
    assert window.exporter.export("md")
    previous = target.read_bytes()
    window.session.set_field(("organisation", "legal_name"), "Changed Ltd")
    real_fdopen = os.fdopen

    class Failing:
        def __init__(self, real: Any) -> None:
            self.real = real

        def write(self, data: bytes) -> int:
            self.real.write(data[: len(data) // 2])
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

        def __getattr__(self, name: str) -> Any:
            return getattr(self.real, name)

        def __enter__(self) -> Failing:
            return self

        def __exit__(self, *exc: object) -> None:
            self.real.close()

    real_write_bytes = Path.write_bytes

    def failing_write_bytes(self: Path, data: bytes) -> int:  # the non-atomic way, if used
        real_write_bytes(self, data[: len(data) // 2])
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    with monkeypatch.context() as m:
        m.setattr(os, "fdopen", lambda fd, *a, **k: Failing(real_fdopen(fd, *a, **k)))
        m.setattr(Path, "write_bytes", failing_write_bytes)
        assert not window.exporter.export("md")
    assert errors and "disk is full" in errors[0], errors
    assert target.read_bytes() == previous
    assert [p.name for p in target.parent.iterdir()] == ["policy.md"]


def test_export_to_a_read_only_drive_says_so(
    windows: Windows, errors: list[str], stick: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = windows.open(start_project("cafe"))
    remount_read_only(stick)
    export_to(monkeypatch, stick / "policy.pdf")
    assert not window.exporter.export("pdf")
    assert errors and "read-only" in errors[0], errors


def test_export_onto_a_folder_says_so(
    windows: Windows, errors: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = windows.open(start_project("cafe"))
    (tmp_path / "policy.docx").mkdir()
    export_to(monkeypatch, tmp_path / "policy.docx")
    assert not window.exporter.export("docx")
    assert errors and "there is a folder with that name" in errors[0], errors
