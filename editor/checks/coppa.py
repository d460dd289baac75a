"""COPPA: the online notice of 16 CFR 312.4(d), as amended in 2025.

The items are settled; their paragraph numbers (d)(1)–(5) were not checked against the eCFR,
hence "likely" on the rules that cite them.
"""

from __future__ import annotations

from collections.abc import Iterator

from editor.checks.common import (
    address_path,
    blank,
    children_categories,
    keeps_indefinitely,
    name_of,
    postal_address_given,
    receiving,
)
from editor.checks.finding import Confidence, Section, Severity
from editor.checks.registry import CheckContext, Hit, rule
from editor.model import Law

KIDS = (Law.COPPA,)


@rule(
    "coppa.operator-contact",
    laws=KIDS,
    citation="16 CFR 312.4(d)(1)",
    severity=Severity.ERROR,
    confidence=Confidence.LIKELY,
    summary="The operator's name, postal address, phone number and email address are given.",
)
def operator_contact(ctx: CheckContext) -> Iterator[Hit]:
    project = ctx.project
    if not postal_address_given(project):
        yield Hit(address_path(project), "Give a postal address where parents can reach you.")
    if blank(project.contact.phone):
        yield Hit(("contact", "phone"), "Give a phone number where parents can reach you.")
    if blank(project.contact.email):
        yield Hit(("contact", "email"), "Give an email address where parents can reach you.")


@rule(
    "coppa.children-data",
    laws=KIDS,
    citation="16 CFR 312.4(d)(2)",
    severity=Severity.ERROR,
    confidence=Confidence.LIKELY,
    summary="The policy says what is collected from children.",
    section=Section.DATA,
)
def children_data(ctx: CheckContext) -> Iterator[Hit]:
    if not any(True for _ in children_categories(ctx.project)):
        yield Hit(
            ("data_categories",),
            "Mark which data you collect from children (choose “Children” among the people "
            "each category is about).",
        )


@rule(
    "coppa.public-disclosure",
    laws=KIDS,
    citation="16 CFR 312.4(d)(2)",
    severity=Severity.ERROR,
    confidence=Confidence.LIKELY,
    summary="The policy says whether children can make information public.",
)
def public_disclosure(ctx: CheckContext) -> Iterator[Hit]:
    if ctx.project.visibility.has_public_information is None:
        yield Hit(
            ("visibility", "has_public_information"),
            "Say whether children can make personal information public on your service.",
        )


@rule(
    "coppa.third-parties",
    laws=KIDS,
    citation="16 CFR 312.4(d)(2) (2025 amendments)",
    severity=Severity.ERROR,
    confidence=Confidence.LIKELY,
    summary="Recipients of children's data are named with the purpose of the disclosure.",
)
def third_parties(ctx: CheckContext) -> Iterator[Hit]:
    kids = {c.id for _, c in children_categories(ctx.project)}
    for i, recipient in receiving(ctx.project):
        if (
            kids & set(recipient.data_category_ids)
            and blank(recipient.purpose)
            and not (recipient.purpose_ids)
        ):
            yield Hit(
                ("recipients", i, "purpose"),
                f"Say why {name_of(recipient, 'this recipient')} receives children's data.",
            )


@rule(
    "coppa.retention",
    laws=KIDS,
    citation="16 CFR 312.4(d)(2), 312.10 (2025 amendments)",
    severity=Severity.ERROR,
    confidence=Confidence.LIKELY,
    summary="Children's data has a retention period, never indefinite.",
)
def retention(ctx: CheckContext) -> Iterator[Hit]:
    for i, category in children_categories(ctx.project):
        if not category.retention.is_answered() or keeps_indefinitely(category):
            yield Hit(
                ("data_categories", i, "retention", "rule"),
                f"Set how long you keep {name_of(category, 'this children’s data')} and when "
                "you delete it: COPPA does not allow keeping children's data indefinitely.",
            )


@rule(
    "coppa.persistent-identifiers",
    laws=KIDS,
    citation="16 CFR 312.4(d)(3), 312.5(c)(7) (2025 amendments)",
    severity=Severity.ERROR,
    confidence=Confidence.LIKELY,
    summary="The policy says whether device identifiers are collected for internal operations "
    "without consent, and if so which operations and how other uses are prevented.",
)
def persistent_identifiers(ctx: CheckContext) -> Iterator[Hit]:
    kids = ctx.project.children
    if kids.uses_persistent_identifiers_for_internal_operations is None:
        yield Hit(
            ("children", "uses_persistent_identifiers_for_internal_operations"),
            "Say whether you collect identifiers that recognise a child's device (cookie or "
            "device IDs) without a parent's consent, to keep your service working.",
        )
    elif kids.uses_persistent_identifiers_for_internal_operations:
        if blank(kids.internal_operations):
            yield Hit(
                ("children", "internal_operations"),
                "Say which internal operations the device identifiers support (for example "
                "keeping someone signed in, or fixing crashes).",
            )
        if blank(kids.persistent_identifier_limits):
            yield Hit(
                ("children", "persistent_identifier_limits"),
                "Say how you make sure the device identifiers are not used to contact a child, "
                "show them behavioural ads or build a profile of them.",
            )


@rule(
    "coppa.audio-files",
    laws=KIDS,
    citation="16 CFR 312.4(d)(4), 312.5(c)(9) (2025 amendments)",
    severity=Severity.ERROR,
    confidence=Confidence.LIKELY,
    summary="The policy says whether children's voice recordings are collected, and if so how "
    "they are used (the policy adds that they are deleted right after).",
)
def audio_files(ctx: CheckContext) -> Iterator[Hit]:
    kids = ctx.project.children
    if kids.collects_audio_files is None:
        yield Hit(
            ("children", "collects_audio_files"),
            "Say whether you record a child's voice, for example a spoken search or command.",
        )
    elif kids.collects_audio_files and blank(kids.audio_files_use):
        yield Hit(
            ("children", "audio_files_use"),
            "Say how you use recordings of a child's voice (the policy adds that you delete "
            "each one as soon as you have answered the request).",
        )


@rule(
    "coppa.parental-rights",
    laws=KIDS,
    citation="16 CFR 312.4(d)(5)",
    severity=Severity.ERROR,
    confidence=Confidence.LIKELY,
    summary="The policy says how parents review, delete and stop the use of a child's data.",
)
def parental_rights(ctx: CheckContext) -> Iterator[Hit]:
    if blank(ctx.project.children.parent_rights_how):
        yield Hit(
            ("children", "parent_rights_how"),
            "Say how a parent can see, delete or stop the use of their child's information.",
        )


@rule(
    "coppa.parental-consent",
    laws=KIDS,
    citation="16 CFR 312.5",
    severity=Severity.WARNING,
    summary="The project says how verifiable parental consent is obtained.",
)
def parental_consent(ctx: CheckContext) -> Iterator[Hit]:
    if blank(ctx.project.children.parental_consent_method):
        yield Hit(
            ("children", "parental_consent_method"),
            "Say how you get a parent's verifiable consent before collecting a child's data.",
        )
