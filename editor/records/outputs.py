"""The outputs this package makes, by format name: how each file is named and built.

Each builder takes the project and returns the file's bytes with the questions it found
unanswered, so the command line and the editor report them the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from editor.document.nodes import Document
from editor.model import Project
from editor.records.unanswered import Unanswered

Built = tuple[bytes, tuple[Unanswered, ...]]


@dataclass(frozen=True, slots=True)
class Output:
    """One output: its file name after the project's (``{name}``), what it is, how it is made."""

    file_name: str
    description: str
    build: Callable[[Project], Built]

    def file_for(self, name: str) -> str:
        return self.file_name.format(name=name)


def _ropa_xlsx(project: Project) -> Built:
    from editor.records.ropa import processing_record
    from editor.records.ropa_xlsx import ropa_xlsx

    record = processing_record(project)
    return ropa_xlsx(record, as_of=project.policy.last_updated), record.unanswered


def _ropa_csv(project: Project) -> Built:
    from editor.records.ropa import processing_record
    from editor.records.ropa_csv import ropa_csv

    record = processing_record(project)
    return ropa_csv(record), record.unanswered


def _html(document: Document) -> bytes:
    from editor.export import EXPORTERS

    return EXPORTERS["html"](document, None)


def _apple_page(project: Project) -> Built:
    from editor.records.apple import apple_privacy
    from editor.records.apple_page import apple_privacy_page

    privacy = apple_privacy(project)
    return _html(apple_privacy_page(project, privacy)), privacy.unanswered


def _xcprivacy(project: Project) -> Built:
    from editor.records.apple import apple_privacy
    from editor.records.xcprivacy import xcprivacy

    privacy = apple_privacy(project)
    return xcprivacy(privacy), privacy.unanswered


def _play_page(project: Project) -> Built:
    from editor.records.play import play_data_safety
    from editor.records.play_page import play_data_safety_page

    safety = play_data_safety(project)
    return _html(play_data_safety_page(project, safety)), safety.unanswered


def _cookieconsent(project: Project) -> Built:
    from editor.records.cookieconsent import consent_config, cookieconsent_js

    config, unanswered = consent_config(project)
    return cookieconsent_js(config), unanswered


OUTPUTS: dict[str, Output] = {
    "apple-privacy": Output(
        "{name}-app-privacy.html",
        "Apple's App Privacy answers, question by question, for App Store Connect",
        _apple_page,
    ),
    "xcprivacy": Output(
        "PrivacyInfo.xcprivacy",
        "Apple's privacy manifest for the app's Xcode project",
        _xcprivacy,
    ),
    "play-data-safety": Output(
        "{name}-data-safety.html",
        "Google Play's Data safety answers, question by question, for Play Console",
        _play_page,
    ),
    "ropa-xlsx": Output(
        "{name}-record-of-processing.xlsx",
        "The record of processing activities (GDPR Art. 30) as a workbook",
        _ropa_xlsx,
    ),
    "ropa-csv": Output(
        "{name}-record-of-processing.csv",
        "The record of processing activities as CSV, one row per purpose",
        _ropa_csv,
    ),
    "cookieconsent": Output(
        "{name}-cookieconsent.js",
        "The cookie banner's configuration for CookieConsent v3",
        _cookieconsent,
    ),
}
