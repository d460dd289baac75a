"""What composition says, and when: sections follow the answers and the laws."""

from __future__ import annotations

import datetime as dt

import pytest

from editor.compose import compose, render_section_markdown
from editor.compose.sections import SECTIONS
from editor.document import Document, find_section, inline_text, plain_text, section_text
from editor.document.validate import problems
from editor.model import (
    CustomSection,
    Law,
    Placement,
    PolicySection,
    Project,
    Recipient,
    Region,
    TransferSafeguard,
)
from editor.paths import templates_dir
from editor.samples import sample_paths
from editor.storage import load_project

TODAY = dt.date(2026, 9, 1)


def _sample(name: str) -> Project:
    return load_project(sample_paths()[name])


def _text(doc: Document, key: str) -> str:
    section = find_section(doc, key)
    return section_text(section) if section else ""


def test_every_sample_composes_to_a_valid_document(sample_project: Project) -> None:
    doc = compose(sample_project, today=TODAY)
    assert problems(doc) == []
    assert doc.sections[0].key == "summary" and doc.sections[0].title == "At a glance"
    text = plain_text(doc)
    for broken in ("None", " .", "..", " ,", "  ", "()", "[]", "{", "}"):
        assert broken not in text, broken


def test_every_built_in_section_has_wording() -> None:
    for spec in SECTIONS:
        assert (templates_dir() / "en" / spec.template).is_file(), spec.template
    assert {spec.key for spec in SECTIONS} == set(PolicySection)


def test_a_blank_project_composes_without_broken_sentences() -> None:
    doc = compose(Project(), today=TODAY)
    text = plain_text(doc)
    assert problems(doc) == []
    assert "Last updated" not in text  # no date was given, and none is made up
    for broken in ("None", " .", "..", "  ", " is .", "contact us:\n\n- \n"):
        assert broken not in text
    assert find_section(doc, "cookies") is None
    assert find_section(doc, "california") is None


def test_a_business_without_cookies_says_so_in_the_cookie_section() -> None:
    doc = compose(_sample("mobile-app"), today=TODAY)
    assert "We do not use cookies or anything like them" in section_text(
        find_section(doc, "cookies")
    )
    summary = section_text(find_section(doc, "summary"))
    assert "Cookies: we do not use cookies. The app and our website set no cookies" in summary
    unanswered = _sample("mobile-app")
    unanswered.cookies.uses_cookies = None  # not answered yet: no claim either way
    doc = compose(unanswered, today=TODAY)
    assert "we do not use cookies" not in section_text(find_section(doc, "summary"))
    assert find_section(doc, "cookies") is None


def test_cookie_descriptions_by_category_and_lifetimes_as_events() -> None:
    project = _sample("saas")
    project.cookies.category_uses = [
        {"category": "analytics", "description": "count visits to each page"}  # type: ignore[list-item]
    ]
    project = Project.model_validate(project.model_dump())
    text = _text(compose(project, today=TODAY), "cookies")
    assert "Analytics cookies: Count visits to each page." in text
    assert "Until you sign out, or after 30 days" in text


def test_lawful_basis_table_only_under_gdpr_or_uk_gdpr() -> None:
    project = _sample("saas")
    assert "Our legal reason for each purpose" in _text(
        compose(project, today=TODAY), "lawful_basis"
    )
    project.jurisdictions.regions = [Region.CALIFORNIA]
    project.organisation.country = "US"
    project.jurisdictions.law_overrides = {}
    assert find_section(compose(project, today=TODAY), "lawful_basis") is None


def test_california_notice_only_when_the_ccpa_applies() -> None:
    saas = compose(_sample("saas"), today=TODAY)
    text = _text(saas, "california")
    assert "Identifiers" in text and "Sold or shared?" in text
    assert "authorised agent" in text and "Global Privacy Control" in text
    assert find_section(compose(_sample("mobile-app"), today=TODAY), "california") is None


def test_caloppa_statements_on_do_not_track_and_third_party_tracking() -> None:
    text = _text(compose(_sample("saas"), today=TODAY), "tracking")
    assert "Do Not Track" in text
    assert "we do not let other companies use our services to track you" in text


