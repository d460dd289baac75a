"""Taking in a newer catalog offline: read it, say what changes, install it, and list what a
project holds that the new facts contradict.

A newer catalog comes as a file the user has: a catalog release (one JSON file holding the
catalog's facts, its hand-written entries and those made from the Open Cookie Database, as
``scripts/build_catalog.py --release`` writes it) or a newer copy of the database's CSV,
which is joined with the hand-written entries and our own wording (``ocd-platforms.toml``)
exactly as the built-in catalog was made. Nothing is fetched.

An installed update is a catalog folder in the user data folder, laid out like the built-in
one; :func:`editor.catalog.loader.current_catalog_dir` prefers it unless the program ships a
later catalog.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, ValidationError

from editor.model.cookies import CookieLifetime
from editor.model.project import Project

from . import ocd
from .loader import (
    GENERATED_FILE,
    Catalog,
    CatalogError,
    builtin_catalog,
    current_catalog_dir,
    load_builtin,
    update_catalog_dir,
)
from .schema import CatalogEntry, CatalogInfo

RELEASE_FORMAT = "policywright-catalog"
STALE_AFTER = dt.timedelta(days=365)


class CatalogUpdateError(CatalogError):
    """A file that cannot be taken in as a catalog (the message is for the user)."""


class CatalogRelease(BaseModel):
    """A whole catalog in one file: what ``catalog.json``, ``services/`` and the generated
    file hold in the catalog folder."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    format: Literal["policywright-catalog"] = "policywright-catalog"
    format_version: Literal[1] = 1
    catalog: dict[str, Any]  # catalog.json
    services: list[dict[str, Any]]  # the hand-written entries
    database: dict[str, Any] | None = None  # ocd-services.json


def release_from_dir(directory: Path) -> CatalogRelease:
    """The catalog folder ``directory`` as one release file's content."""
    services = [
        json.loads(p.read_text(encoding="utf-8"))
        for p in sorted((directory / "services").glob("*.json"))
    ]
    generated = directory / GENERATED_FILE
    return CatalogRelease(
        catalog=json.loads((directory / "catalog.json").read_text(encoding="utf-8")),
        services=services,
        database=json.loads(generated.read_text(encoding="utf-8")) if generated.is_file() else None,
    )


def _write_json(path: Path, data: Any) -> None:
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def write_dir(release: CatalogRelease, directory: Path) -> None:
    """Lay ``release`` out as a catalog folder (``directory`` must not exist yet)."""
    (directory / "services").mkdir(parents=True)
    _write_json(directory / "catalog.json", release.catalog)
    for entry in release.services:
        service_id = str(entry.get("id", ""))
        if not service_id or "/" in service_id or service_id.startswith("."):
            raise CatalogUpdateError("the catalog has an entry without a usable id")
        _write_json(directory / "services" / f"{service_id}.json", entry)
    if release.database is not None:
        _write_json(directory / GENERATED_FILE, release.database)


@dataclass(frozen=True)
class Staged:
    """A newer catalog, read and validated, not yet installed."""

    catalog: Catalog
    release: CatalogRelease
    source: str  # what it was made from, in words


def _load_release(release: CatalogRelease) -> Catalog:
    with tempfile.TemporaryDirectory(prefix="policywright-catalog-") as tmp:
        folder = Path(tmp) / "catalog"
        write_dir(release, folder)
        return load_builtin(folder)


def stage(path: Path, current: Catalog | None = None, current_dir: Path | None = None) -> Staged:
    """Read ``path`` (a release file or the database's CSV) into a validated catalog.

    A CSV is joined with the hand-written entries of the catalog now in use
    (``current_dir``, default: the one the program uses) and keeps its facts and date: only
    the database's part changes.
    """
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as err:
        raise CatalogUpdateError(f"{path.name} could not be read: {err}") from err
    if text.lstrip().startswith("{"):
        try:
            release = CatalogRelease.model_validate_json(text)
        except ValidationError as err:
            raise CatalogUpdateError(
                f"{path.name} is not a Policywright catalog release ({err.errors()[0]['msg']})"
            ) from err
        source = f"catalog release {release.catalog.get('version', '?')}"
    else:
        release = _release_from_csv(path, text, current_dir or current_catalog_dir())
        source = f"Open Cookie Database CSV {path.name}"
    try:
        catalog = _load_release(release)
    except CatalogError as err:
        raise CatalogUpdateError(f"{path.name} does not hold a valid catalog: {err}") from err
    return Staged(catalog, release, source)


