"""Apple's App Privacy answers, the privacy manifest and Google Play's Data safety answers hold
what the project says the app collects: nothing it does not, nothing it does left out."""

from __future__ import annotations

import plistlib
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor.export import EXPORTERS
from editor.model import DataKind, Project
from editor.model.fieldpath import get_value, parse_path
from editor.model.stores import AppDataUse, AppPurpose, StoreDataType, StorePurpose
from editor.records.apple import apple_privacy
from editor.records.apple_page import apple_privacy_page
from editor.records.play import play_data_safety
from editor.records.play_page import play_data_safety_page
from editor.records.store_types import CANDIDATES, PURPOSES, STORE_TYPES
from editor.records.xcprivacy import xcprivacy
from editor.samples import sample_paths
from editor.storage import load_project
from tests.strategies import projects

# Apple's documentation of the privacy manifest (Bundle Resources › App Privacy Configuration):
# the keys of a collected-data dictionary and the top-level keys for tracking...
APPLE_TOP_KEYS = {"NSPrivacyTracking", "NSPrivacyTrackingDomains", "NSPrivacyCollectedDataTypes"}
APPLE_ENTRY_KEYS = {
    "NSPrivacyCollectedDataType",
    "NSPrivacyCollectedDataTypeLinked",
    "NSPrivacyCollectedDataTypeTracking",
    "NSPrivacyCollectedDataTypePurposes",
}
# ...the values of NSPrivacyCollectedDataTypePurposes, as its page lists them...
APPLE_PURPOSES = {
    f"NSPrivacyCollectedDataTypePurpose{p}"
    for p in ("ThirdPartyAdvertising", "DeveloperAdvertising", "Analytics",
              "ProductPersonalization", "AppFunctionality", "Other")
}  # fmt: skip
# ...and the data type identifiers of "Describing data use in privacy manifests".
APPLE_DATA_TYPES = {
    f"NSPrivacyCollectedDataType{t}"
    for t in (
        "Name", "EmailAddress", "PhoneNumber", "PhysicalAddress", "OtherUserContactInfo",
        "Health", "Fitness", "PaymentInfo", "CreditInfo", "OtherFinancialInfo",
        "PreciseLocation", "CoarseLocation", "SensitiveInfo", "Contacts",
        "EmailsOrTextMessages", "PhotosorVideos", "AudioData", "GameplayContent",
        "CustomerSupport", "OtherUserContent", "BrowsingHistory", "SearchHistory", "UserID",
        "DeviceID", "PurchaseHistory", "ProductInteraction", "AdvertisingData",
        "OtherUsageData", "CrashData", "PerformanceData", "OtherDiagnosticData",
        "EnvironmentScanning", "Hands", "Head", "OtherDataTypes",
    )
}  # fmt: skip
# Play Console's Data safety form: its data types under their categories, and its purposes.
GOOGLE_TYPES = {
    "Location": {"Approximate location", "Precise location"},
    "Personal info": {"Name", "Email address", "User IDs", "Address", "Phone number",
                      "Race and ethnicity", "Political or religious beliefs",
                      "Sexual orientation", "Other info"},
    "Financial info": {"User payment info", "Purchase history", "Credit score",
                       "Other financial info"},
    "Health and fitness": {"Health info", "Fitness info"},
    "Messages": {"Emails", "SMS or MMS", "Other in-app messages"},
    "Photos and videos": {"Photos", "Videos"},
    "Audio files": {"Voice or sound recordings", "Music files", "Other audio files"},
    "Files and docs": {"Files and docs"},
    "Calendar": {"Calendar events"},
    "Contacts": {"Contacts"},
    "App activity": {"App interactions", "In-app search history", "Installed apps",
                     "Other user-generated content", "Other actions"},
    "Web browsing": {"Web browsing history"},
    "App info and performance": {"Crash logs", "Diagnostics", "Other app performance data"},
    "Device or other IDs": {"Device or other IDs"},
}  # fmt: skip
GOOGLE_PURPOSES = {
    "App functionality", "Analytics", "Developer communications", "Advertising or marketing",
    "Fraud prevention, security, and compliance", "Personalization", "Account management",
}  # fmt: skip


@pytest.mark.parametrize("store_type", list(StoreDataType))
def test_each_store_type_has_a_documented_apple_identifier_and_google_type(
    store_type: StoreDataType,
) -> None:
    names = STORE_TYPES[store_type]
    assert names.apple in APPLE_DATA_TYPES
    assert names.google_type in GOOGLE_TYPES[names.google_category]


@pytest.mark.parametrize("purpose", list(StorePurpose))
def test_each_store_purpose_has_a_documented_apple_and_google_purpose(
    purpose: StorePurpose,
) -> None:
    names = PURPOSES[purpose]
    assert names.apple in APPLE_PURPOSES
    # Google has no "other" purpose: the Data safety answers then ask for one of its own.
    assert names.google in GOOGLE_PURPOSES or (purpose is StorePurpose.OTHER and not names.google)


