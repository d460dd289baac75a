"""The offline scanner: which catalog services a site really uses, from what a browser saw.

Input is what the user's own browser recorded of their site: a HAR file or a cookie export
(see :mod:`editor.catalog.scan_input`). Request hosts and cookie names are matched against
the catalog; the report lists the services found with their evidence, the third-party hosts
and cookies nobody could identify, and what the project lists but the recording never showed.
"""

from __future__ import annotations

import json
import os
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, cast
from urllib.parse import urlsplit

from editor.model.cookies import Party, StorageType
from editor.model.project import Project

from .loader import Catalog
from .matching import CookieMatcher, HostMatcher, is_first_party, wildcard_regex
from .report import (
    Ambiguous,
    Evidence,
    EvidenceKind,
    FoundService,
    ProjectItem,
    ScanReport,
    SeenCookie,
    SeenHost,
)
from .scan_input import (
    MAX_COOKIE_EXPORT,
    InputKind,
    JsonDocument,
    Request,
    ScanInputError,
    StoredItem,
    open_stream,
    stored_items_from_cookies_txt,
    stored_items_from_json,
    stored_items_from_origins,
    walk_json_object,
)

__all__ = ["ScanInputError", "ScanReport", "scan_file", "scan_items", "scan_requests"]

# Called as reading goes on with (bytes read, file size): for a progress bar. It may raise to
# stop the scan (the editor's Cancel button); the exception reaches scan_file's caller.
Progress = Callable[[int, int], None]


class _ReportingReader:
    """A file being read, telling ``progress`` how far it has got (the stream only reads)."""

    def __init__(self, handle: IO[bytes], progress: Progress) -> None:
        self._handle = handle
        self._progress = progress
        self._total = os.fstat(handle.fileno()).st_size
        self._done = 0

    def read(self, size: int | None = -1) -> bytes:
        data = self._handle.read(-1 if size is None else size)
        self._done += len(data)
        self._progress(min(self._done, self._total), self._total)
        return data


def _host_of(text: str) -> str:
    if "://" in text:
        try:
            return (urlsplit(text).hostname or "").lower()
        except ValueError:  # e.g. "https://[host" is not a URL
            return ""
    return ""


@dataclass
class _Hit:
    count: int
    example: str


@dataclass
class _HostTally:
    count: int
    example: str
    matched: bool = False


HitKey = tuple[EvidenceKind, str, str, tuple[str, ...]]  # kind, value, pattern, service ids


