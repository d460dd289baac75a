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

from editor.model.cookies import StorageType

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

    def match(self, host: str, path: str) -> Match | None:
        rules = [(rule, sid) for rule, sid in self._rules_for(host) if rule.matches(host, path)]
        candidates: list[tuple[tuple[int, ...], str, str]] = [
            (rule.specificity, rule.pattern, sid) for rule, sid in rules
        ]
        # Host rules outrank bare paths, so the winner is site-only only if every rule is.
        return _best(candidates, site_only=all(rule.site_only for rule, _ in rules))


def _cookie_specificity(pattern: str) -> tuple[int, int]:
    return (int("*" not in pattern), len(pattern.replace("*", "")))


class CookieMatcher:
    """Finds the services that set a cookie or storage key of a given name."""

    def __init__(self, catalog: Catalog) -> None:
        self._exact: dict[tuple[str, StorageType], list[str]] = {}
        self._wild: list[tuple[re.Pattern[str], str, StorageType, str]] = []
        for entry in catalog:
            for cookie in entry.cookies:
                if cookie.is_wildcard:
                    regex = wildcard_regex(cookie.name)
                    self._wild.append((regex, cookie.name, cookie.storage_type, entry.id))
                else:
                    key = (cookie.name, cookie.storage_type)
                    self._exact.setdefault(key, []).append(entry.id)

    def match(self, name: str, storage_type: StorageType) -> Match | None:
        exact = self._exact.get((name, storage_type))
        if exact:
            return Match(name, tuple(dict.fromkeys(exact)))
        candidates: list[tuple[tuple[int, ...], str, str]] = [
            (_cookie_specificity(pattern), pattern, service_id)
            for regex, pattern, kind, service_id in self._wild
            if kind is storage_type and regex.fullmatch(name)
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
