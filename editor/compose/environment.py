"""The Jinja2 environment that writes the policy's Markdown.

Every ``{{ value }}`` is escaped for Markdown by the environment itself: the templates run with
autoescaping on, and the escaping functions the compiled templates call are swapped for
Markdown ones (``markdown_text``), so a business name such as ``*Bob's* <b>Bikes</b>`` comes out
literally and no template can forget a filter. Undefined names are errors (StrictUndefined), so
a typo in a template fails the tests instead of printing nothing.

Filters that produce Markdown on purpose (``link``, ``email_link``) validate their input and
return ``MarkdownText``; Jinja's filters that would build HTML are removed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping, MutableMapping
from functools import cache
from pathlib import Path
from types import CodeType
from typing import Any
from urllib.parse import quote, urlsplit

import jinja2

from editor.compose import provenance
from editor.compose.markdown_text import MarkdownText, clean_text, escape_markdown, markup_join
from editor.compose.spelling import respell_template, respellings
from editor.model import EnglishSpelling, Voice

_EMAIL = re.compile(r"^[^@\s<>()\[\]\\,;:\"]+@[^@\s<>()\[\]\\,;:\"]+\.[^@\s<>()\[\]\\,;:\".]+$")
_ENDINGS = (".", "!", "?", "…", ".)", '."', ".”")
_HTML_FILTERS = (
    "center",
    "e",
    "escape",
    "forceescape",
    "format",
    "indent",
    "tojson",
    "urlize",
    "wordwrap",
    "xmlattr",
)


class MarkdownTemplate(jinja2.Template):
    """A template whose compiled code escapes for Markdown instead of HTML."""

    @classmethod
    def from_code(
        cls,
        environment: jinja2.Environment,
        code: CodeType,
        globals: MutableMapping[str, Any],
        uptodate: Callable[[], bool] | None = None,
    ) -> jinja2.Template:
        namespace: dict[str, Any] = {"environment": environment, "__file__": code.co_filename}
        exec(code, namespace)
        # The compiled module imported these names from jinja2.runtime; its functions look
        # them up in this namespace at call time, so rebinding them here is enough.
        namespace.update(escape=escape_markdown, Markup=MarkdownText, markup_join=markup_join)
        template = cls._from_namespace(environment, namespace, globals)
        template._uptodate = uptodate
        return template


_TAG = r"\{%(?:(?!%\}|\{\{|\{%).)*%\}|\{#(?:(?!#\}).)*#\}"
_TAG_ONLY_LINE = re.compile(rf"^[ \t]*(?:(?:{_TAG})[ \t]*)+\n", re.MULTILINE)


class TagLineLoader(jinja2.FileSystemLoader):
    """Loads templates so that a line holding only ``{% ... %}`` tags leaves no line behind.

    Jinja's ``trim_blocks`` also eats the newline after a tag that ends a line of text, which
    glues that line to the next; this trims only lines that are nothing but tags, so wording
    reads naturally in the template and blank lines between Markdown blocks survive.
    """

    def __init__(self, folder: str, respellings: Mapping[str, str]) -> None:
        super().__init__(folder)
        self.respellings = respellings  # the reader's spelling of the templates' words

    def get_source(
        self, environment: jinja2.Environment, template: str
    ) -> tuple[str, str, Callable[[], bool]]:
        source, filename, uptodate = super().get_source(environment, template)
        source = respell_template(source, self.respellings)
        return _TAG_ONLY_LINE.sub(lambda m: m.group(0)[:-1], source), filename, uptodate


def safe_url(url: str) -> str | None:
    """The URL ready for a Markdown link when it is a well-formed http(s) address, else None."""
    url = url.strip()
    if not url or any(c.isspace() or ord(c) < 32 or ord(c) == 127 for c in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return quote(url, safe="/:?#[]@!$&'()*+,;=%~.-_")


def is_email(value: str) -> bool:
    return bool(_EMAIL.match(value.strip()))


def display_url(url: str) -> str:
    """A URL as people read it: without the scheme and a trailing slash."""
    shown = re.sub(r"^https?://", "", url.strip(), flags=re.IGNORECASE)
    return shown[:-1] if shown.endswith("/") and shown.count("/") == 1 else shown


def link(text: object, url: str) -> MarkdownText:
    """``text`` linked to ``url`` when that is a safe web address; otherwise just the text."""
    label = escape_markdown(text)
    target = safe_url(str(url))
    if target is None or not label:
        return label
    return MarkdownText(f"[{label}](<{target}>)")


def web_link(url: str) -> MarkdownText:
    """A web address shown as people read it, linked when it is safe."""
    return link(display_url(str(url)), str(url))


def email_link(email: str, text: object = None) -> MarkdownText:
    """A mailto link for a plausible email address; otherwise the text as it was given."""
    address = clean_text(email)
    label = escape_markdown(address if text is None else text)
    if not is_email(address):
        return label
    return MarkdownText(f"[{label}](<mailto:{quote(address, safe='@.+-_')}>)")


# A web or email address inside a sentence; trailing punctuation belongs to the sentence.
_ADDRESS = re.compile(r"https?://[^\s<>]+|[^@\s<>()\[\]\\,;:\"]+@[^@\s<>()\[\]\\,;:\"]+")
_TRAILING = ".,;:!?)’”'\""


def _addresses(text: str) -> Iterator[tuple[int, int, str]]:
    """Where web and email addresses stand in ``text``: (start, end, address)."""
    for match in _ADDRESS.finditer(text):
        address = match.group(0).rstrip(_TRAILING)
        yield match.start(), match.start() + len(address), address


def _is_mail(address: str) -> bool:
    return "@" in address and not address.lower().startswith("http")


def linked_addresses(value: object) -> list[str]:
    """The link targets ``autolink`` makes from ``value`` (for tests that police links)."""
    targets = []
    for _, _, address in _addresses(clean_text(str(value))):
        if _is_mail(address):
            if is_email(address):
                targets.append(f"mailto:{quote(address, safe='@.+-_')}")
        elif (target := safe_url(address)) is not None:
            targets.append(target)
    return targets


def autolink(value: object) -> MarkdownText:
    """Text with its web and email addresses made links, shown as written; the rest escaped.

    For sentences that carry an address (the notice's "You can read the full policy on our
    website, https://...", or an owner's "see https://..."): only addresses that ``link`` and
    ``email_link`` accept become links, so only http(s) and mailto.
    """
    text = clean_text(str(value))
    parts: list[MarkdownText] = []
    position = 0
    for start, end, address in _addresses(text):
        parts.append(escape_markdown(text[position:start]))
        parts.append(email_link(address) if _is_mail(address) else link(address, address))
        position = end
    parts.append(escape_markdown(text[position:]))
    return MarkdownText("").join(parts)


def capfirst(value: object) -> str:
    """Upper-case the first letter; Markdown (a macro's output) stays Markdown."""
    if hasattr(value, "__html__"):
        text = escape_markdown(value)
        return text[:1].upper() + text[1:]
    plain = str(value)
    return plain[:1].upper() + plain[1:]


def sentence(value: str) -> MarkdownText:
    """User text as a sentence: capital first letter, a full stop unless it has one, and its
    web and email addresses made links (``autolink``)."""
    text = clean_text(str(value))
    if not text:
        return MarkdownText("")
    text = capfirst(text)
    return autolink(text if text[-1] in ".!?…)\"'”’" else text + ".")


def full_stop(value: object) -> str:
    """End with a full stop unless the text already ends a sentence (Markdown stays Markdown)."""
    if hasattr(value, "__html__"):
        text = escape_markdown(value)
        stripped = text.rstrip()
        if not stripped or stripped.endswith(_ENDINGS):
            return stripped
        return stripped + MarkdownText(".")
    plain = clean_text(str(value))
    return plain if not plain or plain.endswith(_ENDINGS) else plain + "."


def lower_first(value: str, keep: Iterable[str] = ()) -> str:
    """Lower-case the first letter of a phrase so it reads inside a sentence.

    Names are left alone: a first word with other capitals ("PostHog", "EU"), or one in
    ``keep`` (the lower-cased first words of the business's own and its providers' names).
    """
    text = clean_text(str(value))
    first = text.split(" ", 1)[0]
    if not first or first[1:] != first[1:].lower() or not first[0].isupper():
        return text
    if first.lower().strip(".,:;") in keep or first == "I":
        return text
    return first[0].lower() + text[1:]


def continue_text(value: str) -> str:
    """Extra detail after a phrase: " after X" when it starts in lower case, ". Y." otherwise."""
    text = clean_text(str(value))
    if not text:
        return ""
    if text[0].islower() or text[0] in "(,;":
        return " " + text
    return ". " + sentence(text)


def join_markdown(items: Iterable[Any], separator: str = "") -> MarkdownText:
    return MarkdownText(separator).join(items)


def _bytecode_cache() -> jinja2.BytecodeCache | None:
    """Compiled templates kept in the user's cache folder, so a command starts faster.

    Jinja checks each template's source against the cache, so edited wording is recompiled;
    a folder that cannot be written simply means no cache.
    """
    from platformdirs import user_cache_dir

    folder = Path(user_cache_dir("Policywright", appauthor=False)) / "templates"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return jinja2.FileSystemBytecodeCache(str(folder))


class PolicyEnvironment(jinja2.Environment):
    """Jinja's environment, telling the provenance recorder (when one listens) every attribute
    a template reads: ``{{ r.name }}`` compiles to ``environment.getattr(r, "name")``, and
    ``selectattr``, ``map`` and ``sort`` read attributes through ``getitem``."""

    def getattr(self, obj: Any, attribute: str) -> Any:
        value = super().getattr(obj, attribute)
        if (recorder := provenance.current()) is not None:
            recorder.read(obj, attribute, value)
        return value

    def getitem(self, obj: Any, argument: Any) -> Any:
        value = super().getitem(obj, argument)
        if isinstance(argument, str) and (recorder := provenance.current()) is not None:
            recorder.read(obj, argument, value)
        return value


def make_environment(
    folder: Path, spelling: EnglishSpelling = EnglishSpelling.UK, voice: Voice = Voice.WE
) -> jinja2.Environment:
    env = PolicyEnvironment(
        bytecode_cache=_bytecode_cache(),
        loader=TagLineLoader(str(folder), respellings(folder, spelling, voice)),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=False,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,
        extensions=["jinja2.ext.do"],
    )
    env.template_class = MarkdownTemplate
    for name in _HTML_FILTERS:
        env.filters.pop(name, None)
    env.filters.update(
        safe=MarkdownText,
        join=join_markdown,
        link=link,
        web_link=web_link,
        email_link=email_link,
        capfirst=capfirst,
        full_stop=full_stop,
        sentence=sentence,
        lower_first=lower_first,
        continue_text=continue_text,
        display_url=display_url,
        autolink=autolink,
    )
    env.globals.update(law=provenance.law, explains=provenance.explains, about=provenance.about)
    env.tests.update(email=is_email, web_url=lambda u: safe_url(str(u)) is not None)
    return env


@cache
def environment_for(
    folder: Path, spelling: EnglishSpelling = EnglishSpelling.UK, voice: Voice = Voice.WE
) -> jinja2.Environment:
    """One environment per language folder, spelling and voice, so templates are compiled once
    per process."""
    return make_environment(folder, spelling, voice)
