"""Plain-language scores: Flesch reading ease for the whole policy and for each section.

GDPR Art. 12(1) asks for "clear and plain language" (APP 1.3: "clearly expressed"). The score
is 206.835 − 1.015 × (words per sentence) − 84.6 × (syllables per word): 60–70 is plain
English, 50–60 fairly difficult, 30–50 difficult.

Syllables are counted here, with vowel groups and a few dozen English spelling rules, instead
of with a library: textstat (0.7.x) downloads the CMU pronouncing dictionary through NLTK on
first use, which the offline promise forbids, and counting by hyphenation points (pyphen)
undercounts by about 5 % (a hyphenator never splits off one letter: "a-bout", "e-ven"),
which raises a score by several points. Against the CMU dictionary this counter gives the
dictionary's count for about 95 % of the words in real privacy policies, and the total differs
by well under 1 %; see tests/checks/test_readability.py.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from editor.checks.finding import Confidence, Finding, Section, Severity

HARD_SECTION_THRESHOLD = 50.0  # below this a section reads as "difficult" (Flesch's own bands)
READABILITY_RULE_ID = "readability.hard-section"

# A web or email address is read as one short word ("link"), not as its pieces; that includes
# an address shown without its scheme, as the policy shows links ("tallyhive.com/privacy").
# An address starts only where a run of its characters starts: tried inside the run as well,
# each try would read to the run's end, and a long run without spaces (a business name of
# 30,000 letters) would take minutes instead of milliseconds.
_URL_OR_EMAIL = re.compile(
    r"(?:https?://|www\.)\S+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|(?<![\w.-])[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b(?:/\S*)?"
)
_WORD = re.compile(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)*(?:-[A-Za-z0-9]+(?:['’][A-Za-z]+)*)*")
_ABBREVIATIONS = frozenset(
    {"e.g", "i.e", "etc", "art", "no", "nos", "inc", "ltd", "co", "corp", "mr", "mrs", "ms"}
    | {"dr", "st", "vs", "approx", "para", "sec", "cf"}
)
_LONGEST_ABBREVIATION = max(map(len, _ABBREVIATIONS))
_SENTENCE_END = re.compile(r"([.!?]+)(?=[\s\"'”’)\]]|$)")

_GROUPS = re.compile(r"[aeiouy]+")
# Vowel pairs and patterns spoken as two syllables ("cre-ate", "sci-ence", "re-open").
_SPLITS = tuple(
    re.compile(p)
    for p in (
        r"(?<![cgstx])i[ao](?!n$)",
        r"(?<![nlcgstx])ia$",
        r"iu",
        r"(?<!p)eo",
        r"(?<![qg])u[ao](?!r)",
        r"(?<!q)ue(?=[^s])",
        r"ii",
        r"[^aeiou]ie(?:r|st|t)$",
        r"uity",
        r"[aeiouy]ing",
        r"[aeo]y[aeiou]",
        r"ea(?:ti|bl)",
        r"eate$",
        r"[^aeiou]ea$",
        r"[^cts]ien",
        r"scien",
        r"[^aeiouy]ism$",
        r"tres?$",
    )
)
_PREFIX = re.compile(r"^(?:re|pre|de)[aeiou]")
_NOT_PREFIX = re.compile(r"^(?:rea[cdlms]|reau|preach|dea[ldfr]|deu|reo|reu)")
_SILENT_E_SUFFIX = re.compile(
    r"[^aeiouy]e(?:ly|ful|fully|less|ness|ments?|work|thing|where|frame|guards?)$|^fore[^aeiouy]"
)
_PLURAL_KEEPS_E = ("ces", "ges", "ses", "xes", "zes", "ches", "shes")


@lru_cache(maxsize=8192)  # a policy repeats its words: counting each once makes scoring 10x faster
def count_syllables(word: str) -> int:
    """The number of syllables in one English word (an estimate; 0 for a non-word)."""
    letters = re.sub(r"[^A-Za-z]", "", word)
    if not letters:
        digits = re.sub(r"\D", "", word)
        return min(len(digits), 4)
    if (
        letters.isupper()
        and 1 < len(letters) <= 5
        and not re.search("[AEIOU][^AEIOU][AEIOU]", letters)
    ):
        # An initialism is read letter by letter: "EU", "GDPR", "ICO" ("W" has three).
        return len(letters) + 2 * letters.count("W")
    w = letters.lower()
    if w.startswith("every"):
        return 2 + (count_syllables(w[5:]) if len(w) > 5 else 0)
    if len(w) <= 3:
        return 2 if w == "any" else 1
    n = len(_GROUPS.findall(w))
    if re.search(r"[^aeiouy]e$", w) and not re.search(r"[^aeiouy]le$", w):
        n -= 1  # silent final e: "make", "store"
    elif (
        w.endswith("es")
        and w[-3] not in "aeiouy"
        and not w.endswith(_PLURAL_KEEPS_E)
        and not re.search(r"[^aeiouy]les$", w)
    ):
        n -= 1  # "makes", "stores"
    elif w.endswith("ed") and w[-3] not in "aeiouydt" and not re.search(r"[^aeiouy]led$", w):
        n -= 1  # "asked", "stored"
    if len(w) > 5 and _SILENT_E_SUFFIX.search(w):
        n -= 1  # "safely", "statement", "useful"
    n += sum(len(p.findall(w)) for p in _SPLITS)
    if _PREFIX.search(w) and not _NOT_PREFIX.search(w):
        n += 1  # "reuse", "delete" are split by the prefix
    return max(1, n)


@dataclass(frozen=True)
class TextStats:
    sentences: int
    words: int
    syllables: int

    def __add__(self, other: TextStats) -> TextStats:
        return TextStats(
            self.sentences + other.sentences,
            self.words + other.words,
            self.syllables + other.syllables,
        )

    @property
    def reading_ease(self) -> float:
        if self.words == 0:
            raise ValueError("no words to score")
        return (
            206.835
            - 1.015 * (self.words / max(self.sentences, 1))
            - 84.6 * (self.syllables / self.words)
        )


def _words(sentence: str) -> list[str]:
    return _WORD.findall(_URL_OR_EMAIL.sub(" link ", sentence))


def split_sentences(text: str) -> list[str]:
    """Sentences and sentence-like lines (headings and list items end without a full stop)."""
    sentences: list[str] = []
    for line in text.splitlines():
        start = 0
        for match in _SENTENCE_END.finditer(line):
            # Only the last word matters, and no abbreviation is longer than this window: the
            # whole text since the sentence began would be split again at every full stop.
            window = line[max(start, match.start() - _LONGEST_ABBREVIATION - 2) : match.start()]
            before = window.split()
            last = before[-1].lower().rstrip(".") if before else ""
            if match.group(1) == "." and (last in _ABBREVIATIONS or len(last) == 1):
                continue  # "e.g.", "Art.", an initial
            sentences.append(line[start : match.end()])
            start = match.end()
        sentences.append(line[start:])
    return [s.strip() for s in sentences if _words(s)]


def text_stats(text: str) -> TextStats:
    sentences = split_sentences(text)
    words = [w for s in sentences for w in _words(s)]
    return TextStats(len(sentences), len(words), sum(count_syllables(w) for w in words))


def flesch_reading_ease(text: str) -> float:
    """The Flesch reading ease of ``text``; raises ValueError when it has no words."""
    return text_stats(text).reading_ease


@dataclass(frozen=True)
class SectionScore:
    """The readability of one section of the policy (score None when it has no words)."""

    title: str
    score: float | None
    words: int
    sentences: int


def score_sections(pairs: Iterable[tuple[str, str]]) -> list[SectionScore]:
    """Score each ``(title, text)`` pair, in order."""
    scores = []
    for title, text in pairs:
        stats = text_stats(text)
        score = round(stats.reading_ease, 1) if stats.words else None
        scores.append(SectionScore(title, score, stats.words, stats.sentences))
    return scores


def overall_score(pairs: Iterable[tuple[str, str]]) -> float | None:
    """The score of all sections read as one text (not the mean of the section scores)."""
    total = TextStats(0, 0, 0)
    for _title, text in pairs:
        total = total + text_stats(text)
    return round(total.reading_ease, 1) if total.words else None


def hard_section_message(
    title: str, score: float, threshold: float = HARD_SECTION_THRESHOLD
) -> str:
    return (
        f"“{title}” is hard to read (Flesch reading ease {score:.0f}; aim for "
        f"{threshold:.0f} or more): use shorter sentences and everyday words."
    )


def readability_findings(
    scores: Iterable[SectionScore],
    threshold: float = HARD_SECTION_THRESHOLD,
    page_for: Callable[[str], Section] | None = None,
) -> list[Finding]:
    """An info finding for each section that scores below ``threshold``.

    ``page_for`` maps a section title to the editor page that feeds it; without it the
    finding points to the custom sections, the one place where the user writes whole texts.
    """
    findings = []
    for s in scores:
        if s.score is None or s.score >= threshold:
            continue
        findings.append(
            Finding(
                rule_id=READABILITY_RULE_ID,
                laws=(),
                severity=Severity.INFO,
                message=hard_section_message(s.title, s.score, threshold),
                path=(),
                citation="GDPR Art. 12(1) (clear and plain language); APP 1.3",
                confidence=Confidence.CONFIRMED,
                section=page_for(s.title) if page_for else Section.CUSTOM,
            )
        )
    return findings
