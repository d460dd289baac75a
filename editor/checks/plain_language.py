"""Plain language: how easy the composed policy is to read, as a whole and section by section.

GDPR Art. 12(1) asks for "clear and plain language" (APP 1.3: "clearly expressed"). The score is
Flesch reading ease (``editor.checks.readability``) of the policy's own text, so this is the one
rule that reads the composed document rather than the answers: it tells the user which page's
answers make a section hard to read, and the editor shows each section's score beside its page.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from editor.checks.finding import Section, Severity
from editor.checks.readability import (
    HARD_SECTION_THRESHOLD,
    hard_section_message,
    overall_score,
    score_sections,
)
from editor.checks.registry import CheckContext, Hit, rule
from editor.document.nodes import Document
from editor.document.walk import section_text
from editor.model import PolicySection, Project

# Flesch's own bands, folded into four words a business owner understands: 60–70 is what he
# called "plain English", 50–60 "fairly difficult", below 50 "difficult".
GRADES: tuple[tuple[float, str], ...] = ((70.0, "easy"), (60.0, "plain"), (50.0, "fairly hard"))
HARD = "hard"
GRADE_PHRASES = {
    "easy": "easy to read",
    "plain": "plain English",
    "fairly hard": "fairly hard to read",
    HARD: "hard to read",
}

# The editor page whose answers write each built-in section. The summary and the California
# notice gather answers from several pages; they point to the page that feeds them most.
PAGE_FOR_SECTION: dict[PolicySection, Section] = {
    PolicySection.SUMMARY: Section.DATA,
    PolicySection.WHO_WE_ARE: Section.ORGANISATION,
    PolicySection.DATA_COLLECTED: Section.DATA,
    PolicySection.HOW_WE_USE: Section.LAWFUL_BASIS,  # purposes are edited with their basis
    PolicySection.LAWFUL_BASIS: Section.LAWFUL_BASIS,
    PolicySection.COOKIES: Section.COOKIES,
    PolicySection.SHARING: Section.RECIPIENTS,
    PolicySection.TRANSFERS: Section.TRANSFERS,
    PolicySection.RETENTION: Section.RETENTION,
    PolicySection.VISIBILITY: Section.DATA,
    PolicySection.APPS: Section.SCOPE,
    PolicySection.SECURITY: Section.SECURITY,
    PolicySection.RIGHTS: Section.RIGHTS,
    PolicySection.CALIFORNIA: Section.JURISDICTIONS,
    PolicySection.US_STATES: Section.JURISDICTIONS,
    PolicySection.CHILDREN: Section.CHILDREN,
    PolicySection.TRACKING: Section.COOKIES,
    PolicySection.AUTOMATED_DECISIONS: Section.RIGHTS,
    PolicySection.CHANGES: Section.CHANGES,
    PolicySection.CONTACT: Section.CONTACT,
}


def grade(score: float | None) -> str | None:
    """ "easy", "plain", "fairly hard" or "hard" (None when there is nothing to score)."""
    if score is None:
        return None
    return next((word for floor, word in GRADES if score >= floor), HARD)


def page_for(key: str) -> Section:
    """The editor page for a document section ``key`` (``"transfers"``, ``"custom:<id>"``)."""
    try:
        return PAGE_FOR_SECTION[PolicySection(key)]
    except ValueError:
        return Section.CUSTOM  # a custom section: the user wrote every word of it


@dataclass(frozen=True)
class SectionReadability:
    """The score of one top-level section of the policy."""

    key: str
    title: str
    score: float | None
    words: int
    sentences: int
    page: Section

    @property
    def grade(self) -> str | None:
        return grade(self.score)

    def to_json(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "title": self.title,
            "score": self.score,
            "grade": self.grade,
            "words": self.words,
            "sentences": self.sentences,
            "page": self.page.value,
        }


@dataclass(frozen=True)
class ReadabilityReport:
    """The policy's overall score and one score per top-level section, in reading order."""

    overall: float | None
    sections: tuple[SectionReadability, ...]

    @property
    def grade(self) -> str | None:
        return grade(self.overall)

    @property
    def by_key(self) -> dict[str, SectionReadability]:
        """Scores by section key, so the editor can show each page's score beside it."""
        return {s.key: s for s in self.sections}

    @property
    def hardest(self) -> SectionReadability | None:
        scored = [s for s in self.sections if s.score is not None]
        return min(scored, key=lambda s: s.score or 0.0) if scored else None

    def hard_sections(
        self, threshold: float = HARD_SECTION_THRESHOLD
    ) -> tuple[SectionReadability, ...]:
        return tuple(s for s in self.sections if s.score is not None and s.score < threshold)

    def to_json(self) -> dict[str, Any]:
        hardest = self.hardest
        return {
            "overall": self.overall,
            "grade": self.grade,
            "hardest": hardest.key if hardest else None,
            "sections": [s.to_json() for s in self.sections],
        }


def document_readability(doc: Document) -> ReadabilityReport:
    """Score a composed policy: the whole text and each top-level section with its subsections.

    Table cells are read one at a time (each as its own line, like a list item): a row of a
    table is not one long sentence, and scoring it as one would mark down the tables that
    regulators ask for (lawful bases, the CCPA categories). The preamble's dates are left out.
    """
    last = _LAST_SCORED
    if last and last[0][0] is doc:
        return last[0][1]
    pairs = [(s.title, section_text(s, cell_separator="\n")) for s in doc.sections]
    scores = score_sections(pairs)
    sections = tuple(
        SectionReadability(
            s.key, score.title, score.score, score.words, score.sentences, page_for(s.key)
        )
        for s, score in zip(doc.sections, scores, strict=True)
    )
    report = ReadabilityReport(overall_score(pairs), sections)
    _LAST_SCORED[:] = [(doc, report)]
    return report


# The last policy scored and its report. The editor's checks job asks twice for the same
# policy (the plain-language rule, then the scores it shows beside each page), and scoring a
# large policy takes half a second. Keyed by identity: a Document is immutable, so the same
# object always has the same report.
_LAST_SCORED: list[tuple[Document, ReadabilityReport]] = []


def readability_report(project: Project, *, today: dt.date | None = None) -> ReadabilityReport:
    """The readability of the policy composed from ``project``."""
    from editor.compose import compose  # composing is the costly part: only when asked

    return document_readability(compose(project, today=today))


@rule(
    "general.plain-language",
    citation="GDPR Art. 12(1) (clear and plain language); APP 1.3",
    severity=Severity.INFO,
    summary="Each section of the policy reads at Flesch reading ease 50 or more.",
)
def hard_to_read(ctx: CheckContext) -> Iterator[Hit]:
    report = (
        document_readability(ctx.document)
        if ctx.document is not None
        else readability_report(ctx.project, today=ctx.today)
    )
    for s in report.hard_sections():
        yield Hit((), hard_section_message(s.title, s.score or 0.0), section=s.page)