class _Collector:
    """Evidence gathered while reading, resolved into a report at the end."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self.hosts = HostMatcher(catalog)
        self.cookies = CookieMatcher(catalog, self.hosts)
        self.hits: dict[HitKey, _Hit] = {}
        self.site_only: set[HitKey] = set()  # hits that count only on the site's own hosts
        self.host_tally: dict[str, _HostTally] = {}
        self.seen_items: dict[tuple[str, StorageType, str], None] = {}
        self.requests = 0
        self.first_url = ""

    def _hit(self, key: HitKey, example: str) -> None:
        hit = self.hits.get(key)
        if hit is None:
            self.hits[key] = _Hit(1, example)
        else:
            hit.count += 1

    def add_request(self, request: Request) -> None:
        try:
            parts = urlsplit(request.url)
        except ValueError:  # not a URL (e.g. an unclosed IPv6 bracket): no request was made
            return
        if parts.scheme not in ("http", "https", "ws", "wss") or not parts.hostname:
            return  # data:, blob:, extensions: nothing leaves the browser
        self.requests += 1
        self.first_url = self.first_url or request.url
        host = parts.hostname.lower()
        path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        tally = self.host_tally.get(host)
        if tally is None:
            tally = self.host_tally[host] = _HostTally(0, request.url)
        tally.count += 1
        match = self.hosts.match(host, path)
        if match is not None:
            key: HitKey = ("host", host, match.pattern, match.service_ids)
            if match.site_only:
                self.site_only.add(key)
            else:
                tally.matched = True
            self._hit(key, request.url)
        for name, domain in request.cookies:
            self.add_item(StoredItem(name, domain or host, StorageType.COOKIE))

    def add_item(self, item: StoredItem) -> None:
        key = (item.name, item.storage_type, item.domain)
        if key in self.seen_items:
            return
        self.seen_items[key] = None
        match = self.cookies.match(item.name, item.storage_type, item.domain)
        if match is not None:
            kind: EvidenceKind = "cookie" if item.storage_type is StorageType.COOKIE else "storage"
            self._hit((kind, item.name, match.pattern, match.service_ids), item.domain)

    def _evidence(self, site_hosts: list[str]) -> tuple[dict[str, list[Evidence]], list[Ambiguous]]:
        evidence: dict[str, list[Evidence]] = defaultdict(list)
        shared: list[tuple[HitKey, _Hit]] = []
        for key, hit in self.hits.items():
            kind, value, pattern, ids = key
            if key in self.site_only and not is_first_party(value, site_hosts):
                continue
            if len(ids) == 1:
                evidence[ids[0]].append(
                    Evidence(
                        kind=kind,
                        value=value,
                        pattern=pattern,
                        count=hit.count,
                        example=hit.example,
                    )
                )
            else:
                shared.append((key, hit))
        ambiguous = []
        for (kind, value, pattern, ids), hit in shared:
            # A host or name several services share counts only for those that other
            # evidence already found; otherwise the user is told it could be any of them.
            owners = [i for i in ids if i in evidence]
            for owner in owners:
                evidence[owner].append(
                    Evidence(
                        kind=kind,
                        value=value,
                        pattern=pattern,
                        count=hit.count,
                        example=hit.example,
                        shared=True,
                    )
                )
            if not owners:
                ambiguous.append(Ambiguous(kind=kind, value=value, service_ids=list(ids)))
        return evidence, ambiguous

    def report(
        self,
        source: str,
        input_kind: InputKind,
        site_hosts: list[str],
        project: Project | None,
        storage_types: frozenset[StorageType],
    ) -> ScanReport:
        evidence, ambiguous = self._evidence(site_hosts)
        found = []
        for service_id, items in evidence.items():
            entry = self.catalog.get(service_id)
            items.sort(key=lambda e: (e.shared, e.kind, e.value))
            name = entry.name if entry else service_id
            found.append(FoundService(service_id=service_id, name=name, evidence=items))
        found.sort(key=lambda f: f.name.casefold())
        unidentified_hosts = [
            SeenHost(host=host, count=tally.count, example_url=tally.example)
            for host, tally in self.host_tally.items()
            if not tally.matched and not is_first_party(host, site_hosts)
        ]
        unidentified_hosts.sort(key=lambda h: (-h.count, h.host))
        known = {(value, kind) for (kind, value, _, _) in self.hits}
        unidentified_cookies = []
        for name, storage, domain in self.seen_items:
            kind = "cookie" if storage is StorageType.COOKIE else "storage"
            if (name, kind) in known:
                continue
            party = None
            if site_hosts and domain:
                first = is_first_party(domain, site_hosts)
                party = Party.FIRST_PARTY if first else Party.THIRD_PARTY
            unidentified_cookies.append(
                SeenCookie(name=name, storage_type=storage, domain=domain, party=party)
            )
        unidentified_cookies.sort(key=lambda c: (c.name.casefold(), c.domain))
        unseen_r, unseen_c, not_checkable = _compare_project(
            project, self.catalog, set(evidence), self.seen_items, storage_types
        )
        return ScanReport(
            source=source,
            input_kind=input_kind,
            site_hosts=site_hosts,
            requests=self.requests,
            found=found,
            unidentified_hosts=unidentified_hosts,
            unidentified_cookies=unidentified_cookies,
            ambiguous=ambiguous,
            unseen_recipients=unseen_r,
            unseen_cookies=unseen_c,
            not_checkable=not_checkable,
        )


def _compare_project(
    project: Project | None,
    catalog: Catalog,
    found: set[str],
    seen: dict[tuple[str, StorageType, str], None],
    storage_types: frozenset[StorageType],
) -> tuple[list[ProjectItem], list[ProjectItem], list[ProjectItem]]:
    if project is None:
        return [], [], []
    unseen_recipients, not_checkable = [], []
    for recipient in project.recipients:
        if not recipient.service_id or recipient.service_id in found:
            continue
        item = ProjectItem(id=recipient.id, name=recipient.name, service_id=recipient.service_id)
        entry = catalog.get(recipient.service_id)
        if entry is None or not entry.loads_in_browser:
            not_checkable.append(item)
        else:
            unseen_recipients.append(item)
    seen_names = [(name, storage) for (name, storage, _) in seen]
    unseen_cookies = []
    for cookie in project.cookies.cookies:
        # Only what this kind of recording can show: a cookie file says nothing of local storage.
        if not cookie.name.strip() or cookie.storage_type not in storage_types:
            continue
        pattern = wildcard_regex(cookie.name.strip())
        if not any(s is cookie.storage_type and pattern.fullmatch(n) for n, s in seen_names):
            unseen_cookies.append(
                ProjectItem(id=cookie.id, name=cookie.name, service_id=cookie.service_id)
            )
    return unseen_recipients, unseen_cookies, not_checkable


def _site_hosts(given: Iterable[str] | None, doc: JsonDocument | None, first_url: str) -> list[str]:
    if given is not None:
        return [h.lower().strip() for h in given if h.strip()]
    for candidate in ((doc.first_page if doc else ""), first_url):
        host = _host_of(candidate)
        if host:
            return [host]
    return []


def scan_requests(
    requests: Iterable[Request],
    catalog: Catalog,
    *,
    project: Project | None = None,
    site_hosts: Iterable[str] | None = None,
    source: str = "",
) -> ScanReport:
    """Scan requests already in memory (tests, or a recording made some other way)."""
    collector = _Collector(catalog)
    for request in requests:
        collector.add_request(request)
    hosts = _site_hosts(site_hosts, None, collector.first_url)
    return collector.report(source, "har", hosts, project, frozenset({StorageType.COOKIE}))


def scan_items(
    items: Iterable[StoredItem],
    catalog: Catalog,
    *,
    project: Project | None = None,
    site_hosts: Iterable[str] | None = None,
    source: str = "",
    input_kind: InputKind = "cookie_json",
) -> ScanReport:
    """Scan cookies and storage keys from an export."""
    collector = _Collector(catalog)
    items = list(items)
    for item in items:
        collector.add_item(item)
    types = frozenset({StorageType.COOKIE} | {i.storage_type for i in items})
    hosts = _site_hosts(site_hosts, None, "")
    return collector.report(source, input_kind, hosts, project, types)


def scan_file(
    path: Path | str,
    catalog: Catalog,
    *,
    project: Project | None = None,
    site_hosts: Iterable[str] | None = None,
    progress: Progress | None = None,
) -> ScanReport:
    """Scan a HAR file or a cookie export, whichever ``path`` holds.

    ``site_hosts`` are the site's own hosts (first party); without them a HAR's first page is
    taken as the site. ``progress`` hears how much of a HAR file has been read. Raises
    :class:`ScanInputError` for anything that is not a readable HAR file or cookie export.
    """
    path = Path(path)
    try:
        handle = path.open("rb")
    except FileNotFoundError as err:
        raise ScanInputError(path, "there is no such file", detail=str(err)) from err
    except IsADirectoryError as err:
        raise ScanInputError(path, "this is a folder, not a file", detail=str(err)) from err
    except OSError as err:
        raise ScanInputError(path, "the file could not be opened", detail=str(err)) from err
    with handle:
        head = handle.read(4096).lstrip(b"\xef\xbb\xbf \t\r\n")
        handle.seek(0)
        if not head:
            raise ScanInputError(path, "the file is empty")
        if head[:1] == b"{":
            reader: IO[bytes] = handle
            if progress is not None:
                reader = cast(IO[bytes], _ReportingReader(handle, progress))
            return _scan_json_object(path, reader, catalog, project, site_hosts)
        if head[:1] == b"[":
            data = _load_small_json(path, handle)
            items = stored_items_from_json(data, path)
            return scan_items(
                items, catalog, project=project, site_hosts=site_hosts, source=path.name
            )
        text = _read_small_text(path, handle)
        items = stored_items_from_cookies_txt(text, path)
        return scan_items(
            items,
            catalog,
            project=project,
            site_hosts=site_hosts,
            source=path.name,
            input_kind="cookies_txt",
        )


def _scan_json_object(
    path: Path,
    handle: IO[bytes],
    catalog: Catalog,
    project: Project | None,
    site_hosts: Iterable[str] | None,
) -> ScanReport:
    stream = open_stream(handle, path)
    doc = JsonDocument()
    collector = _Collector(catalog)
    for request in walk_json_object(stream, doc):
        collector.add_request(request)
    if doc.kind == "har":
        hosts = _site_hosts(site_hosts, doc, collector.first_url)
        return collector.report(path.name, "har", hosts, project, frozenset({StorageType.COOKIE}))
    if doc.kind == "storage_state":
        items = stored_items_from_json(doc.cookies or [], path)
        items += stored_items_from_origins(doc.origins or [])
        return scan_items(
            items,
            catalog,
            project=project,
            site_hosts=site_hosts,
            source=path.name,
            input_kind="storage_state",
        )
    raise ScanInputError(
        path,
        "this JSON file is neither a HAR file (saved from the browser's developer tools) "
        "nor a cookie export.",
    )


def _load_small_json(path: Path, handle: IO[bytes]) -> object:
    text = _read_small_text(path, handle)
    try:
        return json.loads(text)
    except (ValueError, RecursionError) as err:  # RecursionError: nested thousands deep
        raise ScanInputError(
            path, "the file is damaged or incomplete: it is not valid JSON", detail=str(err)
        ) from err


def _read_small_text(path: Path, handle: IO[bytes]) -> str:
    data = handle.read(MAX_COOKIE_EXPORT + 1)
    if len(data) > MAX_COOKIE_EXPORT:
        raise ScanInputError(path, "the file is far too large to be a cookie export")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise ScanInputError(
            path, "the file is neither a HAR file nor a cookie export", detail=str(err)
        ) from err
