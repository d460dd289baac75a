"""Plain words first, then the law's own term (and, if asked, its article), in every format."""

from __future__ import annotations

import pytest

from editor.compose import compose
from editor.document import Document, find_section, plain_text, section_text
from editor.export.html import render_html
from editor.model import LegalTerms, Project, Region
from editor.samples import start_project


def _with(project: Project, style: LegalTerms) -> Project:
    project.policy.legal_terms = style
    return project


def _section(doc: Document, key: str) -> str:
    section = find_section(doc, key)
    assert section is not None, key
    return section_text(section)


def test_by_default_each_right_and_legal_reason_names_the_law_s_term() -> None:
    doc = compose(start_project("saas"))
    rights = _section(doc, "rights")
    assert "Correct it (the right to rectification). Ask us to fix" in rights
    assert "Take it with you (the right to data portability)." in rights
    assert "(the right to lodge a complaint with a supervisory authority)" not in rights
    reasons = _section(doc, "lawful_basis")
    assert "Our contract with you (performance of a contract)." in reasons
    assert "Your consent (consent)" not in reasons  # the words already say it
    sharing = _section(doc, "sharing")
    assert "These service providers (processors) work for us." in sharing
    transfers = _section(doc, "transfers")
    assert "protect your data (standard contractual clauses)." in transfers
    assert "GDPR Art." not in plain_text(doc)


def test_with_articles_each_term_cites_the_article_of_the_law_that_applies() -> None:
    doc = compose(_with(start_project("saas"), LegalTerms.ARTICLE))
    assert "Correct it (the right to rectification, GDPR Art. 16)." in _section(doc, "rights")
    assert "(performance of a contract, GDPR Art. 6(1)(b))." in _section(doc, "lawful_basis")
    assert "(processors, GDPR Art. 28)" in _section(doc, "sharing")
    assert "(standard contractual clauses, GDPR Art. 46(2)(c))." in _section(doc, "transfers")
    california = _section(doc, "california")
    assert "Correct (Cal. Civ. Code §1798.106). Ask us to fix" in california


def test_a_uk_policy_cites_the_uk_gdpr_and_its_own_names() -> None:
    doc = compose(_with(start_project("charity"), LegalTerms.ARTICLE))
    assert "Delete it (the right to erasure, UK GDPR Art. 17)." in _section(doc, "rights")
    assert "(the UK–US data bridge, UK GDPR Art. 45)." in _section(doc, "transfers")


def test_plain_words_only_leave_the_terms_out() -> None:
    doc = compose(_with(start_project("saas"), LegalTerms.PLAIN))
    text = plain_text(doc)
    for term in ("the right to rectification", "performance of a contract", "(processors)"):
        assert term not in text
    assert "Correct it. Ask us to fix" in _section(doc, "rights")


def test_the_gdpr_s_terms_are_not_given_to_a_policy_under_other_laws() -> None:
    project = _with(start_project("saas"), LegalTerms.ARTICLE)
    project.jurisdictions.regions = [Region.CANADA]
    project.organisation.country = "CA"
    text = plain_text(compose(project))
    assert "the right to rectification" not in text and "Art. 16" not in text


@pytest.mark.parametrize("style", list(LegalTerms))
def test_the_html_page_and_the_preview_carry_the_same_words(style: LegalTerms) -> None:
    doc = compose(_with(start_project("saas"), style))
    page = render_html(doc)
    aside = {
        LegalTerms.PLAIN: "",
        LegalTerms.TERM: " (the right to rectification)",
        LegalTerms.ARTICLE: " (the right to rectification, GDPR Art. 16)",
    }[style]
    expected = f"<strong>Correct it</strong>{aside}." if aside else "<strong>Correct it.</strong>"
    assert expected in page


def test_the_authority_and_the_encryption_are_named_as_a_regulator_looks_for_them() -> None:
    doc = compose(_with(start_project("charity"), LegalTerms.ARTICLE))
    rights = _section(doc, "rights")
    assert (
        "complain to a data protection authority (a supervisory authority, UK GDPR Art. 77)"
        in rights
    )
    assert "Encryption of data sent over the internet (TLS, as in HTTPS)" in _section(
        doc, "security"
    )
