"""One build per test session, shared by the slow installer tests.

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

import pytest

from tests.installer.helpers import INSTALLER, Built, load_build_script


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    if not sys.platform.startswith("linux"):
        pytest.skip("the tarball and .deb are built and tested on Linux only")
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
