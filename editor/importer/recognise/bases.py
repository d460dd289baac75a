"""Lawful bases a policy names, each with what it says the basis is used for.

A basis is recognised where the policy talks about its legal grounds: in a section whose
heading says so ("Lawful basis", "Legal grounds"), or in a sentence that does ("we rely on
legitimate interests"). Elsewhere "consent" and "contract" are ordinary words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from editor.importer.layout import Reading
from editor.importer.recognise.found import Found
from editor.model.data import LawfulBasis
from editor.model.imported import ProposalKind

_ABOUT_BASES = re.compile(
    r"\b(?:lawful|legal)\s+(?:bas[ie]s|grounds?)\b|\bgrounds?\s+for\s+processing\b"
    r"|\b(?:rely|relies|based)\s+on\b|\bon\s+the\s+basis\s+of\b|\bArt(?:icle|\.)?\s*6\b",
    re.I,
)
_BASES: tuple[tuple[re.Pattern[str], LawfulBasis], ...] = tuple(
    (re.compile(rf"\b(?:{p})\b", re.I), basis)
    for p, basis in (
        (r"legitimate\s+interests?", LawfulBasis.LEGITIMATE_INTERESTS),
        (r"(?:performance\s+of\s+(?:a\s+)?)?contract(?:ual\s+necessity)?", LawfulBasis.CONTRACT),
        (r"legal\s+obligations?|comply\s+with\s+(?:the\s+|a\s+)?(?:law|legal)",
         LawfulBasis.LEGAL_OBLIGATION),
        (r"vital\s+interests?", LawfulBasis.VITAL_INTERESTS),
        (r"public\s+task|public\s+interest|official\s+authority", LawfulBasis.PUBLIC_TASK),
        (r"(?:your\s+)?consent", LawfulBasis.CONSENT),
    )
)  # fmt: skip
# "Legal - Used when ..." in a list of bases: the bare word stands for a legal obligation.
_LABEL = re.compile(r"^\s*(?P<label>[A-Za-z][A-Za-z ]{1,40}?)\s*(?:[-–—:]\s+)(?P<rest>.+)$")
_USED_FOR = re.compile(
    r"^(?:it\s+is\s+|this\s+is\s+|is\s+)?(?:used|relied\s+on|applies)\s+(?:for|when|to|where)\s+"
    r"|^(?:for|when|where)\s+",
    re.I,
)
_CLAUSE_END = re.compile(r"\s+(?:since|because|as|and\s+may|which)\s+|[,.;(]")


def _purpose(text: str) -> str:
    """What the basis is said to be used for, shortened to its first clause."""
    text = _USED_FOR.sub("", text.strip(), count=1)
    text = _CLAUSE_END.split(text, maxsplit=1)[0].strip()
    return text[:1].upper() + text[1:] if len(text) >= 3 else ""


def find_bases(reading: Reading) -> Iterator[Found]:
    for sentence in reading.sentences:
        in_section = bool(_ABOUT_BASES.search(reading.section_title(sentence)))
        if not (in_section or _ABOUT_BASES.search(sentence.text)):
            continue
        label = _LABEL.match(sentence.text) if sentence.first else None
        if label and in_section:
            # A list of bases: "Contract - Used when a customer has ordered ...".
            head = label.group("label")
            bases = [b for p, b in _BASES if p.fullmatch(head.strip())]
            if not bases and head.strip().casefold() in ("legal", "law", "legal requirement"):
                bases = [LawfulBasis.LEGAL_OBLIGATION]
            for basis in bases[:1]:
                details = {"purpose": _purpose(label.group("rest"))}
                yield Found(ProposalKind.LAWFUL_BASIS, basis.value, sentence, details)
            if bases:
                continue
        if sentence.kind.value == "heading":
            continue
        for pattern, basis in _BASES:
            match = pattern.search(sentence.text)
            # Outside a section on legal grounds, only "we rely on consent" and the like.
            before = sentence.text[max(0, match.start() - 60) : match.start()] if match else ""
            if match and (in_section or _ABOUT_BASES.search(before)):
                yield Found(ProposalKind.LAWFUL_BASIS, basis.value, sentence, {"purpose": ""})
