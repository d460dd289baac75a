"""The name of the business that publishes the policy.

Policies name themselves in a few set ways: a legal name with its company form ("Resultra,
LLC"), "this website is owned and operated by ...", a title "Privacy Policy for ...", a name
defined as "we" ('Ingen Software, Inc. ("Ingen", "we")'), or a name that the policy makes the
subject of its promises ("Actipro Software is based in ...", "... respects your privacy").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from editor.importer.layout import Reading
from editor.importer.recognise.found import Found
from editor.model.imported import ProposalKind

_NAME = r"(?P<name>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|&|and|of|de|the)){0,5}?)"
_FORM = (
    r"(?:Inc|LLC|L\.L\.C|Ltd|Limited|GmbH|AG|S\.A|SAS|SARL|B\.V|N\.V|AB|A/S|Oy|OÜ|plc|PLC|"
    r"Corp|Corporation|Pty\s+Ltd|Pte\s+Ltd|LLP|LP|CIC|e\.V|S\.L|S\.p\.A|S\.r\.l|KG|UG)"
)
_LEGAL_NAME = re.compile(rf"{_NAME},?\s+{_FORM}\b\.?")
# After "operated by" the name runs to the end of its capitalised words (nothing anchors it).
_WHOLE_NAME = _NAME.replace("{0,5}?", "{0,5}")
_OPERATED_BY = re.compile(
    rf"\b(?:owned\s+and\s+operated|operated|owned|run|provided|published)\s+by\s+{_WHOLE_NAME}\b"
)
_TITLE = re.compile(
    rf"^(?:Privacy\s+(?:Policy|Notice|Statement)|Data\s+Protection)\s+(?:for|of)\s+{_NAME}$"
)
_DEFINED_AS_WE = re.compile(
    rf"^{_NAME}(?:,?\s+{_FORM}\.?)?\s*\(\s*[\"“‘']", re.M
)  # 'Ingen Software, Inc. (“Ingen Software”, “We” ...'
_SUBJECT = re.compile(
    rf"^{_NAME}\s+(?:is\s+based|is\s+committed|(?:fully\s+)?respects|values|takes\s+your\s+privacy|"
    rf"is\s+(?:the\s+)?(?:controller|responsible))"
)
_NOT_NAMES = frozenset(
    [
        "we",
        "our",
        "us",
        "you",
        "your",
        "this",
        "the",
        "privacy",
        "policy",
        "notice",
        "information",
        "data",
        "cookies",
        "if",
        "when",
    ]
)


_ABBREVIATED_FORM = re.compile(r"\b(?:Inc|Ltd|Corp|Co|Pty|Pte)\.$")


# Words a sentence starts with before the name: "Contact Harbour Books GmbH at ...".
_LEAD_WORDS = re.compile(
    r"^(?:(?:Contact|Email|E-mail|Write\s+to|Call|Visit|About|Welcome\s+to|At|By|From|With|"
    r"Thanks?|Dear|To|For|Please\s+contact)\s+)+"
)
_TRAILING_WORDS = re.compile(r"(?:\s+(?:&|and|of|de|the))+$")


def _clean(name: str) -> str:
    name = " ".join(name.replace("’", "'").split()).strip(" ,")
    name = _TRAILING_WORDS.sub("", _LEAD_WORDS.sub("", name))
    return name if _ABBREVIATED_FORM.search(name) else name.rstrip(".")


def _plausible(name: str) -> bool:
    words = name.split()
    return bool(words) and words[0].casefold() not in _NOT_NAMES and len(name) <= 80


def find_organisation(reading: Reading, service_names: set[str]) -> Iterator[Found]:
    """Candidates for the business's name, each from a sentence that says it.

    A legal name with its company form is taken as it stands. The weaker kinds (a title, a
    name defined as "we", the subject of a promise) must name the business more than once in
    the policy, and give way to a legal name they are the start of ("Ingen Software" to
    "Ingen Software, Inc.").
    """
    legal: list[str] = []
    for sentence in reading.sentences:
        for match in _LEGAL_NAME.finditer(sentence.text):
            name = _clean(match.group(0))
            if _plausible(name) and name.casefold() not in service_names:
                legal.append(name)
                yield Found(ProposalKind.ORGANISATION_NAME, name, sentence)
    for sentence in reading.sentences:
        for pattern in (_OPERATED_BY, _TITLE, _DEFINED_AS_WE, _SUBJECT):
            for match in pattern.finditer(sentence.text):
                name = _clean(match.group("name"))
                if (
                    not _plausible(name)
                    or name.casefold() in service_names
                    or any(full.startswith(name) for full in legal)
                    or (pattern is not _OPERATED_BY and reading.text.count(name) < 2)
                ):
                    continue
                yield Found(ProposalKind.ORGANISATION_NAME, name, sentence)
