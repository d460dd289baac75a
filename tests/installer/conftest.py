"""Shared by the installer tests: the installer's modules, and one build per test session.

Building the bundle takes about a minute, so the slow tests share one build made by
``installer/build.py --fast`` (zstd instead of xz inside the .deb; otherwise the release
build) in a temporary folder, never in the checkout's dist/.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
INSTALLER = ROOT / "installer"
sys.path.insert(0, str(INSTALLER))


def load_build_script() -> ModuleType:
    """installer/build.py as a module (under its own name: "build" is a PyPI package too)."""
    spec = importlib.util.spec_from_file_location("policywright_build", INSTALLER / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@dataclass(frozen=True)
class Built:
    """What one run of installer/build.py made."""

    version: str
    bundle: Path
    executable: Path
    tarball: Path
    deb: Path | None
    seconds: float
    log: str


def templates_missing_reason() -> str | None:
    files = [p for p in (ROOT / "templates").rglob("*") if p.is_file()]
    if files:
        return None
    return (
        "templates/ holds no files on this branch: the policy wording (branch compose) "
        "has not landed, and a bundle without it cannot run"
    )


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    if not sys.platform.startswith("linux"):
        pytest.skip("the tarball and .deb are built and tested on Linux only")
    reason = templates_missing_reason()
    if reason:
        pytest.skip(reason)
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.fail("PyInstaller is not installed: install the [build] extra (part of [test])")
    out = tmp_path_factory.mktemp("installer-build")
    command = [
        sys.executable,
        str(INSTALLER / "build.py"),
        "--fast",
        "--dist",
        str(out / "dist"),
        "--work",
        str(out / "work"),
    ]
    if shutil.which("dpkg-deb") is None:
        command.append("--no-deb")
    started = time.monotonic()
    result = subprocess.run(command, capture_output=True, text=True, timeout=1200, check=False)
    seconds = time.monotonic() - started
    log = result.stdout + result.stderr
    if result.returncode != 0:
        pytest.fail(f"installer/build.py failed ({result.returncode}):\n{log[-6000:]}")
    version = load_build_script().read_version()
    dist = out / "dist"
    debs = sorted(dist.glob("policywright_*.deb"))
    bundle = dist / f"policywright-{version}"
    return Built(
        version=version,
        bundle=bundle,
        executable=bundle / "policywright",
        tarball=next(dist.glob(f"policywright-{version}-linux-*.tar.gz")),
        deb=debs[0] if debs else None,
        seconds=seconds,
        log=log,
    )
