"""Text that every output format can carry: no characters XML forbids."""

from __future__ import annotations

import re

_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def xml_text(text: str) -> str:
    """``text`` without the control characters, lone surrogates and non-characters XML refuses."""
    return _XML_INVALID.sub("", text)
