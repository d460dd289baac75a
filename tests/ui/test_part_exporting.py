"""The export controller alone, against a fake of the window: ask first, write, remember."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDockWidget, QFileDialog, QStackedWidget

from editor.document.nodes import Document, Paragraph, Section, Text
from editor.model import Project
from editor.samples import start_project
from editor.ui import checksview
from editor.ui import exporting as exporting_module
from editor.ui.checksview import ChecksView, ExportChoice
from editor.ui.exporting import Exportable, ExportController
from tests.ui.fake_window import FakeAnalyser, FakeWindow, FakeWindows


class SaveDialog:
    """The file dialog: records what it suggested and answers with ``answer`` (or cancels)."""

    def __init__(self, answer: Path | None) -> None:
        self.answer = answer
        self.suggested: list[str] = []

    def __call__(self, _parent: Any, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        self.suggested.append(suggested)
        return (str(self.answer) if self.answer is not None else "", "")


class Confirm:
    def __init__(self, answer: bool) -> None:
        self.answer = answer
        self.calls = 0

    def __call__(self) -> bool:
        self.calls += 1
        return self.answer


@pytest.fixture
def window(fake_windows: FakeWindows, tmp_path: Path) -> FakeWindow:
    return fake_windows.open(start_project("cafe"), tmp_path / "cafe.policy")


@pytest.fixture
def save_dialog(monkeypatch: pytest.MonkeyPatch) -> Callable[[Path | None], SaveDialog]:
    """``save_dialog(path)``: the file dialog answers ``path`` from now on (None cancels)."""

    def answer(path: Path | None) -> SaveDialog:
        dialog = SaveDialog(path)
        monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
        return dialog

    return answer


def test_export_writes_the_policy_and_remembers_the_format_and_folder(
    window: FakeWindow, tmp_path: Path, save_dialog: Callable[[Path | None], SaveDialog]
) -> None:
    confirm = Confirm(True)
    exporter = ExportController(window, confirm)
    out = tmp_path / "site"
    out.mkdir()
    dialog = save_dialog(out / "privacy")  # typed without the extension

    assert exporter.export("html")

    assert confirm.calls == 1
    assert Path(dialog.suggested[0]).name == "cafe.html"  # named after the project
    page = (out / "privacy.html").read_text("utf-8")
    assert "Bean &amp; Leaf Café Limited" in page  # the business, escaped
    assert window.settings.get("export/last_format") == "html"
    assert window.settings.get("export/last_folder") == str(out)
    assert window.status() == "Exported privacy.html"


def test_export_stops_when_the_confirmation_says_no(
    window: FakeWindow, tmp_path: Path, save_dialog: Callable[[Path | None], SaveDialog]
) -> None:
    confirm = Confirm(False)
    exporter = ExportController(window, confirm)
    dialog = save_dialog(tmp_path / "policy.md")

    assert not exporter.export("md")

    assert confirm.calls == 1
    assert dialog.suggested == []  # not even asked where
    assert not (tmp_path / "policy.md").exists()
    assert window.settings.get("export/last_format") != "md"


def test_with_errors_the_checks_ask_and_no_writes_nothing(
    fake_windows: FakeWindows,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    save_dialog: Callable[[Path | None], SaveDialog],
) -> None:
    """The window hands the exporter the checks' confirmation: errors make it ask."""
    window = fake_windows.open(Project(), tmp_path / "blank.policy")  # a blank policy has errors
    dock = QDockWidget(window)
    checks = ChecksView(window, dock, FakeAnalyser(), QStackedWidget(window))
    exporter = ExportController(window, checks.confirm_export)
    asked: list[int] = []
    monkeypatch.setattr(
        checksview,
        "ask_export_with_errors",
        lambda _parent, errors: asked.append(errors) or ExportChoice.CANCEL,
    )
    dialog = save_dialog(tmp_path / "blank.html")

    assert not exporter.export("html")

    assert asked and asked[0] > 0
    assert dialog.suggested == []
    assert not (tmp_path / "blank.html").exists()
    assert window.menus["view"][-1] is checks.go_to_problems  # F8, in the View menu


def test_export_again_uses_the_last_format(
    window: FakeWindow, tmp_path: Path, save_dialog: Callable[[Path | None], SaveDialog]
) -> None:
    window.settings.set("export/last_format", "md")
    exporter = ExportController(window, Confirm(True))
    save_dialog(tmp_path / "again.md")

    exporter.export_last()

    assert (tmp_path / "again.md").read_text("utf-8").startswith("#")


def test_another_document_is_exported_without_changing_the_policys_format(
    window: FakeWindow, tmp_path: Path, save_dialog: Callable[[Path | None], SaveDialog]
) -> None:
    window.settings.set("export/last_format", "docx")
    exporter = ExportController(window, Confirm(True))
    dialog = save_dialog(tmp_path / "notice.txt")
    paragraph = Paragraph((Text("We now deliver."),))
    letter = Document(
        title="What changed",
        language="en",
        sections=(Section("Changes", "changes", 2, "changes", (paragraph,)),),
    )
    other = Exportable(lambda: letter, "Export notice", "Not exported", name_suffix="-notice")

    assert exporter.export("txt", other)

    assert Path(dialog.suggested[0]).name == "cafe-notice.txt"
    assert "We now deliver." in (tmp_path / "notice.txt").read_text("utf-8")
    assert window.settings.get("export/last_format") == "docx"


def test_a_write_that_fails_says_why_and_leaves_no_file(
    window: FakeWindow,
    tmp_path: Path,
    save_dialog: Callable[[Path | None], SaveDialog],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    exporter = ExportController(window, Confirm(True))
    missing = tmp_path / "no such folder" / "policy.html"
    save_dialog(missing)
    shown: list[str] = []
    monkeypatch.setattr(exporting_module, "show_error", lambda _p, _t, text: shown.append(text))

    assert not exporter.export("html")

    assert len(shown) == 1 and str(missing) in shown[0]
    assert not missing.exists()
    assert window.status() == ""
