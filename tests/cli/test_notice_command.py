"""``policywright notice``: the update notice in every format, placed like the export's files."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from editor.cli import main
from editor.document import words
from editor.samples import sample_paths
from editor.storage import load_project, save_project
from tests.export.formats_text import docx_text, html_text, markdown_text


@pytest.fixture
def shop(tmp_path: Path) -> Path:
    target = tmp_path / "shop.policy"
    shutil.copy(sample_paths()["online-shop"], target)
    return target


def test_every_format_beside_the_project_with_the_same_words(shop: Path) -> None:
    assert main(["notice", str(shop), "--format", "html,md,docx,txt"]) == 0
    folder = shop.parent
    names = sorted(p.name for p in folder.iterdir() if p.stem == "shop-notice")
    assert names == ["shop-notice.docx", "shop-notice.html", "shop-notice.md", "shop-notice.txt"]
    page = (folder / "shop-notice.html").read_text("utf-8")
    assert "<nav" not in page  # a letter has no table of contents
    assert "<title>We have updated our privacy policy – Fernhill Yarns Ltd</title>" in page
    expected = words(html_text(page))
    assert expected[:6] == ["We", "have", "updated", "our", "privacy", "policy"]
    assert words(markdown_text((folder / "shop-notice.md").read_text("utf-8"))) == expected
    assert words(docx_text((folder / "shop-notice.docx").read_bytes())) == expected
    assert words((folder / "shop-notice.txt").read_text("utf-8")) == expected
    text = (folder / "shop-notice.txt").read_text("utf-8")
    assert text.index("What changed") < text.index("Added recipient: Stripe")
    assert text.index("Added recipient: Stripe") < text.index("Smaller changes")


def test_pdf_to_a_named_file(shop: Path, tmp_path: Path) -> None:
    target = tmp_path / "out" / "notice.pdf"
    target.parent.mkdir()
    assert main(["notice", str(shop), "-f", "pdf", "--paper", "letter", "-o", str(target)]) == 0
    assert target.read_bytes().startswith(b"%PDF")


def test_draft_notice_to_stdout(shop: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    project = load_project(shop)
    project.organisation.website = "https://fernhillyarns.example"
    save_project(project, shop)
    assert main(["notice", str(shop), "--to", "draft", "-f", "md", "-o", "-"]) == 0
    out = capsysbinary.readouterr().out.decode("utf-8")
    assert out.startswith("# We are updating our privacy policy\n")
    assert "[https://fernhillyarns.example](https://fernhillyarns.example)" in out


def test_from_and_to_choose_the_versions(
    shop: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    assert (
        main(["notice", str(shop), "--from", "2024-04", "--to", "2025-02", "-f", "txt", "-o", "-"])
        == 0
    )
    out = capsysbinary.readouterr().out.decode("utf-8")
    assert "The new version (2025-02)" in out


def test_a_project_without_versions_explains_how_to_publish(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "cafe.policy"
    shutil.copy(sample_paths()["cafe"], path)
    assert main(["notice", str(path), "-f", "html"]) == 2
    err = capsys.readouterr().err
    assert "policywright publish" in err
    assert not (tmp_path / "cafe-notice.html").exists()


def test_unknown_version_and_bad_options_exit_2(
    shop: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["notice", str(shop), "--to", "1999", "-f", "txt"]) == 2
    assert "1999" in capsys.readouterr().err
    assert main(["notice", str(shop), "-f", "rtf"]) == 2
    assert "unknown format 'rtf'" in capsys.readouterr().err
    assert main(["notice", str(shop), "-f", "md", "--fragment"]) == 2
    assert not any(p.stem == "shop-notice" for p in shop.parent.iterdir())


def test_help_names_the_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "notice" in capsys.readouterr().out