def _release_from_csv(path: Path, text: str, directory: Path) -> CatalogRelease:
    try:
        rows = ocd.read_rows(text)
    except ocd.OcdError as err:
        raise CatalogUpdateError(f"{path.name} is {err}") from err
    handwritten = load_builtin(directory, generated=False)
    base = release_from_dir(directory)
    # The CSV carries no commit: name it by its content, so the source says which copy it was.
    digest = ocd.content_digest(text)
    try:
        built = ocd.build(rows, ocd.load_editorial(), handwritten, f"csv-{digest}")
    except ValueError as err:
        raise CatalogUpdateError(
            f"{path.name} could not be joined with the catalog: {err}"
        ) from err
    info = dict(base.catalog)
    info["version"] = f"{base.catalog['version']}+ocd.{digest}"
    sources = dict(info["sources"])
    sources[ocd.SOURCE] = {
        **sources.get(ocd.SOURCE, {}),
        "title": f"Open Cookie Database, the copy in {path.name} (content {digest})",
    }
    info["sources"] = sources
    return CatalogRelease(catalog=info, services=base.services, database=built.to_json())


def install(staged: Staged, target: Path | None = None) -> Path:
    """Put ``staged`` where the program finds it; the previous update is replaced whole."""
    target = target or update_catalog_dir()
    target.parent.mkdir(parents=True, exist_ok=True)
    fresh = Path(tempfile.mkdtemp(prefix=".catalog-", dir=target.parent))
    shutil.rmtree(fresh)
    write_dir(staged.release, fresh)
    old = target.with_name(target.name + ".old")
    if old.exists():
        shutil.rmtree(old)
    if target.exists():
        target.rename(old)
    fresh.rename(target)
    if old.exists():
        shutil.rmtree(old)
    builtin_catalog.cache_clear()  # the next use reads the catalog now in use
    return target


# ----------------------------------------------------------------------------------------
# What changes


@dataclass(frozen=True)
class FactChange:
    service_id: str
    name: str  # the service's name
    fact: str  # in words: "transfer safeguard", "cookie _ga lifetime"
    old: str
    new: str


@dataclass(frozen=True)
class CatalogChanges:
    added: tuple[CatalogEntry, ...]
    removed: tuple[CatalogEntry, ...]
    changed: tuple[FactChange, ...]

    @property
    def is_empty(self) -> bool:
        return not (self.added or self.removed or self.changed)


def lifetime_words(lifetime: CookieLifetime) -> str:
    kind = lifetime.kind
    if kind is None:
        return "not given"
    if lifetime.period.is_set():
        amount, unit = lifetime.period.amount, lifetime.period.unit
        assert unit is not None
        return f"{amount} {unit.value[:-1] if amount == 1 else unit.value}"
    if lifetime.event:
        return f"until {lifetime.event}"
    return kind.label.lower()


def _entry_facts(entry: CatalogEntry) -> dict[str, str]:
    return {
        "legal entity": entry.legal_entity.name if entry.legal_entity else "not known",
        "role": entry.role.label if entry.role else "not known",
        "countries": ", ".join(entry.data_locations) or "not known",
        "transfer safeguard": entry.transfer_safeguard.label,
        "privacy page": entry.privacy_url or "not known",
    }


def _cookie_facts(entry: CatalogEntry) -> dict[str, str]:
    facts = {}
    for cookie in entry.cookies:
        facts[f"cookie {cookie.name} lifetime"] = lifetime_words(cookie.lifetime)
        category = cookie.cookie_category
        facts[f"cookie {cookie.name} category"] = category.label if category else "not known"
    return facts


def changes(old: Catalog, new: Catalog) -> CatalogChanges:
    """New and removed services, and the facts that differ, between two catalogs."""
    added = tuple(e for e in new if e.id not in old)
    removed = tuple(e for e in old if e.id not in new)
    changed = []
    for entry in new:
        before = old.get(entry.id)
        if before is None:
            continue
        was = _entry_facts(before) | _cookie_facts(before)
        for fact, value in (_entry_facts(entry) | _cookie_facts(entry)).items():
            if fact in was and was[fact] != value:
                changed.append(FactChange(entry.id, entry.name, fact, was[fact], value))
    return CatalogChanges(added, removed, tuple(changed))


