"""The project an import starts: the old policy's sections to review, and the proposals.

Every section of the old policy becomes a custom section marked "imported — to review", in the
old order and before everything the answers will add, so the new project's policy says all
that the old one said from the first export. Nothing recognised is an answer yet: each is a
proposal kept in the project with its sentence, for the owner to accept or reject.
"""

from __future__ import annotations

import datetime as dt

from editor.catalog import Catalog
from editor.importer.blocks import OldPolicy
from editor.importer.layout import Reading, lay_out
from editor.importer.recognise import Found, recognise
from editor.model.custom import CustomSection, Placement, PolicySection
from editor.model.imported import ImportedPolicy, ImportReview, Proposal
from editor.model.project import Project


def imported_sections(reading: Reading) -> list[CustomSection]:
    return [
        CustomSection(
            title=section.title,
            body=section.body,
            placement=Placement.BEFORE,
            anchor=PolicySection.SUMMARY,
            review=ImportReview.TO_REVIEW,
        )
        for section in reading.sections
    ]


def _proposal(found: Found, reading: Reading, sections: list[CustomSection]) -> Proposal:
    sentence = found.sentence
    return Proposal(
        kind=found.kind,
        value=found.value,
        details=dict(found.details),
        sentence=sentence.text,
        start=sentence.start,
        section_id=sections[sentence.section].id,
        section_title=reading.section_title(sentence),
    )


def build_project(
    old: OldPolicy,
    catalog: Catalog,
    *,
    source_name: str,
    today: dt.date | None = None,
    reading: Reading | None = None,
) -> Project:
    """A new project holding ``old`` as sections to review, with its proposals."""
    reading = reading or lay_out(old)
    sections = imported_sections(reading)
    proposals = [_proposal(f, reading, sections) for f in recognise(reading, catalog)]
    return Project(
        custom_sections=sections,
        imported=ImportedPolicy(
            source_name=source_name,
            source_format=old.source_format,
            imported_on=today or dt.date.today(),
            text=reading.text,
            proposals=proposals,
        ),
    )
