"""What personal data is collected, from whom, why, on what lawful basis, and for how long."""

from __future__ import annotations

from pydantic import Field

from editor.model.base import Duration, LabeledEnum, Model, new_id


class DataKind(LabeledEnum):
    """Kinds of personal data, broad enough for shops, apps, SaaS and non-profits."""

    CONTACT = "contact", "Contact details (name, email, phone, address)"
    IDENTITY = "identity", "Identity details (name, date of birth, title)"
    ACCOUNT = "account", "Account and login details"
    PAYMENT = "payment", "Payment and billing details"
    TRANSACTIONS = "transactions", "Orders and purchase history"
    USAGE = "usage", "How the service is used (pages, clicks, features)"
    DEVICE = "device", "Device and browser details"
    ONLINE_IDENTIFIERS = "online_identifiers", "Online identifiers (IP address, cookie IDs)"
    LOCATION = "location", "Precise location"
    COMMUNICATIONS = "communications", "Messages and support requests"
    USER_CONTENT = "user_content", "Content people upload or post"
    PREFERENCES = "preferences", "Preferences and marketing choices", "Preferences"
    PROFESSIONAL = "professional", "Job and company details"
    DEMOGRAPHIC = "demographic", "Age, gender and similar characteristics", "Age and gender"
    INFERENCES = "inferences", "Profiles and inferences"
    AUDIO_VISUAL = "audio_visual", "Photos, voice and video recordings", "Photos and recordings"
    GOVERNMENT_ID = "government_id", "Government ID numbers"
    HEALTH = "health", "Health information"
    BIOMETRIC = "biometric", "Biometric data"
    GENETIC = "genetic", "Genetic data"
    RACIAL_ETHNIC = "racial_ethnic", "Racial or ethnic origin"
    POLITICAL = "political", "Political opinions"
    RELIGIOUS = "religious", "Religious or philosophical beliefs", "Religious beliefs"
    TRADE_UNION = "trade_union", "Trade union membership"
    SEX_LIFE = "sex_life", "Sex life or sexual orientation"
    CRIMINAL = "criminal", "Criminal convictions and offences", "Criminal convictions"
    OTHER = "other", "Other"

    @property
    def is_special_category(self) -> bool:
        """Special category data under GDPR Art. 9 (and Art. 10 for criminal data)."""
        return self in _SPECIAL


_SPECIAL = frozenset(
    {
        DataKind.HEALTH,
        DataKind.BIOMETRIC,
        DataKind.GENETIC,
        DataKind.RACIAL_ETHNIC,
        DataKind.POLITICAL,
        DataKind.RELIGIOUS,
        DataKind.TRADE_UNION,
        DataKind.SEX_LIFE,
        DataKind.CRIMINAL,
    }
)


class DataSource(LabeledEnum):
    FROM_YOU = "from_you", "From the person directly"
    AUTOMATICALLY = "automatically", "Collected automatically when they use the service"
    THIRD_PARTIES = "third_parties", "From other companies or partners"
    PUBLIC_SOURCES = "public_sources", "From public sources"
    OTHER_USERS = "other_users", "From other users (for example an invitation)"
    # Given by someone acting for the person: a parent for their child, a carer, an agency that
    # refers someone, a colleague who books for a team. Still not from the person (Art. 14).
    ON_THEIR_BEHALF = (
        "on_their_behalf",
        "From someone acting for them (a parent, carer, referrer or colleague)",
        "From someone acting for them",
    )


class DataSubject(LabeledEnum):
    """The people the data is about."""

    VISITORS = "visitors", "Website or app visitors"
    CUSTOMERS = "customers", "Customers"
    ACCOUNT_HOLDERS = "account_holders", "Account holders"
    SUBSCRIBERS = "subscribers", "Newsletter subscribers"
    PROSPECTS = "prospects", "People who enquire"
    JOB_APPLICANTS = "job_applicants", "Job applicants"
    SUPPLIERS = "suppliers", "Suppliers and partners"
    MEMBERS = "members", "Members, donors or volunteers"
    BENEFICIARIES = "beneficiaries", "People we help or serve (clients, service users)"
    NAMED_BY_OTHERS = "named_by_others", "People named by others (emergency contacts, referees)"
    CHILDREN = "children", "Children"
    OTHER = "other", "Others"


class LawfulBasis(LabeledEnum):
    """The six lawful bases of GDPR Art. 6(1)."""

    CONSENT = "consent", "Consent"
    CONTRACT = "contract", "Contract"
    LEGAL_OBLIGATION = "legal_obligation", "Legal obligation"
    VITAL_INTERESTS = "vital_interests", "Vital interests"
    PUBLIC_TASK = "public_task", "Public task"
    LEGITIMATE_INTERESTS = "legitimate_interests", "Legitimate interests"


