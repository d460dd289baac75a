"""An app permission: the feature that uses it, whether it is needed, whether its data leaves.

Each cell of the permissions table says only what was answered; versions tell each answer, and
check asks for the ones still open.
"""

from __future__ import annotations

from editor.checks import run_checks
from editor.model import AppPermission, Project
from editor.versions import compare
from tests.compose.policy_section import TODAY, apps_text


def _apps(*permissions: AppPermission) -> str:
    project = Project()
    project.apps.permissions = list(permissions)
    return apps_text(project)


def test_unanswered_says_nothing_about_need_or_the_device() -> None:
    text = _apps(AppPermission(permission="Camera", reason="to scan receipts"))
    assert "Camera" in text and "To scan receipts" in text
    assert "works without it" not in text and "Yes" not in text
    assert "stays on your device" not in text and "sent from your device" not in text


def test_each_answer_is_said() -> None:
    text = _apps(
        AppPermission(
            permission="Camera",
            feature="Receipt scanner",
            reason="to scan receipts",
            optional=True,
            leaves_device=False,
        ),
        AppPermission(permission="Location", optional=False, leaves_device=True),
    )
    assert "Receipt scanner: to scan receipts" in text
    assert "No, the app works without it" in text
    assert "No, it stays on your device" in text
    assert "Yes, it is sent from your device" in text


def _rules(project: Project) -> set[str]:
    return {f.rule_id for f in run_checks(project, today=TODAY) if f.path_text.startswith("apps")}


def test_check_asks_until_each_is_answered() -> None:
    project = Project()
    project.apps.permissions = [AppPermission(permission="Camera")]
    assert {"general.permission-optional", "general.permission-leaves-device"} <= _rules(project)
    project.apps.permissions[0].optional = False
    project.apps.permissions[0].leaves_device = False
    assert not {"general.permission-optional", "general.permission-leaves-device"} & _rules(project)


def test_versions_call_data_now_leaving_the_device_material() -> None:
    old = Project()
    old.apps.permissions = [AppPermission(id="cam", permission="Camera", leaves_device=False)]
    new = old.model_copy(deep=True)
    new.apps.permissions[0].leaves_device = True
    new.apps.permissions[0].feature = "Receipt scanner"
    changes = {c.text: c.material for c in compare(old, new).changes}
    assert any("sent from the device" in t and m for t, m in changes.items()), changes
    assert any("feature that uses it" in t for t in changes), changes
