"""Autosave copies in the user's data folder, so a crash or power cut loses at most a minute.

Each open project has one recovery slot, named after a hash of its file path (or a session id
for an unsaved project). A slot holds the project bytes and a small JSON sidecar saying where
the project came from and when the copy was made.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from editor.paths import recovery_dir
from editor.storage.atomic import write_atomic
from editor.storage.fileformat import dump_project, parse_project

if TYPE_CHECKING:
    from editor.model import Project


@dataclass(frozen=True)
class RecoveryEntry:
    """One recoverable project."""

    key: str
    data_path: Path
    original_path: Path | None  # None for a project that was never saved
    saved_at: dt.datetime
    title: str

    def is_newer_than_original(self) -> bool:
        """True if this copy holds work the project file does not (or there is no file)."""
        if self.original_path is None:
            return True
        try:
            mtime = self.original_path.stat().st_mtime
        except OSError:
            return True
        return self.saved_at.timestamp() > mtime


def slot_key(original_path: Path | None, session_id: str) -> str:
    if original_path is None:
        return f"untitled-{session_id}"
    import hashlib  # here, not at start-up: it loads OpenSSL

    digest = hashlib.sha256(str(original_path.resolve()).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()[:20]


class RecoveryStore:
    """Write, list, load and discard recovery copies in one folder."""

    def __init__(self, folder: Path | None = None) -> None:
        self._folder = folder

    @property
    def folder(self) -> Path:
        # Looked up when first used: finding the user's data folder loads platformdirs, which
        # the editor's start-up window does not need.
        if self._folder is None:
            self._folder = recovery_dir()
        return self._folder

    def write(
        self, project: Project, original_path: Path | None, *, session_id: str, title: str = ""
    ) -> RecoveryEntry:
        self.folder.mkdir(parents=True, exist_ok=True)
        key = slot_key(original_path, session_id)
        data_path = self.folder / f"{key}.policy"
        now = dt.datetime.now(dt.UTC)
        write_atomic(data_path, dump_project(project), keep_backup=False)
        meta = {
            "original_path": str(original_path.resolve()) if original_path else None,
            "saved_at": now.isoformat(),
            "title": title or project.organisation.display_name or project.policy.title,
        }
        write_atomic(
            self.folder / f"{key}.json",
            (json.dumps(meta, indent=2, ensure_ascii=False) + "\n").encode(
                "utf-8", "backslashreplace"
            ),
            keep_backup=False,
        )
        return RecoveryEntry(key, data_path, original_path, now, str(meta["title"]))

    def entries(self) -> list[RecoveryEntry]:
        """Every readable recovery copy, newest first; unreadable sidecars are skipped."""
        if not self.folder.is_dir():
            return []
        found = []
        for meta_path in self.folder.glob("*.json"):
            data_path = meta_path.with_suffix(".policy")
            try:
                meta = json.loads(meta_path.read_text("utf-8"))
                saved_at = dt.datetime.fromisoformat(meta["saved_at"])
            except (OSError, ValueError, KeyError, TypeError):
                continue
            if not data_path.is_file():
                continue
            original = meta.get("original_path")
            found.append(
                RecoveryEntry(
                    meta_path.stem,
                    data_path,
                    Path(original) if original else None,
                    saved_at,
                    str(meta.get("title", "")),
                )
            )
        return sorted(found, key=lambda e: e.saved_at, reverse=True)

    def entry_for(self, original_path: Path) -> RecoveryEntry | None:
        key = slot_key(original_path, "")
        return next((e for e in self.entries() if e.key == key), None)

    def load(self, entry: RecoveryEntry) -> Project:
        return parse_project(entry.data_path.read_bytes(), entry.data_path)

    def discard(self, entry: RecoveryEntry) -> None:
        for path in (entry.data_path, entry.data_path.with_suffix(".json")):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
