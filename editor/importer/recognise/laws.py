"""Laws a policy names, as the regions whose customers bring them in, for the owner to confirm.

A policy that names the GDPR was written for customers in the EU; naming the CCPA means
Californians. The owner confirms where their customers really are: the law follows from that.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from editor.importer.layout import Reading
from editor.importer.recognise.found import Found
from editor.model.imported import ProposalKind
from editor.model.jurisdiction import Region

# (pattern, region, the law's short name). Longer names come first: "UK GDPR" before "GDPR".
_LAWS: tuple[tuple[str, Region, str], ...] = (
    (r"UK\s+GDPR|UK\s+General\s+Data\s+Protection\s+Regulation|Data\s+Protection\s+Act\s+2018",
     Region.UK, "UK GDPR"),
    (r"GDPR|General\s+Data\s+Protection\s+Regulation|Regulation\s+\(EU\)\s+2016/679",
     Region.EU_EEA, "GDPR"),
    (r"CCPA|CPRA|California\s+Consumer\s+Privacy\s+Act|California\s+Privacy\s+Rights\s+Act"
     r"|CalOPPA|California\s+Online\s+Privacy\s+Protection\s+Act|Shine\s+the\s+Light",
     Region.CALIFORNIA, "CCPA"),
    (r"VCDPA|Virginia\s+Consumer\s+Data\s+Protection\s+Act", Region.VIRGINIA, "VCDPA"),
    (r"Colorado\s+Privacy\s+Act", Region.COLORADO, "Colorado Privacy Act"),
    (r"CTDPA|Connecticut\s+Data\s+Privacy\s+Act", Region.CONNECTICUT, "CTDPA"),
    (r"TDPSA|Texas\s+Data\s+Privacy\s+and\s+Security\s+Act", Region.TEXAS, "TDPSA"),
    (r"OCPA|Oregon\s+Consumer\s+Privacy\s+Act", Region.OREGON, "OCPA"),
    (r"Indiana\s+Consumer\s+Data\s+Protection\s+Act", Region.INDIANA, "Indiana CDPA"),
    (r"Iowa\s+Consumer\s+Data\s+Protection\s+Act", Region.IOWA, "Iowa CDPA"),
    (r"KCDPA|Kentucky\s+Consumer\s+Data\s+Protection\s+Act", Region.KENTUCKY, "KCDPA"),
    (r"TIPA|Tennessee\s+Information\s+Protection\s+Act", Region.TENNESSEE, "TIPA"),
    (r"UCPA|Utah\s+Consumer\s+Privacy\s+Act", Region.UTAH, "UCPA"),
    (r"PIPEDA|Personal\s+Information\s+Protection\s+and\s+Electronic\s+Documents\s+Act",
     Region.CANADA, "PIPEDA"),
    (r"LGPD|Lei\s+Geral\s+de\s+Prote[cç][aã]o\s+de\s+Dados", Region.BRAZIL, "LGPD"),
    (r"Australian\s+Privacy\s+Principles|Privacy\s+Act\s+1988", Region.AUSTRALIA,
     "Australian Privacy Act"),
    (r"n?FADP|Federal\s+Act\s+on\s+Data\s+Protection|revDSG", Region.SWITZERLAND, "FADP"),
)  # fmt: skip
_PATTERNS = [(re.compile(rf"\b(?:{p})\b"), region, name) for p, region, name in _LAWS]


def find_regions(reading: Reading) -> Iterator[Found]:
    for sentence in reading.sentences:
        taken: list[tuple[int, int]] = []
        for pattern, region, name in _PATTERNS:
            for match in pattern.finditer(sentence.text):
                span = match.span()
                if any(a <= span[0] < b for a, b in taken):
                    continue  # "GDPR" inside "UK GDPR" is the UK's law
                taken.append(span)
                yield Found(ProposalKind.REGION, region.value, sentence, {"law": name})
