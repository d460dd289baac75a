"""Saving onto a real full disk and a real read-only medium (tiny tmpfs mounts; needs root)."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from editor.errors import ProjectSaveError
from editor.model import Cookie, Organisation, Project
from editor.storage import backup_path, load_project, save_project


def _mount(folder: Path, options: str) -> bool:
    if os.geteuid() != 0:
        return False
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)],
        capture_output=True,
        check=False,
    )
    return result.returncode == 0


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "disk"
    folder.mkdir()
    if not _mount(folder, "size=64k"):
        pytest.skip("mounting a tmpfs needs root (CI runs as root)")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def test_full_disk_keeps_old_file_and_backup(tiny_disk: Path) -> None:
    path = tiny_disk / "shop.policy"
    save_project(Project(organisation=Organisation(legal_name="Old")), path)
    save_project(Project(organisation=Organisation(legal_name="Older")), path)
    before, backup_before = path.read_bytes(), backup_path(path).read_bytes()
    huge = Project(organisation=Organisation(legal_name="New"))
    huge.cookies.cookies = [Cookie(name=f"c{i}", purpose="p" * 100) for i in range(2000)]
    with pytest.raises(ProjectSaveError, match="disk is full"):
        save_project(huge, path)
    assert path.read_bytes() == before
    assert backup_path(path).read_bytes() == backup_before
    assert sorted(p.name for p in tiny_disk.iterdir()) == ["shop.policy", "shop.policy.bak"]


def test_read_only_medium_opens_but_refuses_to_save(tiny_disk: Path) -> None:
    path = tiny_disk / "shop.policy"
    save_project(Project(organisation=Organisation(legal_name="On a stick")), path)
    subprocess.run(["mount", "-o", "remount,ro", str(tiny_disk)], check=True)
    assert load_project(path).organisation.legal_name == "On a stick"
    with pytest.raises(ProjectSaveError, match="read-only"):
        save_project(Project(), path)
    assert load_project(path).organisation.legal_name == "On a stick"
