"""The editor on the inputs that broke the command line (issue 22): a project file with lone
surrogates and a very long answer opens, takes an edit, saves and exports with nothing lost;
Save As and Export to a name too long for the drive say so."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from editor.samples import sample_paths
from editor.storage import load_project
from editor.ui import checksview
from tests.ui.fault_helpers import Windows, type_legal_name

LONG_NAME = "Bean and Leaf " * 5_000  # 70,000 characters: more than a Qt line edit's default


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a: shown.append(text))
    monkeypatch.setattr(
        checksview, "ask_export_with_errors", lambda *_a: checksview.ExportChoice.EXPORT
    )
    return shown


def _save_dialog_answers(monkeypatch: pytest.MonkeyPatch, target: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))


def test_a_hostile_file_opens_takes_an_edit_saves_and_exports(
    qtbot: QtBot,
    windows: Windows,
    tmp_path: Path,
    errors: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data = json.loads(sample_paths()["cafe"].read_text("utf-8"))
    data["organisation"]["legal_name"] = LONG_NAME
    data["organisation"]["website"] = "https://bean\ud800leaf.ie"
    data["contact"]["email"] = "hel\udfffo@beanandleaf.ie"
    path = tmp_path / "shop.policy"
    path.write_text(json.dumps(data, indent=2), "utf-8")  # the halves as \ud800 escapes

    window = windows.open(path=path)
    type_legal_name(qtbot, window, " Ltd")
    assert window.files.save()
    saved = load_project(path)
    assert saved.organisation.legal_name == LONG_NAME + " Ltd"
    assert saved.organisation.website == "https://bean\ufffdleaf.ie"

    target = tmp_path / "policy.html"
    _save_dialog_answers(monkeypatch, target)
    assert window.exporter.export("html")
    assert "bean\ufffdleaf.ie" in target.read_text("utf-8")
    assert errors == []


def test_save_as_and_export_to_a_name_too_long_say_so(
    windows: Windows, tmp_path: Path, errors: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "shop.policy"
    shutil.copy(sample_paths()["cafe"], path)
    window = windows.open(path=path)
    _save_dialog_answers(monkeypatch, tmp_path / ("n" * 300 + ".policy"))
    assert not window.files.save_as()
    _save_dialog_answers(monkeypatch, tmp_path / ("d" * 400 + ".html"))
    assert not window.exporter.export("html")
    assert len(errors) == 2 and all("too long" in e for e in errors), errors
    assert window.isVisible() and list(tmp_path.glob("[nd]*")) == []
