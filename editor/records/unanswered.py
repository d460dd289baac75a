"""A question an output needed and the project has not answered yet."""

from __future__ import annotations

from dataclasses import dataclass

from editor.export.textclean import xml_text
from editor.model.fieldpath import FieldPath, format_path


@dataclass(frozen=True, slots=True)
class Unanswered:
    """The answer to give (``path``, as in ``check --format json``) and why it is needed."""

    path: str
    question: str

    @classmethod
    def at(cls, path: FieldPath, question: str) -> Unanswered:
        # Questions quote the user's names, which every file the question goes into must carry.
        return cls(format_path(path), xml_text(question))

    def __str__(self) -> str:
        return f"{self.path}: {self.question}"