def changes_text(found: CatalogChanges, limit: int = 40) -> str:
    """The changes in words, ``limit`` lines of each kind at most."""
    if found.is_empty:
        return "Nothing changes: the new catalog states the same facts."

    def count(n: int, thing: str) -> str:
        return f"{n} {thing}" if n == 1 else f"{n} {thing}s"

    lines = [
        f"{count(len(found.added), 'new service')}, {len(found.removed)} removed, "
        f"{count(len(found.changed), 'changed fact')}."
    ]
    lines += [f"  new: {e.name} ({e.id})" for e in found.added[:limit]]
    lines += [f"  removed: {e.name} ({e.id})" for e in found.removed[:limit]]
    lines += [f"  {c.name}, {c.fact}: {c.old} → {c.new}" for c in found.changed[:limit]]
    hidden = sum(
        max(0, len(group) - limit) for group in (found.added, found.removed, found.changed)
    )
    if hidden:
        lines.append(f"  … and {hidden} more")
    return "\n".join(lines)


def is_stale(info: CatalogInfo, today: dt.date) -> bool:
    """True when the catalog's facts are more than a year old: certifications (the Data
    Privacy Framework's are renewed yearly), entities and cookies change."""
    return today - info.date > STALE_AFTER


# ----------------------------------------------------------------------------------------
# What a project holds that the new facts contradict


@dataclass(frozen=True)
class ProjectDifference:
    """One value in the project that the catalog now states differently."""

    kind: Literal["recipient", "cookie"]
    item_id: str
    item_name: str
    field: str  # the model field: "country", "lifetime", ...
    label: str  # in words
    project_value: str
    catalog_value: str
    value: Any  # what accepting writes into the field


def _recipient_differences(project: Project, catalog: Catalog) -> Iterable[ProjectDifference]:
    for recipient in project.recipients:
        entry = catalog.get(recipient.service_id) if recipient.service_id else None
        if entry is None:
            continue
        # Only facts the catalog knows: an unknown never overwrites what the user found out.
        known: list[tuple[str, str, Any, str]] = []
        if entry.legal_entity:
            known.append(
                ("legal_entity", "legal entity", entry.legal_entity.name, recipient.legal_entity)
            )
        if entry.country:
            known.append(("country", "country", entry.country, recipient.country))
        if entry.transfer_safeguard.is_protected or entry.transfer_safeguard.value == "none":
            current = recipient.transfer_safeguard.label if recipient.transfer_safeguard else ""
            known.append(
                ("transfer_safeguard", "transfer safeguard", entry.transfer_safeguard, current)
            )
        if entry.privacy_url:
            known.append(("policy_url", "privacy page", entry.privacy_url, recipient.policy_url))
        for field, label, value, current in known:
            words = value.label if hasattr(value, "label") else str(value)
            if words != current:
                yield ProjectDifference(
                    "recipient",
                    recipient.id,
                    recipient.name,
                    field,
                    label,
                    current or "—",
                    words,
                    value,
                )


def _cookie_differences(project: Project, catalog: Catalog) -> Iterable[ProjectDifference]:
    for cookie in project.cookies.cookies:
        entry = catalog.get(cookie.service_id) if cookie.service_id else None
        listed = next((c for c in entry.cookies if c.name == cookie.name), None) if entry else None
        if (
            listed is None
            or listed.lifetime.kind is None
            or listed.lifetime.kind.value == "unknown"
        ):
            continue
        now, then = lifetime_words(listed.lifetime), lifetime_words(cookie.lifetime)
        if now != then:
            yield ProjectDifference(
                "cookie",
                cookie.id,
                cookie.name,
                "lifetime",
                "lifetime",
                then,
                now,
                listed.lifetime,
            )


def project_differences(project: Project, catalog: Catalog) -> list[ProjectDifference]:
    """The project's recipients and cookies from the catalog whose values differ from it."""
    return [*_recipient_differences(project, catalog), *_cookie_differences(project, catalog)]


def accept(project: Project, accepted: Iterable[ProjectDifference]) -> Project:
    """A copy of ``project`` with the accepted catalog values written in."""
    result = project.model_copy(deep=True)
    for difference in accepted:
        if difference.kind == "recipient":
            item: Any = result.recipient(difference.item_id)
        else:
            item = next((c for c in result.cookies.cookies if c.id == difference.item_id), None)
        if item is None:
            continue
        value = difference.value
        setattr(
            item,
            difference.field,
            value.model_copy(deep=True) if isinstance(value, BaseModel) else value,
        )
    return result
