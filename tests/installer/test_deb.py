"""The .deb: what it declares, what it holds, and a real install, run and removal (as root)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import icons
import linux_package
import pytest

from editor import __version__
from tests.installer.helpers import Built

pytestmark = pytest.mark.slow

# Only the system's own folders: the launcher tested must be the one the .deb installed.
SYSTEM_PATH = "/usr/sbin:/usr/bin:/sbin:/bin"
MIME_ICON = "application-x-policywright-project"
# What a file manager reads to open a double-clicked project with the editor.
MIMEINFO_CACHE = Path("/usr/share/applications/mimeinfo.cache")
ASSOCIATION = "application/x-policywright-project=policywright.desktop;"


def _deb(built: Built) -> Path:
    if built.deb is None:
        pytest.skip("dpkg-deb is not installed, so no .deb was built")
    return built.deb


def _field(deb: Path, name: str) -> str:
    return subprocess.run(
        ["dpkg-deb", "--field", str(deb), name], capture_output=True, text=True, check=True
    ).stdout.strip()


def expected_files() -> list[str]:
    share = "/usr/share"
    files = [
        "/opt/policywright/policywright",
        "/usr/bin/policywright",
        f"{share}/applications/policywright.desktop",
        f"{share}/mime/packages/policywright.xml",
        f"{share}/metainfo/{linux_package.APP_ID}.metainfo.xml",
        f"{share}/icons/hicolor/scalable/apps/policywright.svg",
        f"{share}/icons/hicolor/scalable/mimetypes/{MIME_ICON}.svg",
        f"{share}/doc/policywright/copyright",
    ]
    for size in icons.PNG_SIZES:
        files.append(f"{share}/icons/hicolor/{size}x{size}/apps/policywright.png")
        files.append(f"{share}/icons/hicolor/{size}x{size}/mimetypes/{MIME_ICON}.png")
    return files


def test_deb_control_carries_the_package_version(built: Built) -> None:
    deb = _deb(built)
    assert _field(deb, "Package") == "policywright"
    assert _field(deb, "Version") == linux_package.deb_version(__version__)
    arch = _field(deb, "Architecture")
    assert arch == linux_package.deb_architecture()
    assert deb.name == f"policywright_{linux_package.deb_version(__version__)}_{arch}.deb"
    depends = _field(deb, "Depends")
    assert "libc6 (>= " in depends and "libgl1" in depends and "fontconfig-config" in depends
    assert "libcups2" in _field(deb, "Recommends")
    assert int(_field(deb, "Installed-Size")) > 50_000  # KiB


def test_deb_holds_the_app_launcher_and_desktop_integration(built: Built) -> None:
    listing = subprocess.run(
        ["dpkg-deb", "--contents", str(_deb(built))], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    paths = {line.split()[5].lstrip(".").split(" -> ")[0]: line for line in listing}
    for path in expected_files():
        assert path in paths, f"{path} is not in the .deb"
    launcher = paths["/usr/bin/policywright"]
    assert launcher.startswith("l") and launcher.endswith("-> /opt/policywright/policywright")
    assert all(" root/root " in line for line in listing)
    assert not [p for p in paths if p.startswith("/opt/policywright/") and "__pycache__" in p]


def _installed(package: str) -> bool:
    result = subprocess.run(
        ["dpkg-query", "--showformat=${Status}", "--show", package],
        capture_output=True,
        text=True,
        check=False,
    )
    return result.returncode == 0 and result.stdout.endswith(" installed")


def test_deb_installs_runs_from_the_path_and_removes_cleanly(built: Built, tmp_path: Path) -> None:
    deb = _deb(built)
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("installing a .deb needs root (CI runs as root)")
    if _installed("policywright"):
        pytest.skip("a policywright package is already installed here; leaving it alone")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    install = subprocess.run(["dpkg", "-i", str(deb)], capture_output=True, text=True, env=env)
    try:
        assert install.returncode == 0, install.stdout + install.stderr
        for path in expected_files():
            assert Path(path).exists(), f"{path} was not installed"
        run = subprocess.run(
            ["policywright", "--version"],
            capture_output=True,
            text=True,
            env={**os.environ, "PATH": SYSTEM_PATH, "QT_QPA_PLATFORM": "offscreen"},
            cwd=tmp_path,
            timeout=60,
        )
        assert run.returncode == 0, run.stderr
        assert run.stdout.strip() == f"policywright {__version__}"
        new = subprocess.run(
            ["policywright", "new", "--template", "cafe", "cafe.policy"],
            env={**os.environ, "PATH": SYSTEM_PATH},
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert new.returncode == 0 and (tmp_path / "cafe.policy").is_file(), new.stderr
        if Path("/usr/bin/update-mime-database").exists():  # postinst compiled our type
            assert Path("/usr/share/mime/application/x-policywright-project.xml").is_file()
        if Path("/usr/bin/update-desktop-database").exists():  # and made us its handler
            assert ASSOCIATION in MIMEINFO_CACHE.read_text()
    finally:
        remove = subprocess.run(
            ["dpkg", "-r", "policywright"], capture_output=True, text=True, env=env
        )
    try:
        assert remove.returncode == 0, remove.stdout + remove.stderr
        assert not _installed("policywright")
        assert not Path("/opt/policywright").exists(), "files were left in /opt/policywright"
        for path in expected_files():
            assert not Path(path).exists() and not Path(path).is_symlink(), f"{path} was left"
        assert not Path("/usr/share/mime/application/x-policywright-project.xml").exists()
        if MIMEINFO_CACHE.exists():
            assert ASSOCIATION not in MIMEINFO_CACHE.read_text()
    finally:
        # dpkg -r keeps the package's record until a purge; leave the machine as we found it.
        subprocess.run(["dpkg", "--purge", "policywright"], capture_output=True, env=env)
