"""The reader's English: the policy's own words in US or UK spelling, as "we" or "I".

The English templates are written once, in UK spelling; ``templates/en/spelling.toml`` lists,
for each other spelling, the words that differ ("organisation" = "organization"). Only the
templates' words are respelled, never what the owner typed: when a template is loaded, its text
outside ``{{ }}``/``{% %}``, and the string literals in its code that are wording (they hold a
space; names and keys do not), and the values of ``terms.toml``. A person publishing on their
own may speak as "I": ``voice.toml`` lists the phrases that change.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any

from editor.model import EnglishSpelling, Project, Voice

# Where US spelling is the one readers learnt: the US and its territories, and the Philippines.
AMERICAN_COUNTRIES = frozenset({"US", "PR", "GU", "VI", "AS", "MP", "UM", "PH"})

_CODE = re.compile(r"(\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\})", re.DOTALL)
_WORDING_LITERAL = re.compile(r"\"[^\"\n]* [^\"\n]*\"|'[^'\n]* [^'\n]*'")


def spelling_of(project: Project) -> EnglishSpelling:
    """The spelling chosen in Policy details, else the one of the organisation's country."""
    chosen = project.policy.spelling
    if chosen is not None:
        return chosen
    country = project.organisation.country.strip().upper()
    return EnglishSpelling.US if country in AMERICAN_COUNTRIES else EnglishSpelling.UK


@cache
def respellings(
    folder: Path, spelling: EnglishSpelling, voice: Voice = Voice.WE
) -> Mapping[str, str]:
    """The templates' words that read differently in ``spelling`` and ``voice``, each as
    written in the templates (case matters: "us" is a pronoun, "US" a country); {} if none."""
    words: dict[str, str] = {}
    for british, other in _table(folder, "spelling.toml", spelling.value).items():
        words[british] = other
        words[british.capitalize()] = other.capitalize()
    if voice is Voice.I:
        words.update(_table(folder, "voice.toml", "i"))
    return words


def _table(folder: Path, name: str, key: str) -> dict[str, str]:
    path = folder / name
    if not path.is_file():
        return {}
    with path.open("rb") as handle:
        return {str(k): str(v) for k, v in tomllib.load(handle).get(key, {}).items()}


@cache
def _pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    # Longest first, so that "we are" is replaced whole before "we" alone.
    ordered = sorted(words, key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(map(re.escape, ordered)) + r")\b")


def respell(text: str, words: Mapping[str, str]) -> str:
    """``text`` with each listed word or phrase replaced."""
    if not words:
        return text
    return _pattern(tuple(words)).sub(lambda found: words[found.group(0)], text)


def respell_template(source: str, words: Mapping[str, str]) -> str:
    """A template's source with its wording respelled and its code left as it is."""
    if not words:
        return source
    parts = _CODE.split(source)
    for i, part in enumerate(parts):
        if i % 2 == 0:
            parts[i] = respell(part, words)
        elif not part.startswith("{#"):
            parts[i] = _WORDING_LITERAL.sub(lambda m: respell(m.group(0), words), part)
    return "".join(parts)


def respell_terms(value: Any, words: Mapping[str, str]) -> Any:
    """``terms.toml``'s values respelled (its keys are the model's values, left as they are)."""
    if not words:
        return value
    if isinstance(value, str):
        return respell(value, words)
    if isinstance(value, list):
        return [respell_terms(v, words) for v in value]
    if isinstance(value, dict):
        return {k: respell_terms(v, words) for k, v in value.items()}
    return value
