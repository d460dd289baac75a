"""Match request hosts and cookie names against the catalog's patterns.

Several patterns can fit one observation (``www.google.com/recaptcha/`` and a broader Google
host, ``_ga_*`` and ``_ga``); the most specific wins. When equally specific patterns of
different services fit, all of them are returned and the scanner decides from other evidence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from editor.model.cookies import Party, StorageType

from .loader import Catalog
from .schema import HostRule


@dataclass(frozen=True)
class Match:
    pattern: str
    service_ids: tuple[str, ...]  # one, or several when the pattern is shared
    site_only: bool = False  # counts only if the host turns out to be the site's own


@lru_cache(maxsize=4096)
def wildcard_regex(pattern: str) -> re.Pattern[str]:
    """``*`` matches any run of characters; placeholders such as ``<site-id>`` or ``{hash}``
    that people write in cookie tables count as ``*`` too."""
    pattern = re.sub(r"<[^<>]*>|\{[^{}]*\}", "*", pattern)
    return re.compile(".*".join(re.escape(part) for part in pattern.split("*")))


def _best(
    candidates: list[tuple[tuple[int, ...], str, str]], site_only: bool = False
) -> Match | None:
    """The most specific (specificity, pattern, service id) candidates, merged into a Match."""
    if not candidates:
        return None
    top = max(c[0] for c in candidates)
    best = [c for c in candidates if c[0] == top]
    ids = tuple(dict.fromkeys(c[2] for c in best))
    return Match(best[0][1], ids, site_only)


class HostMatcher:
    """Finds the service a request URL belongs to."""

    def __init__(self, catalog: Catalog) -> None:
        self._exact: dict[str, list[tuple[HostRule, str]]] = {}
        self._wild: dict[str, list[tuple[HostRule, str]]] = {}
        self._paths: list[tuple[HostRule, str]] = []
        for entry in catalog:
            for rule in entry.host_rules():
                if rule.host is None:
                    self._paths.append((rule, entry.id))
                elif rule.wildcard:
                    self._wild.setdefault(rule.host, []).append((rule, entry.id))
                else:
                    self._exact.setdefault(rule.host, []).append((rule, entry.id))
        self._per_host: dict[str, list[tuple[HostRule, str]]] = {}
        self._by_site: dict[str, list[tuple[str, str]]] = {}
        for entry in catalog:
            for rule in entry.host_rules():
                if rule.host is not None:
                    self._by_site.setdefault(_site_of(rule.host), []).append((rule.host, entry.id))

    def _rules_for(self, host: str) -> list[tuple[HostRule, str]]:
        rules = self._per_host.get(host)
        if rules is None:
            rules = list(self._exact.get(host, ()))
            labels = host.split(".")
            for i in range(1, len(labels) - 1):
                rules.extend(self._wild.get(".".join(labels[i:]), ()))
            rules.extend(self._paths)
            self._per_host[host] = rules
        return rules

    def cookie_domain_owners(self, domain: str) -> frozenset[str]:
        """Services that could have set a cookie on ``domain``: a cookie for ``pinterest.com``
        is set by and sent to its subdomains too, so a host rule at, under or above the
        domain counts (whatever its path)."""
        domain = domain.lower().lstrip(".")
        return frozenset(
            sid
            for host, sid in self._by_site.get(_site_of(domain), ())
            if host == domain or host.endswith("." + domain) or domain.endswith("." + host)
        )

    def match(self, host: str, path: str) -> Match | None:
        rules = [(rule, sid) for rule, sid in self._rules_for(host) if rule.matches(host, path)]
        candidates: list[tuple[tuple[int, ...], str, str]] = [
            (rule.specificity, rule.pattern, sid) for rule, sid in rules
        ]
        # Host rules outrank bare paths, so the winner is site-only only if every rule is.
        return _best(candidates, site_only=all(rule.site_only for rule, _ in rules))


def _site_of(host: str) -> str:
    """The last two labels: enough to group hosts that may share cookies."""
    return ".".join(host.split(".")[-2:])


def _cookie_specificity(pattern: str) -> tuple[int, int]:
    return (int("*" not in pattern), len(pattern.replace("*", "")))


class CookieMatcher:
    """Finds the services that set a cookie or storage key of a given name.

    The Open Cookie Database lists many short, common names (``uid``, ``C``, ``id``) with the
    domain they are set on. A third-party cookie known only from it, of a service with hosts
    of its own, is set on those hosts only, so one of that name on another domain is someone
    else's: with ``domain`` given, such services count only when ``domain`` is theirs.
    (Hand-written cookies were chosen as evidence on purpose and count anywhere.)
    """

    def __init__(self, catalog: Catalog, hosts: HostMatcher | None = None) -> None:
        self._exact: dict[tuple[str, StorageType], list[str]] = {}
        self._wild: list[tuple[re.Pattern[str], str, StorageType, str]] = []
        self._hosts = hosts or HostMatcher(catalog)
        # (pattern, service id) of third-party cookies whose service names its hosts
        self._host_bound: set[tuple[str, str]] = set()
        for entry in catalog:
            named_hosts = any(rule.host is not None for rule in entry.host_rules())
            for cookie in entry.cookies:
                from_database = (entry.id, cookie.name) in catalog.database_cookies
                if named_hosts and from_database and cookie.party is Party.THIRD_PARTY:
                    self._host_bound.add((cookie.name, entry.id))
                if cookie.is_wildcard:
                    regex = wildcard_regex(cookie.name)
                    self._wild.append((regex, cookie.name, cookie.storage_type, entry.id))
                else:
                    key = (cookie.name, cookie.storage_type)
                    self._exact.setdefault(key, []).append(entry.id)

    def match(self, name: str, storage_type: StorageType, domain: str = "") -> Match | None:
        owners = self._hosts.cookie_domain_owners(domain) if domain else frozenset()

        def plausible(pattern: str, service_id: str) -> bool:
            if not domain or (pattern, service_id) not in self._host_bound:
                return True
            return service_id in owners

        exact = [sid for sid in self._exact.get((name, storage_type), ()) if plausible(name, sid)]
        if exact:
            return Match(name, tuple(dict.fromkeys(exact)))
        candidates: list[tuple[tuple[int, ...], str, str]] = [
            (_cookie_specificity(pattern), pattern, service_id)
            for regex, pattern, kind, service_id in self._wild
            if kind is storage_type and regex.fullmatch(name) and plausible(pattern, service_id)
        ]
        return _best(candidates)


def _base(host: str) -> str:
    return host[4:] if host.startswith("www.") else host


def is_first_party(host: str, site_hosts: Sequence[str]) -> bool:
    """A host is the site's own when it is a site host, or under one (``www.`` dropped)."""
    host = host.lower().lstrip(".")
    for site in site_hosts:
        base = _base(site.lower())
        if host in (base, site) or host.endswith("." + base):
            return True
    return False
