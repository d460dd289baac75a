"""The policy's built-in sections in reading order, and when each one appears.

Each section has a template ``templates/<language>/sections/<key>.md.j2``. A section appears
when its rule below allows it *and* its template writes something under the heading, so
templates leave out what is unanswered and the rules here only say what the law decides.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from editor.model import Law, PolicySection, Project
from editor.model.applicability import US_STATE_LAWS

Applies = Callable[[Project, frozenset[Law]], bool]


def _always(project: Project, laws: frozenset[Law]) -> bool:
    return True


@dataclass(frozen=True)
class SectionSpec:
    key: PolicySection
    applies: Applies = _always

    @property
    def template(self) -> str:
        return f"sections/{self.key.value}.md.j2"


SECTIONS: tuple[SectionSpec, ...] = (
    SectionSpec(PolicySection.SUMMARY, lambda p, laws: p.policy.show_summary),
    SectionSpec(PolicySection.WHO_WE_ARE),
    SectionSpec(PolicySection.DATA_COLLECTED),
    SectionSpec(PolicySection.HOW_WE_USE),
    SectionSpec(
        PolicySection.LAWFUL_BASIS,
        lambda p, laws: bool(laws & {Law.GDPR, Law.UK_GDPR, Law.LGPD}),
    ),
    SectionSpec(PolicySection.COOKIES),
    SectionSpec(PolicySection.SHARING),
    SectionSpec(PolicySection.TRANSFERS),
    SectionSpec(PolicySection.RETENTION),
    SectionSpec(PolicySection.VISIBILITY),
    SectionSpec(PolicySection.APPS),
    SectionSpec(PolicySection.SECURITY),
    SectionSpec(PolicySection.RIGHTS),
    SectionSpec(PolicySection.CALIFORNIA, lambda p, laws: Law.CCPA in laws),
    SectionSpec(PolicySection.US_STATES, lambda p, laws: bool(laws & US_STATE_LAWS.keys())),
    SectionSpec(PolicySection.CHILDREN),
    SectionSpec(PolicySection.TRACKING),
    SectionSpec(PolicySection.AUTOMATED_DECISIONS),
    SectionSpec(PolicySection.CHANGES),
    SectionSpec(PolicySection.CONTACT),
)
