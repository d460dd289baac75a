"""The sample projects shipped in ``resources/samples/``: list them and start from one."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from editor.paths import samples_dir
from editor.storage import FILE_EXTENSION, load_project

if TYPE_CHECKING:
    from editor.model import Project

BLANK = "blank"


def sample_paths() -> dict[str, Path]:
    """Sample name (the file name without extension) to its path, sorted by name."""
    return {p.stem: p for p in sorted(samples_dir().glob(f"*{FILE_EXTENSION}"))}


def sample_names() -> list[str]:
    return list(sample_paths())


def start_project(template: str) -> Project:
    """A new project: blank, or a copy of the named sample. Raises KeyError for an unknown name."""
    if template == BLANK:
        from editor.model import Project

        return Project()
    return load_project(sample_paths()[template])
