"""``policywright scan``: a report in plain words, and --apply adds what was found."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from editor.cli import main
from editor.model import CookieCategory, Organisation, Project, Recipient
from editor.storage import backup_path, load_project, save_project
from tests.catalog.test_scan import CAFE, har, req, write


def test_text_report_names_services_unknowns_and_unseen(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    recording = write(tmp_path, CAFE)
    project = tmp_path / "p.policy"
    save_project(Project(recipients=[Recipient(name="Mailchimp", service_id="mailchimp")]), project)
    assert main(["scan", str(recording), "--project", str(project)]) == 0
    out = capsys.readouterr().out
    assert "Google Analytics 4" in out and "Stripe" in out and "Hotjar" in out
    assert "cdn.pixels.unknown-ads.net (2 requests)" in out
    assert "recipient Mailchimp" in out
    assert "www.cafe-example.com" in out.splitlines()[0]


def test_json_report_is_the_report_model(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    recording = write(tmp_path, CAFE)
    assert main(["scan", str(recording), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {"google-analytics-4", "stripe", "hotjar"} <= {f["service_id"] for f in data["found"]}
    assert [h["host"] for h in data["unidentified_hosts"]] == ["cdn.pixels.unknown-ads.net"]


def test_apply_adds_found_services_once_and_keeps_a_backup(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    recording = write(tmp_path, CAFE)
    project = tmp_path / "p.policy"
    save_project(Project(organisation=Organisation(legal_name="Café")), project)
    before = project.read_bytes()
    args = ["scan", str(recording), "--project", str(project), "--apply"]
    assert main(args) == 0
    updated = load_project(project)
    assert backup_path(project).read_bytes() == before
    assert {"google-analytics-4", "stripe", "hotjar"} <= {r.service_id for r in updated.recipients}
    ga = next(r for r in updated.recipients if r.service_id == "google-analytics-4")
    assert ga.country == "US" and ga.transfer_safeguard is not None
    assert any(c.name == "_ga" and c.recipient_id == ga.id for c in updated.cookies.cookies)
    assert updated.organisation.legal_name == "Café"
    capsys.readouterr()
    assert main(args) == 0  # applying again adds nothing
    assert "nothing new" in capsys.readouterr().out
    assert load_project(project) == updated


def test_apply_can_add_unidentified_cookies_for_the_user_to_describe(tmp_path: Path) -> None:
    recording = write(tmp_path, har(req("https://www.cafe-example.com/", cookies=("mystery",))))
    project = tmp_path / "p.policy"
    save_project(Project(), project)
    assert (
        main(
            ["scan", str(recording), "--project", str(project), "--apply", "--include-unidentified"]
        )
        == 0
    )
    cookie = next(c for c in load_project(project).cookies.cookies if c.name == "mystery")
    assert cookie.category is CookieCategory.UNCLASSIFIED


def test_apply_needs_a_project(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["scan", str(write(tmp_path, CAFE)), "--apply"]) == 2
    assert "--apply needs --project" in capsys.readouterr().err


def test_malformed_recording_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = write(tmp_path, '{"log": {"entries": [ {"request": ', name="broken.har")
    assert main(["scan", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "broken.har" in err and "Traceback" not in err
