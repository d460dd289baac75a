"""Retention periods: "we keep invoices for 7 years", "logs are deleted after 90 days"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from editor.importer.layout import Reading
from editor.importer.recognise.found import Found
from editor.model.base import TimeUnit
from editor.model.imported import ProposalKind

_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "eighteen": 18, "twenty": 20, "twenty-four": 24, "thirty": 30,
    "sixty": 60, "ninety": 90, "a": 1, "an": 1,
}  # fmt: skip
_UNITS = {
    "minute": TimeUnit.MINUTES,
    "hour": TimeUnit.HOURS,
    "day": TimeUnit.DAYS,
    "week": TimeUnit.WEEKS,
    "month": TimeUnit.MONTHS,
    "year": TimeUnit.YEARS,
}
_AMOUNT = r"(?P<amount>\d{1,4}|" + "|".join(sorted(_NUMBERS, key=len, reverse=True)) + r")"
_PERIOD = re.compile(
    rf"\b{_AMOUNT}(?:\s*\(\d{{1,4}}\))?[\s-]+(?P<unit>minute|hour|day|week|month|year)s?\b", re.I
)
_KEEPING = re.compile(
    r"\b(?:keep|keeps|kept|retain|retains|retained|store|stores|stored|hold|holds|held|"
    r"delete|deletes|deleted|erase|erased|remove|removed|purge|purged|anonymi[sz]e[ds]?|"
    r"destroy|destroyed|retention)\b",
    re.I,
)
# The period must say how long data is kept, not how fast a request is answered.
_NOT_RETENTION = re.compile(
    r"\b(?:respond|reply|answer|notify|notice|refund|return|trial|expires?|expiry|lifetime)\b",
    re.I,
)
_SUBJECT_ACTIVE = re.compile(
    r"\b(?:keep|retain|store|hold)s?\s+(?:your\s+|the\s+|all\s+|any\s+|such\s+|copies\s+of\s+)?"
    r"(?P<subject>[a-z][a-z \-]{2,50}?)\s+(?:for|during)\s",
    re.I,
)
_SUBJECT_PASSIVE = re.compile(
    r"(?P<subject>[A-Za-z][A-Za-z \-]{2,50}?)\s+(?:is|are|will\s+be|may\s+be|get)\s+"
    r"(?:kept|retained|stored|held|deleted|erased|removed|purged|anonymi[sz]ed)\b",
    re.I,
)
_ARTICLES = re.compile(r"^(?:we\s+|your\s+|the\s+|all\s+|any\s+|our\s+|such\s+)+", re.I)


def _subject(text: str) -> str:
    """What is kept, in the policy's words, when a simple sentence says it."""
    match = _SUBJECT_ACTIVE.search(text) or _SUBJECT_PASSIVE.search(text)
    if not match:
        return ""
    subject = _ARTICLES.sub("", match.group("subject").strip())
    if subject.casefold() in ("it", "this", "they", "them", "this data", "data", "information"):
        return ""
    return subject[:1].upper() + subject[1:]


def find_retention(reading: Reading) -> Iterator[Found]:
    for sentence in reading.sentences:
        text = sentence.text
        if not _KEEPING.search(text) or _NOT_RETENTION.search(text):
            continue
        for match in _PERIOD.finditer(text):
            amount = match.group("amount").casefold()
            number = int(amount) if amount.isdigit() else _NUMBERS[amount]
            unit = _UNITS[match.group("unit").casefold()]
            if number == 0:
                continue
            details = {"amount": str(number), "unit": unit.value, "subject": _subject(text)}
            yield Found(ProposalKind.RETENTION, f"{number} {unit.value}", sentence, details)
