"""Shared building blocks of the project model: the base class, labelled enums, ids, durations."""

from __future__ import annotations

import re
import secrets
from enum import StrEnum
from typing import Any, Self

from pydantic import BaseModel, ConfigDict, Field, model_validator

# The most characters one answer may hold: a whole old policy kept as it was imported runs
# to about 100,000; more is not text someone wrote.
LONGEST_TEXT = 1_000_000


def new_id() -> str:
    """A short random id for a list item, so references survive reordering and renaming."""
    return secrets.token_hex(4)


class Model(BaseModel):
    """Base of every part of a project.

    Unknown keys are refused so that a typo in a hand-edited file is reported instead of being
    silently dropped on the next save; assignments are validated so that the editor cannot put
    a value of the wrong type into the model. No string is longer than ``LONGEST_TEXT``, so a
    pasted book or a damaged file is refused with its field instead of slowing every check.
    """

    model_config = ConfigDict(extra="forbid", validate_assignment=True, str_max_length=LONGEST_TEXT)

    # Every string is made whole as it reaches the model: from a file, an import or code
    # (``_whole_strings``, once per model, each nested model doing its own), and from an edit
    # (``__setattr__``: an assignment does not take a model validator's result).
    @model_validator(mode="before")
    @classmethod
    def _whole_strings(cls, data: Any) -> Any:
        if not isinstance(data, dict):
            return data
        return {key: _whole_strings_in(value) for key, value in data.items()}

    def __setattr__(self, name: str, value: Any) -> None:
        super().__setattr__(name, whole_characters(value))


_SURROGATE = re.compile("[\ud800-\udfff]")


def whole_characters(value: Any) -> Any:
    """``value`` with every lone surrogate in its strings replaced by U+FFFD, at any depth.

    JSON allows an escape such as ``"\\ud800"`` that is half of a character; no file format can
    carry one (UTF-8 refuses it), so it is replaced the moment it reaches the model, and every
    string the policy is written from is whole. The replacement character shows the owner
    where something unreadable was, where dropping it would hide that. A high and a low half
    side by side are one character (as a UTF-16 source may hand them over) and are joined.
    """
    if isinstance(value, str):
        if _SURROGATE.search(value) is None:
            return value
        return value.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    if isinstance(value, list | tuple):
        return type(value)(whole_characters(item) for item in value)
    if isinstance(value, dict):
        return {whole_characters(k): whole_characters(v) for k, v in value.items()}
    return value


def _whole_strings_in(value: Any) -> Any:
    """A field's value with its strings made whole, not looking into nested models' data.

    A list or dict of dicts is a list of models (each validates its own); walking it here too
    would walk every string once per level, and loading a large project would be slower by
    half. A field holding any JSON (a published version's change) walks it in full itself.
    """
    if isinstance(value, str):
        return whole_characters(value)
    if isinstance(value, list):
        return [whole_characters(v) if isinstance(v, str) else v for v in value]
    if isinstance(value, dict):
        return {
            whole_characters(k): whole_characters(v) if isinstance(v, str) else v
            for k, v in value.items()
        }
    return value


def _without_aside(label: str) -> str:
    """ "Contact details (name, email)" -> "Contact details"; other labels as they are."""
    if label.endswith(")") and " (" in label:
        return label[: label.rindex(" (")]
    return label


class LabeledEnum(StrEnum):
    """A string enum whose members carry a human-readable label for the editor and the CLI.

    The value is what the project file stores; the label is English UI text (the policy's own
    wording for each member lives in the templates, per language). ``short`` is the label for
    a narrow place such as a table column: given as a third item, or else the label without a
    closing aside in brackets ("Processor (works on our behalf)" gives "Processor").
    """

    label: str
    short: str

    def __new__(cls, value: str, label: str = "", short: str = "") -> Self:
        member = str.__new__(cls, value)
        member._value_ = value
        member.label = label or value.replace("_", " ").capitalize()
        member.short = short or _without_aside(member.label)
        return member

    @classmethod
    def choices(cls) -> list[tuple[str, str]]:
        """(value, label) pairs in declaration order, for combo boxes and help text."""
        return [(m.value, m.label) for m in cls]


class TimeUnit(LabeledEnum):
    MINUTES = "minutes", "Minutes"
    HOURS = "hours", "Hours"
    DAYS = "days", "Days"
    WEEKS = "weeks", "Weeks"
    MONTHS = "months", "Months"
    YEARS = "years", "Years"


# No list of a project (a file of at most 64 MB) holds a million items.
MOST_ITEMS = 1_000_000

_DAYS_PER_UNIT = {
    TimeUnit.MINUTES: 1 / 1440,
    TimeUnit.HOURS: 1 / 24,
    TimeUnit.DAYS: 1,
    TimeUnit.WEEKS: 7,
    TimeUnit.MONTHS: 30.44,
    TimeUnit.YEARS: 365.25,
}
# Nothing a policy describes (how long data is kept, a cookie's life, a notice period) lasts
# longer than this; a longer length of time is a typing or editing mistake.
LONGEST_YEARS = 1000


def longest_amount(unit: TimeUnit) -> int:
    """The largest number of ``unit`` a length of time may have (1,000 years in that unit)."""
    return round(LONGEST_YEARS * _DAYS_PER_UNIT[TimeUnit.YEARS] / _DAYS_PER_UNIT[unit])


class Duration(Model):
    """A length of time such as 13 months; either part may still be unanswered."""

    amount: int | None = Field(default=None, ge=0, le=longest_amount(TimeUnit.MINUTES))
    unit: TimeUnit | None = None

    @model_validator(mode="after")
    def _at_most_the_longest(self) -> Self:
        if self.amount is not None and self.unit and self.amount > longest_amount(self.unit):
            raise ValueError(
                f"{self.amount:,} {self.unit.value} is more than {LONGEST_YEARS:,} years"
            )
        return self

    def is_set(self) -> bool:
        return self.amount is not None and self.unit is not None

    def approx_days(self) -> float | None:
        """Rough length in days, for comparisons such as "longer than two years"."""
        if not self.is_set():
            return None
        assert self.amount is not None and self.unit is not None
        return self.amount * _DAYS_PER_UNIT[self.unit]


def is_blank(value: Any) -> bool:
    """True when a user has not answered: None, a blank string, an empty collection."""
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, (list, tuple, set, dict)):
        return len(value) == 0
    return False
