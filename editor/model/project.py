"""The root of a project: every answer about one privacy policy, plus the policy's metadata."""

from __future__ import annotations

import datetime as dt

from pydantic import Field

from editor.model.base import LabeledEnum, Model
from editor.model.cookies import CookieSettings
from editor.model.custom import CustomSection
from editor.model.data import DataCategory, NotCollected, Purpose, RetentionPolicy
from editor.model.imported import ImportedPolicy
from editor.model.jurisdiction import Jurisdictions
from editor.model.organisation import Contact, Organisation
from editor.model.practices import (
    AppBehaviour,
    AutomatedDecisions,
    Changes,
    Children,
    Security,
    Tracking,
    Visibility,
)
from editor.model.recipients import DataLocation, Disclosures, Recipient
from editor.model.rights import Rights
from editor.model.scope import Scope
from editor.model.versions import PublishedVersion


class ChangeEntry(Model):
    """One line of the policy's change history, written by the user or on publishing."""

    date: dt.date | None = None
    version_label: str = ""
    summary: str = ""


class LegalTerms(LabeledEnum):
    """How much of the law's own naming follows the plain words of a right, legal reason,
    role or safeguard: readers understand the plain words, a lawyer or regulator looks for the
    term ("rectification"), and some want the article to look it up."""

    PLAIN = "plain", "Plain words only"
    TERM = "term", "Plain words, then the legal term"
    ARTICLE = "article", "Plain words, then the legal term and its article"


class EnglishSpelling(LabeledEnum):
    """The English the policy is written in: its spelling and how dates read."""

    UK = "en-GB", "UK English (organisation, 1 March 2026)"
    US = "en-US", "US English (organization, March 1, 2026)"


class Voice(LabeledEnum):
    """Who speaks in the policy: an organisation or team ("we"), or one person ("I")."""

    WE = "we", "We (an organisation, or a team)"
    I = "i", "I (one person)"  # noqa: E741 - the pronoun


class PolicyInfo(Model):
    """The policy document's own metadata."""

    title: str = "Privacy Policy"
    language: str = "en"  # BCP 47 tag; selects templates/<language>/
    effective_date: dt.date | None = None
    last_updated: dt.date | None = None
    version_label: str = ""
    change_history: list[ChangeEntry] = Field(default_factory=list)
    show_summary: bool = True  # the "at a glance" layer before the full text
    show_change_history: bool = False
    legal_terms: LegalTerms = LegalTerms.TERM
    # None: the spelling of the country where the organisation is (US English in the US).
    spelling: EnglishSpelling | None = None
    voice: Voice = Voice.WE


class Project(Model):
    """Everything a business has answered about its privacy policy.

    A half-filled draft is a valid project: every field is optional or defaulted, and
    completeness is judged by the checks, never by refusing to load or save.
    """

    policy: PolicyInfo = Field(default_factory=PolicyInfo)
    organisation: Organisation = Field(default_factory=Organisation)
    contact: Contact = Field(default_factory=Contact)
    scope: Scope = Field(default_factory=Scope)
    jurisdictions: Jurisdictions = Field(default_factory=Jurisdictions)
    data_categories: list[DataCategory] = Field(default_factory=list)
    purposes: list[Purpose] = Field(default_factory=list)
    not_collected: NotCollected = Field(default_factory=NotCollected)
    cookies: CookieSettings = Field(default_factory=CookieSettings)
    recipients: list[Recipient] = Field(default_factory=list)
    disclosures: Disclosures = Field(default_factory=Disclosures)
    data_location: DataLocation = Field(default_factory=DataLocation)
    retention: RetentionPolicy = Field(default_factory=RetentionPolicy)
    visibility: Visibility = Field(default_factory=Visibility)
    apps: AppBehaviour = Field(default_factory=AppBehaviour)
    security: Security = Field(default_factory=Security)
    rights: Rights = Field(default_factory=Rights)
    children: Children = Field(default_factory=Children)
    tracking: Tracking = Field(default_factory=Tracking)
    automated_decisions: AutomatedDecisions = Field(default_factory=AutomatedDecisions)
    changes: Changes = Field(default_factory=Changes)
    custom_sections: list[CustomSection] = Field(default_factory=list)
    # The old policy this project was started from, with the answers proposed from it.
    imported: ImportedPolicy = Field(default_factory=ImportedPolicy)
    # Every version the business published, oldest first; the answers above are the draft.
    published: list[PublishedVersion] = Field(default_factory=list)

    def purpose(self, purpose_id: str) -> Purpose | None:
        return next((p for p in self.purposes if p.id == purpose_id), None)

    def data_category(self, category_id: str) -> DataCategory | None:
        return next((c for c in self.data_categories if c.id == category_id), None)

    def recipient(self, recipient_id: str) -> Recipient | None:
        return next((r for r in self.recipients if r.id == recipient_id), None)
