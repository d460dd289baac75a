"""The scanner's report: services found with evidence, what is unidentified, what is unseen.

Pydantic models, so the CLI can print the report as JSON and the editor can show it as is.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

from editor.model.cookies import Party, StorageType

from .scan_input import InputKind

EvidenceKind = Literal["host", "cookie", "storage"]


class _Report(BaseModel):
    model_config = ConfigDict(frozen=True)


class Evidence(_Report):
    """Why a service was found: a host it loads from, or a cookie or storage key it sets."""

    kind: EvidenceKind
    value: str  # the host or the cookie name as seen
    pattern: str  # the catalog pattern it matched
    count: int  # requests (hosts) or places seen (cookies)
    example: str  # an example URL, or the domain a cookie was seen on
    shared: bool = False  # other services use the same host or name too


class FoundService(_Report):
    service_id: str
    name: str
    evidence: list[Evidence]


class SeenHost(_Report):
    host: str
    count: int
    example_url: str


class SeenCookie(_Report):
    name: str
    storage_type: StorageType
    domain: str  # where it was seen ("" when the export does not say)
    party: Party | None  # None when the site's own hosts are not known


class Ambiguous(_Report):
    """Something the catalog knows, but from several services none of which was found."""

    kind: EvidenceKind
    value: str
    service_ids: list[str]


class ProjectItem(_Report):
    id: str
    name: str
    service_id: str = ""


class ScanReport(_Report):
    """What a recording shows about a site, compared with the catalog and the project."""

    source: str
    input_kind: InputKind
    site_hosts: list[str]
    requests: int
    found: list[FoundService]
    unidentified_hosts: list[SeenHost]  # third-party hosts only
    unidentified_cookies: list[SeenCookie]
    ambiguous: list[Ambiguous]
    unseen_recipients: list[ProjectItem]  # in the project, could have shown, did not
    unseen_cookies: list[ProjectItem]
    not_checkable: list[ProjectItem]  # recipients a recording cannot show (server-side)

    def found_ids(self) -> list[str]:
        return [f.service_id for f in self.found]
