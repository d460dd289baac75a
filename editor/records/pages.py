"""Small builders for the answer pages: a page is a Document, written by the HTML exporter."""

from __future__ import annotations

from collections.abc import Iterable

from editor.document.nodes import (
    Block,
    BulletList,
    Document,
    ListItem,
    Meta,
    Paragraph,
    Section,
    Table,
    Text,
)
from editor.export.textclean import xml_text
from editor.model import Project, PropertyKind
from editor.records.unanswered import Unanswered


def para(text: str) -> Paragraph:
    return Paragraph((Text(xml_text(text)),))


def bullets(items: Iterable[str]) -> BulletList:
    return BulletList(tuple(ListItem((para(item),)) for item in items))


def answers(rows: Iterable[tuple[str, str]]) -> Table:
    """A question-and-answer table, one question of the store's form per row."""
    return Table(
        ((Text("Question"),), (Text("Answer"),)),
        tuple(((Text(xml_text(q)),), (Text(xml_text(a)),)) for q, a in rows),
    )


def yes_no(value: bool) -> str:
    return "Yes" if value else "No"


def section(title: str, anchor: str, *children: Block | Section, level: int = 1) -> Section:
    return Section(xml_text(title), anchor, level, anchor, tuple(children))


def data_types_section(
    labels: Iterable[tuple[str, str]], details: Iterable[Section]
) -> Section | None:
    """The data types to select, grouped by the store's headings ((heading, type) pairs), then
    a subsection of questions per type; None when the app collects nothing."""
    groups: dict[str, list[str]] = {}
    for heading, label in labels:
        groups.setdefault(heading, []).append(label)
    if not groups:
        return None
    return section(
        "Data types",
        "data-types",
        para("Select these data types (and only these):"),
        bullets(f"{heading}: {', '.join(names)}" for heading, names in groups.items()),
        *details,
    )


def from_answers(project: Project, category_ids: tuple[str, ...]) -> Paragraph:
    """Which of the project's data categories a store data type comes from."""
    names = [c.name.strip() or "unnamed" for c in project.data_categories
             if c.id in category_ids]  # fmt: skip
    return para(f"From your answers about: {'; '.join(names)}.")


def still_to_answer(unanswered: Iterable[Unanswered]) -> Section | None:
    """The answers the page needed and did not find, or None when nothing is missing."""
    gaps = list(unanswered)
    if not gaps:
        return None
    return section(
        "Still to answer",
        "still-to-answer",
        para(
            "What follows is left out above until you answer it in Policywright "
            "(the field is named in brackets):"
        ),
        bullets(f"{gap.question} ({gap.path})" for gap in gaps),
    )


def app_name(project: Project) -> str:
    """The app's name: the first mobile app in scope, else the business's name."""
    for prop in project.scope.properties:
        if prop.kind is PropertyKind.MOBILE_APP and prop.name.strip():
            return " ".join(prop.name.split())
    return project.organisation.display_name or "your app"


def page(project: Project, title: str, intro: str, sections: Iterable[Section | None]) -> Document:
    return Document(
        xml_text(title),
        project.policy.language or "en",
        meta=Meta(
            publisher=xml_text(project.organisation.display_name),
            last_updated=project.policy.last_updated,
        ),
        preamble=(para(intro),),
        sections=tuple(s for s in sections if s is not None),
    )
