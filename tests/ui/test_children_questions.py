"""The COPPA questions on "Children" (16 CFR 312.4(d)(3)-(4), 2025): asked only of a service for
children, and a finding about them leads to the question."""

from __future__ import annotations

from collections.abc import Callable

from editor.model import Project, Region
from tests.ui.findings_helpers import Window

Open = Callable[..., Window]
IDENTIFIERS = (
    "Without asking a parent, do you collect identifiers that recognise a child's device "
    "(cookie or device IDs), only to keep your service working?"
)
OPERATIONS = "What do you use them for?"
AUDIO = "Do you record a child's voice, for example a spoken search or command?"
AUDIO_USE = "How do you use the recordings?"


def test_asked_only_while_the_service_is_for_children(open_window: Open) -> None:
    w = open_window()
    w.window.navigator.select("children")
    assert not w.has_row(IDENTIFIERS) and not w.has_row(AUDIO)
    w.window.session.set_field(("children", "directed_to_children"), True)
    assert w.has_row(IDENTIFIERS) and w.has_row(AUDIO)
    assert not w.has_row(OPERATIONS) and not w.has_row(AUDIO_USE)
    w.window.session.set_field(
        ("children", "uses_persistent_identifiers_for_internal_operations"), True
    )
    w.window.session.set_field(("children", "collects_audio_files"), True)
    assert w.has_row(OPERATIONS) and w.has_row(AUDIO_USE)
    w.window.session.set_field(("children", "directed_to_children"), False)
    assert not w.has_row(IDENTIFIERS) and not w.has_row(AUDIO)
    w.window.session.set_field(("children", "collects_from_children"), True)
    assert w.has_row(IDENTIFIERS) and w.has_row(AUDIO)  # COPPA's other trigger


def test_the_coppa_finding_leads_to_the_question(open_window: Open) -> None:
    project = Project()
    project.jurisdictions.regions = [Region.OTHER_US_STATES]
    project.children.directed_to_children = True
    w = open_window(project)
    finding = w.finding("coppa.audio-files")
    w.activate(finding)
    assert w.window.current_page().spec.key == "children"
    focused = w.window.focusWidget()
    assert focused is not None and w.row(AUDIO).isAncestorOf(focused)
    w.window.session.set_field(("children", "collects_audio_files"), False)
    w.wait_rule("coppa.audio-files", present=False)
