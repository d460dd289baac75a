"""The command line: version, help, new, and clear errors on bad arguments."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from editor import __version__
from editor.cli import main
from editor.samples import sample_names, sample_paths
from editor.storage import load_project
from editor.storage.migrate import CURRENT_VERSION


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.strip() == f"policywright {__version__}"


def test_help_lists_commands_and_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--help"])
    out = capsys.readouterr().out
    assert info.value.code == 0
    assert "new" in out and "open" in out and "Exit codes" in out


@pytest.mark.parametrize("template", sample_names())
def test_new_from_each_sample(
    tmp_path: Path, template: str, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.policy"
    assert main(["new", "--template", template, str(out)]) == 0
    assert load_project(out) == load_project(sample_paths()[template])
    assert out.read_bytes() == sample_paths()[template].read_bytes()
    assert "Created" in capsys.readouterr().out


def test_new_blank(tmp_path: Path) -> None:
    out = tmp_path / "blank.policy"
    assert main(["new", str(out)]) == 0
    assert out.read_text() == f'{{\n  "format_version": {CURRENT_VERSION}\n}}\n'


def test_new_refuses_to_overwrite_without_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.policy"
    out.write_text("precious")
    assert main(["new", str(out)]) == 2
    assert "already exists" in capsys.readouterr().err
    assert out.read_text() == "precious"
    assert main(["new", "--force", str(out)]) == 0
    assert load_project(out) is not None


def test_new_unknown_template(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["new", "--template", "bakery", str(tmp_path / "x.policy")]) == 2
    err = capsys.readouterr().err
    assert "no template called 'bakery'" in err and "cafe" in err
    assert not (tmp_path / "x.policy").exists()


def test_new_needs_policy_extension(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["new", str(tmp_path / "x.json")]) == 2
    assert ".policy" in capsys.readouterr().err


def test_new_into_missing_folder_is_a_write_failure(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["new", str(tmp_path / "no" / "x.policy")]) == 3
    assert "does not exist" in capsys.readouterr().err


def test_unknown_option_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["new", "--colour", "x.policy"])
    assert info.value.code == 2
    assert "unrecognized arguments" in capsys.readouterr().err


def test_console_script_runs_headless() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "editor", "--version"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0
    assert result.stdout.strip() == f"policywright {__version__}"


@pytest.mark.parametrize(
    ("argv", "plain"),
    [([], True), (["shop.policy"], True), (["open"], True), (["open", "shop.policy"], True),
     (["open", "-h"], False), (["open", "a", "b"], False), (["open", "--", "-odd.policy"], False),
     (["check", "x.policy"], False), (["--version"], False)],
)  # fmt: skip
def test_opening_the_editor_skips_argparse_but_means_the_same(argv: list[str], plain: bool) -> None:
    from editor.cli import _normalise, _plain_open, build_parser

    args_list = _normalise(argv)
    fast = _plain_open(args_list)
    if not plain:  # options, help, errors and the other commands go through argparse
        assert fast is None
        return
    assert fast is not None
    assert vars(fast) == vars(build_parser(args_list[0]).parse_args(args_list))
