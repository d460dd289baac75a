"""Each real upgrade step keeps what an older file meant, in the draft and in published versions."""

from __future__ import annotations

import json
from pathlib import Path

from editor.storage import parse_project
from editor.storage.delta import diff
from editor.versions import snapshot


def _v1(apps: dict[str, object], **more: object) -> bytes:
    return json.dumps({"format_version": 1, "apps": apps, **more}).encode()


def test_format_one_permission_without_optional_meant_optional() -> None:
    raw = _v1(
        {
            "permissions": [
                {"id": "cam", "permission": "Camera"},
                {"id": "loc", "permission": "Location", "optional": False},
            ]
        }
    )
    project = parse_project(raw, Path("old.policy"))
    assert [p.optional for p in project.apps.permissions] == [True, False]


def test_format_two_other_occasion_becomes_the_first_of_a_list() -> None:
    raw = json.dumps({"format_version": 2, "disclosures": {"other": "With social services"}})
    occasions = parse_project(raw.encode(), Path("old.policy")).disclosures.other_occasions
    assert [o.description for o in occasions] == ["With social services"]
    empty = json.dumps({"format_version": 2, "disclosures": {"other": "  "}})
    assert parse_project(empty.encode(), Path("old.policy")).disclosures.other_occasions == []


def test_a_new_permission_is_unanswered_not_optional() -> None:
    raw = json.dumps({"format_version": 2, "apps": {"permissions": [{"permission": "Camera"}]}})
    assert parse_project(raw.encode(), Path("new.policy")).apps.permissions[0].optional is None


def test_published_versions_keep_their_optional_permission() -> None:
    # A version published in format 1 listed the camera, optional by default; the draft since
    # made it required. After the upgrade the old version still says optional.
    old_answers = {"apps": {"permissions": [{"id": "cam", "permission": "Camera"}]}}
    published = [{"label": "v1", "delta": diff({}, old_answers)}]
    raw = _v1(
        {"permissions": [{"id": "cam", "permission": "Camera", "optional": False}]},
        published=published,
    )
    project = parse_project(raw, Path("old.policy"))
    assert project.apps.permissions[0].optional is False
    assert snapshot(project, "v1").apps.permissions[0].optional is True
