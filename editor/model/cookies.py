"""Cookies and similar technologies (local storage, pixels, SDKs)."""

from __future__ import annotations

from pydantic import Field

from editor.model.base import Duration, LabeledEnum, Model, new_id


class CookieCategory(LabeledEnum):
    STRICTLY_NECESSARY = "strictly_necessary", "Strictly necessary"
    FUNCTIONAL = "functional", "Functional (preferences)"
    ANALYTICS = "analytics", "Analytics"
    MARKETING = "marketing", "Marketing and advertising", "Marketing"
    # Found on the site (e.g. by the scanner) but not yet described: treated as needing consent.
    UNCLASSIFIED = "unclassified", "Not yet classified"

    @property
    def needs_consent(self) -> bool:
        """Under the ePrivacy rules everything but strictly necessary storage needs consent."""
        return self is not CookieCategory.STRICTLY_NECESSARY


class StorageType(LabeledEnum):
    COOKIE = "cookie", "Cookie"
    LOCAL_STORAGE = "local_storage", "Local storage"
    SESSION_STORAGE = "session_storage", "Session storage"
    INDEXED_DB = "indexed_db", "IndexedDB"
    PIXEL = "pixel", "Pixel or web beacon"
    SDK = "sdk", "App SDK"
    OTHER = "other", "Other"


class Party(LabeledEnum):
    FIRST_PARTY = "first_party", "First party (ours)"
    THIRD_PARTY = "third_party", "Third party"


class LifetimeKind(LabeledEnum):
    SESSION = "session", "Until the browser is closed"
    PERIOD = "period", "For a set period"
    UNTIL_EVENT = "until_event", "Until something happens"
    PERSISTENT = "persistent", "Until deleted"
    UNKNOWN = "unknown", "Not known"


class CookieLifetime(Model):
    kind: LifetimeKind | None = None
    period: Duration = Field(default_factory=Duration)
    event: str = ""  # e.g. "you log out", "the basket is emptied"

    def is_answered(self) -> bool:
        if self.kind is None:
            return False
        if self.kind is LifetimeKind.PERIOD:
            return self.period.is_set()
        if self.kind is LifetimeKind.UNTIL_EVENT:
            return bool(self.event.strip())
        return True


class Cookie(Model):
    """One cookie or other piece of browser or device storage."""

    id: str = Field(default_factory=new_id)
    name: str = ""  # exact name or a pattern such as "_ga_*"
    provider: str = ""  # who sets it, e.g. "Google" or our own name
    party: Party | None = None
    storage_type: StorageType = StorageType.COOKIE
    category: CookieCategory | None = None
    purpose: str = ""
    lifetime: CookieLifetime = Field(default_factory=CookieLifetime)
    recipient_id: str = ""  # the recipient that receives what it collects, if any
    service_id: str = ""  # the catalog service it came from, if any


class CategoryUse(Model):
    """A category of cookies described in words, for policies without a named table."""

    id: str = Field(default_factory=new_id)
    category: CookieCategory | None = None
    description: str = ""  # e.g. "keep you logged in and remember your basket"


class ConsentMechanism(LabeledEnum):
    BANNER_OPT_IN = "banner_opt_in", "A banner asks before any optional cookie is set"
    BANNER_NOTICE = "banner_notice", "A banner informs; people can opt out"
    SETTINGS_PAGE = "settings_page", "A cookie settings page"
    BROWSER_SETTINGS = "browser_settings", "Only the browser's own settings"
    NOT_NEEDED = "not_needed", "Not needed: only strictly necessary cookies"


class CookieSettings(Model):
    """The cookie section: whether cookies are used, how they are described, how consent works.

    Real policies describe cookies in four ways and each is representable: a named table
    (``cookies``), categories and purposes only (``category_uses``), lifetimes as events
    (``CookieLifetime.UNTIL_EVENT``), or no cookies at all (``uses_cookies = False``).
    """

    uses_cookies: bool | None = None
    cookies: list[Cookie] = Field(default_factory=list)
    category_uses: list[CategoryUse] = Field(default_factory=list)
    consent: ConsentMechanism | None = None
    consent_details: str = ""
    how_to_manage: str = ""  # browser settings, a "cookie settings" link, ...
    cookie_policy_url: str = ""  # a separate cookie policy, if there is one

    def categories_in_use(self) -> list[CookieCategory]:
        """Every category named by a cookie or a category description, in enum order."""
        seen = {c.category for c in self.cookies} | {u.category for u in self.category_uses}
        return [c for c in CookieCategory if c in seen]
