"""Facts worked out from several answers, which both the wording and the checks need.

The rights a reader is told about, the authorities they may complain to, and which words are
names: each is decided once here, so the policy and ``check`` never disagree about them.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from editor.model import LawfulBasis, Project, Right
from editor.paths import resources_dir

# The rights of the GDPR family (GDPR Art. 15-21, and the LGPD's Art. 18 equivalents), in the
# order readers expect them.
_GDPR_RIGHTS = (
    Right.ACCESS,
    Right.RECTIFICATION,
    Right.ERASURE,
    Right.RESTRICTION,
    Right.OBJECTION,
    Right.PORTABILITY,
)
# PIPEDA (Principle 4.9) and the APPs (11-13) give access and correction only.
_ACCESS_RIGHTS = (Right.ACCESS, Right.RECTIFICATION)
# The rights other laws give, with where each law gives them: the policy's list says them once
# and marks every law it is the wording of. Switzerland: access (FADP Art. 25), portability
# (Art. 28), correction and erasure (Art. 32). Québec: access and correction (s. 27-28), a copy
# in a common format (s. 27, from 22 September 2024), and withdrawing consent (s. 8).
COUNTRY_RIGHTS: dict[str, tuple[tuple[Right, ...], str]] = {
    "ch_fadp": (
        (Right.ACCESS, Right.RECTIFICATION, Right.ERASURE, Right.PORTABILITY),
        "Art. 25, 28, 32",
    ),
    "quebec": (
        (Right.ACCESS, Right.RECTIFICATION, Right.PORTABILITY, Right.WITHDRAW_CONSENT),
        "s. 8, 27, 28",
    ),
}
# Rights with a notice of their own elsewhere (the CCPA's), listed last when offered at all.
_LISTED_LAST = (Right.OPT_OUT_SALE, Right.LIMIT_SENSITIVE, Right.NON_DISCRIMINATION)


def collects_nothing(project: Project) -> bool:
    """The owner answered that no personal data is collected, and lists none."""
    return project.not_collected.nothing is True and not project.data_categories


def rights_offered(project: Project, laws: frozenset[str]) -> list[Right]:
    """The rights the policy's list tells readers they have, in order.

    A right is listed when a law that applies gives it, when the business offers the GDPR's
    rights to everyone, or when the business says it offers it; never otherwise.
    """
    if collects_nothing(project):
        return []  # no data held: nothing to see, correct, delete or take away
    gdpr_like = bool(laws & {"gdpr", "uk_gdpr", "lgpd"})
    everyone = project.rights.offer_to_everyone is True
    offered: list[Right] = []
    given: set[Right] = set(_GDPR_RIGHTS) if gdpr_like or everyone else set()
    if laws & {"pipeda", "au_privacy"}:
        given.update(_ACCESS_RIGHTS)
    for law, (rights, _) in COUNTRY_RIGHTS.items():
        if law in laws:
            given.update(rights)
    offered += [r for r in _GDPR_RIGHTS if r in given]
    named = [p for p in project.purposes if p.name.strip()]
    if Right.WITHDRAW_CONSENT in given or any(p.lawful_basis is LawfulBasis.CONSENT for p in named):
        offered.append(Right.WITHDRAW_CONSENT)
    if project.automated_decisions.used and (gdpr_like or everyone):
        offered.append(Right.AUTOMATED_DECISIONS)
    chosen = project.rights.rights
    offered += [r for r in chosen if r not in offered and r not in (*_LISTED_LAST, Right.COMPLAIN)]
    offered += [r for r in _LISTED_LAST if r in chosen]
    return offered


# The authority each country law adds to the list, by the law's key, with where the law lets
# people complain to it (the policy marks the list as that law's wording). The region code picks
# the "In <place>:" wording in terms.toml's [authority_place].
COUNTRY_AUTHORITIES: dict[str, str] = {"quebec": "qc", "ch_fadp": "ch"}
AUTHORITY_CITATIONS: dict[str, str] = {"quebec": "s. 81", "ch_fadp": "Art. 49"}


@dataclass(frozen=True)
class Authority:
    """A data protection authority people may complain to; ``region`` says for whom."""

    name: str
    url: str
    region: str  # "given" (the user's answer), "eu", "eu_any", "uk", "br", "ca", "au", or a
    # COUNTRY_AUTHORITIES code


@cache
def load_authorities() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((resources_dir() / "authorities.json").read_text("utf-8"))
    return data


def _domain(url: str) -> str:
    host = url.split("//", 1)[-1].split("/", 1)[0].lower()
    return host.removeprefix("www.")


def _names_of(entry: dict[str, Any]) -> set[str]:
    """Every name an authority goes by: full, local, and the short forms in brackets ("ICO")."""
    names: set[str] = set()
    for key in ("name", "local_name", "display_name"):
        full = str(entry.get(key) or "")
        names.add(re.sub(r"\s*\([^()]*\)", "", full))
        for inner in re.findall(r"\(([^()]+)\)", full):
            names.update(inner.split(", "))
    return {n.strip().lower() for n in names if n.strip()}


def _same_authority(given: str, names: set[str]) -> bool:
    """The user's name for an authority is one of its names, or a long part of one."""
    given = given.lower()
    return any(
        given == n or (len(n) > 6 and n in given) or (len(given) > 12 and given in n) for n in names
    )


