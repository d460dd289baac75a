"""Plain language: the policy's readability, overall and per section, and advice on hard ones."""

from __future__ import annotations

import datetime as dt

import pytest

from editor.checks import Section, Severity, run_checks
from editor.checks.plain_language import (
    PAGE_FOR_SECTION,
    document_readability,
    grade,
    page_for,
    readability_report,
)
from editor.compose import compose
from editor.document.nodes import Document, Paragraph, Table, Text
from editor.document.nodes import Section as DocSection
from editor.model import CustomSection, PolicySection, Project
from editor.samples import sample_names, start_project

TODAY = dt.date(2026, 10, 1)
LEGALESE = (
    "Notwithstanding the foregoing, the controller may process personal information for "
    "additional purposes compatible with the original purposes, provided that appropriate "
    "safeguards, including encryption or pseudonymisation, are implemented in accordance with "
    "applicable legislation."
)

# Our own wording must read as plain English on every sample (issue 6 asks for 55 or more;
# the four reference policies score 38-49 with this scorer). A section may fall below 55 only
# where the sample's own answers weigh it down, never our wording; each exception says why.
TARGET = 55.0
FLOOR = 50.0
ANSWERS_WEIGH_DOWN = {
    # Square's and Squarespace's own transfer details name entities and legal instruments.
    ("cafe", "transfers"),
    # A Dutch company number and address, the UK representative's address, and one 34-word
    # sentence of the user's own about what the policy does not cover.
    ("saas", "who_we_are"),
}


@pytest.mark.parametrize("name", sample_names())
def test_every_sample_reads_as_plain_english(name: str) -> None:
    report = readability_report(start_project(name), today=TODAY)
    assert report.overall is not None and report.overall >= TARGET, report.overall
    for s in report.sections:
        assert s.score is not None, s.key
        floor = FLOOR if (name, s.key) in ANSWERS_WEIGH_DOWN else TARGET
        assert s.score >= floor, f"{name}: {s.title} scores {s.score}"


def test_exceptions_are_still_needed() -> None:
    # An exception that no longer applies would hide a later regression: remove it.
    for name, key in ANSWERS_WEIGH_DOWN:
        score = readability_report(start_project(name), today=TODAY).by_key[key].score
        assert score is not None and score < TARGET, (name, key, score)


def test_report_follows_the_document_section_by_section() -> None:
    project = start_project("mobile-app")
    doc = compose(project, today=TODAY)
    report = document_readability(doc)
    assert [s.key for s in report.sections] == [s.key for s in doc.sections]
    assert [s.title for s in report.sections] == [s.title for s in doc.sections]
    custom = next(s for s in report.sections if s.key.startswith("custom:"))
    assert custom.page is Section.CUSTOM
    assert report.by_key["transfers"].page is Section.TRANSFERS
    assert report.by_key["how_we_use"].page is Section.LAWFUL_BASIS
    assert report.hardest is not None
    assert report.hardest.score == min(s.score or 0 for s in report.sections)
    assert report.grade == grade(report.overall)


def test_every_built_in_section_has_a_page() -> None:
    assert set(PAGE_FOR_SECTION) == set(PolicySection)
    assert page_for("custom:abc") is Section.CUSTOM


GRADE_CASES = [
    (None, None), (95.0, "easy"), (70.0, "easy"), (69.9, "plain"), (60.0, "plain"),
    (59.9, "fairly hard"), (50.0, "fairly hard"), (49.9, "hard"), (-20.0, "hard"),
]  # fmt: skip


@pytest.mark.parametrize(("score", "word"), GRADE_CASES)
def test_grades_in_words(score: float | None, word: str | None) -> None:
    assert grade(score) == word


def test_table_cells_are_read_one_at_a_time() -> None:
    row = ("Stripe", "Takes card payments and checks them for fraud", "United States")
    table = Table(
        header=tuple((Text(h),) for h in ("Who", "What they do", "Where")),
        rows=(tuple((Text(c),) for c in row),) * 3,
    )
    doc = Document(
        "Policy", "en", sections=(DocSection("Sharing", "sharing", 1, "sharing", (table,)),)
    )
    (section,) = document_readability(doc).sections
    # The title, the header cells and nine row cells: thirteen lines, not five long sentences.
    assert section.sentences == 13
    assert section.words == 1 + 5 + 3 * 11


def test_the_rule_advises_on_the_hard_section_and_names_its_page() -> None:
    project = start_project("cafe")
    project.custom_sections.append(
        CustomSection(title="Legal terms", body=LEGALESE, anchor=PolicySection.CONTACT)
    )
    findings = [
        f for f in run_checks(project, today=TODAY) if f.rule_id == "general.plain-language"
    ]
    assert len(findings) == 1
    (finding,) = findings
    assert finding.severity is Severity.INFO
    assert finding.section is Section.CUSTOM
    assert "“Legal terms” is hard to read" in finding.message
    assert finding.path == ()


def test_the_rule_reads_a_document_it_is_given() -> None:
    # The editor has the composed preview already; the rule must not compose again.
    hard = DocSection("Small print", "small-print", 1, "cookies", (Paragraph((Text(LEGALESE),)),))
    doc = Document("Policy", "en", sections=(hard,))
    findings = run_checks(Project(), today=TODAY, document=doc)
    (finding,) = [f for f in findings if f.rule_id == "general.plain-language"]
    assert finding.section is Section.COOKIES


def test_an_empty_project_has_no_score_and_no_advice() -> None:
    doc = Document("Policy", "en")
    report = document_readability(doc)
    assert report.overall is None and report.hardest is None and report.grade is None
    assert report.to_json() == {"overall": None, "grade": None, "hardest": None, "sections": []}