class SpecialCondition(LabeledEnum):
    """What allows sensitive data besides a lawful basis: a condition of GDPR Art. 9(2) for
    special category data, or, for criminal offence data, a law that authorises it (Art. 10;
    in the UK a condition of the Data Protection Act 2018, Schedule 1)."""

    EXPLICIT_CONSENT = "explicit_consent", "Their explicit consent (Art. 9(2)(a))"
    EMPLOYMENT = (
        "employment",
        "Duties in employment, social security or social protection law (Art. 9(2)(b))",
    )
    VITAL_INTERESTS = (
        "vital_interests",
        "Protecting someone's life when they cannot consent (Art. 9(2)(c))",
    )
    NOT_FOR_PROFIT = (
        "not_for_profit",
        "A not-for-profit body's work with its members or regular contacts (Art. 9(2)(d))",
    )
    MADE_PUBLIC = "made_public", "They clearly made it public themselves (Art. 9(2)(e))"
    LEGAL_CLAIMS = "legal_claims", "Legal claims or courts (Art. 9(2)(f))"
    PUBLIC_INTEREST = (
        "public_interest",
        "A substantial public interest set out in law (Art. 9(2)(g))",
    )
    HEALTH_CARE = "health_care", "Health or social care (Art. 9(2)(h))"
    PUBLIC_HEALTH = "public_health", "Public health (Art. 9(2)(i))"
    RESEARCH = "research", "Archiving, research or statistics (Art. 9(2)(j))"
    AUTHORISED_BY_LAW = (
        "authorised_by_law",
        "A law that allows it (criminal offence data, Art. 10)",
    )

    @property
    def point(self) -> str:
        """The letter of Art. 9(2), or "" for the Art. 10 condition."""
        return _CONDITION_POINTS.get(self, "")


class Requirement(LabeledEnum):
    """Whether people must give the data (GDPR Art. 13(2)(e))."""

    OPTIONAL = "optional", "Optional"
    NEEDED_FOR_CONTRACT = "needed_for_contract", "Needed to provide the service"
    REQUIRED_BY_LAW = "required_by_law", "Required by law"


class Purpose(Model):
    """Why data is used, with its lawful basis."""

    id: str = Field(default_factory=new_id)
    name: str = ""  # e.g. "Send our newsletter"
    description: str = ""
    lawful_basis: LawfulBasis | None = None
    legitimate_interest: str = ""  # the interest, when the basis is legitimate interests
    legal_obligation: str = ""  # which law, when the basis is a legal obligation
    withdraw_consent_how: str = ""  # how to withdraw, when the basis is consent
    # For legitimate interests: the business weighed its interest against people's rights and
    # found it not outweighed (the balancing test of GDPR Art. 6(1)(f)).
    balancing_test: bool | None = None
    # Direct marketing (newsletters, offers, ads sent to the person): people can always object
    # to it (GDPR Art. 21(2)-(3)), and the rights list says so only for those who do it.
    direct_marketing: bool | None = None


_CONDITION_POINTS = {
    SpecialCondition.EXPLICIT_CONSENT: "a",
    SpecialCondition.EMPLOYMENT: "b",
    SpecialCondition.VITAL_INTERESTS: "c",
    SpecialCondition.NOT_FOR_PROFIT: "d",
    SpecialCondition.MADE_PUBLIC: "e",
    SpecialCondition.LEGAL_CLAIMS: "f",
    SpecialCondition.PUBLIC_INTEREST: "g",
    SpecialCondition.HEALTH_CARE: "h",
    SpecialCondition.PUBLIC_HEALTH: "i",
    SpecialCondition.RESEARCH: "j",
}


class RetentionRule(LabeledEnum):
    """The ways people write how long they keep data."""

    PERIOD = "period", "For a set period"
    UNTIL_ACCOUNT_DELETED = "until_account_deleted", "Until the account is deleted"
    UNTIL_EVENT = "until_event", "Until something happens (e.g. you unsubscribe)"
    PERIOD_AFTER_EVENT = (
        "period_after_event",
        "For a set period after something happens (e.g. 2 years after you stop volunteering)",
    )
    AS_LONG_AS_NEEDED = "as_long_as_needed", "As long as needed for the purpose"
    LEGAL_REQUIREMENT = "legal_requirement", "As long as the law requires"
    INDEFINITELY = "indefinitely", "Indefinitely"
    NOT_STORED = "not_stored", "Not stored"
    DESCRIBED = "described", "In my own words"


class IndefiniteWording(LabeledEnum):
    """How a business without an end date wants to say so."""

    NO_END_DATE = "no_end_date", "We keep it with no end date"
    UNTIL_DELETED = "until_deleted", "We keep it until you ask us to delete it"
    PERMANENT_RECORD = "permanent_record", "We keep it permanently, as part of our records"
    ARCHIVE = "archive", "We keep it in our archive"


