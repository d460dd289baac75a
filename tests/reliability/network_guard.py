"""Proof that Policywright never reaches the network: in Python, and below it.

``network_forbidden()`` (and the ``no_network`` fixture) make socket creation, connections and
name lookups raise inside this process and record every attempt, so an attempt that some code
swallows is still caught. ``run_traced(argv)`` runs any command under ``strace`` and returns the
socket address families it created or connected to, which also sees what C++ libraries (Qt)
do; the editor's GUI flow can be run through it the same way as the CLI.
"""

from __future__ import annotations

import re
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

INTERNET_FAMILIES = frozenset({"AF_INET", "AF_INET6"})
_LOOKUPS = ("getaddrinfo", "gethostbyname", "gethostbyname_ex", "gethostbyaddr", "getnameinfo")


class NetworkUsedError(AssertionError):
    """Raised where the program tried to open a socket or look up a name."""


@contextmanager
def network_forbidden() -> Iterator[list[str]]:
    """Within the block, any socket or DNS use raises; yields the list of attempts."""
    attempts: list[str] = []

    def refuse(what: str, args: tuple[Any, ...]) -> NetworkUsedError:
        attempts.append(f"{what}{args!r}"[:200])
        return NetworkUsedError(f"Policywright tried to use the network: {what}{args!r}"[:300])

    real_socket = socket.socket

    class RefusedSocket(real_socket):  # type: ignore[misc, valid-type]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            raise refuse("socket.socket", args)

    def refused(name: str) -> Any:
        def call(*args: Any, **kwargs: Any) -> Any:
            raise refuse(f"socket.{name}", args)

        return call

    saved = {name: getattr(socket, name) for name in ("socket", "create_connection", *_LOOKUPS)}
    socket.socket = RefusedSocket  # type: ignore[misc]
    for name in ("create_connection", *_LOOKUPS):
        setattr(socket, name, refused(name))
    try:
        yield attempts
    finally:
        for name, value in saved.items():
            setattr(socket, name, value)


@pytest.fixture
def no_network() -> Iterator[list[str]]:
    """Use in any test (or ``pytestmark = pytest.mark.usefixtures("no_network")``)."""
    with network_forbidden() as attempts:
        yield attempts
    assert not attempts, f"network used: {attempts}"


@dataclass(frozen=True)
class Traced:
    """A command's result and every socket it made, as strace saw them."""

    returncode: int
    stdout: str
    stderr: str
    families: frozenset[str]  # e.g. {"AF_UNIX"}; AF_INET or AF_INET6 would mean the network
    calls: tuple[str, ...]  # the socket() and connect() lines, for a failure message

    @property
    def internet(self) -> list[str]:
        return [c for c in self.calls if any(f in c for f in INTERNET_FAMILIES)]


def run_traced(
    argv: Sequence[str], *, cwd: Path | None = None, env: dict[str, str] | None = None
) -> Traced:
    """Run ``argv`` (and every process it starts) under strace, recording sockets."""
    strace = shutil.which("strace")
    if strace is None:
        pytest.fail("strace is not installed; scripts/setup.sh test installs it (apt: strace)")
    with tempfile.TemporaryDirectory(prefix="policywright-strace-") as folder:
        log = Path(folder) / "trace"
        result = subprocess.run(
            [strace, "-f", "-qq", "-e", "trace=socket,connect", "-o", str(log), *argv],
            cwd=cwd,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        if not log.exists():
            pytest.fail(f"strace did not run: {result.stderr[-500:]}")
        lines = log.read_text("utf-8", errors="replace").splitlines()
    calls = tuple(line for line in lines if re.search(r"\b(socket|connect)\(", line))
    families = {m for line in calls for m in re.findall(r"\b(AF_[A-Z0-9]+)", line)}
    return Traced(result.returncode, result.stdout, result.stderr, frozenset(families), calls)
