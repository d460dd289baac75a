"""Two editors, one file: the lock says who holds a project and never sticks after a crash."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from editor.storage import lock


def test_acquire_and_release(tmp_path: Path) -> None:
    project = tmp_path / "p.policy"
    project.write_text("{}")
    assert lock.other_owner(project) is None
    assert lock.acquire(project)
    assert lock.read_owner(project) is not None
    assert lock.other_owner(project) is None  # our own lock is not "another editor"
    lock.release(project)
    assert not lock.lock_path(project).exists()


def test_live_editor_in_another_process_is_reported(tmp_path: Path) -> None:
    project = tmp_path / "p.policy"
    project.write_text("{}")
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from pathlib import Path; from editor.storage import lock;"
            "lock.acquire(Path(sys.argv[1])); print('ok', flush=True); time.sleep(30)",
            str(project),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ok"
        owner = lock.other_owner(project)
        assert owner is not None and owner.pid == holder.pid
        assert "on this computer" in owner.describe()
        lock.release(project)  # not ours: must stay
        assert lock.lock_path(project).exists()
        assert lock.acquire(project)  # "take over"
        assert lock.other_owner(project) is None
    finally:
        holder.kill()
        holder.wait()


def test_lock_of_crashed_editor_does_not_stick(tmp_path: Path) -> None:
    project = tmp_path / "p.policy"
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    lock_file = lock.lock_path(project)
    lock_file.write_text(
        json.dumps(
            {
                "pid": int(dead.stdout),
                "host": os.uname().nodename,
                "user": "x",
                "since": "2026-01-01T10:00:00",
            }
        )
    )
    assert lock.other_owner(project) is None


def test_lock_from_another_machine_is_reported(tmp_path: Path) -> None:
    project = tmp_path / "p.policy"
    lock.lock_path(project).write_text(
        json.dumps(
            {"pid": 1, "host": "laptop-of-sam", "user": "sam", "since": "2026-01-01T10:00:00"}
        )
    )
    owner = lock.other_owner(project)
    assert (
        owner is not None and "on laptop-of-sam" in owner.describe() and "sam" in owner.describe()
    )


def test_damaged_lock_is_ignored(tmp_path: Path) -> None:
    project = tmp_path / "p.policy"
    lock.lock_path(project).write_text("garbage")
    assert lock.other_owner(project) is None
    assert lock.acquire(project)


class _FakeKernel32:
    """The three Win32 calls the Windows liveness probe makes, answering for given pids."""

    def __init__(self, exit_codes: dict[int, int], denied: set[int] = frozenset()) -> None:
        self.exit_codes, self.denied, self.closed = exit_codes, denied, 0
        self.last_error = 0

    def OpenProcess(self, access: int, inherit: bool, pid: int) -> int:
        if pid in self.denied:
            self.last_error = 5
            return 0
        if pid not in self.exit_codes:
            self.last_error = 87
            return 0
        return pid

    def GetLastError(self) -> int:
        return self.last_error

    def GetExitCodeProcess(self, handle: int, code: object) -> bool:
        code._obj.value = self.exit_codes[handle]  # type: ignore[attr-defined]
        return True

    def CloseHandle(self, handle: int) -> bool:
        self.closed += 1
        return True


def test_windows_probe_never_signals_the_other_editor(monkeypatch) -> None:
    # os.kill(pid, 0) on Windows sends CTRL_C_EVENT: the probe must not call it there.
    import ctypes
    import types

    def no_kill(*_args: object) -> None:
        raise AssertionError("os.kill must not be used as a probe on Windows")

    kernel = _FakeKernel32({100: 259, 101: 0}, denied={102})
    monkeypatch.setattr(lock.sys, "platform", "win32")
    monkeypatch.setattr(lock.os, "kill", no_kill)
    monkeypatch.setattr(ctypes, "windll", types.SimpleNamespace(kernel32=kernel), raising=False)
    assert lock._process_alive(100)  # still running
    assert not lock._process_alive(101)  # exited
    assert lock._process_alive(102)  # someone else's process: exists
    assert not lock._process_alive(103)  # no such process
    assert kernel.closed == 2
