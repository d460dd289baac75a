"""The mapping from the project's kinds of data and purposes to the app stores' own.

Apple's identifiers are those of its privacy manifest documentation (Bundle Resources, "App
Privacy Configuration"); Google's data types and purposes are those of Play Console's Data
safety form, with the category each type is listed under. Every row has a test.
"""

from __future__ import annotations

from dataclasses import dataclass

from editor.model.data import DataKind
from editor.model.stores import StoreDataType, StorePurpose


@dataclass(frozen=True, slots=True)
class StoreType:
    """One store data type as Apple and Google name it."""

    apple: str  # NSPrivacyCollectedDataType value
    apple_category: str  # the heading App Store Connect lists it under
    apple_label: str
    google_category: str
    google_type: str


_A = "NSPrivacyCollectedDataType"

STORE_TYPES: dict[StoreDataType, StoreType] = {
    StoreDataType.NAME: StoreType(f"{_A}Name", "Contact Info", "Name", "Personal info", "Name"),
    StoreDataType.EMAIL: StoreType(
        f"{_A}EmailAddress", "Contact Info", "Email Address", "Personal info", "Email address"
    ),
    StoreDataType.PHONE: StoreType(
        f"{_A}PhoneNumber", "Contact Info", "Phone Number", "Personal info", "Phone number"
    ),
    StoreDataType.ADDRESS: StoreType(
        f"{_A}PhysicalAddress", "Contact Info", "Physical Address", "Personal info", "Address"
    ),
    StoreDataType.OTHER_CONTACT: StoreType(
        f"{_A}OtherUserContactInfo",
        "Contact Info",
        "Other User Contact Info",
        "Personal info",
        "Other info",
    ),
    StoreDataType.USER_ID: StoreType(
        f"{_A}UserID", "Identifiers", "User ID", "Personal info", "User IDs"
    ),
    StoreDataType.DEVICE_ID: StoreType(
        f"{_A}DeviceID", "Identifiers", "Device ID", "Device or other IDs", "Device or other IDs"
    ),
    StoreDataType.PAYMENT_INFO: StoreType(
        f"{_A}PaymentInfo", "Financial Info", "Payment Info", "Financial info", "User payment info"
    ),
    StoreDataType.CREDIT_INFO: StoreType(
        f"{_A}CreditInfo", "Financial Info", "Credit Info", "Financial info", "Credit score"
    ),
    StoreDataType.OTHER_FINANCIAL: StoreType(
        f"{_A}OtherFinancialInfo",
        "Financial Info",
        "Other Financial Info",
        "Financial info",
        "Other financial info",
    ),
    StoreDataType.PURCHASE_HISTORY: StoreType(
        f"{_A}PurchaseHistory",
        "Purchases",
        "Purchase History",
        "Financial info",
        "Purchase history",
    ),
    StoreDataType.PRECISE_LOCATION: StoreType(
        f"{_A}PreciseLocation", "Location", "Precise Location", "Location", "Precise location"
    ),
    StoreDataType.COARSE_LOCATION: StoreType(
        f"{_A}CoarseLocation", "Location", "Coarse Location", "Location", "Approximate location"
    ),
    StoreDataType.HEALTH: StoreType(
        f"{_A}Health", "Health & Fitness", "Health", "Health and fitness", "Health info"
    ),
    StoreDataType.FITNESS: StoreType(
        f"{_A}Fitness", "Health & Fitness", "Fitness", "Health and fitness", "Fitness info"
    ),
    StoreDataType.CONTACTS: StoreType(
        f"{_A}Contacts", "Contacts", "Contacts", "Contacts", "Contacts"
    ),
    StoreDataType.EMAILS_OR_TEXTS: StoreType(
        f"{_A}EmailsOrTextMessages",
        "User Content",
        "Emails or Text Messages",
        "Messages",
        "Emails",
    ),
    StoreDataType.PHOTOS_OR_VIDEOS: StoreType(
        f"{_A}PhotosorVideos", "User Content", "Photos or Videos", "Photos and videos", "Photos"
    ),
    StoreDataType.AUDIO: StoreType(
        f"{_A}AudioData",
        "User Content",
        "Audio Data",
        "Audio files",
        "Voice or sound recordings",
    ),
    StoreDataType.CUSTOMER_SUPPORT: StoreType(
        f"{_A}CustomerSupport",
        "User Content",
        "Customer Support",
        "App activity",
        "Other user-generated content",
    ),
    StoreDataType.OTHER_USER_CONTENT: StoreType(
        f"{_A}OtherUserContent",
        "User Content",
        "Other User Content",
        "App activity",
        "Other user-generated content",
    ),
    StoreDataType.BROWSING_HISTORY: StoreType(
        f"{_A}BrowsingHistory",
        "Browsing History",
        "Browsing History",
        "Web browsing",
        "Web browsing history",
    ),
    StoreDataType.SEARCH_HISTORY: StoreType(
        f"{_A}SearchHistory",
        "Search History",
        "Search History",
        "App activity",
        "In-app search history",
    ),
    StoreDataType.PRODUCT_INTERACTION: StoreType(
        f"{_A}ProductInteraction",
        "Usage Data",
        "Product Interaction",
        "App activity",
        "App interactions",
    ),
    StoreDataType.OTHER_USAGE: StoreType(
        f"{_A}OtherUsageData", "Usage Data", "Other Usage Data", "App activity", "Other actions"
    ),
    StoreDataType.CRASH_DATA: StoreType(
        f"{_A}CrashData", "Diagnostics", "Crash Data", "App info and performance", "Crash logs"
    ),
    StoreDataType.PERFORMANCE_DATA: StoreType(
        f"{_A}PerformanceData",
        "Diagnostics",
        "Performance Data",
        "App info and performance",
        "Diagnostics",
    ),
    StoreDataType.OTHER_DIAGNOSTIC: StoreType(
        f"{_A}OtherDiagnosticData",
        "Diagnostics",
        "Other Diagnostic Data",
        "App info and performance",
        "Other app performance data",
    ),
    StoreDataType.RACE_ETHNICITY: StoreType(
        f"{_A}SensitiveInfo",
        "Sensitive Info",
        "Sensitive Info",
        "Personal info",
        "Race and ethnicity",
    ),
    StoreDataType.POLITICAL_RELIGIOUS: StoreType(
        f"{_A}SensitiveInfo",
        "Sensitive Info",
        "Sensitive Info",
        "Personal info",
        "Political or religious beliefs",
    ),
    StoreDataType.SEXUAL_ORIENTATION: StoreType(
        f"{_A}SensitiveInfo",
        "Sensitive Info",
        "Sensitive Info",
        "Personal info",
        "Sexual orientation",
    ),
    StoreDataType.OTHER_SENSITIVE: StoreType(
        f"{_A}SensitiveInfo", "Sensitive Info", "Sensitive Info", "Personal info", "Other info"
    ),
    StoreDataType.OTHER: StoreType(
        f"{_A}OtherDataTypes", "Other Data", "Other Data Types", "Personal info", "Other info"
    ),
}

