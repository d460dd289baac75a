"""Split a block of text into sentences, each with where it starts.

A proposal shows the sentence it came from, so the split errs on the side of keeping a
sentence whole: a full stop after an abbreviation ("e.g.", "Inc.", "St.") or an initial does
not end one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_END = re.compile(r"[.!?]+[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])")
_ABBREVIATIONS = frozenset(
    [
        "e.g",
        "i.e",
        "etc",
        "inc",
        "ltd",
        "co",
        "corp",
        "llc",
        "plc",
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "no",
        "nos",
        "vs",
        "approx",
        "incl",
        "esp",
        "fig",
        "art",
        "sec",
        "para",
        "cf",
        "al",
        "jr",
        "sr",
        "u.s",
        "u.k",
        "e.u",
        "s.a",
        "b.v",
        "a.g",
        "n.v",
        "p.o",
        "dept",
        "ave",
        "rd",
        "blvd",
        "apt",
        "ste",
    ]
)


_COMPANY_FORMS = frozenset(["inc", "ltd", "llc", "corp", "co", "plc"])


def _ends_sentence(text: str, end: int) -> bool:
    """Whether the stop that starts at ``end`` closes a sentence (not an abbreviation)."""
    if text[end] != ".":
        return True
    word = text[:end].rsplit(None, 1)[-1] if text[:end].strip() else ""
    word = word.lstrip("(\"'“‘[").casefold()
    if word in _COMPANY_FORMS:
        # "Resultra, LLC. In order to ..." ends; 'Ingen Software, Inc. ("Ingen")' goes on.
        after = text[end + 1 :].lstrip()[:1]
        return after not in "(\"“‘'"
    if word in _ABBREVIATIONS:
        return False
    return not (len(word) == 1 and word.isalpha())  # an initial: "J. Smith"


def split_sentences(text: str) -> Iterator[tuple[int, str]]:
    """(offset, sentence) for each sentence of ``text``, trimmed, in order."""
    start = 0
    for match in _END.finditer(text):
        if not _ends_sentence(text, match.start()):
            continue
        sentence = text[start : match.end()].rstrip()
        if sentence:
            yield start, sentence
        start = match.end()
    rest = text[start:].rstrip()
    if rest.strip():
        lead = len(rest) - len(rest.lstrip())
        yield start + lead, rest.lstrip()
