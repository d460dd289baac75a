"""Short documents beside the policy (the update notice), written by one template each.

They go through the policy's own machinery: the project's language folder, the same Jinja2
environment (so every value is escaped for Markdown), the same Markdown reader and section
builder. So they export to every format exactly as the policy does.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from editor.compose.context import build_context
from editor.compose.environment import environment_for
from editor.compose.markdown_in import Heading, parse_markdown
from editor.compose.spelling import spelling_of
from editor.compose.tree import Anchors, build_section
from editor.document.nodes import Document, Meta, Section
from editor.model import Project


def compose_standalone(
    project: Project,
    template: str,
    values: dict[str, Any],
    *,
    key: str,
    today: dt.date | None = None,
) -> Document:
    """The document ``template`` writes for ``project``, with ``values`` added to its context.

    The template's ``#`` heading is the title, the text before the first ``##`` heading the
    preamble, and each ``##`` heading starts a top-level section (``key`` names them all).
    """
    from editor.compose import DEFAULT_LANGUAGE, language_folder

    language = project.policy.language.strip() or DEFAULT_LANGUAGE
    folder = language_folder(language)
    context = build_context(project, today or dt.date.today(), folder, language)
    markdown = (
        environment_for(folder, spelling_of(project), project.policy.voice)
        .get_template(template)
        .render({**context.as_dict(), **values})
    )
    items = parse_markdown(markdown)

    title = ""
    if items and isinstance(items[0], Heading) and items[0].depth == 0:
        title, items = items[0].title, items[1:]
    # Each "##" heading (depth 1) opens a section that runs to the next one.
    starts = [n for n, item in enumerate(items) if isinstance(item, Heading) and item.depth <= 1]
    preamble = [
        item for item in items[: starts[0] if starts else None] if not isinstance(item, Heading)
    ]
    sections: list[Section] = []
    anchors = Anchors([])
    for start, end in zip(starts, [*starts[1:], len(items)], strict=False):
        heading = items[start]
        assert isinstance(heading, Heading)
        section = build_section(items[start:end], key, anchors.claim(heading.title), anchors)
        if section is not None:
            sections.append(section)

    org = project.organisation
    terms = context.terms["document"]
    return Document(
        title=title or str(terms["default_title"]),
        language=language,
        meta=Meta(publisher=(org.legal_name or org.display_name).strip(), website=org.website),
        preamble=tuple(preamble),
        sections=tuple(sections),
        toc_title=str(terms["contents"]),
    )
