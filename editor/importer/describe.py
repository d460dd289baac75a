"""A proposal in a few words, for the command line's report and the review's list."""

from __future__ import annotations

import datetime as dt

from editor.model.base import TimeUnit
from editor.model.data import LawfulBasis
from editor.model.imported import Proposal, ProposalKind
from editor.model.jurisdiction import Region


def describe(proposal: Proposal) -> str:
    """What accepting the proposal would answer, e.g. "Google Analytics 4 (named)"."""
    kind, value, details = proposal.kind, proposal.value, proposal.details
    try:
        if kind in (ProposalKind.LAST_UPDATED, ProposalKind.EFFECTIVE_DATE):
            return dt.date.fromisoformat(value).strftime("%-d %B %Y")
        if kind is ProposalKind.SERVICE:
            return details.get("name", value)
        if kind is ProposalKind.COOKIE:
            return f"{value} ({details.get('name', '')})"
        if kind is ProposalKind.RETENTION:
            unit = TimeUnit(details["unit"]).label.lower()
            amount = details["amount"]
            period = f"{amount} {unit[:-1] if amount == '1' else unit}"
            subject = details.get("subject", "")
            return f"{subject}: {period}" if subject else period
        if kind is ProposalKind.REGION:
            return f"{Region(value).label} (it names the {details.get('law', '')})"
        if kind is ProposalKind.LAWFUL_BASIS:
            basis = LawfulBasis(value).label
            purpose = details.get("purpose", "")
            return f"{basis}, for: {purpose}" if purpose else basis
        if kind in (ProposalKind.DOES_NOT_SELL, ProposalKind.NO_COOKIES):
            return "yes"
    except (ValueError, KeyError):
        pass
    return value
