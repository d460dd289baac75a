"""Saving is byte-stable, atomic, keeps a backup and never damages the previous file."""

from __future__ import annotations

import errno
import json
import os
import stat
from pathlib import Path

import pytest

from editor.errors import ProjectSaveError
from editor.model import Cookie, Organisation, Project
from editor.samples import sample_paths
from editor.storage import backup_path, dump_project, load_project, save_project
from editor.storage.migrate import CURRENT_VERSION


def test_sample_load_then_save_gives_identical_bytes(sample_name: str, tmp_path: Path) -> None:
    original = sample_paths()[sample_name].read_bytes()
    out = tmp_path / "copy.policy"
    save_project(load_project(sample_paths()[sample_name]), out)
    assert out.read_bytes() == original


def test_file_layout_is_diff_friendly() -> None:
    text = dump_project(Project(organisation=Organisation(legal_name="Ünïcode & Co"))).decode()
    assert text.startswith(f'{{\n  "format_version": {CURRENT_VERSION},\n')
    assert text.endswith("}\n") and not text.endswith("\n\n")
    assert "Ünïcode" in text  # readable, not \u-escaped
    assert json.loads(text)["organisation"] == {"legal_name": "Ünïcode & Co"}


def test_hostile_strings_round_trip_exactly(tmp_path: Path) -> None:
    nasty = '<script>alert(1)</script>\x00\x07\u202eevil\u202c 🎉 e\u0301 \ud800 \\ " \n\t'
    project = Project(organisation=Organisation(legal_name=nasty))
    project.cookies.cookies = [Cookie(name=nasty) for _ in range(3)]
    path = tmp_path / "nasty.policy"
    save_project(project, path)
    again = load_project(path)
    assert again == project
    save_project(again, path)
    assert path.read_bytes() == dump_project(project)


def test_save_keeps_previous_file_as_backup(tmp_path: Path) -> None:
    path = tmp_path / "p.policy"
    save_project(Project(organisation=Organisation(legal_name="First")), path)
    first = path.read_bytes()
    assert not backup_path(path).exists()
    save_project(Project(organisation=Organisation(legal_name="Second")), path)
    assert backup_path(path).read_bytes() == first
    assert load_project(path).organisation.legal_name == "Second"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.policy", "p.policy.bak"]


def test_save_preserves_permissions_of_existing_file(tmp_path: Path) -> None:
    path = tmp_path / "p.policy"
    save_project(Project(), path)
    path.chmod(0o640)
    save_project(Project(organisation=Organisation(legal_name="X")), path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


def test_new_file_gets_normal_permissions(tmp_path: Path) -> None:
    path = tmp_path / "new.policy"
    save_project(Project(), path)
    mode = stat.S_IMODE(path.stat().st_mode)
    assert mode & stat.S_IRUSR and mode & stat.S_IWUSR
    assert mode != 0o600 or (os.umask(0o22) & 0o044) == 0o044


def _fail_with(code: int):
    def fail(*args: object, **kwargs: object) -> None:
        raise OSError(code, os.strerror(code))

    return fail


@pytest.mark.parametrize(
    ("target", "code", "words"),
    [
        ("os.fsync", errno.EIO, "could not be saved"),
        ("os.replace", errno.EACCES, "permission"),
        ("os.replace", errno.ENOSPC, "disk is full"),
        ("os.fsync", errno.ENOSPC, "disk is full"),
        ("tempfile.mkstemp", errno.EROFS, "read-only"),
        ("tempfile.mkstemp", errno.EACCES, "permission"),
    ],
)
def test_failed_save_leaves_old_file_and_no_debris(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, target: str, code: int, words: str
) -> None:
    path = tmp_path / "p.policy"
    save_project(Project(organisation=Organisation(legal_name="Old")), path)
    save_project(Project(organisation=Organisation(legal_name="Older-backup")), path)
    before, backup_before = path.read_bytes(), backup_path(path).read_bytes()
    monkeypatch.setattr(target, _fail_with(code))
    with pytest.raises(ProjectSaveError) as info:
        save_project(Project(organisation=Organisation(legal_name="New")), path)
    monkeypatch.undo()
    assert words in info.value.message
    assert "still open" in info.value.message
    assert path.read_bytes() == before
    assert backup_path(path).read_bytes() == backup_before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.policy", "p.policy.bak"]


def test_failed_write_of_data_leaves_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "p.policy"
    save_project(Project(organisation=Organisation(legal_name="Old")), path)
    before = path.read_bytes()
    real_fdopen = os.fdopen

    class FullDisk:
        def __init__(self, handle: object) -> None:
            self._handle = handle

        def __enter__(self) -> FullDisk:
            return self

        def __exit__(self, *exc: object) -> None:
            self._handle.close()  # type: ignore[attr-defined]

        def write(self, data: bytes) -> int:
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fdopen", lambda fd, mode: FullDisk(real_fdopen(fd, mode)))
    with pytest.raises(ProjectSaveError, match="disk is full"):
        save_project(Project(organisation=Organisation(legal_name="New")), path)
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["p.policy"]


def test_save_into_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(ProjectSaveError, match="does not exist"):
        save_project(Project(), tmp_path / "nope" / "p.policy")


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write to read-only folders")
def test_read_only_folder_for_real(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    path = folder / "p.policy"
    save_project(Project(), path)
    before = path.read_bytes()
    folder.chmod(0o555)
    try:
        with pytest.raises(ProjectSaveError, match="permission"):
            save_project(Project(organisation=Organisation(legal_name="New")), path)
        assert path.read_bytes() == before
    finally:
        folder.chmod(0o755)


def test_paths_with_spaces_and_non_ascii(tmp_path: Path) -> None:
    folder = tmp_path / "Mes projets — café ☕"
    folder.mkdir()
    path = folder / "Politique de confidentialité.policy"
    save_project(Project(organisation=Organisation(legal_name="Café")), path)
    assert load_project(path).organisation.legal_name == "Café"


def test_a_lone_surrogate_in_an_imported_detail_s_name_survives_saving(tmp_path: Path) -> None:
    # Found by the save/load property test: pydantic writes such a key as U+FFFD.
    project = Project.model_validate(
        {"imported": {"proposals": [{"details": {"\ud800 street": "\udfff 1 Main St"}}]}}
    )
    save_project(project, tmp_path / "p.policy")
    assert load_project(tmp_path / "p.policy") == project
