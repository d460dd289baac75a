"""policywright check: exit codes, text for people, JSON for scripts."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from editor.cli import main
from editor.model import Project
from editor.samples import sample_paths, start_project
from editor.storage import save_project


@pytest.fixture
def incomplete(tmp_path: Path) -> Path:
    path = tmp_path / "draft.policy"
    project = Project.model_validate(
        {
            "organisation": {"legal_name": "Draft Ltd", "country": "IE"},
            "jurisdictions": {"regions": ["eu_eea"]},
            "purposes": [{"name": "Newsletter", "lawful_basis": "consent"}],
        }
    )
    save_project(project, path)
    return path


def test_clean_sample_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(sample_paths()["cafe"])]) == 0
    out = capsys.readouterr().out
    assert "EU GDPR: You serve people in the EU/EEA." in out
    assert "0 errors" in out


def test_errors_exit_1_with_field_and_citation(
    incomplete: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", str(incomplete)]) == 1
    out = capsys.readouterr().out
    assert out.index("Errors (") < out.index("Warnings (") < out.index("Advice (")
    assert "field: contact.email" in out
    assert "GDPR/UK GDPR Art. 13(2)(c), 7(3) [gdpr.consent-withdrawal]" in out
    assert all(len(line) <= 100 for line in out.splitlines() if line.startswith("  - "))


def test_json_output(incomplete: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--format", "json", str(incomplete)]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["laws"] == ["gdpr"] and report["chosen"] is False
    assert set(report) == {"project", "laws", "chosen", "summary", "findings", "readability"}
    assert report["summary"]["error"] == sum(
        1 for f in report["findings"] if f["severity"] == "error"
    )
    first = report["findings"][0]
    assert set(first) == {
        "rule", "severity", "laws", "section", "path", "message", "citation", "confidence"
    }  # fmt: skip
    assert first["severity"] == "error"


def test_law_option_chooses_laws(incomplete: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--format", "json", "--law", "ccpa, pipeda", str(incomplete)]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["laws"] == ["ccpa", "pipeda"] and report["chosen"] is True
    assert {law for f in report["findings"] for law in f["laws"]} <= {"general", "ccpa", "pipeda"}
    assert main(["check", "--law", "all", str(sample_paths()["cafe"])]) == 1


def test_unknown_law_is_a_usage_error(incomplete: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--law", "gdpr,hipaa", str(incomplete)]) == 2
    assert "unknown law 'hipaa'" in capsys.readouterr().err


@pytest.mark.parametrize("content", [None, b"{not json", b'{"format_version": 99}'])
def test_unreadable_project_exits_2(
    tmp_path: Path, content: bytes | None, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "x.policy"
    if content is not None:
        path.write_bytes(content)
    assert main(["check", str(path)]) == 2
    assert capsys.readouterr().err.startswith("policywright: ")


def test_help_documents_the_json(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["check", "--help"])
    out = capsys.readouterr().out
    for key in ("summary", "findings", "confidence", "citation", "Exit status"):
        assert key in out


def test_text_output_ends_with_readability(capsys: pytest.CaptureFixture[str]) -> None:
    main(["check", str(sample_paths()["cafe"])])
    last = capsys.readouterr().out.rstrip().splitlines()[-1]
    assert re.fullmatch(
        r"Readability: \d+ \((easy to read|plain English)\); hardest section: .+ \d+", last
    )


def test_json_readability_scores_every_section(capsys: pytest.CaptureFixture[str]) -> None:
    main(["check", "--format", "json", str(sample_paths()["online-shop"])])
    readability = json.loads(capsys.readouterr().out)["readability"]
    assert set(readability) == {"overall", "grade", "hardest", "sections"}
    keys = [s["key"] for s in readability["sections"]]
    assert keys[0] == "summary" and "changes" in keys and readability["hardest"] in keys
    first = readability["sections"][0]
    assert set(first) == {"key", "title", "score", "grade", "words", "sentences", "page"}
    assert readability["grade"] in {"easy", "plain"}


def test_a_hard_section_is_advice_naming_its_page(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = start_project("cafe")
    project.data_location.hosting_description = (
        "Notwithstanding the foregoing, the controller may process personal information for "
        "additional purposes compatible with the original purposes, provided that appropriate "
        "safeguards, including encryption or pseudonymisation, are implemented in accordance "
        "with applicable legislation."
    )
    path = tmp_path / "hard.policy"
    save_project(project, path)
    assert main(["check", str(path)]) == 0  # advice never fails the check
    out = capsys.readouterr().out
    advice = out[out.index("Advice (") :]
    assert "“Where we store your data” is hard to read" in advice
    assert "page: transfers" in advice
    assert "Readability: " in out and "hardest section: Where we store your data" in out


def test_help_documents_the_readability_key(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["check", "--help"])
    out = capsys.readouterr().out
    for key in ("readability", "hardest", "fairly hard", "general.plain-language"):
        assert key in out
