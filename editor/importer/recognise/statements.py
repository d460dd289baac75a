"""Plain promises worth an answer of their own: "we do not sell", "we do not use cookies"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from editor.importer.layout import Reading
from editor.importer.recognise.found import Found
from editor.model.imported import ProposalKind

_NOT = r"(?:do\s+not|does\s+not|don['’]t|doesn['’]t|will\s+not|won['’]t|shall\s+not|never|not)"
# "We never sell your personal info", "will NOT be released, sold, or rented", "we don't sell".
_NO_SALE = re.compile(
    rf"\b{_NOT}\b[^.;:!?]{{0,60}}?\b(?:sell|sold|rent|rented)\b(?!\s+(?:our|the)\s+business)",
    re.I,
)
# A sale of the business itself is another matter ("if we sell our business").
_BUSINESS_SALE = re.compile(r"\b(?:business|company|assets|merger)\b", re.I)
_NO_COOKIES = re.compile(
    rf"\b{_NOT}\s+(?:use|set|place|store|drop)\s+(?:any\s+)?cookies\b(?!\s+(?:to|for|that|which|except|other))"
    r"|\bno\s+cookies\s+(?:are|is)\s+(?:used|set|placed|stored)\b"
    r"|\b(?:uses|use|sets|set)\s+no\s+cookies\b",
    re.I,
)
_PERSONAL = re.compile(r"\b(?:personal|information|info|data|details|address(?:es)?)\b", re.I)


def find_statements(reading: Reading) -> Iterator[Found]:
    for sentence in reading.sentences:
        text = sentence.text
        sale = _NO_SALE.search(text)
        if sale and _PERSONAL.search(text) and not _BUSINESS_SALE.search(sale.group(0)):
            yield Found(ProposalKind.DOES_NOT_SELL, "", sentence)
        if _NO_COOKIES.search(text):
            yield Found(ProposalKind.NO_COOKIES, "", sentence)
