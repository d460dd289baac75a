"""The offline promise: the whole headless flow never opens a network connection.

In this process, socket creation and name lookups raise (and are recorded even if swallowed);
as separate commands, strace watches every socket the processes and their libraries create.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

from editor.cli import main
from tests.reliability.network_guard import (
    INTERNET_FAMILIES,
    NetworkUsedError,
    network_forbidden,
    run_traced,
)
from tests.reliability.offline_flow import ROOT, edit_project, flow, outcome_problems


def test_the_guard_refuses_sockets_and_lookups_and_records_attempts() -> None:
    with network_forbidden() as attempts:
        with pytest.raises(NetworkUsedError):
            socket.create_connection(("example.com", 443), timeout=1)
        with pytest.raises(NetworkUsedError):
            socket.getaddrinfo("example.com", 443)
        with pytest.raises(NetworkUsedError):
            socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        with pytest.raises(NetworkUsedError):  # what a library's update check would do
            urllib.request.urlopen("https://example.com/", timeout=1)
    assert len(attempts) == 4
    socket.socket(socket.AF_UNIX).close()  # restored afterwards


def test_headless_flow_in_process_never_touches_the_network(
    tmp_path: Path, no_network: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    project, steps = flow(tmp_path)
    for step in steps:
        if step.edit:
            edit_project(project, step.edit)
            continue
        code = main(list(step.args))
        assert code in step.exit_codes, f"{step.name}: exit {code}: {capsys.readouterr().err}"
        assert not no_network, f"{step.name} used the network: {no_network}"
    assert outcome_problems(project) == []


def test_strace_sees_an_internet_socket_when_there_is_one() -> None:
    # The control: without it, a broken strace would make the next test pass vacuously.
    traced = run_traced(
        [sys.executable, "-c", "import socket; socket.socket(socket.AF_INET6).close()"]
    )
    assert "AF_INET6" in traced.families, traced.calls


@pytest.mark.slow
def test_headless_flow_as_commands_creates_no_internet_socket(tmp_path: Path) -> None:
    project, steps = flow(tmp_path)
    seen: dict[str, frozenset[str]] = {}
    for step in steps:
        traced = run_traced(step.command(project), cwd=ROOT)
        assert traced.returncode in step.exit_codes, f"{step.name}: {traced.stderr[-2000:]}"
        assert not traced.internet, f"{step.name} opened internet sockets: {traced.internet}"
        seen[step.name] = traced.families
    assert outcome_problems(project) == []
    assert not set().union(*seen.values()) & INTERNET_FAMILIES
    print("socket families per step:", {k: sorted(v) for k, v in seen.items()})


def test_traced_commands_really_ran(tmp_path: Path) -> None:
    traced = run_traced([sys.executable, "-m", "editor", "--version"], cwd=ROOT)
    assert traced.returncode == 0 and "policywright" in traced.stdout
    assert subprocess.run(["strace", "-V"], capture_output=True, check=False).returncode == 0
