"""The outputs this package makes, by format name: how each file is named and built.

Each builder takes the project and returns the file's bytes with the questions it found
unanswered, so the command line and the editor report them the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from editor.model import Project
from editor.records.unanswered import Unanswered

Built = tuple[bytes, tuple[Unanswered, ...]]


@dataclass(frozen=True, slots=True)
class Output:
    """One output: its file name after the project's (``{name}``), what it is, how it is made."""

    file_name: str
    description: str
    build: Callable[[Project], Built]

    def file_for(self, name: str) -> str:
        return self.file_name.format(name=name)


def _ropa_xlsx(project: Project) -> Built:
    from editor.records.ropa import processing_record
    from editor.records.ropa_xlsx import ropa_xlsx

    record = processing_record(project)
    return ropa_xlsx(record, as_of=project.policy.last_updated), record.unanswered


def _ropa_csv(project: Project) -> Built:
    from editor.records.ropa import processing_record
    from editor.records.ropa_csv import ropa_csv

    record = processing_record(project)
    return ropa_csv(record), record.unanswered


OUTPUTS: dict[str, Output] = {
    "ropa-xlsx": Output(
        "{name}-record-of-processing.xlsx",
        "the record of processing activities (GDPR Art. 30) as a workbook",
        _ropa_xlsx,
    ),
    "ropa-csv": Output(
        "{name}-record-of-processing.csv",
        "the record of processing activities as CSV, one row per purpose",
        _ropa_csv,
    ),
}
