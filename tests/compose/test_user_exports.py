"""What people may export or send themselves (a debug log, a support bundle).

Named with what is in it, and "it stays on your device unless you send it" only when the owner
said so; check asks for both, versions tell each change.
"""

from __future__ import annotations

from editor.checks import run_checks
from editor.model import Project, UserExport
from editor.versions import compare
from tests.compose.policy_section import TODAY, apps_text

LOG = UserExport(
    id="log",
    name="Debug log",
    contents="the app's settings and its recent error messages",
    stays_on_device=True,
    sent_to="our support address",
)


def _project(export: UserExport) -> Project:
    project = Project()
    project.apps.user_exports = [export]
    return project


def _apps(export: UserExport) -> str:
    return apps_text(_project(export))


def test_said_with_what_is_in_it_and_that_it_stays_on_the_device() -> None:
    text = _apps(LOG)
    assert "Debug log: it contains the app's settings and its recent error messages." in text
    assert "It stays on your device unless you send it to our support address." in text


def test_nothing_is_promised_until_answered() -> None:
    text = _apps(UserExport(name="Debug log"))
    assert "Debug log." in text and "stays on your device" not in text
    messages = {f.rule_id for f in run_checks(_project(UserExport(name="Debug log")), today=TODAY)}
    assert {"general.user-export-contents", "general.user-export-stays-on-device"} <= messages


def test_versions_tell_what_changed_in_it() -> None:
    old = _project(LOG)
    new = _project(LOG.model_copy(update={"contents": "the app's settings"}))
    (change,) = compare(old, new).changes
    assert "what is in it" in change.text
