"""Whether a text is a privacy policy at all, before proposing answers from it.

A recipe or a price list shares no vocabulary with a privacy policy; a policy, however short
or badly scraped, uses a few of these words more than once.
"""

from __future__ import annotations

import re

from editor.importer.layout import Reading

_VOCABULARY = re.compile(
    r"\b(?:privacy|personal\s+(?:data|information|details|info)|data\s+protection|cookies?|"
    r"third[\s-]part(?:y|ies)|(?:your|customer|user)s?['’]?\s+(?:data|information)|gdpr|ccpa|"
    r"collect(?:s|ed|ion)?|retain|retention|opt[\s-]out|unsubscribe|processor|controller)\b",
    re.I,
)
MIN_MENTIONS = 3


def policy_mentions(reading: Reading) -> int:
    """How many sentences use the vocabulary of privacy policies (counted up to a dozen)."""
    count = 0
    for sentence in reading.sentences:
        if _VOCABULARY.search(sentence.text):
            count += 1
            if count >= 12:
                break
    return count


def reads_like_a_policy(reading: Reading) -> bool:
    return policy_mentions(reading) >= MIN_MENTIONS
