"""Transfer safeguards: another one, described; the invalid Privacy Shield and Safe Harbor.

An invalid mechanism is never said to protect anything (check reports it with what to use
instead); another safeguard is said in the owner's description; consent for a service used
every day is a warning.
"""

from __future__ import annotations

from editor.checks import run_checks
from editor.model import Project, Recipient, TransferSafeguard
from tests.compose.policy_section import TODAY, section_of


def _project(safeguard: TransferSafeguard, details: str = "") -> Project:
    project = Project(
        recipients=[
            Recipient(
                name="Mailgun",
                purpose="to send our emails",
                role="processor",
                country="US",
                transfer_safeguard=safeguard,
                safeguard_details=details,
            )
        ]
    )
    project.organisation.country = "FR"
    project.jurisdictions.regions = ["eu_eea"]  # type: ignore[list-item]
    return project


def _messages(project: Project, rule: str) -> list[str]:
    return [f.message for f in run_checks(project, today=TODAY) if f.rule_id == rule]


def test_an_invalid_mechanism_is_not_said_and_check_names_the_replacement() -> None:
    for invalid in (TransferSafeguard.PRIVACY_SHIELD, TransferSafeguard.SAFE_HARBOR):
        text = section_of(_project(invalid), "transfers")
        assert "Mailgun" in text
        assert "Privacy Shield" not in text and "Safe Harbor" not in text
        assert "How it is protected" not in text
        (message,) = _messages(_project(invalid), "gdpr.obsolete-safeguard")
        assert "struck down" in message and "Data Privacy Framework" in message
        assert not _messages(_project(invalid), "gdpr.transfer-mechanism")


def test_another_safeguard_is_said_in_the_owners_words() -> None:
    project = _project(TransferSafeguard.OTHER, "an intra-group agreement with our US branch")
    assert "An intra-group agreement with our US branch." in section_of(project, "transfers")
    assert not _messages(project, "gdpr.other-safeguard-described")
    assert _messages(_project(TransferSafeguard.OTHER), "gdpr.other-safeguard-described")


def test_consent_for_a_service_in_daily_use_is_a_warning() -> None:
    (message,) = _messages(
        _project(TransferSafeguard.CONSENT), "gdpr.consent-for-regular-transfers"
    )
    assert "occasional" in message
