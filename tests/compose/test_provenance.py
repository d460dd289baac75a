"""Provenance: every block of the policy knows where its words come from.

A block is written from answers (their field paths), is wording a law that applies requires
(with its citation), or is fixed explanation; a block with none of these would be a claim with
nothing behind it. Walked over every sample, the blank project and generated sparse projects.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from hypothesis import HealthCheck, given, settings

from editor.compose import compose
from editor.document import (
    BulletList,
    Document,
    ListItem,
    NumberedList,
    Paragraph,
    Section,
    Source,
    Table,
    Text,
    find_section,
    inline_text,
)
from editor.document.nodes import Block
from editor.model import Project, applicable_laws
from editor.model.fieldpath import get_value, parse_path
from editor.paths import resources_dir
from editor.storage import load_project
from tests.strategies import projects

TODAY = dt.date(2026, 9, 1)
SAMPLES = sorted((resources_dir() / "samples").glob("*.policy"))


def _blocks(items: tuple[Block | Section, ...], key: str) -> Iterator[tuple[str, Block | ListItem]]:
    for item in items:
        if isinstance(item, Section):
            yield from _blocks(item.children, item.key)
            continue
        yield key, item
        if isinstance(item, BulletList | NumberedList):
            for entry in item.items:
                yield key, entry
                yield from _blocks(entry.children, key)


def every_block(doc: Document) -> Iterator[tuple[str, Block | ListItem]]:
    yield from _blocks(doc.preamble, "preamble")
    yield from _blocks(doc.sections, "")


def _words(block: Block | ListItem) -> str:
    if isinstance(block, Paragraph):
        return inline_text(block.children)
    if isinstance(block, Table):
        return "table: " + inline_text(block.caption)
    if isinstance(block, ListItem):
        return "item: " + " ".join(_words(b) for b in block.children)
    return "list: " + " / ".join(_words(i) for i in block.items)


def unsourced(project: Project) -> list[str]:
    """What a reader would be told with nothing behind it, and sources that do not hold."""
    problems = []
    laws = {law.value for law in applicable_laws(project)}
    for key, block in every_block(compose(project, today=TODAY)):
        source: Source = block.source
        where = f"{key}: {_words(block)[:90]!r}"
        if not source:
            problems.append(f"no source for {where}")
        for path in source.answers:
            try:
                get_value(project, parse_path(path))
            except (LookupError, ValueError):
                problems.append(f"{path} is not an answer of the project, in {where}")
        problems += [
            f"{wording.law} does not apply, yet {where} is its wording"
            for wording in source.laws
            if wording.law not in laws
        ]
    return problems


def test_every_block_of_every_sample_has_a_source_that_holds() -> None:
    assert SAMPLES
    for sample in SAMPLES:
        assert unsourced(load_project(sample)) == [], sample.name


def test_the_blank_project_says_nothing_without_a_source() -> None:
    assert unsourced(Project()) == []


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(projects(list_size=2))
def test_sparse_projects_have_a_source_for_every_block(project: Project) -> None:
    assert unsourced(project) == []


def _project(**parts: object) -> Project:
    return Project.model_validate(parts)


def test_a_recipient_row_comes_from_that_recipients_answers() -> None:
    project = _project(
        organisation={"kind": "company", "legal_name": "Ferngrove Ltd", "country": "IE"},
        jurisdictions={"regions": ["eu_eea"]},
        recipients=[
            {"name": "Stripe", "role": "processor", "country": "US"},
            {"name": "Parcelry", "role": "processor"},
        ],
    )
    section = find_section(compose(project, today=TODAY), "sharing")
    assert section is not None
    tables = [b for _, b in _blocks(section.children, "sharing") if isinstance(b, Table)]
    assert len(tables) == 1
    answers = tables[0].source.answers
    assert "recipients[0].name" in answers and "recipients[1].name" in answers


def test_a_promise_comes_from_the_answer_that_made_it() -> None:
    project = _project(
        organisation={"kind": "company", "legal_name": "Ferngrove Ltd"},
        disclosures={"business_transfer": True, "buyer_keeps_policy": True},
    )
    doc = compose(project, today=TODAY)
    (item,) = [
        b for _, b in every_block(doc) if isinstance(b, ListItem) and "new owner" in _words(b)
    ]
    assert "disclosures.buyer_keeps_policy" in item.source.answers


def test_the_rights_list_is_the_wording_of_the_laws_that_give_them() -> None:
    project = _project(organisation={"country": "IE"}, jurisdictions={"regions": ["eu_eea"]})
    doc = compose(project, today=TODAY)
    rights = [
        b for _, b in every_block(doc) if isinstance(b, BulletList) and "See your data" in _words(b)
    ]
    assert rights
    assert {w.law for w in rights[0].source.laws} == {"gdpr"}
    assert all(w.citation for w in rights[0].source.laws)


def test_what_a_cookie_is_is_explanation() -> None:
    doc = compose(_project(cookies={"uses_cookies": True}), today=TODAY)
    (block,) = [b for _, b in every_block(doc) if "small files" in _words(b)]
    assert block.source.explains == ("what_cookies_are",)


def test_a_custom_section_comes_from_its_own_text() -> None:
    project = _project(custom_sections=[{"id": "x", "title": "Events", "body": "We film talks."}])
    section = find_section(compose(project, today=TODAY), "custom:x")
    assert section is not None
    assert section.children[0].source.answers == ("custom_sections[0].body",)  # type: ignore[union-attr]


def test_provenance_does_not_make_the_same_words_different() -> None:
    plain = Paragraph((Text("We sell yarn."),))
    assert plain == Paragraph((Text("We sell yarn."),), Source(answers=("policy.title",)))
