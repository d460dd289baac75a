"""The model accepts drafts, labels its choices and finds the laws that apply."""

from __future__ import annotations

import pytest

from editor.model import (
    ContactPoint,
    Cookie,
    CookieCategory,
    CookieLifetime,
    DataCategory,
    Duration,
    LabeledEnum,
    Law,
    LifetimeKind,
    Organisation,
    Project,
    PublisherKind,
    Region,
    Retention,
    RetentionRule,
    TimeUnit,
    applicable_laws,
    decide_laws,
)
from editor.model.base import Model


def _all_enums() -> list[type[LabeledEnum]]:
    import editor.model as m

    return [
        v
        for v in vars(m).values()
        if isinstance(v, type) and issubclass(v, LabeledEnum) and v is not LabeledEnum
    ]


def test_blank_project_is_a_valid_draft() -> None:
    project = Project()
    assert project.organisation.display_name == ""
    assert project.data_categories == []
    assert Project.model_validate(project.model_dump()) == project


def test_partial_answers_are_accepted() -> None:
    category = DataCategory(name="Emails")  # no kind, no purpose, no retention yet
    project = Project(data_categories=[category])
    assert project.data_categories[0].retention.is_answered() is False


def test_unknown_keys_are_refused() -> None:
    with pytest.raises(ValueError, match="typo"):
        Organisation.model_validate({"legal_name": "X", "typo": 1})


def test_wrong_types_are_refused_on_assignment() -> None:
    org = Organisation()
    with pytest.raises(ValueError):
        org.kind = "not-a-kind"  # type: ignore[assignment]
    org.kind = PublisherKind.INDIVIDUAL
    assert org.kind is PublisherKind.INDIVIDUAL


@pytest.mark.parametrize("enum", _all_enums(), ids=lambda e: e.__name__)
def test_every_enum_member_has_a_readable_label(enum: type[LabeledEnum]) -> None:
    for member in enum:
        assert member.label and member.label[0].isupper(), member
        assert enum(member.value) is member
    assert enum.choices()[0] == (next(iter(enum)).value, next(iter(enum)).label)


def test_every_model_field_is_optional_or_defaulted() -> None:
    # A half-filled draft must always load: no field may be required.
    import editor.model as m

    models = [v for v in vars(m).values() if isinstance(v, type) and issubclass(v, Model)]
    for model in models:
        required = [n for n, f in model.model_fields.items() if f.is_required()]
        assert required == [], f"{model.__name__} requires {required}"


def test_display_name_prefers_trading_name() -> None:
    assert Organisation(legal_name="Acme Ltd", trading_name="Acme").display_name == "Acme"
    assert Organisation(legal_name="Acme Ltd").display_name == "Acme Ltd"


def test_contact_point_emptiness() -> None:
    assert ContactPoint().is_empty()
    assert not ContactPoint(email="dpo@example.com").is_empty()


@pytest.mark.parametrize(
    ("retention", "answered"),
    [
        (Retention(), False),
        (Retention(rule=RetentionRule.PERIOD), False),
        (
            Retention(rule=RetentionRule.PERIOD, period=Duration(amount=2, unit=TimeUnit.YEARS)),
            True,
        ),
        (Retention(rule=RetentionRule.UNTIL_EVENT, event="you unsubscribe"), True),
        (Retention(rule=RetentionRule.UNTIL_EVENT, event="  "), False),
        (Retention(rule=RetentionRule.INDEFINITELY, reason="fraud prevention"), True),
        (Retention(rule=RetentionRule.DESCRIBED), False),
    ],
)
def test_retention_is_answered(retention: Retention, answered: bool) -> None:
    assert retention.is_answered() is answered


def test_cookie_lifetimes_as_events_and_periods() -> None:
    event = CookieLifetime(kind=LifetimeKind.UNTIL_EVENT, event="the basket is emptied")
    period = CookieLifetime(
        kind=LifetimeKind.PERIOD, period=Duration(amount=13, unit=TimeUnit.MONTHS)
    )
    assert event.is_answered() and period.is_answered()
    assert not CookieLifetime(kind=LifetimeKind.PERIOD).is_answered()
    assert period.period.approx_days() == pytest.approx(395.7, abs=0.1)


def test_categories_in_use_follow_enum_order() -> None:
    project = Project()
    project.cookies.cookies = [
        Cookie(name="_ga", category=CookieCategory.ANALYTICS),
        Cookie(name="sid", category=CookieCategory.STRICTLY_NECESSARY),
    ]
    assert project.cookies.categories_in_use() == [
        CookieCategory.STRICTLY_NECESSARY,
        CookieCategory.ANALYTICS,
    ]


def test_laws_follow_regions_thresholds_and_overrides() -> None:
    project = Project()
    assert applicable_laws(project) == frozenset()
    project.jurisdictions.regions = [Region.EU_EEA, Region.CALIFORNIA]
    assert applicable_laws(project) == {Law.GDPR, Law.CALOPPA}
    project.jurisdictions.ccpa_100k_consumers = True
    assert Law.CCPA in applicable_laws(project)
    project.jurisdictions.law_overrides = {Law.CCPA: False}
    decision = next(d for d in decide_laws(project) if d.law is Law.CCPA)
    assert decision.overridden and not decision.applies


def test_establishment_brings_in_gdpr_and_children_bring_in_coppa() -> None:
    project = Project()
    project.organisation.country = "DE"
    project.jurisdictions.regions = [Region.OTHER_US_STATES]
    project.children.directed_to_children = True
    assert {Law.GDPR, Law.COPPA} <= applicable_laws(project)


def test_australian_small_business_exemption() -> None:
    project = Project()
    project.jurisdictions.regions = [Region.AUSTRALIA]
    assert Law.AU_PRIVACY not in applicable_laws(project)
    project.jurisdictions.au_turnover_over_3m = True
    assert Law.AU_PRIVACY in applicable_laws(project)


def test_samples_claim_real_laws(sample_project: Project) -> None:
    assert applicable_laws(sample_project), "every sample should fall under at least one law"
