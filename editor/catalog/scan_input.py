"""Read what a browser recorded: HAR files (streamed) and cookie exports.

A HAR saved from a busy site can be hundreds of megabytes, almost all of it response bodies.
It is read as a stream: the top-level structure is walked by hand and each entry of
``log.entries`` is decoded on its own with ``json.JSONDecoder.raw_decode``, so memory holds one
entry at a time rather than the whole file.
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Literal

from editor.errors import PolicywrightError
from editor.model.cookies import StorageType

CHUNK = 1 << 20  # 1 MiB: large enough that decoding dominates, small enough to keep memory low
MAX_COOKIE_EXPORT = 64 << 20  # a cookie export is a few kilobytes; anything this big is not one

InputKind = Literal["har", "storage_state", "cookie_json", "cookies_txt"]


class ScanInputError(PolicywrightError):
    """The file given to the scanner cannot be read as a HAR file or a cookie export."""

    def __init__(self, path: Path | str, message: str, *, detail: str = "") -> None:
        self.path = Path(path)
        self.message = message
        self.detail = detail
        super().__init__(f"{self.path.name}: {message}")


@dataclass(frozen=True)
class Request:
    """One request from a HAR file: its URL and the cookies that went with it."""

    url: str
    cookies: tuple[tuple[str, str], ...]  # (name, domain or "" when the request's host)


@dataclass(frozen=True)
class StoredItem:
    """A cookie or storage key from a cookie export."""

    name: str
    domain: str  # without a leading dot; "" when the export does not say
    storage_type: StorageType


class _JsonStream:
    """Just enough of a streaming JSON reader to walk a HAR's top levels."""

    def __init__(self, handle: IO[bytes], path: Path) -> None:
        self._handle = handle
        self._path = path
        self._decoder = codecs.getincrementaldecoder("utf-8-sig")()
        self._json = json.JSONDecoder()
        self.buf = ""
        self.pos = 0
        self.eof = False

    def _fill(self, want: int = CHUNK) -> None:
        if self.pos > CHUNK and self.pos > len(self.buf) // 2:
            self.buf = self.buf[self.pos :]  # drop what was consumed
            self.pos = 0
        data = self._handle.read(max(want, CHUNK))
        try:
            self.buf += self._decoder.decode(data, final=not data)
        except UnicodeDecodeError as err:
            raise ScanInputError(
                self._path, "the file is not text (UTF-8)", detail=str(err)
            ) from err
        self.eof = not data

    def peek(self) -> str:
        while True:
            while self.pos < len(self.buf) and self.buf[self.pos] in " \t\r\n":
                self.pos += 1
            if self.pos < len(self.buf) or self.eof:
                return self.buf[self.pos] if self.pos < len(self.buf) else ""
            self._fill()

    def expect(self, chars: str) -> str:
        char = self.peek()
        if not char or char not in chars:
            found = repr(char) if char else "the end of the file"
            raise self.malformed(f"expected {' or '.join(map(repr, chars))}, found {found}")
        self.pos += 1
        return char

    def value(self) -> Any:
        """Decode the next JSON value, reading more of the file until it is complete."""
        self.peek()
        while True:
            try:
                value, end = self._json.raw_decode(self.buf, self.pos)
            except RecursionError as err:  # nested thousands deep: no browser writes that
                raise self.malformed("nested too deeply") from err
            except json.JSONDecodeError as err:
                if self.eof or not self._maybe_cut(err):
                    raise self.malformed(err.msg) from err
                # Read at least as much again as is pending, so a huge entry is decoded
                # a logarithmic number of times rather than once per chunk.
                self._fill(len(self.buf) - self.pos)
                continue
            if not self.eof and end > len(self.buf) - 64:
                self._fill()  # a number at the very end might continue in the next chunk
                continue
            self.pos = end
            return value

    def _maybe_cut(self, err: json.JSONDecodeError) -> bool:
        return err.msg.startswith("Unterminated string") or err.pos >= len(self.buf) - 16

    def malformed(self, what: str) -> ScanInputError:
        return ScanInputError(
            self._path,
            "the file is damaged or incomplete: it is not valid JSON. Save the HAR file from "
            "the browser again and make sure it was saved completely.",
            detail=f"{what} near character {self.pos}",
        )

    def members(self) -> Iterator[str]:
        """The keys of the object starting here; read or skip each value before the next."""
        self.expect("{")
        if self.peek() == "}":
            self.pos += 1
            return
        while True:
            key = self.value()
            if not isinstance(key, str):
                raise self.malformed("expected a key")
            self.expect(":")
            yield key
            if self.expect(",}") == "}":
                return

    def items(self) -> Iterator[Any]:
        """The values of the array starting here, one at a time."""
        self.expect("[")
        if self.peek() == "]":
            self.pos += 1
            return
        while True:
            yield self.value()
            if self.expect(",]") == "]":
                return


@dataclass
class JsonDocument:
    """What the streaming walk of a JSON object found."""

    kind: InputKind | None = None
    first_page: str = ""  # the first page's title (Chrome writes the URL there)
    cookies: list[Any] | None = None  # storage state
    origins: list[Any] | None = None  # storage state


