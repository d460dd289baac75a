"""Tracking signals: Do Not Track, Global Privacy Control, tracking across sites."""

from __future__ import annotations

from editor.model import Law, Project, applicable_laws
from editor.model.applicability import US_REGIONS, US_STATE_LAWS
from editor.ui.questions import Holds, PageSpec, Question

# Opt-out preference signals are a duty under the CCPA and the state privacy laws; elsewhere the
# question only made an EU café's page look unfinished.
_SIGNAL_LAWS = frozenset({Law.CCPA, *US_STATE_LAWS})


def signals_matter(project: Project) -> bool:
    """Asked while the business serves a US state, or a US law applies by the user's choice."""
    if US_REGIONS.intersection(project.jurisdictions.regions):
        return True
    return bool(_SIGNAL_LAWS & applicable_laws(project))


PAGE = PageSpec(
    key="tracking",
    title="Do Not Track",
    intro="Browsers can send signals asking not to be tracked. Say how you respond.",
    policy_sections=("tracking",),
    entries=(
        Question(
            "tracking.do_not_track",
            "How do you respond to Do Not Track signals?",
            why="California's CalOPPA requires every website to say how it responds.",
        ),
        Question(
            "tracking.honours_gpc",
            "Do you honour Global Privacy Control (opt-out preference) signals?",
            hint="Required in California if you sell or share personal information.",
            when=Holds(signals_matter),
        ),
        Question(
            "tracking.third_party_tracking",
            "Can other companies track people across sites through your service?",
            hint="For example advertising pixels or social media widgets.",
        ),
        Question("tracking.details", "Anything to add?", lines=2, optional=True),
    ),
)
