"""The dates a policy gives itself: when it was last updated and when it takes effect."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from editor.importer.layout import Reading
from editor.importer.recognise.found import Found
from editor.model.imported import ProposalKind

_MONTHS = {
    name: n
    for n, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DASH = r"[-‐‑‒–—/.]"
_DATES = [
    re.compile(rf"\b(?P<year>(?:19|20)\d\d){_DASH}(?P<num>\d{{1,2}}){_DASH}(?P<day>\d{{1,2}})\b"),
    re.compile(
        rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b", re.I
    ),
    re.compile(
        rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+(?P<year>(?:19|20)\d\d)\b",
        re.I,
    ),
    # 23/05/2018 and 05/23/2018: taken only when the day cannot be the month (over 12).
    re.compile(rf"\b(?P<a>\d{{1,2}}){_DASH}(?P<b>\d{{1,2}}){_DASH}(?P<year>(?:19|20)\d\d)\b"),
]
_UPDATED = re.compile(r"\b(?:last\s+)?(?:updated|revised|modified|amended|changed)\b", re.I)
_EFFECTIVE = re.compile(r"\beffective\b|\bin\s+(?:force|effect)\b", re.I)


def _date(match: re.Match[str]) -> dt.date | None:
    groups = match.groupdict()
    year = int(groups["year"])
    if groups.get("a"):
        a, b = int(groups["a"]), int(groups["b"])
        if a > 12 >= b:
            day, month = a, b
        elif b > 12 >= a:
            day, month = b, a
        else:
            return None  # 05/06/2018: June or May, and a wrong date is worse than none
    else:
        day = int(groups["day"])
        month = int(groups["num"]) if groups.get("num") else _MONTHS[groups["month"].casefold()]
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def find_dates(reading: Reading) -> Iterator[Found]:
    for sentence in reading.sentences:
        text = sentence.text
        updated, effective = _UPDATED.search(text), _EFFECTIVE.search(text)
        if not (updated or effective):
            continue
        for pattern in _DATES:
            match = pattern.search(text)
            day = _date(match) if match else None
            if day is None:
                continue
            if updated:
                yield Found(ProposalKind.LAST_UPDATED, day.isoformat(), sentence)
            if effective:
                yield Found(ProposalKind.EFFECTIVE_DATE, day.isoformat(), sentence)
            break
