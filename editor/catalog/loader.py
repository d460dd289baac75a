"""Load the built-in catalog once, add the user's personal entries, and find services.

The built-in catalog ships with the program and is validated as a whole: a broken built-in
entry is a bug and raises :class:`CatalogDataError`. Personal entries are files the user
wrote; one broken file must not hide the rest, so each is reported as a
:class:`PersonalEntryError` in :attr:`Catalog.problems` and the remaining entries still load.
"""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, ValidationError

from editor import paths
from editor.errors import PolicywrightError
from editor.model.recipients import ServiceKind

from .schema import CatalogCookie, CatalogEntry, CatalogInfo


class CatalogError(PolicywrightError):
    """Base of the catalog's errors; the message is written for the person using the editor."""


class CatalogDataError(CatalogError):
    """The built-in catalog is damaged (a packaging or programming error, never the user's)."""


class PersonalEntryError(CatalogError):
    """One file in the personal catalog could not be used; the other entries still load."""

    def __init__(self, path: Path, message: str, *, detail: str = "") -> None:
        self.path = path
        self.message = message
        self.detail = detail  # technical detail (pydantic's report) for logs, not for titles
        super().__init__(f"{path.name}: {message}")


def builtin_catalog_dir() -> Path:
    return paths.resources_dir() / "catalog"


def update_catalog_dir() -> Path:
    """``<user data folder>/catalog-update``: a newer catalog taken in by ``catalog update``."""
    return paths.user_data_dir() / "catalog-update"


def _catalog_date(directory: Path) -> dt.date | None:
    try:
        return CatalogInfo.model_validate(_read_json(directory / "catalog.json")).date
    except (OSError, ValueError):
        return None


def current_catalog_dir() -> Path:
    """The catalog in use: an update the user took in, unless this program ships a later one
    (a program update brings newer facts than an old update file)."""
    shipped, update = builtin_catalog_dir(), update_catalog_dir()
    update_date = _catalog_date(update)
    if update_date is not None and update_date >= (_catalog_date(shipped) or dt.date.min):
        return update
    return shipped


def current_catalog_info() -> CatalogInfo:
    """The catalog in use's version and date, without loading its entries (for start-up)."""
    try:
        return CatalogInfo.model_validate(_read_json(current_catalog_dir() / "catalog.json"))
    except (OSError, ValueError) as err:
        raise CatalogDataError(f"The catalog could not be read: {err}") from err


def personal_catalog_dir() -> Path:
    """``<user data folder>/catalog``: where the user's own entries live."""
    return paths.user_data_dir() / "catalog"


def _fold(text: str) -> str:
    """Case- and accent-insensitive form for search ("Crème" finds "creme")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _haystack(entry: CatalogEntry) -> tuple[str, str]:
    """(names, everything else) folded for search; names rank higher than other matches."""
    names = " ".join([entry.name, *entry.aliases])
    entities = [e.name for e in ([entry.legal_entity] if entry.legal_entity else [])]
    entities += [e.name for e in entry.other_entities]
    kinds = [f"{k.value} {k.label}" for k in entry.kinds]
    # Cookie names too: people look up the name their browser shows ("_pk_id").
    cookies = [c.name.replace("*", " ") for c in entry.cookies]
    other = " ".join([*entities, *kinds, *entry.hosts, entry.id, *cookies])
    return _fold(names), _fold(other)


def _serves(entry: CatalogEntry, word: str) -> bool:
    """True when ``word`` is a host the entry loads from, e.g. ``static.hotjar.com`` for the
    pattern ``*.hotjar.com``: people paste hosts from their browser's network panel."""
    if "." not in word:
        return False
    return any(
        rule.host is not None and (word == rule.host or word.endswith("." + rule.host))
        for rule in entry.host_rules()
    )


