"""``policywright publish`` and ``policywright diff``: results, formats and clear failures."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from editor.cli import main
from editor.samples import sample_paths
from editor.storage import backup_path, load_project, save_project
from editor.versions import snapshot

SHOP = sample_paths()["online-shop"]


@pytest.fixture
def project_file(tmp_path: Path) -> Path:
    path = tmp_path / "cafe.policy"
    assert main(["new", "--template", "cafe", str(path)]) == 0
    return path


def test_publish_records_a_version_and_keeps_a_backup(
    project_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = project_file.read_bytes()
    code = main(
        [
            "publish",
            str(project_file),
            "--label",
            "2026-03",
            "--date",
            "2026-03-01",
            "--note",
            "Spring menu.",
        ]
    )
    assert code == 0
    out = capsys.readouterr().out
    assert "Published version 2026-03" in out and "effective 1 March 2026" in out
    project = load_project(project_file)
    version = project.published[-1]
    assert (version.label, version.effective_date, version.note) == (
        "2026-03",
        dt.date(2026, 3, 1),
        "Spring menu.",
    )
    assert version.published_on == dt.date.today()
    assert project.policy.change_history[-1].summary == "Spring menu."
    assert backup_path(project_file).read_bytes() == before


def test_publish_defaults_to_today(project_file: Path) -> None:
    assert main(["publish", str(project_file), "--label", "now"]) == 0
    assert load_project(project_file).policy.effective_date == dt.date.today()


def test_publish_refuses_a_duplicate_label_and_leaves_the_file(
    project_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["publish", str(project_file), "--label", "v1", "--date", "2026-03-01"]) == 0
    before = project_file.read_bytes()
    capsys.readouterr()
    assert main(["publish", str(project_file), "--label", "V1", "--date", "2026-04-01"]) == 2
    assert "already a published version called 'v1'" in capsys.readouterr().err
    assert project_file.read_bytes() == before


def test_publish_rejects_a_bad_date(project_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["publish", str(project_file), "--label", "v1", "--date", "1/3/2026"])
    assert info.value.code == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_publish_to_a_read_only_place_is_a_write_failure(
    project_file: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def fail(*args: object, **kwargs: object) -> None:
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr("os.replace", fail)
    assert main(["publish", str(project_file), "--label", "v1"]) == 3
    assert "read-only" in capsys.readouterr().err


def test_diff_defaults_to_the_last_version_against_the_draft(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["diff", str(SHOP)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Changes from version 2026-02 (effective 1 February 2026) to the draft\n")
    assert "  ! Added recipient: Evri (delivery and logistics, United Kingdom)" in out
    assert "  - Privacy contact phone added" in out
    assert out.rstrip().endswith("2 changes, 1 material. Material changes are marked !.")


def test_diff_between_two_versions_as_markdown(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diff", str(SHOP), "--from", "2025-02", "--to", "2026-02", "--format", "md"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# Changes from version 2025-02")
    assert "## How long we keep it" in out
    assert "- **Retention of Orders changed from 6 years to 7 years** (material)" in out
    assert "- **Cookie \\_ga: duration changed from 13 months to 2 years** (material)" in out


def test_diff_as_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(["diff", str(SHOP), "--from", "2024-04", "--to", "2025-02", "--format", "json"]) == 0
    )
    data = json.loads(capsys.readouterr().out)
    assert data["from"] == {"label": "2024-04", "draft": False, "effective_date": "2024-04-01"}
    assert data["to"]["label"] == "2025-02"
    assert data["material"] == sum(c["material"] for c in data["changes"])
    first = data["changes"][0]
    assert set(first) == {"section", "section_title", "kind", "material", "text", "path"}
    assert {"section": "sharing", "kind": "added", "material": True}.items() <= next(
        c for c in data["changes"] if c["text"].startswith("Added recipient: Klaviyo")
    ).items()


def test_diff_of_identical_versions(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diff", str(SHOP), "--from", "2025-02", "--to", "2025-02"]) == 0
    assert "No changes." in capsys.readouterr().out


def test_diff_reverse_direction_from_the_draft(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diff", str(SHOP), "--from", "draft", "--to", "2026-02"]) == 0
    assert "Removed recipient: Evri" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--from", "2023"],
            "no published version called '2023' (published: 2024-04, 2025-02, 2026-02)",
        ),
        (["--to", "nope"], "no published version called 'nope'"),
    ],
)
def test_diff_unknown_label(
    args: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["diff", str(SHOP), *args]) == 2
    assert message in capsys.readouterr().err


def test_diff_without_published_versions(
    project_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["diff", str(project_file)]) == 2
    err = capsys.readouterr().err
    assert "no published versions yet" in err and "policywright publish" in err


@pytest.mark.parametrize("command", ["diff", "publish"])
def test_unreadable_project(
    tmp_path: Path, command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "broken.policy"
    broken.write_text("{ not json")
    extra = ["--label", "x"] if command == "publish" else []
    assert main([command, str(broken), *extra]) == 2
    assert "damaged or incomplete" in capsys.readouterr().err
    assert broken.read_text() == "{ not json"


def test_diff_reports_a_damaged_history(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = load_project(SHOP)
    data = json.loads(SHOP.read_text("utf-8"))
    data["published"][1]["delta"][0]["path"] = "/recipients/not-there/name"
    path = tmp_path / "damaged.policy"
    path.write_text(json.dumps(data), "utf-8")
    assert main(["diff", str(path), "--from", "2025-02"]) == 2
    assert "Version 2025-02 cannot be rebuilt" in capsys.readouterr().err
    assert snapshot(project, "2025-02")  # the original is fine
    save_project(project, tmp_path / "ok.policy")
