"""The law's own name for what the plain words say, as the project asks for it.

Rights, legal reasons, roles and safeguards are worded plainly ("Correct it"); a lawyer or a
regulator looks for the law's term ("the right to rectification") and its article. The words
are in ``terms.toml`` (``[legal.<group>]``: term and article per key); this module decides
which of them follow the plain words.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from editor.model import LegalTerms

# Articles written "Art. N" are numbered as in the GDPR, which the UK GDPR keeps; any other
# citation ("Cal. Civ. Code §1798.106") names its own law.
_GDPR_NUMBERING = "Art. "
_RIGHT_TO = re.compile(r"^the right (?:to|of) ")


def aside_writer(terms: dict[str, Any], gdpr: bool, uk: bool) -> Callable[..., str]:
    """``legal(plain, group, key, style)``: what to put in brackets after ``plain``, or ""."""
    table: dict[str, dict[str, list[str]]] = terms.get("legal", {})
    law_name = "GDPR" if gdpr else "UK GDPR" if uk else ""

    def legal(plain: str, group: str, key: object, style: object) -> str:
        style = LegalTerms(str(style)) if style else LegalTerms.TERM
        entry = table.get(group, {}).get(str(key))
        if style is LegalTerms.PLAIN or not entry:
            return ""
        term, article = entry
        gdpr_numbered = article.startswith(_GDPR_NUMBERING)
        if gdpr_numbered and not law_name:
            return ""  # the GDPR's term for a policy under other laws
        # "Your consent (consent)", "Object (the right to object)" say nothing new: the term
        # only when the plain words lack it.
        said = _RIGHT_TO.sub("", term).lower() in str(plain).lower()
        parts = [] if said else [term]
        if style is LegalTerms.ARTICLE and article:
            parts.append(f"{law_name} {article}" if gdpr_numbered else article)
        return ", ".join(parts)

    return legal
