"""run_checks: which rules run, in which order, and the shape of what it returns."""

from __future__ import annotations

import re

import pytest

from editor.checks import (
    RULES,
    Confidence,
    Finding,
    Section,
    Severity,
    rules_for,
    run_checks,
    section_for,
)
from editor.model import Law, Project, applicable_laws
from editor.model.fieldpath import get_value
from tests.checks.complete_project import TODAY, changed, complete_project


def _laws_of(findings: list[Finding]) -> set[str]:
    return {regime for f in findings for regime in f.regimes}


def test_law_rules_run_only_when_the_law_applies() -> None:
    project = changed(
        complete_project(), {"rights.how_to_exercise": "", "rights.request_methods": []}
    )
    project.jurisdictions.regions = []
    project.jurisdictions.law_overrides = {Law.GDPR: True}
    assert applicable_laws(project) == {Law.GDPR}
    found = {f.rule_id for f in run_checks(project, today=TODAY)}
    assert "gdpr.rights-route" in found
    assert not {"ccpa.rights-route", "lgpd.rights-route", "pipeda.access"} & found


def test_general_rules_run_with_no_law() -> None:
    project = Project()
    findings = run_checks(project, [], today=TODAY)
    assert findings and _laws_of(findings) == {"general"}
    assert "general.contact" in {f.rule_id for f in findings}


def test_laws_argument_checks_exactly_those_laws() -> None:
    project = Project()
    assert _laws_of(run_checks(project, [Law.CCPA], today=TODAY)) == {"general", "ccpa"}
    assert _laws_of(run_checks(project, [Law.PIPEDA, Law.LGPD], today=TODAY)) == {
        "general",
        "pipeda",
        "lgpd",
    }


def test_shared_gdpr_rules_report_once_naming_the_laws_that_apply() -> None:
    project = changed(complete_project(), {"purposes[0].lawful_basis": None})
    both = [f for f in run_checks(project, [Law.GDPR, Law.UK_GDPR], today=TODAY)]
    assert [f.laws for f in both if f.rule_id == "gdpr.lawful-basis-per-purpose"] == [
        (Law.GDPR, Law.UK_GDPR)
    ]
    uk_only = run_checks(project, [Law.UK_GDPR], today=TODAY)
    assert [f.laws for f in uk_only if f.rule_id == "gdpr.lawful-basis-per-purpose"] == [
        (Law.UK_GDPR,)
    ]


def test_findings_are_sorted_by_severity_then_section() -> None:
    findings = run_checks(Project(), list(Law), today=TODAY)
    assert len({f.severity for f in findings}) == 3
    keys = [(f.severity.rank, f.section.rank) for f in findings]
    assert keys == sorted(keys)


def test_every_finding_points_to_a_real_field() -> None:
    project = Project.model_validate(
        {
            "data_categories": [{"name": "x", "sources": ["third_parties"]}],
            "purposes": [{"lawful_basis": "legitimate_interests"}],
            "recipients": [{"country": "US"}],
            "cookies": {"uses_cookies": True, "cookies": [{}]},
        }
    )
    for finding in run_checks(project, list(Law), today=TODAY):
        get_value(project, finding.path)  # raises LookupError for a path that does not exist


def test_rule_metadata_is_complete_and_consistent() -> None:
    for rule_id, rule in RULES.items():
        assert re.fullmatch(r"[a-z_]+\.[a-z0-9-]+", rule_id), rule_id
        if rule.laws:
            assert rule.regime in {law.value for law in rule.laws} | {"gdpr"}, rule_id
        else:
            assert rule.regime == "general", rule_id
        assert rule.citation.strip() and rule.summary.strip(), rule_id


def test_every_law_has_rules() -> None:
    for law in Law:
        assert rules_for(law), law
    assert rules_for(None)


def test_unconfirmed_requirements_are_never_errors() -> None:
    for rule in RULES.values():
        if rule.confidence is Confidence.UNCONFIRMED:
            assert rule.severity is not Severity.ERROR, rule.id


def test_finding_json_is_stable() -> None:
    project = changed(complete_project(), {"purposes[2].withdraw_consent_how": ""})
    [finding] = [
        f
        for f in run_checks(project, [Law.GDPR], today=TODAY)
        if f.rule_id == "gdpr.consent-withdrawal"
    ]
    assert finding.to_json() == {
        "rule": "gdpr.consent-withdrawal",
        "severity": "warning",
        "laws": ["gdpr"],
        "section": "lawful_basis",
        "path": "purposes[2].withdraw_consent_how",
        "message": finding.message,
        "citation": "GDPR/UK GDPR Art. 13(2)(c), 7(3)",
        "confidence": "confirmed",
    }
    general = next(f for f in run_checks(Project(), [], today=TODAY))
    assert general.to_json()["laws"] == ["general"]


@pytest.mark.parametrize(
    ("path", "section"),
    [
        (("data_categories", 0, "retention", "rule"), Section.RETENTION),
        (("data_categories", 0, "purpose_ids"), Section.DATA),
        (("recipients", 1, "transfer_safeguard"), Section.TRANSFERS),
        (("recipients", 1, "name"), Section.RECIPIENTS),
        (("purposes", 0, "lawful_basis"), Section.LAWFUL_BASIS),
        (("tracking", "do_not_track"), Section.COOKIES),
        (("policy", "effective_date"), Section.CHANGES),
        (("organisation", "country"), Section.ORGANISATION),
        (("custom_sections", 0, "body"), Section.CUSTOM),
        (("jurisdictions", "regions"), Section.JURISDICTIONS),
    ],
)
def test_section_for_path(path: tuple[str | int, ...], section: Section) -> None:
    assert section_for(path) is section


def test_a_law_rule_that_replaces_a_general_one_is_listed_alone() -> None:
    project = changed(complete_project(), {"policy.effective_date": None})
    general = {f.rule_id for f in run_checks(project, [], today=TODAY)}
    assert "general.effective-date" in general
    with_caloppa = [f for f in run_checks(project, [Law.CALOPPA], today=TODAY)]
    about_the_date = [f.rule_id for f in with_caloppa if f.path == ("policy", "effective_date")]
    assert about_the_date == ["caloppa.effective-date"]  # one entry, with the law's article


def test_replaced_rules_name_a_general_rule() -> None:
    for r in RULES.values():
        if r.replaces is not None:
            assert r.laws and not RULES[r.replaces].laws, r.id
