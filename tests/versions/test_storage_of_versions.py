"""Published versions in the project file: small, diff-friendly, byte-stable and upgradable."""

from __future__ import annotations

import datetime as dt
import json
import time
from pathlib import Path
from typing import Any

import pytest

from bench.synthetic import VERSIONS_START as START
from bench.synthetic import with_versions
from editor.errors import ProjectInvalidError
from editor.model import Project
from editor.samples import start_project
from editor.storage import dump_project, load_project, parse_project, save_project
from editor.storage.migrate import CURRENT_VERSION
from editor.versions import BrokenHistoryError, compare_versions, publish, snapshot, snapshots


@pytest.fixture(scope="module")
def fifty() -> Project:
    return with_versions(start_project("online-shop"), 50)


def test_fifty_versions_round_trip_byte_for_byte(fifty: Project, tmp_path: Path) -> None:
    path = tmp_path / "fifty.policy"
    save_project(fifty, path)
    again = load_project(path)
    assert again == fifty
    save_project(again, path)
    assert path.read_bytes() == dump_project(fifty)
    assert [p for _, p in snapshots(again)] == [p for _, p in snapshots(fifty)]


def test_fifty_versions_load_and_save_quickly(fifty: Project, tmp_path: Path) -> None:
    # The budget of bench/storage.py, with room for a slow CI machine (measured: ~10 ms each).
    path = tmp_path / "fifty.policy"
    started = time.perf_counter()
    save_project(fifty, path)
    saved = time.perf_counter()
    load_project(path)
    loaded = time.perf_counter()
    assert saved - started < 1.0
    assert loaded - saved < 1.0


def test_fifty_versions_stay_small(fifty: Project) -> None:
    with_history = len(dump_project(fifty))
    draft_only = len(dump_project(fifty.model_copy(update={"published": []})))
    full_copies = sum(
        len(json.dumps(p.model_dump(mode="json", exclude_defaults=True), indent=2))
        for _, p in snapshots(fifty)
    )
    # Measured: 53 versions take 4.5 times the draft alone, a ninth of 53 full copies; each
    # routine version costs about 1 kB, half of it the dates, label and changelog line.
    assert with_history < 5 * draft_only
    assert with_history < full_copies / 8


def test_publishing_appends_to_the_file_without_rewriting_older_versions(tmp_path: Path) -> None:
    project = with_versions(start_project("cafe"), 3)
    before = dump_project(project).decode()
    project.contact.notes = "New opening hours"
    after = dump_project(publish(project, "v4", effective_date=dt.date(2030, 1, 1))).decode()
    published_before = before[before.index('  "published": [') : before.rindex("    }\n  ]")]
    assert published_before in after


def test_older_files_without_versions_load_unchanged() -> None:
    # Published versions came without a format change: a format-1 file has none, and loads.
    fixture = Path(__file__).parents[1] / "storage" / "fixtures" / "format-v1.policy"
    assert "published" not in json.loads(fixture.read_text("utf-8"))
    assert load_project(fixture).published == []


def _upgrade_email(data: dict[str, Any]) -> dict[str, Any]:
    if "contact" in data and "email" in data["contact"]:
        data["contact"]["email"] = data["contact"]["email"].lower()
    return data


def test_a_migration_step_upgrades_every_published_snapshot_too() -> None:
    project = Project()
    project.contact.email = "Hello@Shop.Example"
    project = publish(project, "v1", effective_date=START)
    project.contact.phone = "+44 1"
    project = publish(project, "v2", effective_date=START)
    project.contact.email = "Privacy@Shop.Example"
    raw = dump_project(project)

    # A step after today's format, so that the file needs exactly that one.
    upgraded = parse_project(
        raw,
        Path("old.policy"),
        current=CURRENT_VERSION + 1,
        migrations={CURRENT_VERSION: _upgrade_email},
    )

    assert upgraded.contact.email == "privacy@shop.example"
    assert snapshot(upgraded, "v1").contact.email == "hello@shop.example"
    assert snapshot(upgraded, "v2").contact.email == "hello@shop.example"
    assert snapshot(upgraded, "v2").contact.phone == "+44 1"
    assert (
        compare_versions(upgraded, "v1", "v2").changes[0].text.startswith("Privacy contact phone")
    )


def test_a_damaged_history_is_reported_when_upgrading() -> None:
    project = publish(start_project("cafe"), "v1", effective_date=START)
    data = json.loads(dump_project(project))
    data["published"][0]["delta"].append({"op": "remove", "path": "/recipients/ghost"})
    raw = json.dumps(data).encode()
    with pytest.raises(ProjectInvalidError, match="history of published versions"):
        parse_project(
            raw,
            Path("x.policy"),
            current=CURRENT_VERSION + 1,
            migrations={CURRENT_VERSION: _upgrade_email},
        )
    # Without an upgrade the file opens, and the damage shows when the version is opened.
    opened = parse_project(raw, Path("x.policy"))
    with pytest.raises(BrokenHistoryError, match="Version v1 cannot be rebuilt"):
        snapshot(opened, "v1")


def test_a_snapshot_with_invalid_answers_is_reported() -> None:
    project = publish(start_project("cafe"), "v1", effective_date=START)
    data = json.loads(dump_project(project))
    data["published"][0]["delta"].append({"op": "set", "path": "/contact/email", "value": 3})
    opened = parse_project(json.dumps(data).encode(), Path("x.policy"))
    with pytest.raises(BrokenHistoryError, match="not in the expected form"):
        snapshot(opened, "v1")


def test_a_hand_edited_unknown_edit_is_refused_on_load() -> None:
    data = json.loads(dump_project(publish(Project(), "v1", effective_date=START)))
    data["published"][0]["delta"] = [{"op": "explode", "path": "/x"}]
    with pytest.raises(ProjectInvalidError, match="published"):
        parse_project(json.dumps(data).encode(), Path("x.policy"))