# The store types each kind of data can be. A kind with one candidate decides it; with
# several, the project says which (AppDataUse.store_types).
CANDIDATES: dict[DataKind, tuple[StoreDataType, ...]] = {
    DataKind.CONTACT: (StoreDataType.NAME, StoreDataType.EMAIL, StoreDataType.PHONE,
                       StoreDataType.ADDRESS, StoreDataType.OTHER_CONTACT),
    DataKind.IDENTITY: (StoreDataType.NAME, StoreDataType.OTHER),
    DataKind.ACCOUNT: (StoreDataType.USER_ID, StoreDataType.EMAIL, StoreDataType.NAME),
    DataKind.PAYMENT: (StoreDataType.PAYMENT_INFO,),
    DataKind.TRANSACTIONS: (StoreDataType.PURCHASE_HISTORY,),
    DataKind.USAGE: (StoreDataType.PRODUCT_INTERACTION, StoreDataType.SEARCH_HISTORY,
                     StoreDataType.BROWSING_HISTORY, StoreDataType.OTHER_USAGE),
    DataKind.DEVICE: (StoreDataType.DEVICE_ID, StoreDataType.CRASH_DATA,
                      StoreDataType.PERFORMANCE_DATA, StoreDataType.OTHER_DIAGNOSTIC),
    DataKind.ONLINE_IDENTIFIERS: (StoreDataType.DEVICE_ID, StoreDataType.USER_ID,
                                  StoreDataType.COARSE_LOCATION),
    DataKind.LOCATION: (StoreDataType.PRECISE_LOCATION,),
    DataKind.COMMUNICATIONS: (StoreDataType.EMAILS_OR_TEXTS, StoreDataType.CUSTOMER_SUPPORT),
    DataKind.USER_CONTENT: (StoreDataType.PHOTOS_OR_VIDEOS, StoreDataType.AUDIO,
                            StoreDataType.OTHER_USER_CONTENT),
    DataKind.PREFERENCES: (StoreDataType.OTHER_USAGE, StoreDataType.OTHER),
    DataKind.PROFESSIONAL: (StoreDataType.OTHER,),
    DataKind.DEMOGRAPHIC: (StoreDataType.OTHER,),
    DataKind.INFERENCES: (StoreDataType.OTHER,),
    DataKind.AUDIO_VISUAL: (StoreDataType.PHOTOS_OR_VIDEOS, StoreDataType.AUDIO),
    DataKind.GOVERNMENT_ID: (StoreDataType.OTHER,),
    DataKind.HEALTH: (StoreDataType.HEALTH, StoreDataType.FITNESS),
    DataKind.BIOMETRIC: (StoreDataType.OTHER_SENSITIVE,),
    DataKind.GENETIC: (StoreDataType.OTHER_SENSITIVE,),
    DataKind.RACIAL_ETHNIC: (StoreDataType.RACE_ETHNICITY,),
    DataKind.POLITICAL: (StoreDataType.POLITICAL_RELIGIOUS,),
    DataKind.RELIGIOUS: (StoreDataType.POLITICAL_RELIGIOUS,),
    DataKind.TRADE_UNION: (StoreDataType.OTHER_SENSITIVE,),
    DataKind.SEX_LIFE: (StoreDataType.SEXUAL_ORIENTATION,),
    DataKind.CRIMINAL: (StoreDataType.OTHER,),
    DataKind.OTHER: (StoreDataType.OTHER,),
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class StorePurposeNames:
    apple: str  # NSPrivacyCollectedDataTypePurpose value
    apple_label: str
    google: str


_P = "NSPrivacyCollectedDataTypePurpose"

# Apple has no purpose for fraud prevention, account management or messages about the app: its
# documentation counts authentication, security and customer support as app functionality.
PURPOSES: dict[StorePurpose, StorePurposeNames] = {
    StorePurpose.APP_FUNCTIONALITY: StorePurposeNames(
        f"{_P}AppFunctionality", "App Functionality", "App functionality"
    ),
    StorePurpose.ANALYTICS: StorePurposeNames(f"{_P}Analytics", "Analytics", "Analytics"),
    StorePurpose.PERSONALISATION: StorePurposeNames(
        f"{_P}ProductPersonalization", "Product Personalization", "Personalization"
    ),
    StorePurpose.DEVELOPER_MARKETING: StorePurposeNames(
        f"{_P}DeveloperAdvertising",
        "Developer's Advertising or Marketing",
        "Advertising or marketing",
    ),
    StorePurpose.THIRD_PARTY_ADVERTISING: StorePurposeNames(
        f"{_P}ThirdPartyAdvertising", "Third-Party Advertising", "Advertising or marketing"
    ),
    StorePurpose.FRAUD_PREVENTION: StorePurposeNames(
        f"{_P}AppFunctionality", "App Functionality", "Fraud prevention, security, and compliance"
    ),
    StorePurpose.ACCOUNT_MANAGEMENT: StorePurposeNames(
        f"{_P}AppFunctionality", "App Functionality", "Account management"
    ),
    StorePurpose.DEVELOPER_COMMUNICATIONS: StorePurposeNames(
        f"{_P}Other", "Other Purposes", "Developer communications"
    ),
    StorePurpose.OTHER: StorePurposeNames(f"{_P}Other", "Other Purposes", ""),
}
