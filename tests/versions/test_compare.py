"""The comparison tells each kind of change in the user's words, and marks the material ones."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from editor.model import (
    CategoryUse,
    ChangeEntry,
    ConsentMechanism,
    Cookie,
    CookieCategory,
    CookieLifetime,
    CustomSection,
    DataCategory,
    DataKind,
    DataSource,
    Duration,
    LawfulBasis,
    PolicySection,
    Project,
    Purpose,
    Recipient,
    RecipientRole,
    Retention,
    RetentionRule,
    Right,
    SecurityMeasure,
    SpecialCondition,
    TimeUnit,
    Transfer,
    TransferSafeguard,
)
from editor.samples import start_project
from editor.versions import ChangeKind, compare

Edit = Callable[[Project], None]


def _base() -> Project:
    project = Project()
    project.contact.email = "hello@shop.example"
    project.purposes = [
        Purpose(id="orders", name="Deliver your order", lawful_basis=LawfulBasis.CONTRACT),
        Purpose(id="news", name="Send our newsletter", lawful_basis=LawfulBasis.CONSENT),
    ]
    project.data_categories = [
        DataCategory(
            id="contact",
            name="Contact details",
            kind=DataKind.CONTACT,
            purpose_ids=["orders"],
            retention=Retention(
                rule=RetentionRule.PERIOD, period=Duration(amount=6, unit=TimeUnit.YEARS)
            ),
        )
    ]
    project.recipients = [
        Recipient(
            id="mail",
            name="Royal Mail",
            country="GB",
            role=RecipientRole.PROCESSOR,
            transfer_safeguard=TransferSafeguard.ADEQUACY,
            data_category_ids=["contact"],
        )
    ]
    project.cookies.cookies = [
        Cookie(
            id="ga",
            name="_ga",
            provider="Google",
            category=CookieCategory.ANALYTICS,
            lifetime=CookieLifetime(kind="period", period=Duration(amount=13, unit="months")),
        ),
        Cookie(id="basket", name="basket", category=CookieCategory.STRICTLY_NECESSARY),
    ]
    project.rights.rights = [Right.ACCESS, Right.ERASURE]
    project.security.measures = [SecurityMeasure.ENCRYPTION_IN_TRANSIT]
    return project


def _changes(edit: Edit) -> list[tuple[PolicySection, ChangeKind, str, bool]]:
    old = _base()
    new = old.model_copy(deep=True)
    edit(new)
    return [(c.section, c.kind, c.text, c.material) for c in compare(old, new).changes]


def test_identical_projects_have_no_changes(sample_project: Project) -> None:
    assert compare(sample_project, sample_project.model_copy(deep=True)).is_empty
    assert compare(Project(), Project()).is_empty


def _add_stripe(p: Project) -> None:
    p.recipients.append(
        Recipient(name="Stripe", kind="payments", country="US", transfer_safeguard="dpf")
    )


def _add_newsletter_purpose(p: Project) -> None:
    p.data_categories[0].purpose_ids.append("news")


def _longer_cookie(p: Project) -> None:
    p.cookies.cookies[0].lifetime.period = Duration(amount=2, unit=TimeUnit.YEARS)


def _longer_retention(p: Project) -> None:
    p.data_categories[0].retention.period.amount = 7


S = PolicySection
A, R, C = ChangeKind.ADDED, ChangeKind.REMOVED, ChangeKind.CHANGED


def _retention_after_leaving(p: Project) -> None:
    p.data_categories[0].retention.rule = RetentionRule.PERIOD_AFTER_EVENT
    p.data_categories[0].retention.event = "you close your account"


def _health_with_consent(p: Project) -> None:
    p.data_categories[0].kind = DataKind.HEALTH
    p.data_categories[0].special_condition = SpecialCondition.EXPLICIT_CONSENT


CASES: list[tuple[str, Edit, list[tuple[PolicySection, ChangeKind, str, bool]]]] = [
    (
        "new recipient",
        _add_stripe,
        [
            (
                S.SHARING,
                A,
                "Added recipient: Stripe (payments, United States, EU–US Data Privacy Framework)",
                True,
            )
        ],
    ),
    (
        "removed recipient",
        lambda p: p.recipients.clear(),
        [(S.SHARING, R, "Removed recipient: Royal Mail", False)],
    ),
    (
        "longer cookie",
        _longer_cookie,
        [(S.COOKIES, C, "Cookie _ga: duration changed from 13 months to 2 years", True)],
    ),
    (
        "new purpose for data",
        _add_newsletter_purpose,
        [
            (
                S.HOW_WE_USE,
                A,
                "New purpose for Contact details: Send our newsletter (consent)",
                True,
            )
        ],
    ),
    (
        "new data category",
        lambda p: p.data_categories.append(DataCategory(name="Order history", kind="transactions")),
        [
            (
                S.DATA_COLLECTED,
                A,
                "Added data category: Order history (orders and purchase history)",
                True,
            )
        ],
    ),
    (
        "removed data category",
        lambda p: p.data_categories.clear(),
        [(S.DATA_COLLECTED, R, "Removed data category: Contact details", False)],
    ),
    (
        "longer retention",
        _longer_retention,
        [(S.RETENTION, C, "Retention of Contact details changed from 6 years to 7 years", True)],
    ),
    (
        "shorter retention",
        lambda p: setattr(p.data_categories[0].retention.period, "amount", 2),
        [(S.RETENTION, C, "Retention of Contact details changed from 6 years to 2 years", False)],
    ),
    (  # counted from a later moment: the business decides whether that is longer
        "retention counted from an event",
        _retention_after_leaving,
        [
            (
                S.RETENTION,
                C,
                "Retention of Contact details changed from 6 years to 6 years after you close "
                "your account",
                True,
            )
        ],
    ),
    (
        "a condition for sensitive data",
        _health_with_consent,
        [
            (
                S.DATA_COLLECTED,
                C,
                "Data category Contact details: kind of data changed from contact details to "
                "health information",
                True,
            ),
            (
                S.LAWFUL_BASIS,
                A,
                "Data category Contact details: condition for sensitive data changed from not "
                "answered to their explicit consent",
                False,
            ),
        ],
    ),
    (
        "contact email",
        lambda p: setattr(p.contact, "email", "privacy@shop.example"),
        [
            (
                S.CONTACT,
                C,
                "Privacy contact email changed from “hello@shop.example” to “privacy@shop.example”",
                False,
            )
        ],
    ),
    (
        "selling turned on",
        lambda p: setattr(p.disclosures, "sells_personal_information", True),
        [(S.SHARING, C, "Sells personal information: yes (was not answered)", True)],
    ),
    (
        "selling turned off",
        lambda p: setattr(p.disclosures, "sells_personal_information", False),
        [(S.SHARING, C, "Sells personal information: no (was not answered)", False)],
    ),
    (
        "weaker rights",
        lambda p: p.rights.rights.remove(Right.ERASURE),
        [(S.RIGHTS, R, "Removed right: delete it (erasure)", True)],
    ),
    (
        "more rights",
        lambda p: p.rights.rights.append(Right.PORTABILITY),
        [(S.RIGHTS, A, "Added right: take a copy elsewhere (portability)", False)],
    ),
    (
        "weaker safeguard",
        lambda p: setattr(p.recipients[0], "transfer_safeguard", TransferSafeguard.UNKNOWN),
        [
            (
                S.SHARING,
                C,
                "Recipient Royal Mail: transfer safeguard changed from adequacy decision for "
                "the country to not known yet",
                True,
            )
        ],
    ),
    (
        "new country",
        lambda p: setattr(p.recipients[0], "country", "US"),
        [
            (
                S.SHARING,
                C,
                "Recipient Royal Mail: country changed from United Kingdom to United States",
                True,
            )
        ],
    ),
    (
        "new transfer",
        lambda p: p.data_location.transfers.append(
            Transfer(country="IN", description="Support team", safeguard="scc")
        ),
        [
            (
                S.TRANSFERS,
                A,
                "Added transfer abroad: Support team (India, standard contractual clauses)",
                True,
            )
        ],
    ),
    (
        "new storage country",
        lambda p: p.data_location.storage_countries.append("DE"),
        [(S.TRANSFERS, A, "Data now also stored in Germany", True)],
    ),
    (
        "new analytics cookie",
        lambda p: p.cookies.cookies.append(
            Cookie(name="_fbp", provider="Meta", category="marketing")
        ),
        [(S.COOKIES, A, "Added cookie: _fbp (Meta, marketing and advertising)", True)],
    ),
    (
        "new essential cookie",
        lambda p: p.cookies.cookies.append(Cookie(name="csrf", category="strictly_necessary")),
        [(S.COOKIES, A, "Added cookie: csrf (strictly necessary)", False)],
    ),
    (
        "cookie becomes non-essential",
        lambda p: setattr(p.cookies.cookies[1], "category", CookieCategory.ANALYTICS),
        [
            (
                S.COOKIES,
                C,
                "Cookie basket: category changed from strictly necessary to analytics",
                True,
            )
        ],
    ),
    (
        "category use",
        lambda p: p.cookies.category_uses.append(
            CategoryUse(category="marketing", description="ads")
        ),
        [(S.COOKIES, A, "Added description of cookies: marketing and advertising (“ads”)", True)],
    ),
    (
        "consent answered",
        lambda p: setattr(p.cookies, "consent", ConsentMechanism.BANNER_OPT_IN),
        [
            (
                S.COOKIES,
                A,
                "How consent to cookies is asked changed from not answered to a banner asks "
                "before any optional cookie is set",
                False,
            )
        ],
    ),
    (
        "lawful basis",
        lambda p: setattr(p.purposes[0], "lawful_basis", LawfulBasis.LEGITIMATE_INTERESTS),
        [
            (
                S.LAWFUL_BASIS,
                C,
                "Purpose Deliver your order: legal reason changed from contract to legitimate "
                "interests",
                True,
            )
        ],
    ),
    (
        "recipient receives more",
        lambda p: p.recipients[0].purpose_ids.append("news"),
        [
            (
                S.SHARING,
                A,
                "Royal Mail now also receives data for: Send our newsletter (consent)",
                True,
            )
        ],
    ),
    (
        "new source",
        lambda p: p.data_categories[0].sources.append(DataSource.THIRD_PARTIES),
        [
            (
                S.DATA_COLLECTED,
                A,
                "Contact details: now also collected from other companies or partners",
                True,
            )
        ],
    ),
    (
        "renamed purpose",
        lambda p: setattr(p.purposes[1], "name", "Send our monthly newsletter"),
        [
            (
                S.HOW_WE_USE,
                C,
                "Purpose Send our monthly newsletter: name changed from “Send our newsletter” to "
                "“Send our monthly newsletter”",
                False,
            )
        ],
    ),
    (
        "long text reworded",
        lambda p: setattr(p.retention, "general_statement", "We keep data " * 20),
        [(S.RETENTION, A, "General statement on keeping data added", False)],
    ),
    (
        "removed security measure",
        lambda p: p.security.measures.clear(),
        [(S.SECURITY, R, "Removed security measure: encryption in transit (HTTPS/TLS)", True)],
    ),
    (
        "longer response time",
        lambda p: setattr(p.rights, "response_days", 30),
        [(S.RIGHTS, A, "Time to answer a request changed from not answered to 30 days", False)],
    ),
    (
        "own section",
        lambda p: p.custom_sections.append(CustomSection(title="Events", anchor="cookies")),
        [(S.COOKIES, A, "Added section of your own: Events", False)],
    ),
    (
        "law decision",
        lambda p: p.jurisdictions.law_overrides.update({"ccpa": True}),
        [
            (
                S.WHO_WE_ARE,
                C,
                "Your decision on California CCPA/CPRA: applies (was decided by your answers)",
                False,
            )
        ],
    ),
]


@pytest.mark.parametrize(("name", "edit", "expected"), CASES, ids=[c[0] for c in CASES])
def test_each_kind_of_change_is_told(
    name: str, edit: Edit, expected: list[tuple[PolicySection, ChangeKind, str, bool]]
) -> None:
    assert _changes(edit) == expected


def test_the_weaker_consent_mechanism_is_material() -> None:
    old = _base()
    old.cookies.consent = ConsentMechanism.BANNER_OPT_IN
    new = old.model_copy(deep=True)
    new.cookies.consent = ConsentMechanism.BANNER_NOTICE
    (change,) = compare(old, new).changes
    assert change.material
    assert change.text == (
        "How consent to cookies is asked changed from a banner asks before any optional cookie "
        "is set to a banner informs; people can opt out"
    )


def test_a_changed_condition_for_sensitive_data_is_material_a_first_one_is_not() -> None:
    from editor.model import SpecialCondition

    old = _base()
    answered = old.model_copy(deep=True)
    answered.data_categories[0].special_condition = SpecialCondition.EXPLICIT_CONSENT
    (first,) = compare(old, answered).changes
    assert not first.material
    changed = answered.model_copy(deep=True)
    changed.data_categories[0].special_condition = SpecialCondition.VITAL_INTERESTS
    (change,) = compare(answered, changed).changes
    assert change.material and "condition for sensitive data" in change.text


def test_longer_response_time_is_material() -> None:
    old = _base()
    old.rights.response_days = 30
    new = old.model_copy(deep=True)
    new.rights.response_days = 45
    (change,) = compare(old, new).changes
    assert change.material and change.text.endswith("from 30 days to 45 days")


def test_an_item_added_again_with_a_new_id_is_matched_by_name() -> None:
    old = _base()
    new = old.model_copy(deep=True)
    new.recipients = [new.recipients[0].model_copy(update={"id": "other", "country": "IE"})]
    texts = [c.text for c in compare(old, new).changes]
    assert texts == ["Recipient Royal Mail: country changed from United Kingdom to Ireland"]


def test_references_follow_items_matched_by_name() -> None:
    old = _base()
    new = old.model_copy(deep=True)
    new.purposes[0] = new.purposes[0].model_copy(update={"id": "renumbered"})
    new.data_categories[0].purpose_ids = ["renumbered"]
    assert compare(old, new).is_empty


def test_reordering_is_not_a_change() -> None:
    old = _base()
    new = old.model_copy(deep=True)
    new.cookies.cookies.reverse()
    new.rights.rights.reverse()
    assert compare(old, new).is_empty


def test_publication_metadata_is_not_a_change() -> None:
    old = _base()
    new = old.model_copy(deep=True)
    new.policy.version_label = "2027-01"
    new.policy.effective_date = new.policy.last_updated = dt.date(2027, 1, 1)
    new.policy.change_history.append(ChangeEntry(summary="Added Stripe."))
    assert compare(old, new).is_empty


def test_changes_are_grouped_in_policy_section_order() -> None:
    old = _base()
    new = old.model_copy(deep=True)
    new.contact.email = "x@shop.example"
    _add_stripe(new)
    _longer_cookie(new)
    _add_newsletter_purpose(new)
    comparison = compare(old, new)
    assert comparison.sections == (S.HOW_WE_USE, S.COOKIES, S.SHARING, S.CONTACT)
    assert [c.material for c in comparison.changes] == [True, True, True, False]
    assert len(comparison.material) == 3 and len(comparison.minor) == 1


def test_changes_point_at_the_field_for_the_editor() -> None:
    old = _base()
    new = old.model_copy(deep=True)
    _longer_cookie(new)
    _add_stripe(new)
    paths = {c.text.split(":")[0]: c.path for c in compare(old, new).changes}
    assert paths["Cookie _ga"] == ("cookies", "cookies", 0, "lifetime")
    assert paths["Added recipient"] == ("recipients", 1)


def test_comparing_two_samples_mentions_what_a_reader_would_look_for() -> None:
    cafe, saas = start_project("cafe"), start_project("saas")
    comparison = compare(cafe, saas)
    texts = "\n".join(c.text for c in comparison.changes)
    assert "Legal name changed from “Bean & Leaf Café Limited” to “Tallyhive B.V.”" in texts
    assert "Added recipient: Stripe" in texts
    assert comparison.material


def test_items_without_a_name_are_still_told() -> None:
    old = _base()
    new = old.model_copy(deep=True)
    new.purposes.append(Purpose(id="blank"))
    new.data_categories[0].purpose_ids.append("blank")
    texts = [c.text for c in compare(old, new).changes]
    assert texts == ["New purpose for Contact details: (no name)", "Added purpose: (no name)"]
