"""Tools the business runs itself (self-hosted analytics, its own mail server).

Said as such: not in the recipient tables, not a transfer abroad, not a third party for the
checks; versions call a move from "we run it ourselves" to a processor material.
"""

from __future__ import annotations

from editor.checks import run_checks
from editor.model import Project, Recipient, RecipientRole
from editor.versions import compare
from tests.compose.policy_section import TODAY, section_of


def _project(role: RecipientRole) -> Project:
    project = Project(
        recipients=[
            Recipient(
                id="matomo", name="Matomo", purpose="to count visits", role=role, country="US"
            )
        ]
    )
    project.organisation.country = "DE"
    project.jurisdictions.regions = ["eu_eea"]  # type: ignore[list-item]
    project.disclosures.discloses_to_others = False
    return project


_section = section_of


def test_named_apart_and_not_as_a_recipient_or_a_transfer() -> None:
    project = _project(RecipientRole.SELF_HOSTED)
    sharing = _section(project, "sharing")
    assert "Tools we run ourselves" in sharing and "- Matomo: to count visits" in sharing
    assert "We do not share your personal data with other companies" in sharing
    assert "Service providers" not in sharing and "Who receives" not in sharing
    assert "Matomo" not in _section(project, "transfers")
    assert "Matomo" in _section(_project(RecipientRole.PROCESSOR), "transfers")


def test_checks_do_not_treat_it_as_someone_who_receives_data() -> None:
    def paths(role: RecipientRole) -> set[str]:
        project = _project(role)
        project.recipients[0].country = ""
        return {f.path_text for f in run_checks(project, today=TODAY)}

    assert "recipients[0].country" in paths(RecipientRole.PROCESSOR)
    assert not {p for p in paths(RecipientRole.SELF_HOSTED) if p.startswith("recipients")}


def test_versions_call_sending_it_out_material() -> None:
    (change,) = compare(_project(RecipientRole.SELF_HOSTED), _project("processor")).changes
    assert change.material
    (change,) = compare(_project(RecipientRole.PROCESSOR), _project("self_hosted")).changes
    assert not change.material and "we run it ourselves" in change.text
