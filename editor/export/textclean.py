"""Text that every output format can carry: no characters XML or HTML forbids."""

from __future__ import annotations

import re

# XML refuses C0 controls (bar tab, newline, return), lone surrogates, U+FFFE and U+FFFF; HTML
# also refuses DEL, the C1 controls and every noncharacter (U+FDD0-U+FDEF and the last two code
# points of each plane), so a page holding one is not valid HTML.
_UNCARRIABLE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef"
    + "".join(
        f"{chr(plane * 0x10000 + 0xFFFE)}{chr(plane * 0x10000 + 0xFFFF)}" for plane in range(17)
    )
    + "]"
)


def xml_text(text: str) -> str:
    """``text`` without the controls, lone surrogates and noncharacters XML or HTML refuses."""
    return _UNCARRIABLE.sub("", text)
