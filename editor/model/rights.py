"""The rights people have over their data and how they use them."""

from __future__ import annotations

from pydantic import Field

from editor.model.base import LabeledEnum, Model


class Right(LabeledEnum):
    ACCESS = "access", "See the data we hold (access)"
    RECTIFICATION = "rectification", "Correct it (rectification)"
    ERASURE = "erasure", "Delete it (erasure)"
    RESTRICTION = "restriction", "Restrict how we use it"
    OBJECTION = "objection", "Object to how we use it"
    PORTABILITY = "portability", "Take a copy elsewhere (portability)"
    WITHDRAW_CONSENT = "withdraw_consent", "Withdraw consent"
    AUTOMATED_DECISIONS = "automated_decisions", "Not be subject to automated decisions"
    OPT_OUT_SALE = "opt_out_sale", "Opt out of sale or sharing"
    LIMIT_SENSITIVE = "limit_sensitive", "Limit use of sensitive information"
    NON_DISCRIMINATION = "non_discrimination", "Not be treated differently for using a right"
    COMPLAIN = "complain", "Complain to a regulator"


class RequestMethod(LabeledEnum):
    EMAIL = "email", "Email"
    WEB_FORM = "web_form", "Web form"
    ACCOUNT_SETTINGS = "account_settings", "In the account settings"
    PHONE = "phone", "Phone"
    TOLL_FREE_PHONE = "toll_free_phone", "Toll-free phone number"
    POST = "post", "Post"
    IN_PERSON = "in_person", "In person"


class RequestFee(LabeledEnum):
    """Whether people pay to use their rights (free under GDPR Art. 12(5) and CCPA)."""

    FREE = "free", "Always free"
    FREE_UNLESS_EXCESSIVE = (
        "free_unless_excessive",
        "Free, unless a request is clearly unfounded or excessive",
        "Free unless excessive",
    )
    FEE = "fee", "We may charge a fee"


class Rights(Model):
    offer_to_everyone: bool | None = None  # the same rights wherever people live
    rights: list[Right] = Field(default_factory=list)  # rights offered beyond what laws require
    request_methods: list[RequestMethod] = Field(default_factory=list)
    how_to_exercise: str = ""
    verification: str = ""  # how identity is checked
    response_days: int | None = Field(default=None, ge=0, le=365)
    request_fee: RequestFee | None = None
    authorised_agents: bool | None = None
    appeal_process: str = ""
    complaints_to_us: str = ""  # how we handle complaints made to us
    complaint_authority_name: str = ""
    complaint_authority_url: str = ""
    request_metrics_url: str = ""  # CCPA §7102 metrics, when published on a separate page
