"""Each sample project is a model answer: no errors for the laws it claims."""

from __future__ import annotations

from editor.checks import Severity, run_checks
from editor.model import Law, Project, applicable_laws

EXPECTED_LAWS = {
    "cafe": {Law.GDPR},
    "charity": {Law.UK_GDPR},
    "saas": {Law.GDPR, Law.UK_GDPR, Law.CCPA, Law.CALOPPA},
    "mobile-app": {Law.GDPR, Law.UK_GDPR, Law.CALOPPA, Law.PIPEDA},
    "online-shop": {Law.GDPR, Law.UK_GDPR},
    "free-app": {Law.GDPR},
    "games-dev": {Law.GDPR},
    "open-content": {Law.UK_GDPR},
    "us-saas": {Law.CCPA, Law.CALOPPA},
    "desktop-app": {Law.GDPR},
    "rowing-club": {Law.UK_GDPR},
    "forms-saas": {Law.GDPR},
}


def test_each_sample_claims_the_laws_we_expect(sample_name: str, sample_project: Project) -> None:
    assert applicable_laws(sample_project) == EXPECTED_LAWS[sample_name]


def test_samples_have_no_errors_for_their_laws(sample_project: Project) -> None:
    updated = sample_project.policy.last_updated or sample_project.policy.effective_date
    findings = run_checks(sample_project, today=updated)
    errors = [(f.rule_id, f.path_text, f.message) for f in findings if f.severity is Severity.ERROR]
    assert errors == []


def test_no_sample_is_missing_from_the_table(sample_name: str) -> None:
    assert sample_name in EXPECTED_LAWS