class Retention(Model):
    """How long one kind of data is kept."""

    rule: RetentionRule | None = None
    period: Duration = Field(default_factory=Duration)
    event: str = ""  # for UNTIL_EVENT and PERIOD_AFTER_EVENT, e.g. "you unsubscribe"
    law: str = ""  # for LEGAL_REQUIREMENT, e.g. "tax law (6 years)"
    reason: str = ""  # for INDEFINITELY: why
    # For INDEFINITELY: how the owner wants it said; None says "with no end date".
    indefinite_wording: IndefiniteWording | None = None
    description: str = ""  # for DESCRIBED, or extra detail
    exceptions: str = ""  # e.g. "invoices are kept for 7 years for tax"

    def is_answered(self) -> bool:
        if self.rule is None:
            return False
        if self.rule is RetentionRule.PERIOD:
            return self.period.is_set()
        if self.rule is RetentionRule.UNTIL_EVENT:
            return bool(self.event.strip())
        if self.rule is RetentionRule.PERIOD_AFTER_EVENT:
            return self.period.is_set() and bool(self.event.strip())
        if self.rule is RetentionRule.DESCRIBED:
            return bool(self.description.strip())
        return True


class CollectionMoment(LabeledEnum):
    """When the business collects a kind of data, in the reader's own steps."""

    ORDER = "order", "When you order or book"
    ACCOUNT = "account", "When you create an account"
    PAYMENT = "payment", "When you pay"
    SIGN_UP = "sign_up", "When you sign up for news"
    CONTACT = "contact", "When you contact us"
    USE = "use", "While you use our website, app or service"
    DONATE = "donate", "When you donate"
    VOLUNTEER = "volunteer", "When you volunteer or join"
    REFERRAL = "referral", "When someone refers you to us"
    EVENT = "event", "At events, meetings or trainings"


class GroupBasis(Model):
    """A different legal reason for some purposes when they concern some groups of people.

    A charity sends its newsletter to donors on their consent but to members under its
    legitimate interests: the purpose's own basis stays for everyone else.
    """

    id: str = Field(default_factory=new_id)
    subjects: list[DataSubject] = Field(default_factory=list)
    purpose_ids: list[str] = Field(default_factory=list)
    lawful_basis: LawfulBasis | None = None
    details: str = ""  # e.g. the interest, or the law that obliges it


class DataCategory(Model):
    """One kind of personal data the business collects, and what happens to it."""

    id: str = Field(default_factory=new_id)
    name: str = ""  # e.g. "Contact details"
    kind: DataKind | None = None
    examples: str = ""  # e.g. "name, email address, phone number"
    subjects: list[DataSubject] = Field(default_factory=list)
    sources: list[DataSource] = Field(default_factory=list)
    source_details: str = ""  # which third parties or public sources
    collected_when: list[CollectionMoment] = Field(default_factory=list)
    # Collected only in some cases, in the owner's words after "only if": "you pay by PayPal".
    only_if: str = ""
    purpose_ids: list[str] = Field(default_factory=list)
    requirement: Requirement | None = None
    if_not_provided: str = ""  # what happens when someone does not give it
    retention: Retention = Field(default_factory=Retention)
    sold_or_shared: bool | None = None  # sold, or shared for cross-context advertising (CCPA)
    # For sensitive data only (special category or criminal offence data): what allows it
    # besides the lawful basis of its purposes, e.g. "their explicit consent", and in the
    # business's words the law or paragraph it relies on, e.g. "Data Protection Act 2018,
    # Schedule 1, paragraph 18 (safeguarding children and people at risk)".
    special_condition: SpecialCondition | None = None
    special_condition_details: str = ""
    # A legal reason of this data's own, where it differs from its purposes' (optional profile
    # details kept only on consent); None: its purposes' reasons apply.
    lawful_basis: LawfulBasis | None = None

    @property
    def is_sensitive(self) -> bool:
        return self.kind is not None and self.kind.is_special_category


class RetentionPolicy(Model):
    """What the business says about keeping data in general, beyond each category."""

    general_statement: str = ""
    backups: str = ""  # e.g. "backups are overwritten within 30 days"
    deletion_method: str = ""  # e.g. "deleted or anonymised"
    # The deletion timeline once something is deleted: kept so it can be restored for this
    # many days, gone from live systems within, and from backups within (each None: not said).
    restorable_days: int | None = Field(default=None, ge=0, le=3650)
    live_removal_days: int | None = Field(default=None, ge=0, le=3650)
    backup_removal_days: int | None = Field(default=None, ge=0, le=3650)


class NotCollected(Model):
    """What the business does not collect, said plainly (readers look for it)."""

    kinds: list[DataKind] = Field(default_factory=list)
    statement: str = ""
    # True: no personal data is collected at all (a program whose data stays on the device,
    # a site that keeps nothing); the policy then says so instead of listing data and rights.
    nothing: bool | None = None
