"""Email addresses and phone numbers, from the text and from mailto: and tel: links."""

from __future__ import annotations

import re
from collections.abc import Iterator

from editor.importer.layout import Reading
from editor.importer.recognise.found import Found
from editor.model.imported import ProposalKind

_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]{1,64}@(?:[a-z0-9-]{1,63}\.){1,8}[a-z]{2,24}\b", re.I)
# Digits with the separators people write in phone numbers; one character class of bounded
# length, so no input makes the search backtrack. The digits are counted afterwards.
_PHONE = re.compile(r"(?<![\w+])\+?\(?\d[\d ().\-/]{5,22}\d(?![\w-])")
_PHONE_WORDS = re.compile(r"\b(?:phone|telephone|tel|call|calling|ring|mobile|hotline)\b", re.I)
_FAX = re.compile(r"\bfax\b", re.I)
_DATEISH = re.compile(r"^\d{4}[-./]\d{1,2}[-./]\d{1,2}$|^\d{1,2}[-./]\d{1,2}[-./]\d{2,4}$")


def find_emails(reading: Reading) -> Iterator[Found]:
    for sentence in reading.sentences:
        for match in _EMAIL.finditer(sentence.text):
            yield Found(ProposalKind.EMAIL, match.group(0).strip(".").lower(), sentence)
        for link in sentence.links:
            if link.target.casefold().startswith("mailto:"):
                address = link.target[7:].split("?", 1)[0]
                if _EMAIL.fullmatch(address):
                    yield Found(ProposalKind.EMAIL, address.lower(), sentence)


def _digits(number: str) -> int:
    return sum(c.isdigit() for c in number)


def find_phones(reading: Reading) -> Iterator[Found]:
    """Numbers in a sentence about calling (or written with an international prefix)."""
    for sentence in reading.sentences:
        about_phones = bool(_PHONE_WORDS.search(sentence.text))
        for match in _PHONE.finditer(sentence.text):
            number = match.group(0).strip()
            if not 7 <= _digits(number) <= 15 or _DATEISH.match(number):
                continue
            international = number.startswith(("+", "00"))
            before = sentence.text[max(0, match.start() - 12) : match.start()]
            if _FAX.search(before) or not (about_phones or international):
                continue
            yield Found(ProposalKind.PHONE, number, sentence)
