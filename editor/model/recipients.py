"""Who receives personal data, where it is stored, and how transfers abroad are protected."""

from __future__ import annotations

from pydantic import Field

from editor.model.base import LabeledEnum, Model, new_id
from editor.model.organisation import PostalAddress


class ServiceKind(LabeledEnum):
    """What a third-party service does; shared with the service catalog."""

    ANALYTICS = "analytics", "Analytics"
    TAG_MANAGEMENT = "tag_management", "Tag management"
    ADVERTISING = "advertising", "Advertising and pixels"
    SOCIAL_MEDIA = "social_media", "Social media"
    VIDEO = "video", "Video embeds and hosting"
    MAPS = "maps", "Maps"
    FONTS = "fonts", "Web fonts"
    SECURITY = "security", "Security and bot protection", "Security"
    PAYMENTS = "payments", "Payments"
    SHOP_PLATFORM = "shop_platform", "Shop and website platform", "Shop platform"
    EMAIL_MARKETING = "email_marketing", "Email marketing"
    CRM = "crm", "Customer relationship management", "Customer records (CRM)"
    TRANSACTIONAL_EMAIL = "transactional_email", "Transactional email and SMS", "Email and SMS"
    HOSTING = "hosting", "Hosting and infrastructure", "Hosting"
    CDN = "cdn", "Content delivery network"
    SUPPORT = "support", "Support chat and help desk", "Support chat"
    FORMS = "forms", "Forms and surveys"
    SCHEDULING = "scheduling", "Scheduling and bookings"
    COMMENTS = "comments", "Comments"
    ERROR_TRACKING = "error_tracking", "Error tracking and monitoring", "Error tracking"
    CONSENT_MANAGEMENT = "consent_management", "Consent management"
    DELIVERY = "delivery", "Delivery and logistics"
    ACCOUNTING = "accounting", "Accounting and professional advisers", "Accountants, advisers"
    COMMUNICATION = "communication", "Email, calls and meetings"
    AUTHORITIES = "authorities", "Public authorities"
    GROUP_COMPANY = "group_company", "Companies in our group"
    OTHER = "other", "Other"


class RecipientRole(LabeledEnum):
    PROCESSOR = "processor", "Processor (works on our behalf)"
    CONTROLLER = "controller", "Independent controller (uses data for its own purposes)"
    JOINT_CONTROLLER = "joint_controller", "Joint controller (decides with us)"
    # An answer of its own, not a guess: the owner has not found out yet. The policy names the
    # recipient without saying what it may do, and the checks keep asking.
    NOT_SURE = "not_sure", "Not sure yet (we still have to find out)", "Not sure yet"
    # A tool the business runs on its own servers (self-hosted analytics, its own mail server):
    # no one else receives the data, so it is neither a recipient nor a transfer in the policy.
    SELF_HOSTED = "self_hosted", "We run it ourselves (no one else gets the data)", "Run by us"

    @property
    def uses_data_itself(self) -> bool:
        """The recipient decides, alone or with us, what the data is used for."""
        return self in (RecipientRole.CONTROLLER, RecipientRole.JOINT_CONTROLLER)


class TransferSafeguard(LabeledEnum):
    """How a transfer out of the EU/EEA or UK is protected (GDPR Chapter V)."""

    NOT_NEEDED = "not_needed", "No transfer: data stays in the EU/EEA or UK", "No transfer"
    ADEQUACY = "adequacy", "Adequacy decision for the country", "Adequacy decision"
    DPF = "dpf", "EU–US Data Privacy Framework (and UK extension)"
    SCC = "scc", "Standard contractual clauses"
    UK_IDTA = "uk_idta", "UK IDTA or UK Addendum"
    BCR = "bcr", "Binding corporate rules"
    CONSENT = "consent", "Explicit consent"
    DEROGATION = "derogation", "Another Art. 49 derogation"
    OTHER = "other", "Another safeguard (describe it below)", "Other safeguard"
    # Struck down by the EU Court of Justice, yet still named in many old policies: chosen
    # only to be told by check what replaces it, and never said in the policy as protection.
    PRIVACY_SHIELD = "privacy_shield", "EU–US Privacy Shield (invalid since July 2020)"
    SAFE_HARBOR = "safe_harbor", "EU–US Safe Harbor (invalid since October 2015)"
    NONE = "none", "None"
    UNKNOWN = "unknown", "Not known yet"

    @property
    def is_protected(self) -> bool:
        """A recognised mechanism (or no transfer at all)."""
        return self not in (TransferSafeguard.NONE, TransferSafeguard.UNKNOWN, *OBSOLETE)

    @property
    def is_obsolete(self) -> bool:
        return self in OBSOLETE


OBSOLETE = (TransferSafeguard.PRIVACY_SHIELD, TransferSafeguard.SAFE_HARBOR)


class PaymentReturn(LabeledEnum):
    """What a payment provider sends back to the business about a payment."""

    CONFIRMATION = "confirmation", "Whether the payment went through"
    TRANSACTION_ID = "transaction_id", "A transaction reference"
    CARD_LAST_DIGITS = "card_last_digits", "The last four digits of the card"
    CARD_BRAND = "card_brand", "The card type (Visa, Mastercard …)"
    CARD_EXPIRY = "card_expiry", "The card's expiry date"
    BILLING_ADDRESS = "billing_address", "The billing address"
    PAYER_EMAIL = "payer_email", "The payer's email address"


