"""A postal address: a street with a number, a postcode and a town, usually with a country.

Addresses are written in many national forms; this recognises the common shapes (a line or
a sentence with parts separated by commas) when a postcode of a known form is present, and
splits them into street, town, postcode and country for the owner to check.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from editor.importer.layout import Reading
from editor.importer.recognise.found import Found
from editor.model.imported import ProposalKind

_POSTCODES = (
    r"[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}",  # UK: SW1A 2AA
    r"(?:[A-Z]{2}\s+)?\d{5}(?:-\d{4})?",  # US (with state), DE, FR, ES, IT: 10115, CA 94107
    r"\d{4}\s?[A-Z]{2}",  # NL: 1012 AB
    r"[A-Z]\d[A-Z]\s?\d[A-Z]\d",  # CA: K1A 0B1
    r"(?:D|A|CH|L|B)-\d{4,5}",  # older European forms: D-10115
    r"\d{4}",  # AT, BE, CH, DK, AU, NO: 1010 (only beside a town and a street)
    r"[A-Z]\d{2}\s?[A-Z0-9]{4}",  # IE Eircode: D02 X285
)
_POSTCODE = re.compile(r"\b(?:" + "|".join(_POSTCODES) + r")\b")
_STREET = re.compile(
    r"\b\d{1,5}[a-z]?\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4}\s+(?:Street|St|Road|Rd|Avenue|"
    r"Ave|Lane|Ln|Way|Drive|Dr|Boulevard|Blvd|Place|Pl|Square|Sq|Court|Ct|Terrace|Row|Hill|"
    r"Parkway|Highway|Close|Crescent|Quay|Wharf|Gardens|Park)\b\.?"
    r"|\b[A-Z][\wäöüß-]*(?:straße|strasse|weg|gasse|platz|allee|laan|straat|gracht|vej|gatan)"
    r"\s+\d{1,5}[a-z]?\b"
    r"|\b(?:rue|avenue|boulevard|via|calle|rua|plaza|piazza)\s+[\w'’ -]{2,40}?\b"
    r"|\b(?:Suite|Unit|Floor|PO\s+Box|P\.O\.\s+Box)\s+\w+",
    re.I,
)


@cache
def _countries() -> dict[str, str]:
    """English country names (and a few everyday forms) to ISO codes, from babel's data."""
    from babel import Locale

    names = {str(name).casefold(): code for code, name in Locale("en").territories.items()}
    names = {n: c for n, c in names.items() if len(c) == 2 and c.isalpha()}
    names.update(
        {"usa": "US", "u.s.a": "US", "united states of america": "US", "uk": "GB",
         "england": "GB", "scotland": "GB", "wales": "GB", "northern ireland": "GB",
         "the netherlands": "NL", "deutschland": "DE"}
    )  # fmt: skip
    return names


_NOT_ADDRESS = re.compile(r"@|https?://|\b(?:e-?mail|call|phone|telephone|tel|fax)\b", re.I)


def _split(text: str) -> dict[str, str] | None:
    """Street, town, postcode and country of an address written with commas, if it is one."""
    parts = [p.strip(" .") for p in re.split(r",|\s+[|·•]\s+|\n", text) if p.strip(" .")]
    # The address ends at its country, or where the sentence goes on to an email or a phone
    # ("..., United Kingdom, email hello@... or call 01947 600123"): what follows is not part
    # of it, and its digits are no postcode.
    end = next(
        (
            n
            for n, p in enumerate(parts)
            if n and (p.casefold() in _countries() or _NOT_ADDRESS.search(p))
        ),
        None,
    )
    if end is not None:
        parts = parts[: end + 1] if parts[end].casefold() in _countries() else parts[:end]
    if not 2 <= len(parts) <= 7:
        return None
    country = ""
    if parts[-1].casefold() in _countries():
        country = _countries()[parts.pop().casefold()]
    street_at = next((n for n, p in enumerate(parts) if _STREET.search(p)), None)
    code_at = next((n for n, p in reversed(list(enumerate(parts))) if _POSTCODE.search(p)), None)
    if street_at is None or code_at is None or code_at < street_at:
        return None
    code_part = parts[code_at]
    code = _POSTCODE.search(code_part)
    assert code is not None
    town = (code_part[: code.start()] + code_part[code.end() :]).strip(" ,")
    between = parts[street_at + 1 : code_at]
    if not town and between:
        town = between.pop()
    region = ""
    postcode = code.group(0)
    us_state = re.match(r"^([A-Z]{2})\s+(\d{5}(?:-\d{4})?)$", postcode)
    if us_state:
        region, postcode = us_state.groups()
    street = ", ".join(parts[street_at : street_at + 1] + between)
    if not town or len(street) > 120:
        return None
    return {
        "street": street,
        "locality": town,
        "region": region,
        "postal_code": postcode,
        "country": country,
    }


def _written(parts: dict[str, str]) -> str:
    """The address on one line as people read it, the country by its name."""
    from babel import Locale

    country = Locale("en").territories.get(parts["country"], "") if parts["country"] else ""
    shown = [parts["street"], parts["locality"], parts["region"], parts["postal_code"], country]
    return ", ".join(p for p in shown if p)


_ADDRESS_WORDS = re.compile(r"\b(?:address|write\s+to|post|mail\s+us|located\s+at|office)\b", re.I)


def find_addresses(reading: Reading) -> Iterator[Found]:
    for sentence in reading.sentences:
        text = sentence.text
        if len(text) > 300 or not _POSTCODE.search(text) or not _STREET.search(text):
            continue
        # "Write to us at 1 Main Street, ...": the address is what follows the words.
        lead = _ADDRESS_WORDS.search(text)
        candidates = [text]
        if lead:
            rest = text[lead.end() :]
            candidates.insert(0, re.sub(r"^[\s:]*(?:to\s+)?(?:us\s+)?(?:at\s+)?", "", rest))
        for candidate in candidates:
            parts = _split(candidate.rstrip("."))
            if parts is not None:
                value = _written(parts)
                yield Found(ProposalKind.POSTAL_ADDRESS, value, sentence, parts)
                break
