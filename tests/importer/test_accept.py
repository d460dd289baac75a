"""Proposals become answers only when accepted, each recording the answers it filled; a
rejected or unreviewed proposal answers nothing, so ``check`` still reports it missing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from editor.catalog import Catalog
from editor.checks import run_checks
from editor.importer import accept, accept_all, covered, import_policy, keep_section, reject
from editor.model import ImportReview, Project, Proposal, ProposalKind, ProposalStatus
from editor.model.base import TimeUnit
from editor.model.data import LawfulBasis
from editor.model.jurisdiction import Region
from editor.storage import load_project, save_project
from editor.versions.snapshots import answers

CAFE = Path(__file__).parent / "data" / "blue-door-cafe.md"


def _cafe(catalog: Catalog) -> Project:
    return import_policy(CAFE, catalog, today=dt.date(2026, 1, 5))


def _of(project: Project, kind: ProposalKind) -> list[Proposal]:
    return [p for p in project.imported.proposals if p.kind is kind]


def _rules(project: Project) -> set[str]:
    return {f.rule_id for f in run_checks(project)}


def test_an_import_answers_nothing_until_a_proposal_is_accepted(catalog: Catalog) -> None:
    project = _cafe(catalog)
    blank = Project()
    assert answers(project) == answers(
        blank.model_copy(update={"custom_sections": project.custom_sections})
    )
    assert "general.organisation-name" in _rules(project)
    assert "general.contact" in _rules(project)

    name = _of(project, ProposalKind.ORGANISATION_NAME)[0]
    accepted = accept(project, [name.id], catalog)
    assert accepted.organisation.legal_name == "Blue Door Café Ltd"
    assert accepted.imported.proposal(name.id).status is ProposalStatus.ACCEPTED  # type: ignore[union-attr]
    assert accepted.imported.proposal(name.id).answers == ["organisation.legal_name"]  # type: ignore[union-attr]
    assert "general.organisation-name" not in _rules(accepted)
    assert "general.contact" in _rules(accepted)  # the email is still only proposed
    assert project.organisation.legal_name == ""  # accept works on a copy


def test_accepting_everything_fills_each_answer_once(catalog: Catalog) -> None:
    project = accept_all(_cafe(catalog), catalog)
    assert all(p.status is ProposalStatus.ACCEPTED for p in project.imported.proposals)
    assert all(p.answers for p in project.imported.proposals)
    assert project.organisation.legal_name == "Blue Door Café Ltd"
    assert project.organisation.website == "https://www.bluedoorcafe.co.uk"
    assert [p.url for p in project.scope.properties] == ["https://www.bluedoorcafe.co.uk"]
    assert project.contact.email == "hello@bluedoorcafe.co.uk"
    assert project.contact.phone == "+44 1947 600 123"
    address = project.organisation.address
    assert (address.street, address.locality, address.postal_code, address.country) == (
        "12 Harbour Street",
        "Whitby",
        "YO21 3PU",
        "GB",
    )
    assert project.policy.last_updated == dt.date(2025, 3, 3)
    assert project.policy.effective_date == dt.date(2025, 3, 10)
    assert {r.service_id for r in project.recipients} == {
        "stripe",
        "mailchimp",
        "google-analytics-4",
    }
    assert [c.name for c in project.cookies.cookies].count("_ga") == 1
    assert project.cookies.uses_cookies is True
    kept = {c.name: c.retention.period for c in project.data_categories}
    assert {name: (p.amount, p.unit) for name, p in kept.items() if p} == {
        "Booking records": (2, TimeUnit.YEARS),
        "Newsletter subscribers": (30, TimeUnit.DAYS),
    }
    assert set(project.jurisdictions.regions) == {Region.UK, Region.EU_EEA}
    assert [p.lawful_basis for p in project.purposes] == [LawfulBasis.LEGITIMATE_INTERESTS]
    assert project.disclosures.sells_personal_information is False
    service = _of(project, ProposalKind.SERVICE)[0]
    assert service.answers[0].startswith("recipients#")
    assert project.recipient(service.answers[0].split("#")[1]) is not None

    again = accept_all(project, catalog)
    assert again == project  # nothing open: accepting again changes nothing


def test_a_rejected_proposal_answers_nothing_and_cannot_be_accepted_later(
    catalog: Catalog,
) -> None:
    project = _cafe(catalog)
    email = _of(project, ProposalKind.EMAIL)[0]
    rejected = reject(project, [email.id])
    assert rejected.imported.proposal(email.id).status is ProposalStatus.REJECTED  # type: ignore[union-attr]
    after = accept_all(rejected, catalog)
    assert after.contact.email == ""
    assert after.imported.proposal(email.id).answers == []  # type: ignore[union-attr]
    assert after.contact.phone  # the others were accepted


def test_a_proposal_without_its_sentence_is_never_made_an_answer(catalog: Catalog) -> None:
    project = _cafe(catalog)
    name = _of(project, ProposalKind.ORGANISATION_NAME)[0]
    name.sentence = ""
    bad_date = _of(project, ProposalKind.LAST_UPDATED)[0]
    bad_date.value = "not a date"
    result = accept(project, [name.id, bad_date.id], catalog)
    assert result.organisation.legal_name == "" and result.policy.last_updated is None
    assert {p.status for p in _of(result, ProposalKind.ORGANISATION_NAME)} == {ProposalStatus.OPEN}
    assert _of(result, ProposalKind.LAST_UPDATED)[0].status is ProposalStatus.OPEN


def test_an_imported_section_is_kept_as_own_text_or_removed_once_covered(
    catalog: Catalog,
) -> None:
    project = _cafe(catalog)
    first, second = project.custom_sections[:2]
    kept = keep_section(project, first.id)
    assert kept.custom_sections[0].review is None
    assert kept.custom_sections[1].review is ImportReview.TO_REVIEW
    gone = covered(kept, second.id)
    assert second.id not in {s.id for s in gone.custom_sections}
    assert len(gone.custom_sections) == len(project.custom_sections) - 1


def test_the_import_is_saved_with_the_project_and_left_out_of_versions(
    catalog: Catalog, tmp_path: Path
) -> None:
    project = accept(_cafe(catalog), [], catalog)
    path = tmp_path / "cafe.policy"
    save_project(project, path)
    loaded = load_project(path)
    assert loaded.imported == project.imported
    assert loaded.imported.source_name == "blue-door-cafe.md"
    assert loaded.imported.source_format == "md"
    assert loaded.imported.imported_on == dt.date(2026, 1, 5)
    assert "imported" not in answers(loaded)
    assert all("review" not in s for s in answers(loaded)["custom_sections"])
