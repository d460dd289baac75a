"""The US state questions on "Where your customers are" and "Sharing and sale": each appears
only while it can change the answer, and the laws follow."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QCheckBox

from editor.model import ConsumerCount, Law, Project, Region, applicable_laws
from tests.ui.findings_helpers import Window

Open = Callable[..., Window]
REGIONS = "Where do the people you serve live?"
NONPROFIT = "Are you a non-profit organisation?"
VIRGINIA = "How many Virginia residents' personal data do you handle in a year?"
COLORADO = "How many Colorado residents' personal data do you handle in a year?"
CONNECTICUT = "How many Connecticut residents' personal data do you handle in a year?"
OREGON = "How many Oregon residents' personal data do you handle in a year?"
TEXAS = "Are you a small business by the US Small Business Administration's standards?"
SELLING = "How much of your gross revenue comes from selling personal data?"
LLM = "Do you use personal data to train large language models?"
SENSITIVE_SALE = "Do you sell sensitive personal data?"


def _page(w: Window, key: str) -> None:
    w.window.navigator.select(key)
    assert w.window.current_page().spec.key == key


def _tick(w: Window, region: str) -> None:
    box = next(b for b in w.row(REGIONS).field.findChildren(QCheckBox) if b.text() == region)
    box.click()  # as a mouse click would; the box may sit below the visible part of the page


def test_each_state_asks_its_own_question_once_ticked(open_window: Open) -> None:
    w = open_window()
    _page(w, "jurisdictions")
    questions = (VIRGINIA, COLORADO, CONNECTICUT, TEXAS, OREGON)
    assert not any(w.has_row(q) for q in (*questions, NONPROFIT, SELLING))
    for state, question in zip(
        ("Virginia", "Colorado", "Connecticut", "Texas", "Oregon"), questions, strict=True
    ):
        _tick(w, state)
        assert w.has_row(question), state
        assert w.has_row(NONPROFIT)  # asked once for every US state
    _tick(w, "Virginia")
    assert not w.has_row(VIRGINIA) and w.has_row(COLORADO)


def test_non_profits_are_not_asked_about_virginia_connecticut_or_texas(open_window: Open) -> None:
    project = Project()
    project.jurisdictions.regions = [Region.VIRGINIA, Region.COLORADO, Region.TEXAS]
    w = open_window(project)
    _page(w, "jurisdictions")
    assert w.has_row(VIRGINIA) and w.has_row(TEXAS) and w.has_row(COLORADO)
    w.window.session.set_field(("jurisdictions", "is_nonprofit"), True)
    assert not w.has_row(VIRGINIA) and not w.has_row(TEXAS)
    assert w.has_row(COLORADO)  # Colorado's law covers non-profits


def test_the_selling_question_appears_between_the_thresholds(open_window: Open) -> None:
    project = Project()
    project.jurisdictions.regions = [Region.OREGON]
    w = open_window(project)
    _page(w, "jurisdictions")
    assert not w.has_row(SELLING)
    w.window.session.set_field(("jurisdictions", "or_consumers"), ConsumerCount.FROM_25K)
    assert w.has_row(SELLING)
    w.window.session.set_field(("jurisdictions", "or_consumers"), ConsumerCount.OVER_100K)
    assert not w.has_row(SELLING)
    assert Law.OR_CPA in applicable_laws(w.project)
    w.window.session.set_field(("jurisdictions", "or_consumers"), ConsumerCount.UNDER_25K)
    assert not w.has_row(SELLING)
    assert Law.OR_CPA not in applicable_laws(w.project)


def test_an_unanswered_state_question_is_a_warning_that_leads_to_it(open_window: Open) -> None:
    project = Project()
    project.jurisdictions.regions = [Region.TEXAS]
    w = open_window(project)
    finding = w.finding("general.us-state-thresholds")
    w.activate(finding)
    assert w.window.current_page().spec.key == "jurisdictions"
    focused = w.window.focusWidget()
    assert focused is not None and w.row(TEXAS).isAncestorOf(focused)
    w.window.session.set_field(("jurisdictions", "tx_sba_small_business"), False)
    w.wait_rule("general.us-state-thresholds", present=False)


def test_sharing_asks_about_language_models_and_texas_sales(open_window: Open) -> None:
    project = Project()
    project.jurisdictions.regions = [Region.TEXAS]
    project.jurisdictions.tx_sba_small_business = False
    w = open_window(project)
    _page(w, "sharing")
    assert w.has_row(LLM)
    assert not w.has_row(SENSITIVE_SALE)
    w.window.session.set_field(("disclosures", "sells_personal_information"), True)
    assert w.has_row(SENSITIVE_SALE)
    w.window.session.set_field(("jurisdictions", "tx_sba_small_business"), True)
    assert w.has_row(SENSITIVE_SALE)  # small businesses still need consent to sell it
    w.window.session.set_field(("disclosures", "sells_personal_information"), False)
    assert not w.has_row(SENSITIVE_SALE)


UTAH = "How many Utah residents' personal data do you handle in a year?"
TENNESSEE = "How many Tennessee residents' personal data do you handle in a year?"
REVENUE = "Is your yearly revenue USD 25 million or more?"


def test_utah_and_tennessee_ask_about_revenue_once(open_window: Open) -> None:
    w = open_window()
    _page(w, "jurisdictions")
    assert not w.has_row(REVENUE)
    _tick(w, "Utah")
    assert w.has_row(UTAH) and w.has_row(REVENUE) and not w.has_row(TENNESSEE)
    _tick(w, "Tennessee")
    assert w.has_row(TENNESSEE)
    assert "175,000" in w.row(TENNESSEE).question.hint
    w.window.session.set_field(("jurisdictions", "us_revenue_over_25m"), True)
    w.window.session.set_field(("jurisdictions", "tn_consumers"), "25k_to_175k")
    assert w.has_row(SELLING)  # between Tennessee's counts, the selling share decides
    w.window.session.set_field(("jurisdictions", "us_selling_revenue"), "over_50")
    assert Law.TN_IPA in applicable_laws(w.project)
    w.window.session.set_field(("jurisdictions", "is_nonprofit"), True)
    assert not w.has_row(REVENUE) and not w.has_row(UTAH)
