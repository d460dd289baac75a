"""How the business handles data day to day: security, children, tracking, visibility, apps."""

from __future__ import annotations

from pydantic import Field

from editor.model.base import LabeledEnum, Model, new_id


class SecurityMeasure(LabeledEnum):
    ENCRYPTION_IN_TRANSIT = "encryption_in_transit", "Encryption in transit (HTTPS/TLS)"
    ENCRYPTION_AT_REST = "encryption_at_rest", "Encryption of stored data"
    ACCESS_CONTROL = "access_control", "Access limited to staff who need it"
    TWO_FACTOR = "two_factor", "Two-factor authentication for staff"
    ENCRYPTED_BACKUPS = "encrypted_backups", "Encrypted backups"
    PSEUDONYMISATION = "pseudonymisation", "Pseudonymisation"
    STAFF_TRAINING = "staff_training", "Staff training"
    SECURITY_TESTING = "security_testing", "Regular security testing and updates"
    DATA_MINIMISATION = "data_minimisation", "Collecting only what we need"
    PROCESSOR_CONTRACTS = "processor_contracts", "Contracts with every processor"


class Security(Model):
    measures: list[SecurityMeasure] = Field(default_factory=list)
    details: str = ""
    breach_notification: str = ""  # what happens if something goes wrong


class Children(Model):
    directed_to_children: bool | None = None  # the service is aimed at children
    minimum_age: int | None = Field(default=None, ge=0, le=21)
    collects_from_children: bool | None = None  # knowingly collects data of under-13s
    parental_consent_method: str = ""
    parent_rights_how: str = ""  # how parents review, delete or stop collection
    if_collected_by_mistake: str = ""
    # A service not aimed at children may still hold details about children that adults give:
    # a parent's household of children and their ages, a gift's recipient, a family booking.
    children_details_from_adults: bool | None = None
    children_details_what: str = ""  # e.g. "how many children live with you and their ages"
    # COPPA 16 CFR 312.4(d)(3), added in 2025: identifiers that recognise a device (cookie or
    # device IDs) collected from children without a parent's consent, only to keep the service
    # working (the "support for internal operations" exception, 312.5(c)(7)); then which
    # operations, and how the business makes sure the identifiers are not used to contact or
    # profile a child (e.g. for behavioural advertising).
    uses_persistent_identifiers_for_internal_operations: bool | None = None
    internal_operations: str = ""  # e.g. "keeping players signed in and fixing crashes"
    persistent_identifier_limits: str = ""  # e.g. "no advertising code runs in the app"
    # COPPA 16 CFR 312.4(d)(4), added in 2025: recordings of a child's voice, used only in place
    # of typed words to answer the child's request and deleted right after (312.5(c)(9)).
    collects_audio_files: bool | None = None
    audio_files_use: str = ""  # e.g. "to turn a spoken search into text"


class DoNotTrack(LabeledEnum):
    HONOURED = "honoured", "We honour Do Not Track signals"
    NOT_HONOURED = "not_honoured", "We do not respond to Do Not Track signals"
    NO_CROSS_SITE_TRACKING = "no_cross_site_tracking", "We do not track people across sites"


class Tracking(Model):
    """Browser signals and tracking across other sites (CalOPPA, CCPA)."""

    do_not_track: DoNotTrack | None = None
    honours_gpc: bool | None = None  # Global Privacy Control / opt-out preference signals
    third_party_tracking: bool | None = None  # others may track people across sites via us
    details: str = ""


class AutomatedDecisions(Model):
    used: bool | None = None  # decisions with legal or similarly significant effects
    profiling: bool | None = None
    description: str = ""
    logic: str = ""
    consequences: str = ""
    human_review: str = ""  # how to ask a person to look at a decision


class VisibleInformation(Model):
    id: str = Field(default_factory=new_id)
    what: str = ""  # e.g. "your display name and posts"
    who_can_see: str = ""  # e.g. "anyone visiting the forum"


class Visibility(Model):
    """What other users or the public can see, and what stays private."""

    has_public_information: bool | None = None
    items: list[VisibleInformation] = Field(default_factory=list)
    private_statement: str = ""


