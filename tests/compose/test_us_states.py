"""The US state section: only when a state law applies, with Texas's notices and the LLM line
only when they are true, and the same request sentence as the California notice."""

from __future__ import annotations

import datetime as dt

from editor.compose import compose
from editor.document import find_section, plain_text, section_text
from editor.document.validate import problems
from editor.model import Project
from editor.samples import sample_paths
from editor.storage import load_project

TODAY = dt.date(2026, 9, 1)
SENSITIVE_NOTICE = "NOTICE: We may sell your sensitive personal data."
BIOMETRIC_NOTICE = "NOTICE: We may sell your biometric personal data."


def _saas(**disclosures: object) -> Project:
    project = load_project(sample_paths()["saas"])
    for name, value in disclosures.items():
        setattr(project.disclosures, name, value)
    return project


def _section(project: Project) -> str:
    section = find_section(compose(project, today=TODAY), "us_states")
    return section_text(section) if section else ""


def _serving_texas(project: Project) -> Project:
    project.jurisdictions.regions = [*project.jurisdictions.regions, "texas"]  # type: ignore[list-item]
    project.jurisdictions.tx_sba_small_business = False
    return project


def test_no_section_unless_a_state_law_applies() -> None:
    project = _saas()
    assert _section(project) == ""
    project.jurisdictions.regions = [*project.jurisdictions.regions, "virginia"]  # type: ignore[list-item]
    assert _section(project) == ""  # serving Virginia, but the threshold is unanswered
    project.jurisdictions.va_consumers = "100k_or_more"  # type: ignore[assignment]
    text = _section(project)
    assert "This section applies if you live in Virginia." in text
    assert "Take a copy" in text and "appeal" in text
    assert "NOTICE" not in text and "language models" not in text
    assert "Oregon" not in text


def test_the_section_is_a_valid_document_with_the_shared_request_sentence() -> None:
    project = _serving_texas(_saas())
    doc = compose(project, today=TODAY)
    assert problems(doc) == []
    us = section_text(find_section(doc, "us_states"))  # type: ignore[arg-type]
    california = section_text(find_section(doc, "california"))  # type: ignore[arg-type]
    sentence = (
        "To make a request, email privacy@tallyhive.com or use tallyhive.com/privacy-request."
    )
    assert sentence in us and sentence in california
    assert "If we decline your request, you can ask us to reconsider" in us
    text = plain_text(doc)
    for broken in ("None", " .", "..", " ,", "()", "[]", "{", "}"):
        assert broken not in us, broken
    assert text.count("Your rights in US states") == 1


def test_texas_notices_appear_only_when_that_data_is_sold() -> None:
    assert SENSITIVE_NOTICE not in _section(_serving_texas(_saas(sells_sensitive_data=True)))
    selling = _saas(sells_personal_information=True, sells_sensitive_data=True)
    text = _section(_serving_texas(selling))
    assert SENSITIVE_NOTICE in text and BIOMETRIC_NOTICE not in text
    both = _saas(
        sells_personal_information=True, sells_sensitive_data=True, sells_biometric_data=True
    )
    assert BIOMETRIC_NOTICE in _section(_serving_texas(both))
    # A small business outside the TDPSA prints no Texas notice (no other state law here).
    small = _serving_texas(_saas(sells_personal_information=True, sells_sensitive_data=True))
    small.jurisdictions.tx_sba_small_business = True
    assert _section(small) == ""


def test_language_model_training_is_stated_when_true_and_denied_for_connecticut() -> None:
    assert "We use personal data to train large language models" in _section(
        _serving_texas(_saas(trains_language_models=True))
    )
    assert "language models" not in _section(_serving_texas(_saas(trains_language_models=False)))
    connecticut = _saas(trains_language_models=False)
    connecticut.jurisdictions.regions = [*connecticut.jurisdictions.regions, "connecticut"]  # type: ignore[list-item]
    connecticut.jurisdictions.ct_consumers = "35k_or_more"  # type: ignore[assignment]
    assert "We do not collect, use or sell personal data to train large language models." in (
        _section(connecticut)
    )


def test_third_parties_with_what_they_receive() -> None:
    project = _serving_texas(_saas())
    assert "We do not share personal data with third parties" in _section(project)
    recipient = project.recipients[0]
    recipient.role = "controller"  # type: ignore[assignment]
    text = _section(project)
    assert f": {recipient.name}, who receive" in text


def test_a_state_law_not_yet_in_force_on_the_policy_date_is_shown_from_its_date() -> None:
    project = _saas()
    project.jurisdictions.regions = [*project.jurisdictions.regions, "indiana", "utah"]  # type: ignore[list-item]
    project.jurisdictions.in_consumers = "100k_or_more"  # type: ignore[assignment]
    project.jurisdictions.ut_consumers = "100k_or_more"  # type: ignore[assignment]
    project.jurisdictions.us_revenue_over_25m = True
    project.policy.effective_date = dt.date(2025, 11, 1)
    text = _section(project)
    assert "you live in Indiana (from 1 January 2026) or Utah." in text.replace(
        "January 1, 2026", "1 January 2026"
    )
    project.policy.effective_date = dt.date(2026, 1, 1)
    assert "you live in Indiana or Utah." in _section(project)
