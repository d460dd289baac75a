"""Every sentence true: a claim about the business appears only when an answer makes it true.

One test (or a pair) per example of issue 14: each sentence is absent while its question is
unanswered, and present, worded for that answer, once it is answered.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from editor.checks import run_checks
from editor.compose import compose
from editor.document import Document, find_section, plain_text, section_text
from editor.model import Project

TODAY = dt.date(2026, 9, 1)


def _project(**parts: Any) -> Project:
    return Project.model_validate(parts)


def _text(project: Project, key: str | None = None) -> str:
    doc = compose(project, today=TODAY)
    if key is None:
        return plain_text(doc)
    section = find_section(doc, key)
    return section_text(section) if section else ""


def _doc(project: Project) -> Document:
    return compose(project, today=TODAY)


def _warned(project: Project, path: str) -> list[str]:
    return [f.message for f in run_checks(project, today=TODAY) if f.path_text == path]


GDPR_SHOP: dict[str, Any] = {
    "organisation": {"kind": "company", "legal_name": "Ferngrove Ltd", "country": "IE"},
    "contact": {"email": "privacy@ferngrove.ie"},
    "jurisdictions": {"regions": ["eu_eea"]},
    "purposes": [
        {"id": "orders", "name": "Deliver your orders", "lawful_basis": "contract"},
        {
            "id": "fraud",
            "name": "Prevent fraud",
            "lawful_basis": "legitimate_interests",
            "legitimate_interest": "keeping our shop safe from fraud",
        },
    ],
    "data_categories": [
        {"id": "contact", "name": "Contact details", "purpose_ids": ["orders", "fraud"]}
    ],
}


def test_no_last_updated_date_unless_one_was_given() -> None:
    assert "Last updated" not in _text(Project())
    dated = _project(policy={"last_updated": "2026-03-02"})
    assert "Last updated: 2 March 2026" in _text(dated)


def test_a_recipient_without_a_role_is_not_called_a_service_provider() -> None:
    project = _project(
        **GDPR_SHOP, recipients=[{"name": "Adnetic", "data_category_ids": ["contact"]}]
    )
    text = _text(project, "sharing")
    assert "Adnetic" in text
    assert "work for us" not in text and "under a contract" not in text
    assert _warned(project, "recipients[0].role")


def test_processors_are_under_contract_only_when_the_contracts_are_answered() -> None:
    recipient = {"name": "Parcelry", "role": "processor", "data_category_ids": ["contact"]}
    project = _project(**GDPR_SHOP, recipients=[recipient])
    text = _text(project, "sharing")
    assert "They may use your data only to do that work." in text
    assert "under a contract" not in text
    project.security.measures = ["processor_contracts"]  # type: ignore[list-item]
    assert "only to do that work, under a contract with us." in _text(project, "sharing")


def test_the_new_owner_keeps_to_this_policy_only_when_answered() -> None:
    project = _project(**GDPR_SHOP, disclosures={"business_transfer": True})
    text = _text(project, "sharing")
    assert "If we sell or merge our business." in text
    assert "respect this policy" not in text
    assert _warned(project, "disclosures.buyer_keeps_policy")
    project.disclosures.buyer_keeps_policy = True
    assert "The new owner must then respect this policy." in _text(project, "sharing")


def test_telling_people_before_a_new_purpose_is_an_answer() -> None:
    project = _project(**GDPR_SHOP)
    assert "new purpose" not in _text(project)
    project.changes.tell_before_new_purpose = True
    text = _text(project, "how_we_use")
    assert "We will not use your data for a new purpose without telling you first." in text


def test_using_rights_free_of_charge_is_an_answer() -> None:
    project = _project(**GDPR_SHOP, rights={"request_methods": ["email"]})
    assert "free" not in _text(project, "rights")
    assert _warned(project, "rights.request_fee")
    project.rights.request_fee = "free"  # type: ignore[assignment]
    assert "Using your rights is free." in _text(project, "rights")


def test_the_balancing_test_is_claimed_only_when_it_was_done() -> None:
    project = _project(**GDPR_SHOP)
    text = _text(project, "lawful_basis")
    assert "Our legitimate interests" in text
    assert "outweighed" not in text
    assert _warned(project, "purposes[1].balancing_test")
    project.purposes[1].balancing_test = True
    assert "not outweighed by your rights" in _text(project, "lawful_basis")


def test_the_changes_section_says_only_what_was_answered() -> None:
    assert find_section(_doc(Project()), "changes") is None
    project = _project(changes={"update_triggers": ["services_change", "law_changes"]})
    text = _text(project, "changes")
    assert "We update this policy when what we do with your data changes" in text
    assert "when the law changes" in text


def test_a_blank_project_offers_no_choices_it_cannot_promise() -> None:
    assert "Your choices" not in _text(Project(), "summary")
    assert "Your choices: you can ask to see, correct or delete your data" in _text(
        _project(**GDPR_SHOP), "summary"
    )


def test_direct_marketing_is_mentioned_only_to_those_who_send_it() -> None:
    project = _project(**GDPR_SHOP)
    assert "direct marketing" not in _text(project, "rights")
    project.purposes[0].direct_marketing = True
    assert "direct marketing" in _text(project, "rights")


def test_rights_depending_on_the_legal_reason_needs_a_legal_reason() -> None:
    project = _project(**{**GDPR_SHOP, "purposes": [{"id": "orders", "name": "Orders"}]})
    assert "depend on the legal reason" not in _text(project, "rights")
    assert "depend on the legal reason" in _text(_project(**GDPR_SHOP), "rights")


def test_no_claim_of_sharing_only_when_needed() -> None:
    project = _project(**GDPR_SHOP, recipients=[{"name": "Parcelry", "role": "processor"}])
    assert "only when we need to" not in _text(project)


def test_summary_names_recipients_without_calling_them_our_helpers() -> None:
    site = _project(
        organisation={"kind": "individual", "legal_name": "Open Maps Collective"},
        recipients=[{"name": "Adnetic", "role": "controller"}, {"name": "Hostwell"}],
    )
    summary = _text(site, "summary")
    assert "Adnetic" in summary and "Hostwell" in summary
    assert "run our business" not in summary and "help us" not in summary


def test_a_permission_granted_at_install_is_not_said_to_be_refusable() -> None:
    permission = {"permission": "Internet access", "reason": "To check for updates"}
    project = _project(apps={"permissions": [permission]})
    assert "You can say no" not in _text(project, "apps")
    project.apps.permissions[0].when_granted = "at_install"  # type: ignore[assignment]
    text = _text(project, "apps")
    assert "You can say no" not in text and "When you install the app" in text
    project.apps.permissions[0].when_granted = "when_needed"  # type: ignore[assignment]
    assert "you can say no" in _text(project, "apps").lower()


def test_no_cookies_is_said_in_the_cookies_section_too() -> None:
    project = _project(policy={"show_summary": False}, cookies={"uses_cookies": False})
    assert "We do not use cookies" in _text(project, "cookies")


def test_an_alias_is_the_name_a_person_is_known_by() -> None:
    project = _project(
        organisation={
            "kind": "individual",
            "legal_name": "Matthias Brandt",
            "trading_name": "Moxel",
        }
    )
    text = _text(project)
    assert "trading as" not in text
    assert "Matthias Brandt, known as Moxel (" in text


def test_no_stray_comma_after_we_or_us() -> None:
    project = _project(organisation={"legal_name": "Ferngrove Ltd"})
    text = _text(project)
    assert '("we" or "us"),' not in text
    assert 'Ferngrove Ltd ("we" or "us")' in text


def test_names_that_are_descriptions_lose_their_capital_mid_sentence() -> None:
    project = _project(recipients=[{"name": "Delivery companies"}, {"name": "Royal Mail"}])
    summary = _text(project, "summary")
    assert "delivery companies and Royal Mail" in summary


def test_empty_table_columns_are_left_out() -> None:
    project = _project(
        **GDPR_SHOP,
        recipients=[{"name": "Parcelry", "role": "processor", "data_category_ids": ["contact"]}],
    )
    doc = _doc(project)
    sharing = find_section(doc, "sharing")
    assert sharing is not None
    from editor.document import Table, iter_sections

    tables = [
        b
        for s in iter_sections(doc)
        if s.key == "sharing"
        for b in s.blocks
        if isinstance(b, Table)
    ]
    assert tables
    headers = [c[0].text for c in tables[0].header]  # type: ignore[union-attr]
    assert "Where" not in headers  # no country was given for anyone


def test_an_authority_given_by_its_short_name_is_listed_once() -> None:
    project = _project(
        organisation={"legal_name": "Ferngrove Ltd", "country": "GB"},
        jurisdictions={"regions": ["uk"]},
        rights={"complaint_authority_name": "ICO"},
    )
    text = _text(project, "rights")
    assert "Information Commissioner" not in text
    assert text.count("ICO") == 1


def test_do_not_track_text_says_each_thing_once() -> None:
    project = _project(
        tracking={"do_not_track": "no_cross_site_tracking", "third_party_tracking": False}
    )
    text = _text(project, "tracking")
    assert text.count("across other websites") == 1


def test_addresses_in_free_text_become_links() -> None:
    project = _project(
        cookies={"uses_cookies": True, "how_to_manage": "See https://ferngrove.ie/cookies."}
    )
    doc = _doc(project)
    assert "https://ferngrove.ie/cookies" in repr(find_section(doc, "cookies"))
    from editor.document import Link, iter_sections

    def links(node: Any) -> list[str]:
        found = []
        for child in getattr(node, "children", ()) or getattr(node, "items", ()):
            if isinstance(child, Link):
                found.append(child.url)
            found += links(child)
        return found

    cookies = [s for s in iter_sections(doc) if s.key == "cookies"]
    assert "https://ferngrove.ie/cookies" in [u for s in cookies for u in links(s)]