def walk_json_object(stream: _JsonStream, doc: JsonDocument) -> Iterator[Request]:
    """Yield each HAR request while walking; fill ``doc`` with what else was found."""
    for key in stream.members():
        if key == "log":
            doc.kind = "har"
            for log_key in stream.members():
                if log_key == "entries":
                    for entry in stream.items():
                        request = _request_of(entry)
                        if request is not None:
                            yield request
                elif log_key == "pages":
                    pages = stream.value()
                    if isinstance(pages, list) and pages and isinstance(pages[0], dict):
                        doc.first_page = str(pages[0].get("title") or "")
                else:
                    stream.value()
        elif key in ("cookies", "origins"):
            value = stream.value()
            if isinstance(value, list):
                doc.kind = "storage_state"
                setattr(doc, key, value)
        else:
            stream.value()
    if stream.peek():
        raise stream.malformed("unexpected text after the end")


def _cookie_names(header: str, separator: str) -> list[str]:
    names = []
    for part in header.split(separator):
        name, eq, _ = part.strip().partition("=")
        if eq and name:
            names.append(name.strip())
    return names


def _request_of(entry: Any) -> Request | None:
    if not isinstance(entry, dict):
        return None
    request = entry.get("request")
    if not isinstance(request, dict) or not isinstance(request.get("url"), str):
        return None
    cookies: list[tuple[str, str]] = []
    for item in request.get("cookies") or []:
        if isinstance(item, dict) and isinstance(item.get("name"), str):
            cookies.append((item["name"], ""))
    for header in request.get("headers") or []:
        if isinstance(header, dict) and str(header.get("name", "")).lower() == "cookie":
            cookies.extend((n, "") for n in _cookie_names(str(header.get("value", "")), ";"))
    response = entry.get("response")
    if isinstance(response, dict):
        for item in response.get("cookies") or []:
            if isinstance(item, dict) and isinstance(item.get("name"), str):
                cookies.append((item["name"], str(item.get("domain") or "").lstrip(".")))
        for header in response.get("headers") or []:
            if isinstance(header, dict) and str(header.get("name", "")).lower() == "set-cookie":
                # One Set-Cookie per header; a few tools join several with newlines.
                for line in str(header.get("value", "")).splitlines():
                    name = _cookie_names(line.split(";", 1)[0], ";")
                    cookies.extend((n, _set_cookie_domain(line)) for n in name)
    return Request(request["url"], tuple(dict.fromkeys(cookies)))


def _set_cookie_domain(line: str) -> str:
    for attribute in line.split(";")[1:]:
        key, _, value = attribute.strip().partition("=")
        if key.lower() == "domain":
            return value.strip().lstrip(".").lower()
    return ""


def open_stream(handle: IO[bytes], path: Path) -> _JsonStream:
    return _JsonStream(handle, path)


def stored_items_from_json(data: Any, path: Path) -> list[StoredItem]:
    """Cookies from a JSON list as browser extensions export it (name, domain, ...)."""
    if not isinstance(data, list):
        raise ScanInputError(path, "this JSON file is not a list of cookies")
    items = []
    for cookie in data:
        if not isinstance(cookie, dict) or not isinstance(cookie.get("name"), str):
            raise ScanInputError(
                path, "this JSON file is not a cookie export: an item has no cookie name"
            )
        domain = str(cookie.get("domain") or cookie.get("host") or "").lstrip(".").lower()
        items.append(StoredItem(cookie["name"], domain, StorageType.COOKIE))
    return items


def stored_items_from_origins(origins: list[Any]) -> list[StoredItem]:
    """Local-storage keys from a browser-automation storage state (``origins``)."""
    from urllib.parse import urlsplit

    items = []
    for origin in origins:
        if not isinstance(origin, dict):
            continue
        try:
            host = (urlsplit(str(origin.get("origin", ""))).hostname or "").lower()
        except ValueError:  # not a URL
            host = ""
        for pair in origin.get("localStorage") or []:
            if isinstance(pair, dict) and isinstance(pair.get("name"), str):
                items.append(StoredItem(pair["name"], host, StorageType.LOCAL_STORAGE))
    return items


def stored_items_from_cookies_txt(text: str, path: Path) -> list[StoredItem]:
    """Cookies from a Netscape ``cookies.txt`` (tab-separated, ``#`` comments)."""
    items = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip("\r\n")
        if line.startswith("#HttpOnly_"):
            line = line[len("#HttpOnly_") :]
        elif not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) not in (6, 7) or not fields[5]:
            raise ScanInputError(
                path,
                f"line {number} is not a cookie line. A cookies.txt file has seven values per "
                "line separated by tabs (domain, subdomains, path, secure, expiry, name, value).",
            )
        items.append(StoredItem(fields[5], fields[0].lstrip(".").lower(), StorageType.COOKIE))
    if not items:
        raise ScanInputError(path, "the file contains no cookies")
    return items
