"""The project file format: UTF-8 JSON with a top-level ``format_version``.

Keys follow the model's field order and defaults are left out, with two-space indent and a
trailing newline, so a file diffs well in git and load-then-save gives the same bytes.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from editor.errors import (
    NotAProjectError,
    ProjectCorruptError,
    ProjectInvalidError,
    ProjectTooNewError,
)
from editor.model.fieldpath import format_path
from editor.storage.delta import DeltaError
from editor.storage.migrate import CURRENT_VERSION, MIGRATIONS, Migration, migrate

if TYPE_CHECKING:
    from editor.model import Project

FILE_EXTENSION = ".policy"
FORMAT_KEY = "format_version"
# Real projects are well under a megabyte; 10,000 cookies take about 3 MB. Anything bigger
# than this is not a project someone typed, and reading it would freeze the editor.
MAX_FILE_BYTES = 64 * 1024 * 1024
# No answer is a number of more than a few digits (each number field has its own bound); a
# longer one is refused as it is read, before Python's own limit for turning digits into a
# number (4,300) stops the reading with a message about Python.
MAX_NUMBER_DIGITS = 100


class _NumberTooLongError(ValueError):
    def __init__(self, digits: int) -> None:
        super().__init__(f"a number {digits:,} digits long")
        self.digits = digits


def _whole_number(literal: str) -> int:
    digits = len(literal.lstrip("-"))
    if digits > MAX_NUMBER_DIGITS:
        raise _NumberTooLongError(digits)
    return int(literal)


def project_to_dict(project: Project) -> dict[str, Any]:
    body = project.model_dump(mode="json", exclude_defaults=True)
    return {FORMAT_KEY: CURRENT_VERSION, **body}


def dump_project(project: Project) -> bytes:
    text = json.dumps(project_to_dict(project), indent=2, ensure_ascii=False) + "\n"
    # No lone surrogate reaches the model (editor.model.base.whole_characters), so every
    # string can be written as UTF-8.
    return text.encode("utf-8")


def parse_project(
    data: bytes,
    path: Path,
    *,
    current: int = CURRENT_VERSION,
    migrations: dict[int, Migration] = MIGRATIONS,
) -> Project:
    """Turn a file's bytes into a Project, migrating older formats; raise ProjectFileError."""
    if not data.strip():
        raise ProjectCorruptError(path, "The file is empty. It may have been cut off while saving.")
    if b"\x00" in data[:8192]:
        raise ProjectCorruptError(path, "This is not a project file (it contains binary data).")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ProjectCorruptError(
            path, "This is not a project file (it is not UTF-8 text).", detail=str(exc)
        ) from exc
    try:
        raw = json.loads(text, parse_int=_whole_number)
    except _NumberTooLongError as exc:
        raise ProjectInvalidError(
            path,
            f"This file holds a number {exc.digits:,} digits long, where no answer is longer "
            "than a few digits. It may have been edited by hand.",
            detail=str(exc),
        ) from exc
    except RecursionError as exc:
        raise ProjectCorruptError(
            path,
            "The file is damaged and cannot be read (its data is nested far too deeply).",
            detail=str(exc),
        ) from exc
    except json.JSONDecodeError as exc:
        raise ProjectCorruptError(
            path,
            "The file is damaged or incomplete and cannot be read "
            f"(problem at line {exc.lineno}, column {exc.colno}).",
            detail=str(exc),
        ) from exc
    if not isinstance(raw, dict) or FORMAT_KEY not in raw:
        raise NotAProjectError(
            path, "This file is not a Policywright project (it has no format version)."
        )
    version = raw.pop(FORMAT_KEY)
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise NotAProjectError(
            path, "This file is not a Policywright project (bad format version)."
        )
    if version > current:
        raise ProjectTooNewError(
            path,
            f"This project was saved by a newer version of Policywright (file format {version}; "
            f"this version reads up to {current}). Please update Policywright to open it.",
        )
    try:
        raw = migrate(raw, version, current=current, migrations=migrations)
    except DeltaError as exc:
        raise ProjectInvalidError(
            path,
            "The history of published versions in this file is damaged, so the file cannot be "
            "upgraded. It may have been edited by hand.",
            detail=str(exc),
        ) from exc
    # Imported here: the editor reads file names and recent files before the model is loaded.
    from pydantic import ValidationError

    from editor.model import Project

    try:
        return Project.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = format_path(tuple(first["loc"])) or "the top level"
        raise ProjectInvalidError(
            path,
            f"Some answers in this file are not in the expected form ({where}: {first['msg']}). "
            "It may have been edited by hand.",
            detail=str(exc),
        ) from exc
