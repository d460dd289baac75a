"""Services a policy names or links to, matched against the catalog, and the cookies it names.

Names are looked up as runs of words, not searched one by one, so the time grows with the
text and not with the catalog: every run of one to six words is looked up in a table of the
catalog's names, aliases and companies, longest first ("Google Analytics for Firebase"
before "Google Analytics"). A name that is also an ordinary word ("Square", "Clarity") counts
only where it cannot be the word: inside a sentence, capitalised, and not only in headings.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from editor.catalog import Catalog
from editor.catalog.matching import CookieMatcher, HostMatcher
from editor.importer.layout import Reading, Sentence
from editor.importer.recognise.found import Found
from editor.importer.recognise.web import WebAddress
from editor.model.cookies import StorageType
from editor.model.imported import ProposalKind

_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9&+.'’\-]*[A-Za-z0-9+]|[A-Za-z0-9]")
_LONGEST = 6
_LABELLED = re.compile(r"^\s*(?:[-–—:]|\s\(|,\s)")
_LEGAL_SUFFIX = re.compile(
    r"[,\s]+(?:inc|llc|ltd|limited|gmbh|ag|sa|sas|sarl|s\.?à\s*r\.?l|bv|nv|ab|a/s|as|oy|oü|plc|"
    r"corp|corporation|co|company|unlimited\s+company|s\.?l|s\.?a|b\.?v|pty|pte|kg|se|spa|srl)"
    r"\.?(?:\s+et\s+cie.*)?$",
    re.I,
)


def _words(text: str) -> list[str]:
    return [m.group(0) for m in _WORD.finditer(text)]


def _company_base(name: str) -> str:
    previous = None
    while previous != name:
        previous, name = name, _LEGAL_SUFFIX.sub("", name).strip(" ,")
    return name


def _usable(name: str) -> bool:
    """A name worth looking for: not a description ("product analytics"), not one letter."""
    return len(name) >= 3 and any(c.isupper() or c.isdigit() or c == "." for c in name)


@dataclass
class ServiceNames:
    """The catalog's names in a table of word runs: (folded words) -> service ids."""

    by_words: dict[tuple[str, ...], set[str]] = field(default_factory=dict)
    exact: dict[tuple[str, ...], str] = field(default_factory=dict)  # as the catalog writes it

    @classmethod
    def of(cls, catalog: Catalog) -> ServiceNames:
        table = cls()
        companies: dict[tuple[str, ...], set[str]] = {}
        for entry in catalog:
            for name in [entry.name, *entry.aliases]:
                table._add(table.by_words, name, entry.id)
            entities = [entry.legal_entity, *entry.other_entities] if entry.legal_entity else []
            entities = entities or list(entry.other_entities)
            for entity in entities:
                if entity is not None:
                    table._add(companies, _company_base(entity.name), entry.id)
        # A company counts only when it runs one service: "Google" names a dozen.
        for words, ids in companies.items():
            if len(ids) == 1 and words not in table.by_words:
                table.by_words[words] = ids
        return table

    def _add(self, into: dict[tuple[str, ...], set[str]], name: str, service_id: str) -> None:
        words = _words(name)
        if not _usable(name) or not words or len(words) > _LONGEST:
            return
        key = tuple(w.casefold() for w in words)
        into.setdefault(key, set()).add(service_id)
        self.exact.setdefault(key, " ".join(words))


def _plain_word(word: str) -> bool:
    """A capitalised dictionary-looking word, which a sentence may start with for its own sake."""
    return word[:1].isupper() and word[1:].islower() and word.isalpha()


@dataclass(frozen=True)
class _Mention:
    service_id: str
    sentence: Sentence
    key: tuple[str, ...]
    inside: bool  # mid-sentence, not a heading's or a sentence's first word


def _mentions(reading: Reading, names: ServiceNames) -> Iterator[_Mention]:
    for sentence in reading.sentences:
        words = _words(sentence.text)
        n = 0
        while n < len(words):
            for length in range(min(_LONGEST, len(words) - n), 0, -1):
                run = words[n : n + length]
                key = tuple(w.casefold() for w in run)
                ids = names.by_words.get(key)
                if not ids or len(ids) != 1:
                    continue
                written = names.exact[key]
                if (
                    length == 1
                    and " ".join(run) != written
                    and not (run[0][:1].isupper() and run[0].casefold() == written.casefold())
                ):
                    continue  # one word must be written as a name, not as "hotjar" in prose
                # A label ("Exceptionless - Data is used to ...") names the thing it labels.
                label = n == 0 and _LABELLED.match(sentence.text[len(" ".join(run)) :] or "")
                inside = (n > 0 or bool(label)) and sentence.kind.value != "heading"
                yield _Mention(next(iter(ids)), sentence, key, inside)
                n += length - 1
                break
            n += 1


def find_services(
    reading: Reading, catalog: Catalog, names: ServiceNames, addresses: list[WebAddress]
) -> Iterator[Found]:
    mentions = list(_mentions(reading, names))
    inside = {m.key for m in mentions if m.inside}
    for mention in mentions:
        single = len(mention.key) == 1 and _plain_word(names.exact[mention.key])
        if single and mention.key not in inside:
            continue
        entry = catalog.get(mention.service_id)
        if entry is not None:
            details = {"name": entry.name, "how": "named"}
            yield Found(ProposalKind.SERVICE, entry.id, mention.sentence, details)
    hosts = HostMatcher(catalog)
    for address in addresses:
        match = hosts.match(address.host, address.path)
        if match is None or match.site_only or len(match.service_ids) != 1:
            continue
        entry = catalog.get(match.service_ids[0])
        if entry is not None:
            details = {"name": entry.name, "how": "linked", "host": address.host}
            yield Found(ProposalKind.SERVICE, entry.id, address.sentence, details)


def service_hosts(catalog: Catalog, addresses: list[WebAddress]) -> set[str]:
    """The hosts among ``addresses`` that belong to a catalog service."""
    hosts = HostMatcher(catalog)
    return {a.host for a in addresses if (m := hosts.match(a.host, a.path)) and not m.site_only}


_COOKIE_TOKEN = re.compile(r"(?<![\w*.-])[A-Za-z_][A-Za-z0-9_.*\-]{1,80}")
_ABOUT_COOKIES = re.compile(r"\bcookies?\b|\bstorage\b|\btracking\s+pixels?\b", re.I)


def _looks_like_a_cookie(token: str) -> bool:
    """Cookie names are identifiers (``_ga``, ``_hjSessionUser_*``, ``PHPSESSID``), not words."""
    if "_" in token or any(c.isdigit() for c in token):
        return True
    if any(a.islower() and b.isupper() for a, b in itertools.pairwise(token)):
        return True
    return token.isupper() and len(token) >= 6


def find_cookies(reading: Reading, catalog: Catalog) -> Iterator[Found]:
    matcher = CookieMatcher(catalog)
    for sentence in reading.sentences:
        about = sentence.kind.value == "row" or _ABOUT_COOKIES.search(
            sentence.text + " " + reading.section_title(sentence)
        )
        if not about:
            continue
        for match in _COOKIE_TOKEN.finditer(sentence.text):
            token = match.group(0).rstrip(".-")
            if not _looks_like_a_cookie(token):
                continue
            found = matcher.match(token, StorageType.COOKIE)
            if found is None or len(found.service_ids) != 1:
                continue
            entry = catalog.get(found.service_ids[0])
            if entry is None:
                continue
            details = {"service_id": entry.id, "pattern": found.pattern, "name": entry.name}
            yield Found(ProposalKind.COOKIE, found.pattern, sentence, details)