def test_supervisory_authority_comes_from_the_table_when_none_is_given() -> None:
    project = _sample("cafe")
    project.rights.complaint_authority_name = ""
    project.rights.complaint_authority_url = ""
    doc = compose(project, today=TODAY)
    text = _text(doc, "rights")
    assert "In the EU or EEA: Data Protection Commission" in text
    from editor.document.walk import iter_sections

    rights = next(s for s in iter_sections(doc) if s.title == "If you are not happy")
    assert "forms.dataprotection.ie" in repr(rights)


def test_uk_gdpr_adds_the_ico_and_outside_the_eea_points_to_every_authority() -> None:
    text = _text(compose(_sample("mobile-app"), today=TODAY), "rights")
    assert "In the UK: Information Commissioner's Office (ICO)" in text
    assert "In the EU or EEA: the authority in the country where you live or work" in text
    assert "Office of the Privacy Commissioner of Canada" in text


def test_representative_and_dpo_appear_when_present() -> None:
    project = _sample("saas")
    project.organisation.has_dpo = True
    project.organisation.dpo.name = "Jan de Vries"
    project.organisation.dpo.email = "dpo@tallyhive.com"
    text = _text(compose(project, today=TODAY), "who_we_are")
    assert "Our representative in the UK is Rep UK Services Ltd." in text
    assert "Our data protection officer (DPO) is Jan de Vries." in text
    assert "dpo@tallyhive.com" in text


def test_regional_parts_follow_the_laws() -> None:
    project = _sample("mobile-app")  # Canada: PIPEDA
    doc = compose(project, today=TODAY)
    assert "courts, police and security services" in _text(doc, "transfers")
    project.jurisdictions.regions = [*project.jurisdictions.regions, Region.BRAZIL]
    project.organisation.has_dpo = True
    project.organisation.dpo.name = "Ana Souza"
    project.jurisdictions.au_turnover_over_3m = True
    doc = compose(project, today=TODAY)
    assert 'our DPO is also our "encarregado"' in _text(doc, "who_we_are")
    assert "If you live in Brazil" in _text(doc, "rights")
    assert "recipients outside Australia" in _text(doc, "transfers")


@pytest.mark.parametrize("placement", [Placement.BEFORE, Placement.AFTER])
def test_custom_sections_sit_before_or_after_their_anchor(placement: Placement) -> None:
    project = _sample("cafe")
    project.custom_sections = [
        CustomSection(
            id="loyalty",
            title="Loyalty card",
            body="Stamp cards are paper.\n\n- No app\n- No account",
            anchor=PolicySection.COOKIES,
            placement=placement,
        )
    ]
    doc = compose(project, today=TODAY)
    keys = [s.key for s in doc.sections]
    here = keys.index("custom:loyalty")
    expected = keys.index("cookies") + (1 if placement is Placement.AFTER else -1)
    assert here == expected
    custom = doc.sections[here]
    assert custom.anchor == "loyalty-card"
    assert "- No app" in section_text(custom)


def test_section_keys_let_the_editor_find_what_is_being_edited() -> None:
    doc = compose(_sample("saas"), today=TODAY)
    for section in doc.sections:
        assert section.key in {s.value for s in PolicySection} or section.key.startswith("custom:")
        for sub in section.subsections:
            assert sub.key == section.key


def test_retention_is_worded_for_every_rule() -> None:
    project = _sample("cafe")
    rules = {
        "period": {"rule": "period", "period": {"amount": 1, "unit": "years"}},
        "account": {"rule": "until_account_deleted"},
        "event": {"rule": "until_event", "event": "you unsubscribe"},
        "after": {
            "rule": "period_after_event",
            "period": {"amount": 2, "unit": "years"},
            "event": "you stop volunteering",
        },
        "needed": {"rule": "as_long_as_needed"},
        "law": {"rule": "legal_requirement", "law": "tax law"},
        "forever": {"rule": "indefinitely", "reason": "We need it to stop spam sign-ups"},
        "none": {"rule": "not_stored"},
        "words": {"rule": "described", "description": "for a short while"},
    }
    data = project.model_dump()
    data["data_categories"] = [
        {"id": k, "name": f"Data {k}", "retention": {**v, "exceptions": "ask us"}}
        for k, v in rules.items()
    ]
    text = _text(compose(Project.model_validate(data), today=TODAY), "retention")
    for phrase in (
        "Data period | 1 year. Ask us.",
        "Until you delete your account. Ask us.",
        "Until you unsubscribe. Ask us.",
        "Data after | 2 years after you stop volunteering. Ask us.",
        "As long as we need it for the purposes in this policy. Ask us.",
        "As long as the law requires (tax law). Ask us.",
        "We keep it with no end date, because we need it to stop spam sign-ups. Ask us.",
        "We do not store it. Ask us.",
        "For a short while. Ask us.",
    ):
        assert phrase in text, phrase