class PermissionGrant(LabeledEnum):
    """When a device permission is granted, which decides whether people can refuse it."""

    WHEN_NEEDED = (
        "when_needed",
        "The app asks when it needs it (people can say no)",
        "Asked when needed",
    )
    AT_INSTALL = (
        "at_install",
        "Granted when the app is installed (it cannot be refused)",
        "Granted at install",
    )


class AppPermission(Model):
    id: str = Field(default_factory=new_id)
    permission: str = ""  # e.g. "Camera"
    feature: str = ""  # the part of the app that uses it, e.g. "Receipt scanner"
    reason: str = ""
    # The app works without it. None until answered: format 1 defaulted it to True, which let
    # the policy call a permission optional that nobody had said was (migrated in format 2).
    optional: bool | None = None
    # What the permission reads (photos, location) is sent off the device, to us or anyone
    # else; False means it is used on the device only.
    leaves_device: bool | None = None
    # An Android "normal" permission (internet access) is granted at install; a camera is asked
    # for at run time. Only the second can be refused, so the policy says "you can say no" for it.
    when_granted: PermissionGrant | None = None


class NetworkFeature(Model):
    """Something the software contacts on its own: an update check, news, a crash report upload.

    Not "sharing": the business's program fetches or sends something for a feature. The policy
    says who runs the server and where their policy is, whether the feature is on before anyone
    chooses it, where to switch it off, and which builds have it.
    """

    id: str = Field(default_factory=new_id)
    feature: str = ""  # e.g. "Update check"
    data_sent: str = ""
    destination: str = ""  # e.g. "our update server"
    provider: str = ""  # who runs it when it is not the business itself, e.g. "GitHub"
    provider_policy_url: str = ""
    on_by_default: bool | None = None
    can_switch_off: bool | None = None
    how_to_switch_off: str = ""  # e.g. "Settings › Privacy › Check for updates"
    in_every_build: bool | None = None  # False: only the builds or app stores in `builds`
    builds: str = ""  # e.g. "the Windows installer, not the Microsoft Store version"


class UserExport(Model):
    """Something a person may choose to export or send, such as a debug log or support bundle."""

    id: str = Field(default_factory=new_id)
    name: str = ""  # e.g. "Debug log"
    contents: str = ""  # e.g. "the app's settings and its recent error messages"
    # It is written on the device and goes nowhere unless the person sends it themselves.
    stays_on_device: bool | None = None
    sent_to: str = ""  # where it goes when sent, e.g. "our support address"


class AppBehaviour(Model):
    """For apps and desktop software: device permissions and what contacts the network."""

    permissions: list[AppPermission] = Field(default_factory=list)
    network_features: list[NetworkFeature] = Field(default_factory=list)
    user_exports: list[UserExport] = Field(default_factory=list)
    works_offline: bool | None = None  # the software does not "phone home"
    statement: str = ""


class NotifyMethod(LabeledEnum):
    EMAIL = "email", "By email"
    SITE_NOTICE = "site_notice", "A notice on the website"
    IN_APP = "in_app", "A message in the app"
    UPDATED_DATE = "updated_date", "A new date at the top of this policy"


class RevisionTrigger(LabeledEnum):
    """When the business updates its policy (the opening of "Changes to this policy")."""

    SERVICES_CHANGE = "services_change", "When what we do with personal data changes"
    LAW_CHANGES = "law_changes", "When the law changes"
    YEARLY_REVIEW = "yearly_review", "At least once a year (a yearly review)"


class Changes(Model):
    """How the policy changes and how people hear about it."""

    update_triggers: list[RevisionTrigger] = Field(default_factory=list)
    notify_methods: list[NotifyMethod] = Field(default_factory=list)
    # A promise to tell people before their data is used for a purpose this policy does not
    # list (GDPR Art. 13(3) asks for it under the GDPR).
    tell_before_new_purpose: bool | None = None
    advance_notice_days: int | None = Field(default=None, ge=0, le=365)
    details: str = ""