@dataclass(frozen=True)
class Catalog:
    """The services the editor knows: built-in entries plus the user's personal ones."""

    info: CatalogInfo
    entries: tuple[CatalogEntry, ...]
    personal_ids: frozenset[str] = frozenset()
    problems: tuple[PersonalEntryError, ...] = ()
    # (entry id, cookie name) of cookies made from the Open Cookie Database, not by hand:
    # the scanner weighs them differently (see CookieMatcher).
    database_cookies: frozenset[tuple[str, str]] = frozenset()
    _by_id: dict[str, CatalogEntry] = field(init=False, repr=False, compare=False)
    _search: dict[str, tuple[str, str]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_id", {e.id: e for e in self.entries})
        object.__setattr__(self, "_search", {e.id: _haystack(e) for e in self.entries})

    def __iter__(self) -> Iterator[CatalogEntry]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def __contains__(self, service_id: object) -> bool:
        return service_id in self._by_id

    def get(self, service_id: str) -> CatalogEntry | None:
        return self._by_id.get(service_id)

    def is_personal(self, service_id: str) -> bool:
        return service_id in self.personal_ids

    def by_kind(self, kind: ServiceKind) -> list[CatalogEntry]:
        """Entries whose main or secondary kind is ``kind``, by name."""
        return sorted((e for e in self.entries if kind in e.kinds), key=lambda e: _fold(e.name))

    def search(self, text: str, kind: ServiceKind | None = None) -> list[CatalogEntry]:
        """Entries matching every word of ``text`` (name, alias, entity, kind, host or cookie).

        Made for search-as-you-type: best matches first (name starts with the text, then a
        word of the name does, then any other match), then alphabetical. An empty text lists
        everything of ``kind``.
        """
        words = _fold(text).split()
        ranked: list[tuple[int, str, CatalogEntry]] = []
        for entry in self.entries:
            if kind is not None and kind not in entry.kinds:
                continue
            names, other = self._search[entry.id]
            if not all(w in names or w in other or _serves(entry, w) for w in words):
                continue
            query = " ".join(words)
            if not words or names.startswith(query):
                rank = 0
            elif any(n.startswith(words[0]) for n in names.split()):
                rank = 1
            elif all(w in names for w in words):
                rank = 2
            else:
                rank = 3
            ranked.append((rank, _fold(entry.name), entry))
        ranked.sort(key=lambda item: item[:2])
        return [entry for _, _, entry in ranked]

    @property
    def cookie_count(self) -> int:
        return sum(len(e.cookies) for e in self.entries)

    @property
    def host_count(self) -> int:
        return sum(len(e.hosts) for e in self.entries)


def _read_json(path: Path) -> Any:
    with path.open("rb") as handle:
        return json.loads(handle.read().decode("utf-8-sig"))


def _validation_summary(err: ValidationError) -> str:
    first = err.errors()[0]
    where = ".".join(str(p) for p in first["loc"]) or "the entry"
    return f"{where}: {first['msg']}"


def load_builtin(directory: Path, *, generated: bool = True) -> Catalog:
    """Read and validate ``catalog.json``, ``services/*.json`` and (unless ``generated`` is
    False) the entries made from the Open Cookie Database, under ``directory``."""
    try:
        info = CatalogInfo.model_validate(_read_json(directory / "catalog.json"))
    except (OSError, ValueError) as err:
        raise CatalogDataError(f"The built-in catalog could not be read: {err}") from err
    entries: list[CatalogEntry] = []
    for path in sorted((directory / "services").glob("*.json")):
        try:
            entry = CatalogEntry.model_validate(_read_json(path))
        except (OSError, ValueError) as err:
            raise CatalogDataError(f"Built-in catalog entry {path.name} is invalid: {err}") from err
        if path.stem != entry.id:
            raise CatalogDataError(f"{path.name} holds entry {entry.id!r}; name files by id")
        entries.append(entry)
    database_cookies: frozenset[tuple[str, str]] = frozenset()
    if generated and (directory / GENERATED_FILE).is_file():
        entries, database_cookies = _with_generated(entries, directory / GENERATED_FILE)
    ids = [e.id for e in entries]
    if len(set(ids)) != len(ids):
        raise CatalogDataError("The built-in catalog has duplicate ids")
    for entry in entries:
        unknown = [s for s in _all_sources(entry) if s not in info.sources]
        if unknown:
            raise CatalogDataError(f"{entry.id} cites unknown sources: {', '.join(unknown)}")
    return Catalog(info=info, entries=tuple(entries), database_cookies=database_cookies)


# Entries made from the Open Cookie Database by editor.catalog.ocd (scripts/build_catalog.py):
# new services, and cookies the database knows for services written by hand.
GENERATED_FILE = "ocd-services.json"


class GeneratedFile(BaseModel):
    """``ocd-services.json``, as :class:`editor.catalog.ocd.OcdCatalog` writes it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    format_version: Literal[1]
    source: str
    commit: str
    services: list[CatalogEntry]
    supplements: dict[str, list[CatalogCookie]]


def _with_generated(
    entries: list[CatalogEntry], path: Path
) -> tuple[list[CatalogEntry], frozenset[tuple[str, str]]]:
    try:
        # One pass of pydantic's own JSON parser: markedly faster than json.loads + validate.
        data = GeneratedFile.model_validate_json(path.read_bytes())
    except (OSError, ValueError) as err:
        raise CatalogDataError(f"The built-in catalog's {path.name} is invalid: {err}") from err
    services, supplements = data.services, data.supplements
    by_id = {e.id: e for e in entries}
    missing = sorted(set(supplements) - set(by_id))
    if missing:
        raise CatalogDataError(f"{path.name} adds cookies to unknown entries: {', '.join(missing)}")
    merged = [
        e.model_copy(update={"cookies": [*e.cookies, *supplements[e.id]]})
        if e.id in supplements
        else e
        for e in entries
    ]
    made = {(sid, c.name) for sid, cookies in supplements.items() for c in cookies}
    made |= {(e.id, c.name) for e in services for c in e.cookies}
    return merged + services, frozenset(made)


def _all_sources(entry: CatalogEntry) -> list[str]:
    refs = list(entry.sources)
    for cookie in entry.cookies:
        refs.extend(cookie.sources)
    return refs


@cache
def builtin_catalog(directory: Path | None = None) -> Catalog:
    """The catalog in use (see :func:`current_catalog_dir`), loaded and validated once per
    process; ``builtin_catalog.cache_clear()`` after installing an update."""
    if directory is not None:
        return load_builtin(directory)
    current = current_catalog_dir()
    try:
        return load_builtin(current)
    except CatalogDataError:
        if current == builtin_catalog_dir():
            raise
        # A damaged update must not leave the user without a catalog: the shipped one works.
        return load_builtin(builtin_catalog_dir())


def load_personal_entry(path: Path) -> CatalogEntry:
    """One personal entry; raises :class:`PersonalEntryError` with a plain message."""
    try:
        data = _read_json(path)
    except OSError as err:
        raise PersonalEntryError(path, "the file could not be read", detail=str(err)) from err
    except ValueError as err:
        raise PersonalEntryError(path, "the file is not valid JSON", detail=str(err)) from err
    try:
        return CatalogEntry.model_validate(data)
    except ValidationError as err:
        message = f"the entry is incomplete or has a wrong value ({_validation_summary(err)})"
        raise PersonalEntryError(path, message, detail=str(err)) from err


def load_personal(directory: Path) -> tuple[list[CatalogEntry], list[PersonalEntryError]]:
    """Every ``*.json`` entry in ``directory`` that loads, and the problems of the others."""
    entries: list[CatalogEntry] = []
    problems: list[PersonalEntryError] = []
    if not directory.is_dir():
        return entries, problems
    seen: dict[str, Path] = {}
    for path in sorted(directory.glob("*.json")):
        try:
            entry = load_personal_entry(path)
        except PersonalEntryError as err:
            problems.append(err)
            continue
        if entry.id in seen:
            message = f"its id {entry.id!r} is already used by {seen[entry.id].name}"
            problems.append(PersonalEntryError(path, message))
            continue
        seen[entry.id] = path
        entries.append(entry)
    return entries, problems


def combine(
    builtin: Catalog,
    personal: Iterable[CatalogEntry],
    problems: Iterable[PersonalEntryError] = (),
) -> Catalog:
    """Built-in entries beside personal ones; a personal entry with a built-in id replaces it.

    Replacing lets a user correct an entry (say, after checking a certification) without
    waiting for a new release: the user's knowledge wins over the catalog's defaults.
    """
    personal = list(personal)
    mine = {e.id: e for e in personal}
    merged = [mine.pop(e.id, e) for e in builtin.entries] + list(mine.values())
    personal_ids = frozenset(e.id for e in personal)
    return Catalog(
        builtin.info, tuple(merged), personal_ids, tuple(problems), builtin.database_cookies
    )


def load_catalog(personal_dir: Path | None = None, builtin_dir: Path | None = None) -> Catalog:
    """The built-in catalog (cached) with the personal entries read afresh from disk."""
    builtin = builtin_catalog(builtin_dir)
    entries, problems = load_personal(personal_dir or personal_catalog_dir())
    return combine(builtin, entries, problems)
