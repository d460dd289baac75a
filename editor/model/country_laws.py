"""Privacy laws of single countries and provinces outside the EU, UK and US: whom each covers.

Most of these laws reach a business abroad that serves people in the country (Switzerland's
FADP Art. 3(1), for one), so serving people there, or being established there, is what brings
each law in. A law whose reach turns on one more answer (Québec's, inside Canada) says which
question is still open, as the US state laws do.
"""

from __future__ import annotations

from dataclasses import dataclass

from editor.model.jurisdiction import Law, Region
from editor.model.project import Project

# How Québec is written in an address's province field.
_QUEBEC_NAMES = frozenset({"QC", "QUEBEC", "QUÉBEC", "PQ"})


@dataclass(frozen=True)
class CountryLaw:
    """A law that applies to a business serving people in, or established in, one place."""

    region: Region
    country: str  # ISO 3166-1 code of the organisation's country that brings the law in
    place: str  # the place in a sentence: "Switzerland"


COUNTRY_LAWS: dict[Law, CountryLaw] = {
    Law.CH_FADP: CountryLaw(Region.SWITZERLAND, "CH", "Switzerland"),
}


def based_in_quebec(project: Project) -> bool:
    """The organisation's address is in Québec."""
    org = project.organisation
    country = (org.country or org.address.country).strip().upper()
    return country == "CA" and org.address.region.strip().upper() in _QUEBEC_NAMES


def quebec_question_matters(project: Project) -> bool:
    """Whether serving Québec is still to be asked: Canada served, Québec not settled otherwise."""
    j = project.jurisdictions
    in_canada = Region.CANADA in j.regions
    return in_canada and not based_in_quebec(project) and Law.QUEBEC not in j.law_overrides


def _quebec_decision(project: Project) -> tuple[bool, str]:
    j = project.jurisdictions
    if based_in_quebec(project):
        return True, "Your business is in Québec."
    if Region.CANADA not in j.regions:
        return False, "You do not serve Canada."
    if j.serves_quebec:
        return True, "You serve people in Québec."
    if j.serves_quebec is None:
        return False, "Not enough answers: you serve Canada; say whether you serve Québec."
    return False, "You serve Canada, but not Québec."


def decide_country_laws(project: Project) -> dict[Law, tuple[bool, str]]:
    """Whether each of these laws applies, and why, in words a business owner can check."""
    regions = set(project.jurisdictions.regions)
    home = project.organisation.country.strip().upper()
    decisions = {Law.QUEBEC: _quebec_decision(project)}
    for law, entry in COUNTRY_LAWS.items():
        if entry.region in regions:
            decisions[law] = (True, f"You serve people in {entry.place}.")
        elif home == entry.country:
            decisions[law] = (True, f"Your business is established in {entry.place}.")
        else:
            decisions[law] = (False, f"You do not serve {entry.place}.")
    return decisions
