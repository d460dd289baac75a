"""Features that go online: who runs the server, on from the start, switching off, which versions.

Not "sharing": each is said as what the software does, in sentences that appear only when their
answer is given; check asks for the rest, and versions tell each change.
"""

from __future__ import annotations

from editor.checks import run_checks
from editor.compose import compose
from editor.export import EXPORTERS
from editor.model import NetworkFeature, Project
from editor.versions import compare
from tests.compose.policy_section import TODAY, apps_text


def _project(feature: NetworkFeature) -> Project:
    project = Project()
    project.apps.network_features = [feature]
    return project


def _apps(feature: NetworkFeature) -> str:
    return apps_text(_project(feature))


UPDATES = NetworkFeature(
    id="upd",
    feature="Update check",
    data_sent="the app's version number",
    destination="our release page",
    provider="GitHub",
    provider_policy_url="https://docs.github.com/privacy",
    on_by_default=True,
    can_switch_off=True,
    how_to_switch_off="Settings › Updates",
    in_every_build=False,
    builds="the download from our website",
)


def test_unanswered_features_say_only_what_was_given() -> None:
    text = _apps(NetworkFeature(feature="Update check", data_sent="the app's version number"))
    assert "Update check: it sends the app's version number." in text
    for claim in ("on from the start", "off until", "switch it off", "switched off", "only in"):
        assert claim not in text


def test_each_answer_is_said() -> None:
    text = _apps(UPDATES)
    assert "to our release page, run by GitHub." in text
    assert "It is on from the start. You can switch it off: Settings › Updates." in text
    assert "It is only in the download from our website." in text
    off = UPDATES.model_copy(update={"on_by_default": False, "can_switch_off": False})
    text = _apps(off)
    assert "It is off until you switch it on. It cannot be switched off." in text


def test_the_provider_policy_address_survives_plain_text() -> None:
    doc = compose(_project(UPDATES), today=TODAY)
    text = EXPORTERS["txt"](doc, None).decode("utf-8")
    assert "GitHub's privacy policy: " in text and "docs.github.com/privacy" in text


def _findings(feature: NetworkFeature) -> dict[str, str]:
    return {
        f.rule_id: f.path_text
        for f in run_checks(_project(feature), today=TODAY)
        if f.path_text.startswith("apps")
    }


def test_check_asks_for_what_is_open() -> None:
    bare = _findings(NetworkFeature(feature="Update check", provider="GitHub"))
    assert {
        "general.network-feature-default",
        "general.network-feature-switch-off",
        "general.network-feature-builds",
        "general.network-feature-provider-policy",
    } <= set(bare)
    assert not _findings(UPDATES)
    half = UPDATES.model_copy(update={"how_to_switch_off": "", "builds": ""})
    assert {
        "general.network-feature-switch-off-where",
        "general.network-feature-which-builds",
    } <= set(_findings(half))


def test_versions_call_a_feature_now_on_from_the_start_material() -> None:
    old = _project(UPDATES.model_copy(update={"on_by_default": False}))
    new = _project(UPDATES)
    (change,) = compare(old, new).changes
    assert "on from the start" in change.text and change.material
