"""Composition: a Project becomes a Document, in the policy's language.

The wording is data: Jinja2 templates under ``templates/<language>/`` write CommonMark for each
section, with every user value escaped by the environment; the Markdown is parsed into the
format-neutral document tree. Nothing after this point sees the project.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from editor.compose.context import build_context
from editor.compose.environment import environment_for
from editor.compose.markdown_in import Heading, parse_markdown
from editor.compose.markdown_text import clean_text
from editor.compose.provenance import BlockSources, Recorder, answer_paths, render_traced
from editor.compose.sections import SECTIONS
from editor.compose.spelling import spelling_of
from editor.compose.standalone import compose_standalone
from editor.compose.tree import Anchors, build_section, builtin_anchor, custom_section
from editor.document.nodes import Block, Document, Meta, Section
from editor.model import CustomSection, Placement, PolicySection, Project, applicable_laws
from editor.paths import templates_dir

__all__ = ["compose", "compose_standalone", "language_folder", "render_section_markdown"]

DEFAULT_LANGUAGE = "en"


def language_folder(language: str) -> Path:
    """The wording folder for a BCP 47 tag: exact match, then its language, then English."""
    root = templates_dir()
    tag = (language or DEFAULT_LANGUAGE).strip().replace("_", "-")
    for candidate in (tag, tag.split("-", 1)[0].lower(), DEFAULT_LANGUAGE):
        folder = root / candidate
        if candidate and (folder / "terms.toml").is_file():
            return folder
    raise FileNotFoundError(f"no policy wording in {root}")


def render_section_markdown(
    project: Project, key: PolicySection, *, today: dt.date | None = None
) -> str:
    """The Markdown one section's template writes (for debugging wording and for tests)."""
    folder = language_folder(project.policy.language)
    context = build_context(project, today or dt.date.today(), folder, project.policy.language)
    env = environment_for(folder, spelling_of(project), project.policy.voice)
    template = env.get_template(f"sections/{key.value}.md.j2")
    return template.render(context.as_dict())


def compose(project: Project, *, today: dt.date | None = None) -> Document:
    """The policy for ``project``; ``today`` stands in for a missing date (tests fix it)."""
    today = today or dt.date.today()
    language = project.policy.language.strip() or DEFAULT_LANGUAGE
    folder = language_folder(language)
    env = environment_for(folder, spelling_of(project), project.policy.voice)
    context = build_context(project, today, folder, language)
    values = context.as_dict()
    laws = applicable_laws(project)
    terms = context.terms

    recorder = Recorder(answer_paths(context.p))

    def blocks_of(template: str) -> list[Block | Heading]:
        markdown = render_traced(env.get_template(template), values, recorder)
        return parse_markdown(markdown, BlockSources(markdown, recorder.events))

    anchors = Anchors([builtin_anchor(spec.key.value) for spec in SECTIONS])
    placed = _custom_by_anchor(project.custom_sections)
    custom_paths = {id(c): f"custom_sections[{i}]" for i, c in enumerate(project.custom_sections)}
    untitled = str(terms["document"]["untitled_section"])
    sections: list[Section] = []
    for spec in SECTIONS:
        for custom in placed.get((spec.key, Placement.BEFORE), []):
            if (
                built := custom_section(custom, anchors, untitled, custom_paths[id(custom)])
            ) is not None:
                sections.append(built)
        if spec.applies(project, laws):
            items = blocks_of(spec.template)
            section = build_section(items, spec.key.value, builtin_anchor(spec.key.value), anchors)
            if section is not None:
                sections.append(section)
        for custom in placed.get((spec.key, Placement.AFTER), []):
            if (
                built := custom_section(custom, anchors, untitled, custom_paths[id(custom)])
            ) is not None:
                sections.append(built)

    preamble: list[Block] = [
        item for item in blocks_of("preamble.md.j2") if not isinstance(item, Heading)
    ]
    policy = project.policy
    org = project.organisation
    return Document(
        title=clean_text(policy.title) or str(terms["document"]["default_title"]),
        language=language,
        meta=Meta(
            publisher=(org.legal_name or org.display_name).strip(),
            effective_date=policy.effective_date,
            last_updated=policy.last_updated or policy.effective_date,
            version_label=policy.version_label.strip(),
            website=org.website.strip(),
        ),
        preamble=tuple(preamble),
        sections=tuple(sections),
        toc_title=str(terms["document"]["contents"]),
    )


def _custom_by_anchor(
    customs: list[CustomSection],
) -> dict[tuple[PolicySection, Placement], list[CustomSection]]:
    placed: dict[tuple[PolicySection, Placement], list[CustomSection]] = {}
    for custom in customs:
        placed.setdefault((custom.anchor, custom.placement), []).append(custom)
    return placed
