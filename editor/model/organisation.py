"""Who publishes the policy and how people reach them."""

from __future__ import annotations

from pydantic import Field

from editor.model.base import LabeledEnum, Model, is_blank


class PublisherKind(LabeledEnum):
    COMPANY = "company", "A company"
    SOLE_TRADER = "sole_trader", "A sole trader or freelancer"
    PARTNERSHIP = "partnership", "A partnership"
    NONPROFIT = "nonprofit", "A charity, club or non-profit"
    INDIVIDUAL = "individual", "A person publishing under their own name or a handle"
    PUBLIC_BODY = "public_body", "A public body"
    OTHER = "other", "Something else"


class PostalAddress(Model):
    """A postal address; every part is optional because many publishers have none to give."""

    street: str = ""
    locality: str = ""
    region: str = ""
    postal_code: str = ""
    country: str = ""  # ISO 3166-1 alpha-2 code, e.g. "IE"

    def is_empty(self) -> bool:
        return all(
            is_blank(v)
            for v in (self.street, self.locality, self.region, self.postal_code, self.country)
        )


class ContactPoint(Model):
    """A named person or office with ways to reach them: a DPO or a representative."""

    name: str = ""
    email: str = ""
    phone: str = ""
    web_form_url: str = ""
    address: PostalAddress = Field(default_factory=PostalAddress)

    def is_empty(self) -> bool:
        return (
            all(is_blank(v) for v in (self.name, self.email, self.phone, self.web_form_url))
            and self.address.is_empty()
        )


class Organisation(Model):
    """The business, person or body that decides how personal data is used (the controller)."""

    kind: PublisherKind | None = None
    legal_name: str = ""
    trading_name: str = ""  # brand, shop name or the handle a person publishes under
    registration_number: str = ""
    address: PostalAddress = Field(default_factory=PostalAddress)
    country: str = ""  # where the business is established, ISO code
    website: str = ""
    description: str = ""  # one sentence on what the business does
    has_dpo: bool | None = None
    dpo: ContactPoint = Field(default_factory=ContactPoint)
    has_eu_representative: bool | None = None
    eu_representative: ContactPoint = Field(default_factory=ContactPoint)
    has_uk_representative: bool | None = None
    uk_representative: ContactPoint = Field(default_factory=ContactPoint)

    @property
    def display_name(self) -> str:
        """The name readers know the business by."""
        return (self.trading_name or self.legal_name).strip()


class Contact(Model):
    """How people reach the business about privacy."""

    email: str = ""
    phone: str = ""
    web_form_url: str = ""
    contact_name: str = ""  # a person or team, e.g. "Our privacy team"
    use_organisation_address: bool = True
    postal_address: PostalAddress = Field(default_factory=PostalAddress)
    notes: str = ""

    def has_channel(self) -> bool:
        """At least one way to get in touch has been given."""
        return not all(is_blank(v) for v in (self.email, self.phone, self.web_form_url))