def authorities(project: Project, laws: frozenset[str]) -> list[Authority]:
    """Who people can complain to: the user's answer first, then any the laws add.

    The EU authority is the one of the country where the business is established (its lead
    authority); without one (or in Germany, where the states supervise businesses) people are
    pointed to the list of all EU/EEA authorities. An authority the user named already, by its
    name, its short name or its web address, is not listed a second time.
    """
    data = load_authorities()
    rights = project.rights
    found: list[Authority] = []
    name, url = rights.complaint_authority_name.strip(), rights.complaint_authority_url.strip()
    if name or url:
        found.append(Authority(name, url, "given"))
    given_domain = _domain(url) if url else ""

    def known(entry: dict[str, Any]) -> bool:
        domains = {_domain(entry["website"]), _domain(entry.get("complaint_url") or "")}
        if given_domain and any(d and (d in given_domain or given_domain in d) for d in domains):
            return True
        return bool(name) and _same_authority(name, _names_of(entry))

    home = project.organisation.country.strip().upper()
    if "gdpr" in laws and not any(known(e) for e in data["eea"]):
        entry = next((e for e in data["eea"] if e["country"] == home), None)
        if entry is not None and not entry.get("regional"):
            link = entry["complaint_url"] or entry["website"]
            found.append(Authority(entry["display_name"], link, "eu"))
        else:
            found.append(Authority("", data["edpb_members_url"], "eu_any"))
    if "uk_gdpr" in laws and not known(data["uk"]):
        found.append(Authority(data["uk"]["display_name"], data["uk"]["complaint_url"], "uk"))
    places = (("lgpd", "br"), ("pipeda", "ca"), ("au_privacy", "au"), *COUNTRY_AUTHORITIES.items())
    for law, region in places:
        other = data["other"][law]
        if law in laws and not known(other):
            found.append(Authority(other["display_name"], other["complaint_url"], region))
    return found


def _is_proper_name(name: str) -> bool:
    """A name rather than a description: "Royal Mail", "Stripe", "PostHog", not "Delivery
    companies" (whose later words are all lower case)."""
    words = name.split()
    if len(words) <= 1:
        return True
    return any(w[:1].isupper() or any(c.isdigit() for c in w) for w in words[1:])


def kept_capitals(project: Project, terms: dict[str, Any]) -> frozenset[str]:
    """First words of names that keep their capital inside a sentence ("Stripe", "Tallyhive")."""
    org = project.organisation
    names = [org.legal_name, org.trading_name]
    names += [r.name for r in project.recipients if r.service_id or _is_proper_name(r.name)]
    names += [c.provider for c in project.cookies.cookies]
    names += [p.name for p in project.scope.properties]
    common = {str(w).lower() for w in terms.get("grammar", {}).get("common_first_words", [])}
    firsts = {n.split()[0].lower().strip(".,:;") for n in names if n.strip()}
    # A word the business capitalises inside its own names of data and purposes is a name
    # ("Claim Gift Aid"), so it keeps its capital when it starts one ("Gift Aid declarations").
    labels = [c.name for c in project.data_categories] + [p.name for p in project.purposes]
    inner = {
        word.lower()
        for label in labels
        for word in label.split()[1:]
        if word[:1].isupper() and word[1:].isalpha() and word[1:].islower()
    }
    return frozenset((firsts | inner) - common)