def test_dates_follow_the_business_country() -> None:
    project = _sample("saas")
    project.organisation.country = "US"
    assert "September 1, 2026" in plain_text(compose(project, today=TODAY))
    assert "1 September 2026" in plain_text(compose(_sample("saas"), today=TODAY))


def test_render_section_markdown_shows_the_escaped_source() -> None:
    project = _sample("cafe")
    project.organisation.trading_name = "*Bold* [x](y)"
    markdown = render_section_markdown(project, PolicySection.SUMMARY, today=TODAY)
    assert r"\*Bold\* \[x\](y)" in markdown


def test_laws_are_read_from_the_model() -> None:
    from editor.model import applicable_laws

    assert Law.CCPA in applicable_laws(_sample("saas"))


@pytest.mark.parametrize(
    ("text", "markdown"),
    [
        (
            "See our website, https://example.com/a_b.",
            "See our website, [https://example.com/a\\_b](<https://example.com/a_b>).",
        ),
        ("Write to a@example.com!", "Write to [a@example.com](<mailto:a@example.com>)!"),
        ("Go to javascript:alert(1) or x@y", "Go to javascript:alert(1) or x@y"),
        ("*b* <i>", "\\*b\\* \\<i\\>"),
    ],
)
def test_autolink_links_only_safe_addresses_and_escapes_the_rest(text: str, markdown: str) -> None:
    from editor.compose.environment import autolink

    assert str(autolink(text)) == markdown


def test_change_history_reads_newest_first_with_unbroken_dates() -> None:
    from editor.document import Table, iter_sections

    doc = compose(_sample("online-shop"), today=TODAY)
    history = next(s for s in iter_sections(doc) if s.title == "Change history")
    (table,) = [b for b in history.blocks if isinstance(b, Table)]
    caption = inline_text(table.caption)
    assert caption != "Changes to this policy"  # the section's own title, said twice before
    assert [inline_text(row[1]) for row in table.rows] == ["2026-02", "2025-02", "2024-04"]
    assert inline_text(table.rows[0][0]) == "1\u00a0February\u00a02026"
    intro = _text(doc, "changes")
    assert "we will tell you by email and by changing the date at the top" in intro


@pytest.mark.parametrize(
    ("country", "safeguard", "listed"),
    [
        ("US", TransferSafeguard.UNKNOWN, True),  # abroad: listed, the checks ask how
        ("DE", TransferSafeguard.UNKNOWN, False),  # inside the EEA and nothing named: no row
        ("DE", TransferSafeguard.NONE, False),
        ("DE", TransferSafeguard.SCC, True),  # an EU company passing data on under clauses
    ],
)
def test_the_transfer_table_lists_only_data_that_goes_abroad(
    country: str, safeguard: TransferSafeguard, listed: bool
) -> None:
    project = _sample("cafe")  # an Irish café: the GDPR applies
    project.recipients = [
        Recipient(id="r-test", name="Zebra Mailers GmbH", country=country,
                  transfer_safeguard=safeguard)
    ]  # fmt: skip
    text = _text(compose(project, today=TODAY), "transfers")
    assert ("Zebra Mailers GmbH" in text) is listed


