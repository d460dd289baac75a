"""What the app stores ask beyond the policy: Apple's App Privacy and Google Play's Data safety.

The stores describe data in their own types and purposes, and ask questions the policy never
needs (is it linked to the person? used to track them? sent off the phone at all?). These are
the answers to those questions, one entry per data category and per purpose of the project.
"""

from __future__ import annotations

from pydantic import Field

from editor.model.base import LabeledEnum, Model, new_id


class StoreDataType(LabeledEnum):
    """The stores' data types. Each has one of Apple's identifiers and one of Google's types
    (editor/records/store_types.py); Apple's "sensitive info" is split where Google's is."""

    NAME = "name", "Name"
    EMAIL = "email", "Email address"
    PHONE = "phone", "Phone number"
    ADDRESS = "address", "Physical address"
    OTHER_CONTACT = "other_contact", "Other contact details"
    USER_ID = "user_id", "User ID (account number or name)"
    DEVICE_ID = "device_id", "Device ID (advertising or device identifier)"
    PAYMENT_INFO = "payment_info", "Payment information"
    CREDIT_INFO = "credit_info", "Credit score or credit information"
    OTHER_FINANCIAL = "other_financial", "Other financial information"
    PURCHASE_HISTORY = "purchase_history", "Purchase history"
    PRECISE_LOCATION = "precise_location", "Precise location"
    COARSE_LOCATION = "coarse_location", "Approximate location"
    HEALTH = "health", "Health information"
    FITNESS = "fitness", "Fitness and exercise data"
    CONTACTS = "contacts", "The person's contacts (address book)"
    EMAILS_OR_TEXTS = "emails_or_texts", "Emails or text messages"
    PHOTOS_OR_VIDEOS = "photos_or_videos", "Photos or videos"
    AUDIO = "audio", "Voice or sound recordings"
    CUSTOMER_SUPPORT = "customer_support", "Customer support requests"
    OTHER_USER_CONTENT = "other_user_content", "Other content people create"
    BROWSING_HISTORY = "browsing_history", "Web browsing history"
    SEARCH_HISTORY = "search_history", "Search history in the app"
    PRODUCT_INTERACTION = "product_interaction", "How people use the app (taps, views)"
    OTHER_USAGE = "other_usage", "Other usage data"
    CRASH_DATA = "crash_data", "Crash logs"
    PERFORMANCE_DATA = "performance_data", "Performance data (launch time, battery)"
    OTHER_DIAGNOSTIC = "other_diagnostic", "Other diagnostic data"
    RACE_ETHNICITY = "race_ethnicity", "Racial or ethnic origin"
    POLITICAL_RELIGIOUS = "political_religious", "Political or religious beliefs"
    SEXUAL_ORIENTATION = "sexual_orientation", "Sexual orientation"
    OTHER_SENSITIVE = "other_sensitive", "Other sensitive data (biometric, genetic, union)"
    OTHER = "other", "Other data"


class StorePurpose(LabeledEnum):
    """Why data is used, in the words both stores use (Apple's and Google's lists)."""

    APP_FUNCTIONALITY = "app_functionality", "App functionality"
    ANALYTICS = "analytics", "Analytics"
    PERSONALISATION = "personalisation", "Personalisation of what people see"
    DEVELOPER_MARKETING = "developer_marketing", "Our own advertising or marketing"
    THIRD_PARTY_ADVERTISING = "third_party_advertising", "Third-party advertising"
    FRAUD_PREVENTION = "fraud_prevention", "Fraud prevention, security and compliance"
    ACCOUNT_MANAGEMENT = "account_management", "Account management"
    DEVELOPER_COMMUNICATIONS = (
        "developer_communications",
        "Messages about the app (news, notifications)",
    )
    OTHER = "other", "Other"


class AppDataUse(Model):
    """What the stores ask about one data category (``category_id``) of the project."""

    id: str = Field(default_factory=new_id)
    category_id: str = ""
    # Sent off the device by the app, or by code in it (the stores' "collected"). Data the
    # business gets another way (an email to support, a shop till) is not asked about.
    collected_by_app: bool | None = None
    # Which store types it is, when the kind of data alone does not say (contact details may
    # be a name, an email address or both).
    store_types: list[StoreDataType] = Field(default_factory=list)
    linked_to_user: bool | None = None  # tied to the person's account, device or identity
    used_for_tracking: bool | None = None  # combined with others' data for ads, or brokered
    # Google: used only in memory to answer one request, and not kept.
    processed_ephemerally: bool | None = None


class AppPurpose(Model):
    """The stores' purposes that one purpose (``purpose_id``) of the project falls under."""

    id: str = Field(default_factory=new_id)
    purpose_id: str = ""
    store_purposes: list[StorePurpose] = Field(default_factory=list)


class AppStores(Model):
    """The answers the app stores' privacy forms need beyond the policy's."""

    data_uses: list[AppDataUse] = Field(default_factory=list)
    purposes: list[AppPurpose] = Field(default_factory=list)
    # The internet domains the app contacts to track people (Apple's NSPrivacyTrackingDomains).
    tracking_domains: list[str] = Field(default_factory=list)
    # Apple asks before tracking (App Tracking Transparency prompt).
    asks_tracking_permission: bool | None = None
    # Google: people can ask for their data to be deleted, and where (a page or a form).
    deletion_request_url: str = ""

    def data_use(self, category_id: str) -> AppDataUse | None:
        return next((u for u in self.data_uses if u.category_id == category_id), None)

    def purpose(self, purpose_id: str) -> AppPurpose | None:
        return next((p for p in self.purposes if p.purpose_id == purpose_id), None)
