"""Autosave copies: write, list, recover, discard."""

from __future__ import annotations

import os
import time
from pathlib import Path

from editor.model import Organisation, Project
from editor.storage import save_project
from editor.storage.recovery import RecoveryStore


def test_write_list_load_discard(tmp_path: Path) -> None:
    store = RecoveryStore(tmp_path / "recovery")
    project_file = tmp_path / "shop.policy"
    project = Project(organisation=Organisation(trading_name="Shop"))
    entry = store.write(project, project_file, session_id="s1")
    untitled = store.write(Project(), None, session_id="s1")
    entries = store.entries()
    assert {e.key for e in entries} == {entry.key, untitled.key}
    assert store.load(entry) == project
    assert store.entry_for(project_file) == next(e for e in entries if e.key == entry.key)
    assert entry.title == "Shop"
    store.discard(entry)
    assert [e.key for e in store.entries()] == [untitled.key]


def test_recovery_copy_newer_than_file_is_offered(tmp_path: Path) -> None:
    store = RecoveryStore(tmp_path / "recovery")
    path = tmp_path / "p.policy"
    save_project(Project(), path)
    old = time.time() - 120
    os.utime(path, (old, old))
    entry = store.write(
        Project(organisation=Organisation(legal_name="Unsaved")), path, session_id="x"
    )
    assert entry.is_newer_than_original()
    save_project(Project(), path)  # the user saved afterwards: the copy is stale
    future = time.time() + 120
    os.utime(path, (future, future))
    assert not entry.is_newer_than_original()


def test_one_slot_per_project_file(tmp_path: Path) -> None:
    store = RecoveryStore(tmp_path / "r")
    path = tmp_path / "p.policy"
    store.write(Project(), path, session_id="a")
    store.write(Project(organisation=Organisation(legal_name="Later")), path, session_id="b")
    entries = store.entries()
    assert len(entries) == 1
    assert store.load(entries[0]).organisation.legal_name == "Later"


def test_damaged_sidecar_is_skipped(tmp_path: Path) -> None:
    store = RecoveryStore(tmp_path / "r")
    store.write(Project(), tmp_path / "p.policy", session_id="a")
    (tmp_path / "r" / "junk.json").write_text("{not json")
    (tmp_path / "r" / "junk.policy").write_text("{}")
    assert len(store.entries()) == 1


def test_missing_folder_lists_nothing(tmp_path: Path) -> None:
    assert RecoveryStore(tmp_path / "absent").entries() == []
