"""Apple's privacy manifest (PrivacyInfo.xcprivacy) from the App Privacy answers.

Only the keys Apple documents for collected data and tracking are written, with the values it
lists. A key whose answer is missing (tracking, while a category's tracking is unanswered) is
left out rather than guessed; ``apple_privacy(...).unanswered`` says what to answer.
"""

from __future__ import annotations

import plistlib
from typing import Any

from editor.export.textclean import xml_text
from editor.records.apple import ApplePrivacy

FILE_NAME = "PrivacyInfo.xcprivacy"  # the name Xcode looks for


def xcprivacy(privacy: ApplePrivacy) -> bytes:
    root: dict[str, Any] = {}
    if privacy.tracking is not None:
        root["NSPrivacyTracking"] = privacy.tracking
    root["NSPrivacyTrackingDomains"] = [
        domain for domain in (xml_text(d) for d in privacy.tracking_domains) if domain
    ]
    root["NSPrivacyCollectedDataTypes"] = [
        {
            "NSPrivacyCollectedDataType": t.identifier,
            "NSPrivacyCollectedDataTypeLinked": t.linked,
            "NSPrivacyCollectedDataTypeTracking": t.tracking,
            "NSPrivacyCollectedDataTypePurposes": list(t.purposes),
        }
        for t in privacy.data_types
    ]
    return plistlib.dumps(root, fmt=plistlib.FMT_XML, sort_keys=False)
