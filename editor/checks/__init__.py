"""Compliance checks: which answers a privacy policy still needs, and which law asks for them.

``run_checks(project)`` runs the general rules and the rules of every law that applies to the
project (``editor.model.applicable_laws``), and returns the findings sorted by severity and
then by editor section. Rules read the project; the one exception is the plain-language rule
(``editor.checks.plain_language``), which scores the composed policy's readability.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

# Importing the rule modules registers their rules.
from editor.checks import (  # noqa: F401
    au_privacy,
    caloppa,
    ccpa,
    ch_fadp,
    coppa,
    gdpr,
    gdpr_transfers,
    general,
    leftovers,
    lgpd,
    pipeda,
    plain_language,
    quebec,
    uk_gdpr,
    untold,
    us_states,
)
from editor.checks.finding import GENERAL, Confidence, Finding, Section, Severity
from editor.checks.registry import RULES, CheckContext, Hit, Rule, rule, section_for
from editor.document.nodes import Document
from editor.model import Law, Project, applicable_laws

__all__ = [
    "GENERAL",
    "RULES",
    "CheckContext",
    "Confidence",
    "Finding",
    "Hit",
    "Rule",
    "Section",
    "Severity",
    "count_by_severity",
    "rule",
    "rules_for",
    "run_checks",
    "section_for",
]


def run_checks(
    project: Project,
    laws: Iterable[Law] | None = None,
    *,
    today: dt.date | None = None,
    document: Document | None = None,
) -> list[Finding]:
    """Every finding for the project, most serious first, then in the navigator's order.

    ``laws=None`` checks the laws that apply to the project; a list checks exactly those laws
    (whether or not they apply). General rules always run. ``today`` is for the date rules
    (the CCPA's yearly update); it defaults to the real date. ``document``, the policy already
    composed from ``project`` (the preview has it), saves composing it again for readability.
    """
    chosen = applicable_laws(project) if laws is None else frozenset(laws)
    context = CheckContext(project, chosen, today or dt.date.today(), document)
    findings = [finding for r in RULES.values() for finding in r.run(context)]
    return sorted(_without_repeats(findings), key=Finding.sort_key)


def _without_repeats(findings: list[Finding]) -> list[Finding]:
    """Drop a general rule's finding where a law's rule that replaces it found the same field."""
    replaced = {
        (rule.replaces, f.path) for f in findings if (rule := RULES[f.rule_id]).replaces is not None
    }
    return [f for f in findings if (f.rule_id, f.path) not in replaced]


def rules_for(law: Law | None) -> list[Rule]:
    """The rules of one law (``None``: the general rules), in registration order."""
    if law is None:
        return [r for r in RULES.values() if not r.laws]
    return [r for r in RULES.values() if law in r.laws]


def count_by_severity(findings: Iterable[Finding]) -> dict[Severity, int]:
    counts = dict.fromkeys(Severity, 0)
    for finding in findings:
        counts[finding.severity] += 1
    return counts
