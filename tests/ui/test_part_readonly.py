"""The read-only bar alone: shown with the reason while the project is read-only, and Save As."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from editor.samples import start_project
from editor.storage import load_project, save_project
from editor.ui import readonly
from editor.ui.readonly import ReadOnlyBar
from editor.ui.session import Session


@pytest.fixture
def project_file(tmp_path: Path) -> Path:
    path = tmp_path / "cafe.policy"
    save_project(start_project("cafe"), path)
    return path


def bar_for(qtbot: QtBot, session: Session, saves: list[str]) -> tuple[ReadOnlyBar, QWidget]:
    parent = QWidget()
    qtbot.addWidget(parent)
    bar = ReadOnlyBar(session, lambda: saves.append("save_as"), parent)
    parent.show()
    return bar, parent


def test_hidden_while_the_file_can_be_saved(qtbot: QtBot, project_file: Path) -> None:
    session = Session(load_project(project_file), project_file)
    bar, parent = bar_for(qtbot, session, [])
    assert not bar.isVisibleTo(parent)


def test_opened_to_look_only_says_so_and_offers_save_as(qtbot: QtBot, project_file: Path) -> None:
    session = Session(load_project(project_file), project_file)
    saves: list[str] = []
    bar, parent = bar_for(qtbot, session, saves)

    session.set_read_only(True)

    assert bar.isVisibleTo(parent)
    assert "you chose to open it without changing the file" in bar.text.text()
    bar.save_as.click()
    assert saves == ["save_as"]
    session.set_read_only(False)
    assert not bar.isVisibleTo(parent)


def test_a_project_on_a_read_only_drive_says_why(
    qtbot: QtBot, project_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        readonly, "on_read_only_drive", lambda folder: folder == project_file.parent
    )
    monkeypatch.setattr(Session, "_update_read_only", lambda self: setattr(self, "read_only", True))
    session = Session(load_project(project_file), project_file)
    bar, parent = bar_for(qtbot, session, [])

    assert bar.isVisibleTo(parent)
    assert "it is on a drive that cannot be written to" in bar.text.text()


def test_follows_the_project_that_replaces_it(qtbot: QtBot, project_file: Path) -> None:
    session = Session(load_project(project_file), project_file)
    bar, parent = bar_for(qtbot, session, [])
    session.replace(load_project(project_file), project_file, read_only=True)
    assert bar.isVisibleTo(parent)
    session.replace(start_project("cafe"), None)
    assert not bar.isVisibleTo(parent)  # untitled: nothing to protect
