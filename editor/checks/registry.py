"""The rule registry: every rule with its id, laws, citation, severity and confidence.

A rule is a plain function that reads the project (through a ``CheckContext``) and yields
``Hit``s: a field path and a message. The registry adds everything else a finding carries, so a
rule's body says only what is missing and where.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from editor.checks.finding import Confidence, Finding, Section, Severity
from editor.document.nodes import Document
from editor.model import Law, Project
from editor.model.fieldpath import FieldPath


@dataclass(frozen=True)
class Hit:
    """One place where a rule found something, with the message for that place."""

    path: FieldPath
    message: str
    section: Section | None = None  # None: the rule's section, or the one the path points to


@dataclass(frozen=True)
class CheckContext:
    """What a rule may read: the project, the laws being checked, and today's date.

    ``document`` is the policy composed from the project when the caller has it already (the
    editor's preview); the plain-language rule composes it otherwise.
    """

    project: Project
    laws: frozenset[Law] = field(default_factory=frozenset)
    today: dt.date = field(default_factory=dt.date.today)
    document: Document | None = None


RuleFunction = Callable[[CheckContext], Iterable[Hit]]


@dataclass(frozen=True)
class Rule:
    """A check with its legal source.

    ``laws`` empty means a general rule that runs for every project; otherwise the rule runs
    when any of its laws is being checked.
    """

    id: str
    laws: tuple[Law, ...]
    citation: str
    severity: Severity
    confidence: Confidence
    summary: str
    check: RuleFunction
    section: Section | None = None
    # A general rule this one says more precisely, with the law's article: when both find the
    # same field, the panel lists this one only (one problem, not two entries a line apart).
    replaces: str | None = None

    @property
    def regime(self) -> str:
        return self.id.split(".", 1)[0]

    def run(self, context: CheckContext) -> Iterator[Finding]:
        if self.laws and not (set(self.laws) & context.laws):
            return
        laws = tuple(law for law in self.laws if law in context.laws)
        for hit in self.check(context):
            yield Finding(
                rule_id=self.id,
                laws=laws,
                severity=self.severity,
                message=hit.message,
                path=hit.path,
                citation=self.citation,
                confidence=self.confidence,
                section=hit.section or self.section or section_for(hit.path),
            )


RULES: dict[str, Rule] = {}


def rule(
    rule_id: str,
    *,
    laws: tuple[Law, ...] = (),
    citation: str,
    severity: Severity,
    confidence: Confidence = Confidence.CONFIRMED,
    summary: str,
    section: Section | None = None,
    replaces: str | None = None,
) -> Callable[[RuleFunction], RuleFunction]:
    """Register the decorated function as a rule."""

    def register(function: RuleFunction) -> RuleFunction:
        if rule_id in RULES:
            raise ValueError(f"duplicate rule id {rule_id}")
        RULES[rule_id] = Rule(
            rule_id, laws, citation, severity, confidence, summary, function, section, replaces
        )
        return function

    return register


LawCheck = Callable[[CheckContext, Law], Iterable[Hit]]


def rule_per_law(
    key: str,
    citations: dict[Law, str],
    *,
    severity: Severity,
    summary: str,
    confidence: dict[Law, Confidence] | None = None,
    section: Section | None = None,
    replaces: str | None = None,
    usually: dict[Law, Confidence] | None = None,
) -> Callable[[LawCheck], LawCheck]:
    """Register ``check`` as the rule ``<law>.<key>`` for each law in ``citations``.

    For what several laws ask alike: one check, and one rule per law with that law's own
    citation and confidence: ``confidence`` for this rule, else ``usually`` (how sure a
    module is of each law), else confirmed. The check is told which law it runs for, so its
    message can name the state.
    """

    def register(check: LawCheck) -> LawCheck:
        for law, citation in citations.items():
            rule(
                f"{law.value}.{key}",
                laws=(law,),
                citation=citation,
                severity=severity,
                confidence=(confidence or {}).get(law)
                or (usually or {}).get(law, Confidence.CONFIRMED),
                summary=summary,
                section=section,
                replaces=replaces,
            )(_bound(check, law))
        return check

    return register


def _bound(check: LawCheck, law: Law) -> RuleFunction:
    def run(ctx: CheckContext) -> Iterable[Hit]:
        return check(ctx, law)

    return run


# The page each top-level part of the project is edited on; a few nested fields go elsewhere.
_TOP_LEVEL_SECTION = {
    "policy": Section.CHANGES,
    "organisation": Section.ORGANISATION,
    "contact": Section.CONTACT,
    "scope": Section.SCOPE,
    "apps": Section.SCOPE,
    "app_stores": Section.SCOPE,
    "jurisdictions": Section.JURISDICTIONS,
    "data_categories": Section.DATA,
    "not_collected": Section.DATA,
    "visibility": Section.DATA,
    "purposes": Section.LAWFUL_BASIS,
    "group_bases": Section.LAWFUL_BASIS,
    "cookies": Section.COOKIES,
    "tracking": Section.COOKIES,
    "recipients": Section.RECIPIENTS,
    "disclosures": Section.RECIPIENTS,
    "data_location": Section.TRANSFERS,
    "retention": Section.RETENTION,
    "security": Section.SECURITY,
    "rights": Section.RIGHTS,
    "automated_decisions": Section.RIGHTS,
    "children": Section.CHILDREN,
    "changes": Section.CHANGES,
    "custom_sections": Section.CUSTOM,
}
_NESTED_SECTION = {
    "retention": Section.RETENTION,
    "transfer_safeguard": Section.TRANSFERS,
    "safeguard_details": Section.TRANSFERS,
    "country": Section.TRANSFERS,
}


def section_for(path: FieldPath) -> Section:
    """The editor page that holds the field at ``path``."""
    if not path:
        return Section.ORGANISATION
    top = str(path[0])
    if top in ("data_categories", "recipients"):
        for part in path[1:]:
            if isinstance(part, str) and part in _NESTED_SECTION:
                return _NESTED_SECTION[part]
    return _TOP_LEVEL_SECTION.get(top, Section.ORGANISATION)