class Recipient(Model):
    """A third party or processor that receives personal data."""

    id: str = Field(default_factory=new_id)
    name: str = ""  # e.g. "Stripe"
    legal_entity: str = ""  # e.g. "Stripe Payments Europe, Ltd."
    kind: ServiceKind | None = None
    role: RecipientRole | None = None
    purpose: str = ""  # why they get the data, in our words
    purpose_ids: list[str] = Field(default_factory=list)
    data_category_ids: list[str] = Field(default_factory=list)
    data_shared: str = ""  # what they get, in words, when categories do not say it
    country: str = ""  # ISO code of where they process the data
    city: str = ""  # the city or region there, e.g. "Dublin" or "Frankfurt am Main"
    # Their registered address, for readers who want to write to them.
    legal_address: PostalAddress = Field(default_factory=PostalAddress)
    # For a payment provider: what it tells the business about a payment (never the full card).
    returns: list[PaymentReturn] = Field(default_factory=list)
    transfer_safeguard: TransferSafeguard | None = None
    safeguard_details: str = ""
    policy_url: str = ""
    opt_out_url: str = ""
    service_id: str = ""  # the catalog entry it came from, if any

    @property
    def receives_data(self) -> bool:
        """Someone else gets the data: anything but a tool the business runs itself."""
        return self.role is not RecipientRole.SELF_HOSTED

    @property
    def role_unsettled(self) -> bool:
        """Nobody has said yet whether it works for us: unanswered, or "not sure yet"."""
        return self.role in (None, RecipientRole.NOT_SURE)


class Transfer(Model):
    """A transfer abroad that is not to a listed recipient, e.g. to our own office."""

    id: str = Field(default_factory=new_id)
    country: str = ""  # ISO code of where the data goes
    description: str = ""  # who or what receives it there
    safeguard: TransferSafeguard | None = None
    details: str = ""


class DataLocation(Model):
    """Where data is stored, and transfers abroad beyond the recipients' own."""

    storage_countries: list[str] = Field(default_factory=list)  # ISO codes
    hosting_description: str = ""  # e.g. "on servers in Frankfurt run by Hetzner"
    transfers: list[Transfer] = Field(default_factory=list)
    safeguard_copy: str = ""  # how to get a copy of the safeguards


class DisclosureOccasion(Model):
    """One more occasion on which data may be shared, said as its own sentence."""

    id: str = Field(default_factory=new_id)
    description: str = ""  # e.g. "with social services if someone is at serious risk of harm"


class Disclosures(Model):
    """When data may be shared beyond the listed recipients, and whether it is sold."""

    # Whether anyone outside the business receives personal data at all: False says "we share
    # it with no one" (the CCPA asks for that statement), None says nothing either way.
    discloses_to_others: bool | None = None
    # A page that lists every processor ("subprocessors" to a SaaS's customers), kept up to date
    # outside the policy.
    subprocessor_list_url: str = ""
    legal_requests: bool | None = None  # to comply with the law or a court order
    # When an authority asks for someone's data: they are told unless the law forbids it.
    tells_people_of_requests: bool | None = None
    # A page that says no secret request has been received, updated regularly; when it stops
    # being updated, readers may assume one was.
    warrant_canary_url: str = ""
    protect_rights: bool | None = None  # to protect rights, property or safety
    business_transfer: bool | None = None  # if the business is sold or merged
    # Whoever takes the business over must keep to this policy for the data they receive; the
    # policy says so only when the owner answered it.
    buyer_keeps_policy: bool | None = None
    with_consent: bool | None = None  # whenever the person asks or agrees
    group_companies: bool | None = None
    group_details: str = ""
    # Format 3: each other occasion its own sentence (format 2's one "other" text became one).
    other_occasions: list[DisclosureOccasion] = Field(default_factory=list)
    government_requests: str = ""  # e.g. "we have never received a government request"
    sells_personal_information: bool | None = None
    shares_for_targeted_ads: bool | None = None  # "sharing" in the CCPA's sense
    sale_details: str = ""
    uses_sensitive_beyond_permitted: bool | None = None  # CCPA §1798.121
    # CCPA §1798.135: the pages behind the "Do Not Sell or Share My Personal Information" and
    # "Limit the Use of My Sensitive Personal Information" links, when those links are needed.
    do_not_sell_url: str = ""
    limit_use_url: str = ""
    # CCPA §1798.120(c), 11 CCR §7011(e)(3)(I): actual knowledge of selling or sharing the
    # data of consumers under 16, and then how they (or a parent, under 13) opt in.
    sells_data_of_under_16s: bool | None = None
    under_16_opt_in: str = ""
    # Texas (Bus. & Com. Code §541.102(b)-(c)): selling sensitive or biometric data means
    # printing the statute's NOTICE lines.
    sells_sensitive_data: bool | None = None
    sells_biometric_data: bool | None = None
    # Personal data is collected, used or sold to train large language models (Connecticut
    # since 1 July 2026 asks the policy to say whether it is).
    trains_language_models: bool | None = None
