"""Limits and clear errors of the commands: one line saying what is wrong, never a traceback.

Export targets that cannot be written (a read-only drive, a missing folder, a name taken by a
folder, a file where a folder should be) end with exit code 3 and leave nothing behind; a
project over the size limit (or a device that never ends) is refused by every command that
reads projects; malformed recordings given to ``scan`` get a message; and paths with spaces
and non-ASCII letters work for every command, even in a plain C locale.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from editor.cli import main
from editor.samples import sample_paths
from editor.storage import MAX_FILE_BYTES, load_project
from tests.reliability.offline_flow import ROOT, flow, outcome_problems, small_har

FORMATS = ("html", "md", "docx", "pdf", "txt")


def _one_line_error(err: str) -> None:
    assert err.startswith("policywright: ") and err.count("\n") == 1, err
    assert "Traceback" not in err


@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = tmp_path / "café shop.policy"
    shutil.copy(sample_paths()["cafe"], path)
    return path


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[Path]:
    """A real read-only drive: a tmpfs remounted read-only (needs root, as in CI)."""
    folder = tmp_path / "read-only drive"
    folder.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root (CI runs as root)")
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(folder)], check=True)
    try:
        (folder / "old.html").write_text("an older export")
        shutil.copy(sample_paths()["cafe"], folder / "shop.policy")
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def _listing(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("where", ["missing folder", "name is a folder", "parent is a file"])
def test_export_target_that_cannot_be_written(
    project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str, where: str
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "notes.txt").write_text("a file")
    if where == "missing folder":
        argv, reason = ["-o", str(out / "no such folder" / f"p.{fmt}")], "does not exist"
    elif where == "name is a folder":  # several formats go to out/, where one name is a folder
        (out / f"{project.stem}.{fmt}").mkdir()
        other = "txt" if fmt != "txt" else "md"
        argv, reason = ["-f", other, "-o", str(out)], "there is a folder with that name"
    else:
        argv, reason = ["-o", str(out / "notes.txt" / f"p.{fmt}")], "is a file, not a folder"
    before = _listing(out)
    code = main(["export", str(project), "-f", fmt, *argv])
    err = capsys.readouterr().err
    assert code == 3, err
    _one_line_error(err)
    assert reason in err
    assert _listing(out) == before or where == "name is a folder"
    assert not [p for p in _listing(out) if p.endswith(".tmp")], "a temporary file was left"


@pytest.mark.parametrize("fmt", FORMATS)
def test_export_to_a_read_only_drive(
    project: Path, read_only_folder: Path, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    code = main(["export", str(project), "-f", fmt, "-o", str(read_only_folder / "old.html")])
    err = capsys.readouterr().err
    assert code == 3, err
    _one_line_error(err)
    assert "read-only" in err
    assert _listing(read_only_folder) == ["old.html", "shop.policy"]
    assert (read_only_folder / "old.html").read_text() == "an older export"


@pytest.mark.parametrize("command", ["new --force", "publish", "scan --apply"])
def test_saving_a_project_on_a_read_only_drive(
    read_only_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    project = read_only_folder / "shop.policy"
    before = project.read_bytes()
    har = tmp_path / "site.har"
    har.write_text(json.dumps(small_har()))
    argv = {
        "new --force": ["new", "--template", "saas", "--force", str(project)],
        "publish": ["publish", str(project), "--label", "v9"],
        "scan --apply": ["scan", str(har), "--project", str(project), "--apply"],
    }[command]
    code = main(argv)
    err = capsys.readouterr().err
    assert code == 3, err
    _one_line_error(err)
    assert "the drive is read-only" in err and "Nothing on disk was changed" in err
    assert project.read_bytes() == before
    assert _listing(read_only_folder) == ["old.html", "shop.policy"]


READERS = {
    "export": ["export", "{p}", "-f", "html"],
    "check": ["check", "{p}"],
    "publish": ["publish", "{p}", "--label", "v1"],
    "diff": ["diff", "{p}"],
    "notice": ["notice", "{p}", "-f", "md"],
    "scan --project": ["scan", "{har}", "--project", "{p}"],
    "scan --apply": ["scan", "{har}", "--project", "{p}", "--apply"],
}


@pytest.mark.parametrize("source", ["65 MB file", "endless device"])
@pytest.mark.parametrize("command", READERS)
def test_every_command_refuses_a_project_over_the_size_limit(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str, source: str
) -> None:
    if source == "65 MB file":
        path = tmp_path / "huge project.policy"
        with path.open("wb") as handle:
            handle.truncate(MAX_FILE_BYTES + 1024 * 1024)  # sparse: no disk space used
    else:
        path = Path("/dev/zero")
    har = tmp_path / "site.har"
    har.write_text(json.dumps(small_har()))
    argv = [a.format(p=path, har=har) for a in READERS[command]]
    code = main(argv)
    err = capsys.readouterr().err
    assert code == 2, err
    _one_line_error(err)
    if source == "endless device":  # refused before reading: a device or pipe may never end
        assert "device or a pipe" in err
    else:
        assert "cannot be larger than 64 MB" in err
    if path.is_file():
        assert path.stat().st_size == MAX_FILE_BYTES + 1024 * 1024
        assert sorted(p.name for p in tmp_path.iterdir()) == ["huge project.policy", "site.har"]


MALFORMED: dict[str, tuple[bytes, str]] = {
    "empty": (b"", "the file is empty"),
    "only spaces": (b"  \n\t\n", "the file is empty"),
    "binary": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff", "neither a HAR file nor a cookie"),
    "UTF-16 HAR": ('{"log": {"entries": []}}'.encode("utf-16"), "neither a HAR file nor"),
    "cut-off HAR": (json.dumps(small_har()).encode()[:-40], "damaged or incomplete"),
    "HAR with text after it": (b'{"log": {"entries": []}} and more', "damaged or incomplete"),
    "log is a number": (b'{"log": 5}', "damaged or incomplete"),
    "entries is a string": (b'{"log": {"entries": "x"}}', "damaged or incomplete"),
    "HAR nested 100,000 deep": (
        b'{"log": {"entries": [' + b"[" * 100_000 + b"]" * 100_000 + b"]}}",
        "damaged or incomplete",
    ),
    "cookie list nested 100,000 deep": (b"[" * 100_000 + b"]" * 100_000, "not valid JSON"),
    "JSON object of something else": (b'{"cookies": 5, "other": []}', "neither a HAR file"),
    "cookie list of numbers": (b"[1, 2, 3]", "not a cookie export"),
    "cookie list item without a name": (b'[{"domain": "a.example"}]', "has no cookie name"),
    "cut-off cookie list": (b'[{"name": "a"', "not valid JSON"),
    "invalid UTF-8 in a HAR": (
        b'{"log": {"entries": [{"request": {"url": "https://a.example/\xff"}}]}}',
        "not text",
    ),
    "cookies.txt with three columns": (b"a.example\tTRUE\t/\n", "line 1 is not a cookie line"),
    "cookies.txt of comments": (b"# Netscape HTTP Cookie File\n# nothing\n", "no cookies"),
    "web page saved as HAR": (b"<!DOCTYPE html><html><body>x</body></html>", "not a cookie line"),
}


@pytest.mark.parametrize("case", MALFORMED)
def test_scan_of_a_malformed_recording(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str
) -> None:
    content, message = MALFORMED[case]
    recording = tmp_path / "recording file.har"
    recording.write_bytes(content)
    code = main(["scan", str(recording)])
    err = capsys.readouterr().err
    assert code == 2, err
    _one_line_error(err)
    assert message in err and "recording file.har" in err


@pytest.mark.parametrize("case", ["a folder", "missing", "65 MB cookie export"])
def test_scan_of_something_that_is_not_a_recording_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str
) -> None:
    path = tmp_path / "site.har"
    if case == "a folder":
        path.mkdir()
    elif case == "65 MB cookie export":
        path.write_bytes(b"# Netscape HTTP Cookie File\n")
        with path.open("r+b") as handle:
            handle.truncate(MAX_FILE_BYTES + 1024 * 1024)
    assert main(["scan", str(path)]) == 2
    err = capsys.readouterr().err
    _one_line_error(err)
    assert {"a folder": "folder", "missing": "no such file", "65 MB cookie export": "too large"}[
        case
    ] in err


def test_unclassified_cookies_from_a_scan_export_and_are_flagged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = tmp_path / "p.policy"
    assert main(["new", "--template", "cafe", str(project)]) == 0
    cookies = tmp_path / "cookies.txt"
    cookies.write_text(
        "# Netscape HTTP Cookie File\n.cafe.example\tTRUE\t/\tFALSE\t0\tmystery\t1\n"
    )
    args = ["scan", str(cookies), "--project", str(project), "--apply", "--include-unidentified"]
    assert main(args) == 0
    assert main(["export", str(project), "-f", ",".join(FORMATS)]) == 0
    assert "mystery" in project.with_suffix(".md").read_text("utf-8")
    capsys.readouterr()
    assert main(["check", str(project)]) == 1
    assert "Choose a category for “mystery”" in capsys.readouterr().out


@pytest.mark.parametrize("locale", ["C.UTF-8", "C"])
def test_every_command_with_spaces_and_accents_in_paths(tmp_path: Path, locale: str) -> None:
    project, steps = flow(tmp_path)
    env = {**os.environ, "LC_ALL": locale, "LANG": locale}
    env.pop("PYTHONUTF8", None)
    for step in steps:
        run = subprocess.run(
            step.command(project), cwd=ROOT, env=env, capture_output=True, check=False
        )
        stderr = run.stderr.decode("utf-8", "replace")
        assert run.returncode in step.exit_codes, f"{step.name}: {stderr}"
        assert "Traceback" not in stderr
    assert outcome_problems(project) == []
    assert load_project(project).published[0].label == "2027-01"
    assert sys.getfilesystemencoding() == "utf-8"
