"""The project model: every answer about one privacy policy, as pydantic v2 models.

Import the names from here; the submodules are an implementation detail of their grouping.

The names load on first use (PEP 562): importing ``editor.model`` or one of its light
submodules (``fieldpath``) does not import pydantic or build the model classes, which take
most of the editor's start-up time. The editor window shows first and loads them after.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from editor.model.applicability import LawDecision, applicable_laws, decide_laws
    from editor.model.base import Duration, LabeledEnum, Model, TimeUnit, is_blank, new_id
    from editor.model.cookies import (
        CategoryUse,
        ConsentMechanism,
        Cookie,
        CookieCategory,
        CookieLifetime,
        CookieSettings,
        LifetimeKind,
        Party,
        StorageType,
    )
    from editor.model.custom import CustomSection, Placement, PolicySection
    from editor.model.data import (
        CollectionMoment,
        DataCategory,
        DataKind,
        DataSource,
        DataSubject,
        GroupBasis,
        IndefiniteWording,
        LawfulBasis,
        NotCollected,
        Purpose,
        Requirement,
        Retention,
        RetentionPolicy,
        RetentionRule,
        SpecialCondition,
    )
    from editor.model.imported import (
        ImportedPolicy,
        ImportReview,
        Proposal,
        ProposalKind,
        ProposalStatus,
    )
    from editor.model.jurisdiction import (
        ConsumerCount,
        CtConsumerCount,
        Jurisdictions,
        Law,
        Region,
        SellingRevenue,
    )
    from editor.model.organisation import (
        Contact,
        ContactPoint,
        Organisation,
        PostalAddress,
        PublisherKind,
    )
    from editor.model.practices import (
        AppBehaviour,
        AppPermission,
        AutomatedDecisions,
        Changes,
        Children,
        DoNotTrack,
        NetworkFeature,
        NotifyMethod,
        PermissionGrant,
        RevisionTrigger,
        Security,
        SecurityMeasure,
        Tracking,
        UserExport,
        Visibility,
        VisibleInformation,
    )
    from editor.model.project import (
        ChangeEntry,
        EnglishSpelling,
        LegalTerms,
        PolicyInfo,
        Project,
        Voice,
    )
    from editor.model.recipients import (
        DataLocation,
        DisclosureOccasion,
        Disclosures,
        PaymentReturn,
        Recipient,
        RecipientRole,
        ServiceKind,
        Transfer,
        TransferSafeguard,
    )
    from editor.model.rights import RequestFee, RequestMethod, Right, Rights
    from editor.model.scope import CoveredProperty, PropertyKind, Scope
    from editor.model.stores import (
        AppDataUse,
        AppPurpose,
        AppStores,
        StoreDataType,
        StorePurpose,
    )
    from editor.model.versions import PublishedVersion, SnapshotEdit

# The submodules that define the names below, loaded together on first use of any of them.
_SUBMODULES = (
    "applicability",
    "base",
    "cookies",
    "custom",
    "data",
    "imported",
    "jurisdiction",
    "organisation",
    "practices",
    "project",
    "recipients",
    "rights",
    "scope",
    "stores",
    "versions",
)

__all__ = [
    "AppBehaviour",
    "AppDataUse",
    "AppPermission",
    "AppPurpose",
    "AppStores",
    "AutomatedDecisions",
    "CategoryUse",
    "ChangeEntry",
    "Changes",
    "Children",
    "CollectionMoment",
    "ConsentMechanism",
    "ConsumerCount",
    "Contact",
    "ContactPoint",
    "Cookie",
    "CookieCategory",
    "CookieLifetime",
    "CookieSettings",
    "CoveredProperty",
    "CtConsumerCount",
    "CustomSection",
    "DataCategory",
    "DataKind",
    "DataLocation",
    "DataSource",
    "DataSubject",
    "DisclosureOccasion",
    "Disclosures",
    "DoNotTrack",
    "Duration",
    "EnglishSpelling",
    "GroupBasis",
    "ImportReview",
    "ImportedPolicy",
    "IndefiniteWording",
    "Jurisdictions",
    "LabeledEnum",
    "Law",
    "LawDecision",
    "LawfulBasis",
    "LegalTerms",
    "LifetimeKind",
    "Model",
    "NetworkFeature",
    "NotCollected",
    "NotifyMethod",
    "Organisation",
    "Party",
    "PaymentReturn",
    "PermissionGrant",
    "Placement",
    "PolicyInfo",
    "PolicySection",
    "PostalAddress",
    "Project",
    "PropertyKind",
    "Proposal",
    "ProposalKind",
    "ProposalStatus",
    "PublishedVersion",
    "PublisherKind",
    "Purpose",
    "Recipient",
    "RecipientRole",
    "Region",
    "RequestFee",
    "RequestMethod",
    "Requirement",
    "Retention",
    "RetentionPolicy",
    "RetentionRule",
    "RevisionTrigger",
    "Right",
    "Rights",
    "Scope",
    "Security",
    "SecurityMeasure",
    "SellingRevenue",
    "ServiceKind",
    "SnapshotEdit",
    "SpecialCondition",
    "StorageType",
    "StoreDataType",
    "StorePurpose",
    "TimeUnit",
    "Tracking",
    "Transfer",
    "TransferSafeguard",
    "UserExport",
    "Visibility",
    "VisibleInformation",
    "Voice",
    "applicable_laws",
    "decide_laws",
    "is_blank",
    "new_id",
]


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    found = globals()
    for sub in _SUBMODULES:
        module = importlib.import_module(f"{__name__}.{sub}")
        for export in __all__:
            if export not in found and hasattr(module, export):
                found[export] = getattr(module, export)
    return found[name]
