"""Which changes are material: the judgements behind ``Change.material``.

Material means a reader of the old policy would be surprised by the new one: data used for
something new, given to someone new, sent somewhere new or less protected, kept longer, or
rights taken away. When the direction of a change cannot be told (from "until the account is
deleted" to "2 years"), it is treated as material so that the business decides, not the tool.
"""

from __future__ import annotations

import math
from typing import Any

from editor.model import (
    ConsentMechanism,
    Cookie,
    CookieCategory,
    CookieLifetime,
    DoNotTrack,
    LifetimeKind,
    Party,
    RecipientRole,
    RequestFee,
    Retention,
    RetentionRule,
    TransferSafeguard,
)
from editor.versions.fields import Place

UNKNOWN = None  # a length that cannot be compared


def non_essential(category: CookieCategory | None) -> bool:
    """Needs consent; a cookie nobody has put in a category yet counts as non-essential."""
    return category is None or category.needs_consent


def new_cookie_is_material(cookie: Cookie) -> bool:
    return non_essential(cookie.category)


def cookie_became_non_essential(old: Any, new: Any, at: Place) -> bool:
    return new is not None and new.needs_consent and (old is None or not old.needs_consent)


def cookie_now_third_party(old: Any, new: Any, at: Place) -> bool:
    cookie = at.new_parent
    return new is Party.THIRD_PARTY and non_essential(getattr(cookie, "category", None))


def cookie_lasts_longer(old: CookieLifetime, new: CookieLifetime, at: Place) -> bool:
    cookie = at.new_parent
    if not non_essential(getattr(cookie, "category", None)) or new.kind is None:
        return False
    before, after = _lifetime_days(old), _lifetime_days(new)
    if before is UNKNOWN or after is UNKNOWN:
        return old.kind is not None
    return after > before


def _lifetime_days(value: CookieLifetime) -> float | None:
    if value.kind is LifetimeKind.SESSION:
        return 0.0
    if value.kind is LifetimeKind.PERSISTENT:
        return math.inf
    if value.kind is LifetimeKind.PERIOD:
        return value.period.approx_days()
    return UNKNOWN


def retention_longer(old: Retention, new: Retention, at: Place) -> bool:
    if old.rule is None or new.rule is None or new.rule is RetentionRule.NOT_STORED:
        return False
    if old.rule is RetentionRule.INDEFINITELY:
        return False
    if new.rule is RetentionRule.INDEFINITELY or old.rule is RetentionRule.NOT_STORED:
        return True
    before, after = old.period.approx_days(), new.period.approx_days()
    # Two periods counted the same way (from collection, or from the same kind of event).
    counted = {RetentionRule.PERIOD, RetentionRule.PERIOD_AFTER_EVENT}
    both_periods = old.rule is new.rule and old.rule in counted
    if both_periods and before is not None and after is not None:
        return after > before
    if both_periods:
        return before is not None  # a known period became unknown
    return old.rule is not new.rule  # cannot tell which is longer: let the business decide


_SAFEGUARD_STRENGTH = {
    TransferSafeguard.NOT_NEEDED: 3,
    TransferSafeguard.ADEQUACY: 2,
    TransferSafeguard.DPF: 2,
    TransferSafeguard.SCC: 2,
    TransferSafeguard.UK_IDTA: 2,
    TransferSafeguard.BCR: 2,
    TransferSafeguard.CONSENT: 1,
    TransferSafeguard.DEROGATION: 1,
    TransferSafeguard.OTHER: 1,
    TransferSafeguard.PRIVACY_SHIELD: 0,
    TransferSafeguard.SAFE_HARBOR: 0,
    TransferSafeguard.NONE: 0,
    TransferSafeguard.UNKNOWN: 0,
}


def weaker_safeguard(old: Any, new: Any, at: Place) -> bool:
    """Less protection for a transfer abroad (including a new transfer where there was none)."""
    if old is None or new is None:
        return False
    return _SAFEGUARD_STRENGTH[new] < _SAFEGUARD_STRENGTH[old]


def new_country(old: Any, new: Any, at: Place) -> bool:
    return bool(new.strip()) and new.strip().upper() != old.strip().upper()


def data_goes_further(old: Any, new: Any, at: Place) -> bool:
    """The recipient now uses the data for itself, or a tool we ran ourselves now sends it out."""
    # "Not sure yet" claims nothing: the policy stops saying the recipient works for us, but
    # does not yet say it uses the data for itself.
    if not isinstance(new, RecipientRole):
        return False
    return new.uses_data_itself or (
        old is RecipientRole.SELF_HOSTED and new is RecipientRole.PROCESSOR
    )


def basis_changed(old: Any, new: Any, at: Place) -> bool:
    return old is not None


def became_sensitive(old: Any, new: Any, at: Place) -> bool:
    return (
        new is not None and new.is_special_category and (old is None or not old.is_special_category)
    )


def weaker_consent(old: Any, new: Any, at: Place) -> bool:
    asks_first = {ConsentMechanism.BANNER_OPT_IN, ConsentMechanism.NOT_NEEDED}
    return old is ConsentMechanism.BANNER_OPT_IN and new is not None and new not in asks_first


def stops_honouring_dnt(old: Any, new: Any, at: Place) -> bool:
    return new is DoNotTrack.NOT_HONOURED and old is not None


def starts_charging(old: Any, new: Any, at: Place) -> bool:
    """People may now have to pay to use their rights."""
    return new is RequestFee.FEE and old is not RequestFee.FEE and old is not None
