"""``policywright export``: formats, output paths, stdout, and clear failures."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from editor.cli import main
from editor.samples import sample_paths


@pytest.fixture
def project(tmp_path: Path) -> Path:
    target = tmp_path / "shop.policy"
    shutil.copy(sample_paths()["cafe"], target)
    return target


def test_one_format_writes_beside_the_project_by_default(project: Path) -> None:
    assert main(["export", str(project), "--format", "html"]) == 0
    page = project.with_suffix(".html").read_text("utf-8")
    assert page.startswith("<!DOCTYPE html>") and "Bean &amp; Leaf" in page


def test_one_format_with_output_writes_that_file(project: Path, tmp_path: Path) -> None:
    target = tmp_path / "out" / "policy.md"
    target.parent.mkdir()
    assert main(["export", str(project), "-f", "markdown", "-o", str(target)]) == 0
    assert target.read_text("utf-8").startswith("# Privacy Policy\n")


def test_several_formats_go_to_a_folder_named_after_the_project(
    project: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "site" / "legal"
    code = main(["export", str(project), "-f", "html,md", "-f", "docx", "-o", str(folder)])
    assert code == 0
    assert sorted(p.name for p in folder.iterdir()) == ["shop.docx", "shop.html", "shop.md"]
    assert (folder / "shop.docx").read_bytes().startswith(b"PK")


def test_fragment_to_stdout(project: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    assert main(["export", str(project), "-f", "html", "--fragment", "-o", "-"]) == 0
    out = capsysbinary.readouterr().out.decode("utf-8")
    assert out.startswith('<article class="privacy-policy"') and "<html" not in out


def test_unreadable_project_exits_2_with_a_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "broken.policy"
    broken.write_text("{not json", "utf-8")
    assert main(["export", str(broken), "-f", "html"]) == 2
    assert "broken.policy" in capsys.readouterr().err
    assert not (tmp_path / "broken.html").exists()


def test_unknown_format_and_misused_options_exit_2(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", str(project), "-f", "rtf"]) == 2
    assert "unknown format 'rtf'" in capsys.readouterr().err
    assert main(["export", str(project), "-f", "md", "--fragment"]) == 2
    assert main(["export", str(project), "-f", "md,html", "-o", "-"]) == 2


def test_unwritable_target_exits_3_and_keeps_nothing_half_written(
    project: Path, tmp_path: Path, running_as_root: bool
) -> None:
    missing = tmp_path / "no" / "such" / "folder" / "p.html"
    assert main(["export", str(project), "-f", "html", "-o", str(missing)]) == 3
    assert not missing.exists()
