"""What the policy covers: the websites, apps, shops and services."""

from __future__ import annotations

from pydantic import Field

from editor.model.base import LabeledEnum, Model, new_id


class PropertyKind(LabeledEnum):
    WEBSITE = "website", "Website"
    ONLINE_SHOP = "online_shop", "Online shop"
    WEB_APP = "web_app", "Web application or SaaS"
    MOBILE_APP = "mobile_app", "Mobile app"
    DESKTOP_APP = "desktop_app", "Desktop software"
    NEWSLETTER = "newsletter", "Newsletter or mailing list"
    PREMISES = "premises", "Shop, café or office in person", "In person"
    SOCIAL_MEDIA = "social_media", "Social media page"
    SERVICE = "service", "Other service"


class CoveredProperty(Model):
    """One website, app, shop or service the policy applies to."""

    id: str = Field(default_factory=new_id)
    kind: PropertyKind | None = None
    name: str = ""
    url: str = ""
    platforms: str = ""  # e.g. "iOS and Android"
    # What this one does differently from the rest, e.g. "the free version shows ads from AdMob".
    differences: str = ""


class Scope(Model):
    properties: list[CoveredProperty] = Field(default_factory=list)
    # True: the policy covers everything the business offers, the listed ones among them ("all
    # our apps, including ..."); False: only what is listed; None: not answered.
    covers_everything: bool | None = None
    not_covered: str = ""  # e.g. "sites we link to, which have their own policies"

    def has_kind(self, *kinds: PropertyKind) -> bool:
        return any(p.kind in kinds for p in self.properties)