@pytest.mark.parametrize("kind", list(DataKind))
def test_each_kind_of_data_has_store_types_to_choose_from(kind: DataKind) -> None:
    candidates = CANDIDATES[kind]
    assert candidates and len(set(candidates)) == len(candidates)
    if kind.is_special_category and kind is not DataKind.CRIMINAL:
        # Apple's "sensitive info" covers the GDPR's special categories (and health its own).
        assert all(
            STORE_TYPES[t].apple in {"NSPrivacyCollectedDataTypeSensitiveInfo",
                                     "NSPrivacyCollectedDataTypeHealth",
                                     "NSPrivacyCollectedDataTypeFitness"}
            for t in candidates
        )  # fmt: skip


def _manifest(project: Project) -> dict[str, Any]:
    data: dict[str, Any] = plistlib.loads(xcprivacy(apple_privacy(project)))
    assert set(data) <= APPLE_TOP_KEYS
    for entry in data["NSPrivacyCollectedDataTypes"]:
        assert set(entry) == APPLE_ENTRY_KEYS
        assert entry["NSPrivacyCollectedDataType"] in APPLE_DATA_TYPES
        assert set(entry["NSPrivacyCollectedDataTypePurposes"]) <= APPLE_PURPOSES
        assert entry["NSPrivacyCollectedDataTypePurposes"]
    return data


def test_the_mobile_app_sample_gives_a_manifest_with_the_documented_keys_only() -> None:
    project = load_project(sample_paths()["mobile-app"])
    manifest = _manifest(project)
    assert manifest["NSPrivacyTracking"] is False
    types = {e["NSPrivacyCollectedDataType"]: e for e in manifest["NSPrivacyCollectedDataTypes"]}
    assert "NSPrivacyCollectedDataTypePreciseLocation" in types
    assert "NSPrivacyCollectedDataTypeCrashData" in types
    # Emails to support are not sent by the app, so Apple is not told about them.
    assert "NSPrivacyCollectedDataTypeEmailsOrTextMessages" not in types
    assert apple_privacy(project).unanswered == ()
    page = EXPORTERS["html"](apple_privacy_page(project, apple_privacy(project)), None)
    assert b"Precise Location" in page and b"Still to answer" not in page


def test_the_mobile_app_sample_gives_data_safety_answers() -> None:
    project = load_project(sample_paths()["mobile-app"])
    safety = play_data_safety(project)
    assert safety.unanswered == ()
    labels = {(t.category, t.label): t for t in safety.data_types}
    assert ("Location", "Precise location") in labels
    assert labels[("App info and performance", "Crash logs")].shared is False  # a processor
    assert safety.encrypted_in_transit is True
    page = EXPORTERS["html"](play_data_safety_page(project, safety), None)
    assert b"Precise location" in page


@st.composite
def app_projects(draw: st.DrawFn) -> Project:
    """A generated project whose store answers point at its own categories and purposes."""
    project: Project = draw(projects())
    purpose_ids = [p.id for p in project.purposes]
    maybe = st.none() | st.booleans()
    for category in project.data_categories:
        if purpose_ids:
            category.purpose_ids = draw(st.lists(st.sampled_from(purpose_ids), max_size=3))
    project.app_stores.data_uses = [
        AppDataUse(
            category_id=c.id,
            collected_by_app=draw(maybe),
            store_types=draw(st.lists(st.sampled_from(list(StoreDataType)), max_size=2)),
            linked_to_user=draw(maybe),
            used_for_tracking=draw(maybe),
            processed_ephemerally=draw(maybe),
        )
        for c in project.data_categories
        if draw(st.booleans())
    ]
    project.app_stores.purposes = [
        AppPurpose(
            purpose_id=pid,
            store_purposes=draw(st.lists(st.sampled_from(list(StorePurpose)), max_size=2)),
        )
        for pid in purpose_ids
    ]
    return project


def _said_collected(project: Project) -> set[str]:
    return {u.category_id for u in project.app_stores.data_uses if u.collected_by_app}


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(app_projects())
def test_store_answers_never_contradict_the_project(project: Project) -> None:
    privacy = apple_privacy(project)
    collected = _said_collected(project)
    listed = {cid for t in privacy.data_types for cid in t.category_ids}
    assert listed <= collected  # nothing the app does not collect
    # Everything it collects is listed, or a question about it is reported missing.
    assert listed == collected or privacy.unanswered
    for use in project.app_stores.data_uses:
        for store_type in use.store_types if use.category_id in listed else ():
            assert STORE_TYPES[store_type].apple in {t.identifier for t in privacy.data_types}
    manifest = _manifest(project)
    assert len(manifest["NSPrivacyCollectedDataTypes"]) == len(privacy.data_types)
    if any(t.tracking for t in privacy.data_types):
        assert manifest["NSPrivacyTracking"] is True
    safety = play_data_safety(project)
    assert {cid for t in safety.data_types for cid in t.category_ids} <= collected
    for t in safety.data_types:
        assert t.label in GOOGLE_TYPES[t.category]
        assert set(t.purposes) <= GOOGLE_PURPOSES
    for gap in (*privacy.unanswered, *safety.unanswered):
        get_value(project, parse_path(gap.path))  # names a real answer
    for document in (apple_privacy_page(project, privacy), play_data_safety_page(project, safety)):
        EXPORTERS["html"](document, None).decode("utf-8")
