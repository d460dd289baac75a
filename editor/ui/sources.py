"""Where a sentence in the preview comes from, in the user's words, and the question to go to.

A block of the composed policy records the answers its wording read (see
``editor.compose.provenance``); the preview shows them as a tooltip ("Written from your answers
to: What is your business's legal name?") and a click goes to the first of them that a page
asks for.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from html import escape

from PySide6.QtCore import QCoreApplication

from editor.model.fieldpath import FieldPath, parse_path
from editor.ui.questions import ListQuestion, Question, walk

Pattern = tuple[str | None, ...]


def _tr(text: str) -> str:
    return QCoreApplication.translate("Preview", text)


def _pattern(path: FieldPath) -> Pattern:
    return tuple(None if isinstance(p, int) else p for p in path)


@cache
def _labels() -> dict[Pattern, tuple[str, str]]:
    """(page title, question) for every field a page asks for, by its path pattern."""
    from editor.ui.pages import PAGES

    labels: dict[Pattern, tuple[str, str]] = {}
    for spec in PAGES:
        for entry in walk(spec.entries):
            if isinstance(entry, Question):
                labels.setdefault(_pattern(entry.field_path), (spec.title, entry.label))
            elif isinstance(entry, ListQuestion):
                base = _pattern(entry.field_path)
                labels.setdefault(base, (spec.title, entry.label))
                for column in entry.columns:
                    pattern = (*base, None, *_pattern(column.field_path))
                    labels.setdefault(pattern, (spec.title, f"{entry.label} › {column.title}"))
                for detail in walk(entry.detail):
                    if isinstance(detail, Question | ListQuestion):
                        pattern = (*base, None, *_pattern(detail.field_path))
                        labels.setdefault(pattern, (spec.title, detail.label))
    return labels


def answer_label(path: str) -> tuple[str, str] | None:
    """(page title, question) of the question that asks for ``path``, or of the nearest field
    around it that a page asks for; None when no page asks for it."""
    try:
        pattern = _pattern(parse_path(path))
    except ValueError:
        return None
    labels = _labels()
    while pattern:
        if pattern in labels:
            return labels[pattern]
        pattern = pattern[:-1]
    return None


def source_tooltip(answers: tuple[str, ...], laws: tuple[tuple[str, str], ...]) -> str:
    """Rich text for a block's tooltip: the questions whose answers wrote it, and its laws."""
    from editor.model import Law

    questions: list[str] = []
    for path in answers:
        label = answer_label(path)
        if label is None:
            continue
        shown = f"{_tr_page(label[0])} › {_tr_page(label[1])}"
        if shown not in questions:
            questions.append(shown)
    parts = []
    if questions:
        items = "".join(f"<li>{escape(q)}</li>" for q in questions[:6])
        more = len(questions) - 6
        if more > 0:
            items += f"<li>{escape(_tr('and {n} more').format(n=more))}</li>"
        parts.append(f"{escape(_tr('Written from your answers to:'))}<ul>{items}</ul>")
    if laws:
        names = []
        for law, citation in laws:
            try:
                name = QCoreApplication.translate("Fields", Law(law).label)
            except ValueError:
                name = law
            names.append(f"{name} {citation}".strip())
        parts.append(escape(_tr("Wording the law requires: {laws}").format(laws="; ".join(names))))
    if questions:
        parts.append(f"<i>{escape(_tr('Click to go to the question.'))}</i>")
    return "".join(f"<p>{p}</p>" if not p.startswith(escape(_tr("Written"))) else p for p in parts)


def _tr_page(text: str) -> str:
    return QCoreApplication.translate("Pages", text)


def first_asked(
    answers: tuple[str, ...], answered: Callable[[FieldPath], bool] | None = None
) -> FieldPath | None:
    """The first answer a page asks for: where a click on the sentence goes.

    With ``answered``, an answer that is given comes first: a template also reads the empty
    answers it checks (a list of exceptions nobody filled), and those did not write the words.
    """
    from editor.ui.pages import page_for_path

    asked = []
    for path in answers:
        try:
            parsed = parse_path(path)
        except ValueError:
            continue
        if page_for_path(parsed) is not None:
            asked.append(parsed)
    given = [path for path in asked if answered is not None and answered(path)]
    return (given or asked or [None])[0]
