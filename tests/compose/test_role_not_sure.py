"""A recipient's role "not sure yet": named without a claim, asked about by check, told by versions.

Neither the wording nor the checks may turn it into "processor": the policy lists the recipient
with those whose role is unanswered, and check keeps asking, now saying where to find out.
"""

from __future__ import annotations

from editor.checks import run_checks
from editor.model import Jurisdictions, Project, Recipient, RecipientRole, Region
from editor.versions import compare
from tests.compose.policy_section import TODAY, section_of


def _project(role: RecipientRole | None) -> Project:
    project = Project(
        recipients=[
            Recipient(name="Mailjet", purpose="to send our newsletter", role=role),
            Recipient(name="Hetzner", purpose="to host our website", role="processor"),
        ]
    )
    project.contact.email = "hello@example.org"
    return project


def _sharing(project: Project) -> str:
    return section_of(project, "sharing")


def test_not_sure_is_named_apart_from_the_service_providers() -> None:
    text = _sharing(_project(RecipientRole.NOT_SURE))
    providers, _, others = text.partition("Others who receive data")
    assert "Hetzner" in providers and "Mailjet" not in providers
    assert "Mailjet" in others
    # Said exactly as an unanswered role is: no claim either way.
    assert text == _sharing(_project(None))


def _role_messages(project: Project, rule: str) -> list[str]:
    return [f.message for f in run_checks(project, today=TODAY) if f.rule_id == rule]


def test_check_keeps_asking_and_says_where_to_find_out() -> None:
    unsure = _role_messages(_project(RecipientRole.NOT_SURE), "general.recipient-role")
    assert len(unsure) == 1
    assert "Find out whether “Mailjet” works for you" in unsure[0]
    assert "data processing agreement" in unsure[0]
    unanswered = _role_messages(_project(None), "general.recipient-role")
    assert unanswered and unanswered[0].startswith("Say whether “Mailjet”")
    assert not _role_messages(_project(RecipientRole.CONTROLLER), "general.recipient-role")


def test_lgpd_asks_of_a_not_sure_agent_too() -> None:
    project = _project(RecipientRole.NOT_SURE)
    project.jurisdictions = Jurisdictions(regions=[Region.BRAZIL])
    messages = _role_messages(project, "lgpd.agent-roles")
    assert messages and "(operator)" in messages[0]


def test_versions_tell_the_change_and_judge_only_a_controller_material() -> None:
    processor = _project(RecipientRole.PROCESSOR)
    unsure = _project(RecipientRole.NOT_SURE)
    unsure.recipients[0].id = processor.recipients[0].id
    unsure.recipients[1].id = processor.recipients[1].id
    (change,) = compare(processor, unsure).changes
    assert "not sure yet" in change.text.lower() and not change.material
    controller = unsure.model_copy(deep=True)
    controller.recipients[0].role = RecipientRole.CONTROLLER
    (change,) = compare(unsure, controller).changes
    assert change.material
