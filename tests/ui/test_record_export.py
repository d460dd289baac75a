"""File › Export As writes the store answers, the manifest, the record and the banner's
configuration, and says which answers they still need."""

from __future__ import annotations

import plistlib
import zipfile

import pytest

from editor.records import OUTPUTS
from editor.samples import start_project
from editor.ui import recordexport
from tests.ui.test_window import Harness, answer_save_dialog, harness  # noqa: F401 (fixture)


def test_every_record_format_is_in_the_export_menu_and_writes_its_file(
    harness: Harness,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    harness.window.session.replace(start_project("mobile-app"), None)
    told: list[int] = []
    monkeypatch.setattr(
        recordexport, "_tell_left_out", lambda _e, _p, missing: told.append(len(missing))
    )
    actions = harness.window.commands.export_records
    assert list(actions) == list(OUTPUTS)
    menu = harness.window.commands.export_menu.actions()
    for fmt, action in actions.items():
        assert action in menu
        target = harness.tmp / OUTPUTS[fmt].file_for("trailmate")
        answer_save_dialog(monkeypatch, target)
        action.trigger()
        assert target.is_file() and target.stat().st_size > 50, fmt
    manifest = plistlib.loads((harness.tmp / "PrivacyInfo.xcprivacy").read_bytes())
    assert manifest["NSPrivacyCollectedDataTypes"]
    assert zipfile.is_zipfile(harness.tmp / "trailmate-record-of-processing.xlsx")
    assert b"App Privacy answers" in (harness.tmp / "trailmate-app-privacy.html").read_bytes()
    # The mobile app sets no cookies and says so: the banner file says no banner is needed.
    assert b"no banner is needed" in (harness.tmp / "trailmate-cookieconsent.js").read_bytes()
    assert told == []  # the sample answers everything these need


def test_a_blank_project_is_exported_with_what_is_missing_listed(
    harness: Harness,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    told: list[int] = []
    monkeypatch.setattr(
        recordexport, "_tell_left_out", lambda _e, _p, missing: told.append(len(missing))
    )
    target = harness.tmp / "record.csv"
    answer_save_dialog(monkeypatch, target)
    harness.window.commands.export_records["ropa-csv"].trigger()
    assert target.is_file()
    assert told and told[0] > 3
