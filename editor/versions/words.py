"""Answers written as words a business owner reads: durations, countries, choices, dates."""

from __future__ import annotations

import datetime as dt
from functools import cache

from babel import Locale, UnknownLocaleError
from babel.dates import format_date

from editor.model import (
    CookieLifetime,
    Duration,
    LabeledEnum,
    Law,
    LifetimeKind,
    Project,
    Region,
    Retention,
    RetentionRule,
)

# Free text longer than this is reported as "reworded" instead of being quoted in full.
QUOTE_LIMIT = 80
NOT_ANSWERED = "not answered"
# Choices whose labels are names ("California", "EU GDPR") and keep their capitals in a sentence.
_PROPER_NAMES = (Region, Law)


def sentence(text: str) -> str:
    """``text`` with its first letter capitalised (labels are kept lower case to compose)."""
    return text[:1].upper() + text[1:]


def choice(value: LabeledEnum | None, *, short: bool = False) -> str:
    """A choice's label for use inside a sentence: "payments", "EU–US Data Privacy Framework".

    Labels are written for a list of choices and some carry an explanation in brackets; inside a
    sentence (``short``) the explanation is dropped. A label that starts with an acronym or a
    name keeps its capitals.
    """
    if value is None:
        return NOT_ANSWERED
    label = value.label
    if short:
        label = label.split(" (", 1)[0].split(": ", 1)[0]
    second = label[1:2]
    if (second.islower() or second == " ") and not isinstance(value, _PROPER_NAMES):
        label = label[0].lower() + label[1:]
    return label


def country(code: str) -> str:
    """The English name of an ISO country code ("US" → "United States"); unknown codes as given."""
    code = code.strip()
    if not code:
        return NOT_ANSWERED
    name = _territories().get(code.upper())
    return name if isinstance(name, str) and code.upper() != "ZZ" else code


def country_in(code: str) -> str:
    """A country's name as it follows "in": "the United States", "Germany"."""
    name = country(code)
    return f"the {name}" if code.strip().upper() in _NAMES_WITH_THE else name


# Country names that take "the" in a sentence.
_NAMES_WITH_THE = frozenset(
    [
        "AE",
        "BS",
        "CD",
        "CF",
        "CG",
        "CZ",
        "DO",
        "FK",
        "FO",
        "GB",
        "GM",
        "KM",
        "KY",
        "MH",
        "MV",
        "NL",
        "PH",
        "SB",
        "SC",
        "TC",
        "US",
        "VA",
        "VG",
        "VI",
    ]
)


@cache
def _territories() -> dict[str, str]:
    return dict(Locale("en").territories)


def yes_no(value: bool | None) -> str:
    return NOT_ANSWERED if value is None else ("yes" if value else "no")


def number(value: int | None, unit: str = "") -> str:
    if value is None:
        return NOT_ANSWERED
    return f"{value} {unit}".strip()


def duration(value: Duration) -> str:
    """ "13 months", "1 year"; "not answered" until both parts are set."""
    if value.amount is None or value.unit is None:
        return NOT_ANSWERED
    unit = value.unit.value
    if value.amount == 1:
        unit = unit.removesuffix("s")
    return f"{value.amount} {unit}"


def quoted(text: str) -> str | None:
    """Short free text in quotes, or None when it is too long to repeat in a summary."""
    text = " ".join(text.split())
    if len(text) > QUOTE_LIMIT:
        return None
    return f"“{text}”"


def retention(value: Retention) -> str:
    """How long data is kept, in a few words: "7 years", "until the account is deleted"."""
    rule = value.rule
    if rule is None:
        return NOT_ANSWERED
    if rule is RetentionRule.PERIOD:
        return duration(value.period)
    if rule is RetentionRule.UNTIL_EVENT:
        event = " ".join(value.event.split())
        return f"until {event}" if event else "until something happens"
    if rule is RetentionRule.PERIOD_AFTER_EVENT:
        event = " ".join(value.event.split())
        return f"{duration(value.period)} after {event or 'something happens'}"
    if rule is RetentionRule.LEGAL_REQUIREMENT:
        law = " ".join(value.law.split())
        return f"as long as the law requires ({law})" if law else "as long as the law requires"
    if rule is RetentionRule.DESCRIBED:
        return quoted(value.description) or "as described in your own words"
    return {
        RetentionRule.UNTIL_ACCOUNT_DELETED: "until the account is deleted",
        RetentionRule.AS_LONG_AS_NEEDED: "as long as needed for the purpose",
        RetentionRule.INDEFINITELY: "indefinitely",
        RetentionRule.NOT_STORED: "not stored",
    }[rule]


def lifetime(value: CookieLifetime) -> str:
    """How long a cookie lasts: "2 years", "until the browser is closed"."""
    kind = value.kind
    if kind is None:
        return NOT_ANSWERED
    if kind is LifetimeKind.PERIOD:
        return duration(value.period)
    if kind is LifetimeKind.UNTIL_EVENT:
        event = " ".join(value.event.split())
        return f"until {event}" if event else "until something happens"
    return choice(kind)


def day(value: dt.date | None, project: Project | None = None) -> str:
    """A date written out in English ("1 January 2027"), in the business's country's style."""
    if value is None:
        return "no date"
    return str(format_date(value, "long", locale=_date_locale(project)))


def _date_locale(project: Project | None) -> str:
    home = project.organisation.country.strip().upper() if project is not None else ""
    return _english_locale_for(home)


@cache
def _english_locale_for(country_code: str) -> str:
    if country_code:
        try:
            Locale.parse(f"en_{country_code}")
            return f"en_{country_code}"
        except (UnknownLocaleError, ValueError):
            pass
    return "en"