def test_california_notice_says_so_when_nothing_was_disclosed_for_a_business_purpose() -> None:
    # Cal. Civ. Code §1798.130(a)(5)(C): the categories disclosed, or a statement that none were.
    project = _sample("saas")
    disclosed = _text(compose(project, today=TODAY), "california")
    assert "we disclosed personal information for business purposes to" in disclosed
    assert "did not disclose personal information to anyone" not in disclosed
    project.recipients = []
    unanswered = _text(compose(project, today=TODAY), "california")
    assert "did not disclose" not in unanswered  # an empty list is not an answer
    project.disclosures.discloses_to_others = False
    none = _text(compose(project, today=TODAY), "california")
    assert "Who we disclose it to" in none
    assert (
        "In the last 12 months we did not disclose personal information to anyone for a "
        "business purpose." in none
    )


def test_a_recipient_without_its_own_words_is_described_by_the_purposes_it_serves() -> None:
    # The purpose rules (GDPR Art. 13(1)(e), LGPD Art. 9 V, PIPEDA) accept either answer, so
    # the policy must say something with either.
    project = _sample("saas")
    project.recipients[0].purpose = ""  # Hetzner: service and reliability
    text = _text(compose(project, today=TODAY), "sharing")
    assert "Provide the Tallyhive service and keep Tallyhive reliable and secure" in text
    project.recipients[0].role = "joint_controller"  # type: ignore[assignment]
    text = _text(compose(project, today=TODAY), "sharing")
    assert (
        "Provide the Tallyhive service and keep Tallyhive reliable and secure. We decide "
        "together with them how this data is used." in text
    )


def test_children_notice_covers_device_identifiers_and_voice_recordings() -> None:
    # 16 CFR 312.4(d)(3)-(4) as amended in 2025.
    project = _sample("saas")
    kids = project.children
    kids.directed_to_children = True
    kids.uses_persistent_identifiers_for_internal_operations = True
    kids.collects_audio_files = True
    text = _text(compose(project, today=TODAY), "children")
    assert "only to keep our service working." in text
    assert "We do not use them to contact a child" in text
    assert "use the recording only to do what they asked." in text
    assert "We delete each recording as soon as we have responded" in text
    kids.internal_operations = "Keeping players signed in and fixing crashes"
    kids.persistent_identifier_limits = "no advertising code runs in our app"
    kids.audio_files_use = "to turn a spoken search into text"
    text = _text(compose(project, today=TODAY), "children")
    assert "only to keep our service working: keeping players signed in and fixing crashes." in (
        text
    )
    assert "No advertising code runs in our app." in text
    assert "We use the recording to turn a spoken search into text." in text
    kids.directed_to_children = False
    text = _text(compose(project, today=TODAY), "children")
    assert "device" not in text and "recording" not in text


def test_children_details_given_by_adults_sit_beside_not_meant_for_children() -> None:
    project = _sample("saas")
    kids = project.children
    kids.directed_to_children, kids.collects_from_children, kids.minimum_age = False, False, 16
    assert "details about children" not in _text(compose(project, today=TODAY), "children")
    kids.children_details_from_adults = True
    kids.children_details_what = "The names and ages of the children a booking is for"
    text = _text(compose(project, today=TODAY), "children")
    assert "Our services are not meant for children under 16." in text
    assert (
        "We may still hold details about children that adults give us when they use our "
        "services: the names and ages of the children a booking is for." in text
    )
    assert "we do not collect them from the children themselves." in text
    kids.directed_to_children = True
    text = _text(compose(project, today=TODAY), "children")
    assert "Adults who use our services may also give us details about children: the" in text
    assert "themselves" not in text


def test_sensitive_data_names_its_condition_under_the_gdpr() -> None:
    project = _sample("charity")
    text = _text(compose(project, today=TODAY), "lawful_basis")
    assert (
        "Details of your situation (health information): your explicit consent (UK GDPR "
        "Article 9(2)(a)). You give it to us, or to the agency that referred you. You can "
        "withdraw your consent at any time." in text
    )
    assert (
        "DBS checks (information about criminal convictions): a law that allows it (UK GDPR "
        "Article 10). We rely on the safeguarding condition" in text
    )
    project.jurisdictions.regions = [Region.EU_EEA, Region.UK]
    text = _text(compose(project, today=TODAY), "lawful_basis")
    assert "(GDPR Article 9(2)(a))" in text
    for category in project.data_categories:
        category.special_condition = None
    assert "Sensitive data" not in _text(compose(project, today=TODAY), "lawful_basis")
