"""Web addresses in the text and in links: the hosts a policy names or points to."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import urlsplit

from editor.importer.layout import Reading, Sentence
from editor.importer.recognise.found import Found
from editor.model.imported import ProposalKind

_URL = re.compile(
    r"\bhttps?://[^\s<>\"'()\[\]{}|\\^`]{1,2000}|\bwww\.[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,6}[^\s<>\"'()\[\]{}|\\^`]{0,2000}",
    re.I,
)
_HOST = re.compile(r"^(?:[a-z0-9-]{1,63}\.)+[a-z]{2,24}$")
# Words that say the address is the business's own site.
_OURS = re.compile(
    r"\b(?:our|this)\s+(?:web\s*site|site|online\s+shop|store|app)\b|\bvisit\s+us\b", re.I
)


@dataclass(frozen=True)
class WebAddress:
    url: str
    host: str
    path: str
    sentence: Sentence


def web_addresses(reading: Reading) -> list[WebAddress]:
    """Every http(s) address written in the text or behind a link, in order."""
    found: list[WebAddress] = []
    for sentence in reading.sentences:
        written = [m.group(0).rstrip(".,;:!?") for m in _URL.finditer(sentence.text)]
        linked = [link.target for link in sentence.links if link.target.startswith("http")]
        for url in dict.fromkeys([*written, *linked]):
            full = url if "://" in url else "https://" + url
            try:
                parts = urlsplit(full)
                host = (parts.hostname or "").casefold()
            except ValueError:
                continue
            if _HOST.match(host):
                found.append(WebAddress(full, host, parts.path or "/", sentence))
    return found


def _base(host: str) -> str:
    return host.removeprefix("www.")


def find_websites(
    reading: Reading, addresses: list[WebAddress], service_hosts: set[str], names: list[str]
) -> Iterator[Found]:
    """The business's own web addresses: said to be "our website", named after the business,
    or the one address the policy keeps coming back to. Services' hosts are left to them."""
    own = [a for a in addresses if a.host not in service_hosts]
    counts = Counter(_base(a.host) for a in own)
    frequent = {host for host, n in counts.most_common(1) if n >= 2}
    words = {w.casefold() for name in names for w in re.findall(r"[A-Za-z0-9]{3,}", name)}
    for address in own:
        base = _base(address.host)
        label = base.split(".")[0]
        if (
            base in frequent
            or _OURS.search(address.sentence.text)
            or any(w in label for w in words)
        ):
            yield Found(ProposalKind.WEBSITE, f"https://{address.host}", address.sentence)
