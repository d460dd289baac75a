"""``policywright import``: a project from the old policy, a report of what was proposed, and
a clear message (and no file written) when the old policy cannot be imported."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from editor.cli import main
from editor.model import ProposalStatus
from editor.storage import load_project

CAFE = Path(__file__).parents[1] / "importer" / "data" / "blue-door-cafe.md"


def test_import_writes_a_project_and_reports_proposals_by_section(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "cafe.policy"
    assert main(["import", str(CAFE), str(output)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].startswith("Imported blue-door-cafe.md into")
    assert "5 sections kept as your own text" in out
    assert "Proposed as answers (review them in the editor): 17" in out
    assert "  Services we use\n    Third-party service: Stripe\n" in out
    assert "“We take payments with Stripe and send our newsletter with Mailchimp.”" in out
    project = load_project(output)
    assert len(project.custom_sections) == 5
    assert {p.status for p in project.imported.proposals} == {ProposalStatus.OPEN}
    assert project.organisation.legal_name == ""


def test_accept_all_makes_the_proposals_answers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "cafe.policy"
    assert main(["import", str(CAFE), str(output), "--accept-all"]) == 0
    assert "Accepted as answers: 17" in capsys.readouterr().out
    project = load_project(output)
    assert project.organisation.legal_name == "Blue Door Café Ltd"
    assert {p.status for p in project.imported.proposals} == {ProposalStatus.ACCEPTED}


def test_json_report_lists_sections_and_proposals_with_their_sentences(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "cafe.policy"
    assert main(["import", str(CAFE), str(output), "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["source"] == "blue-door-cafe.md" and report["format"] == "md"
    assert report["sections"][1] == "Contact"
    email = next(p for p in report["proposals"] if p["kind"] == "email")
    assert email["value"] == "hello@bluedoorcafe.co.uk"
    assert email["section_title"] == "Contact"
    assert email["sentence"].startswith("Write to us at 12 Harbour Street")


@pytest.mark.parametrize(
    ("old", "output_name", "message"),
    [
        ("missing.html", "new.policy", "missing.html: there is no such file"),
        ("empty.txt", "new.policy", "empty.txt: the file is empty"),
        ("recipe.txt", "new.policy", "does not read like a privacy policy"),
        ("cafe.md", "new.json", "the project file name must end in .policy"),
    ],
)
def test_what_cannot_be_imported_gets_a_message_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], old: str, output_name: str, message: str
) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "recipe.txt").write_text("Pancakes\n\nMix flour and eggs. Fry them.\n")
    (tmp_path / "cafe.md").write_bytes(CAFE.read_bytes())
    output = tmp_path / output_name
    assert main(["import", str(tmp_path / old), str(output)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("policywright: ") and message in err
    assert not output.exists()


def test_an_existing_project_is_overwritten_only_with_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "cafe.policy"
    output.write_text("mine")
    assert main(["import", str(CAFE), str(output)]) != 0
    assert "already exists; use --force" in capsys.readouterr().err
    assert output.read_text() == "mine"
    assert main(["import", str(CAFE), str(output), "--force"]) == 0
    assert load_project(output).custom_sections
