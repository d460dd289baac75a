"""Flesch reading ease, offline: known scores, syllables against the CMU dictionary."""

from __future__ import annotations

import importlib
import socket

import pytest

from editor.checks import Section, Severity, readability
from editor.checks.readability import (
    count_syllables,
    flesch_reading_ease,
    overall_score,
    readability_findings,
    score_sections,
    split_sentences,
    text_stats,
)

# Words drawn at random from real privacy policies, with their syllables in the CMU
# Pronouncing Dictionary (the fewest where it gives several pronunciations).
CMU_SYLLABLES = {
    "against": 2, "application": 4, "applies": 2, "audits": 2, "authorities": 4,
    "authorization": 5, "bases": 2, "basis": 2, "because": 2, "becomes": 2, "been": 1,
    "before": 2, "being": 2, "between": 2, "billing": 2, "browsing": 2, "call": 1, "cases": 2,
    "choose": 1, "click": 1, "collect": 2, "collected": 3, "collectively": 4, "committed": 3,
    "confirmation": 4, "confirmed": 2, "considered": 3, "continuity": 5, "court": 1,
    "custom": 2, "customer": 3, "describe": 2, "details": 2, "download": 2, "downloading": 3,
    "either": 2, "evaluate": 4, "exchange": 2, "extent": 2, "faith": 1, "front": 1,
    "functionality": 5, "gender": 2, "identifiable": 6, "inclusion": 3, "industry": 3,
    "information": 4, "interests": 2, "internal": 3, "keep": 1, "kinds": 1, "layer": 2,
    "links": 1, "make": 1, "managed": 2, "manner": 2, "measure": 2, "medium": 3, "might": 1,
    "most": 1, "named": 1, "newsletter": 3, "offer": 2, "optimize": 3, "oracle": 3,
    "party": 2, "password": 2, "payments": 2, "perform": 2, "periodically": 5, "pieces": 2,
    "post": 1, "potential": 3, "presented": 3, "principle": 3, "process": 2, "product": 2,
    "proprietary": 5, "purpose": 2, "rates": 1, "read": 1, "receive": 2, "released": 2,
    "rely": 2, "requires": 2, "respects": 2, "responsibilities": 6, "retention": 3,
    "rights": 1, "section": 2, "sensitive": 3, "sent": 1, "servers": 2, "sexual": 3,
    "share": 1, "sign": 1, "signed": 1, "since": 1, "sites": 1, "size": 1, "social": 2,
    "software": 2, "sold": 1, "special": 2, "storage": 2, "surveys": 2, "terminate": 3,
    "these": 1, "third": 1, "tool": 1, "transferred": 2, "transferring": 3,
    "transparently": 4, "usage": 2, "used": 1, "viewed": 1, "want": 1, "what": 1, "will": 1,
    "without": 2,
}  # fmt: skip

# Reference scores computed with the same sentence and word split but the CMU dictionary's
# syllable counts (textstat's method before it moved to downloading that dictionary).
REFERENCE_TEXTS = [
    (
        "We keep your email address so that we can send you our newsletter. You can stop it at "
        "any time. Just click the link at the bottom of any email, or write to us.",
        90.83,
    ),
    (
        "Our website uses cookies. Some are necessary for the site to work; others help us "
        "understand how visitors use it. We ask for your consent before we set any analytics "
        "cookie, and you can change your mind whenever you like in the cookie settings.",
        65.05,
    ),
    (
        "Notwithstanding the foregoing, the controller may process personal information for "
        "additional purposes compatible with the original purposes, provided that appropriate "
        "safeguards, including encryption or pseudonymisation, are implemented in accordance "
        "with applicable legislation.",
        -45.08,
    ),
]


def test_formula_on_a_text_of_one_syllable_words() -> None:
    # 6 words, 1 sentence, 6 syllables: 206.835 - 1.015 * 6 - 84.6 * 1
    assert flesch_reading_ease("The cat sat on the mat.") == pytest.approx(116.145)


def test_syllable_counter_agrees_with_the_cmu_dictionary() -> None:
    agree = [w for w, n in CMU_SYLLABLES.items() if count_syllables(w) == n]
    assert len(agree) / len(CMU_SYLLABLES) >= 0.95
    total = sum(count_syllables(w) for w in CMU_SYLLABLES)
    assert total == pytest.approx(sum(CMU_SYLLABLES.values()), rel=0.02)


@pytest.mark.parametrize(("text", "reference"), REFERENCE_TEXTS)
def test_scores_match_a_dictionary_based_reference(text: str, reference: float) -> None:
    assert flesch_reading_ease(text) == pytest.approx(reference, abs=3.0)


def test_plain_text_scores_higher_than_legalese() -> None:
    plain, middle, legal = (flesch_reading_ease(t) for t, _ in REFERENCE_TEXTS)
    assert plain > middle > 60 > legal


@pytest.mark.parametrize(
    ("word", "syllables"),
    [("GDPR", 4), ("EU", 2), ("don't", 1), ("e-mail", 2), ("30", 2), ("", 0), ("a", 1)],
)
def test_special_words(word: str, syllables: int) -> None:
    assert count_syllables(word) == syllables


def test_sentences_ignore_abbreviations_and_count_lines() -> None:
    text = "We use tools, e.g. Plausible (see Art. 6). It is private!\nYour rights\n- Access"
    assert split_sentences(text) == [
        "We use tools, e.g. Plausible (see Art. 6).",
        "It is private!",
        "Your rights",
        "- Access",
    ]


def test_urls_and_emails_count_as_one_word() -> None:
    assert text_stats("Write to privacy@example.com or https://example.com/a-b.").words == 5
    # The policy shows links without their scheme.
    assert text_stats("Use tallyhive.com/privacy-request or app.tallyhive.com.").words == 4
    assert text_stats("Tallyhive B.V. uses version 2.0, e.g. here.").words == 10  # not addresses


def test_empty_text_has_no_score() -> None:
    with pytest.raises(ValueError):
        flesch_reading_ease("  \n ")
    assert score_sections([("Empty", "")])[0].score is None
    assert overall_score([]) is None


def test_sections_are_scored_and_hard_ones_flagged() -> None:
    plain, _, legal = (t for t, _ in REFERENCE_TEXTS)
    scores = score_sections([("Newsletter", plain), ("Legal", legal)])
    assert [s.title for s in scores] == ["Newsletter", "Legal"]
    assert scores[0].score is not None and scores[0].score > 80
    assert scores[1].words == 32 and scores[1].sentences == 1
    findings = readability_findings(scores, threshold=50)
    assert [f.severity for f in findings] == [Severity.INFO]
    assert "“Legal” is hard to read" in findings[0].message
    assert findings[0].section is Section.CUSTOM
    mapped = readability_findings(scores, page_for=lambda title: Section.DATA)
    assert mapped[0].section is Section.DATA


def test_overall_score_pools_the_text() -> None:
    plain, middle, _ = (t for t, _ in REFERENCE_TEXTS)
    pooled = overall_score([("a", plain), ("b", middle)])
    assert pooled == pytest.approx(flesch_reading_ease(plain + "\n" + middle), abs=0.05)


def test_works_with_the_network_blocked(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_network(*args: object, **kwargs: object) -> None:
        raise OSError("network access attempted")

    monkeypatch.setattr(socket, "socket", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    module = importlib.reload(readability)
    assert module.flesch_reading_ease(REFERENCE_TEXTS[0][0]) == pytest.approx(90.83, abs=3)
