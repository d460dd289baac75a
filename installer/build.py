"""Build Policywright's installable packages for the platform this runs on.

    python installer/build.py            # with the project's venv python, from anywhere

Linux: a one-folder bundle in dist/policywright-<version>/, the same as
dist/policywright-<version>-linux-<machine>.tar.gz, and dist/policywright_<version>_<arch>.deb.
Windows: the bundle, then the Inno Setup installer if ISCC.exe is on the PATH.
macOS: the bundle and Policywright.app, then a .dmg with installer/macos/make-dmg.sh.
The version comes from editor/__init__.py, the one place it is written.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import icons  # noqa: E402

T = TypeVar("T")


def read_version() -> str:
    text = (ROOT / "editor" / "__init__.py").read_text("utf-8")
    match = re.search(r'^__version__ = "([^"]+)"', text, re.M)
    if match is None:
        raise SystemExit("editor/__init__.py has no __version__")
    return match.group(1)


def size_mib(path: Path) -> float:
    if path.is_file():
        return path.stat().st_size / 2**20
    return sum(p.lstat().st_size for p in path.rglob("*") if not p.is_dir()) / 2**20


def _step(name: str, action: Callable[[], T]) -> T:
    print(f"==> {name}", flush=True)
    start = time.monotonic()
    result = action()
    print(f"    {time.monotonic() - start:.1f} s", flush=True)
    return result


def run_pyinstaller(dist: Path, work: Path, icon_dir: Path, lean: bool) -> None:
    env = dict(os.environ)
    env["POLICYWRIGHT_ICON_DIR"] = str(icon_dir)
    env["POLICYWRIGHT_LEAN"] = "1" if lean else "0"
    env.setdefault("QT_QPA_PLATFORM", "offscreen")  # PyInstaller's Qt hooks start Qt
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(work / "pyinstaller"),
        str(HERE / "policywright.spec"),
    ]
    subprocess.run(command, check=True, env=env, cwd=ROOT)


def build_windows_installer(bundle: Path, dist: Path, icon: Path, version: str) -> Path | None:
    iscc = shutil.which("iscc") or shutil.which("ISCC")
    if iscc is None:
        print("    Inno Setup (ISCC.exe) is not on the PATH: no installer made")
        return None
    subprocess.run(
        [
            iscc,
            f"/DAppVersion={version}",
            f"/DBundleDir={bundle}",
            f"/DOutputDir={dist}",
            f"/DIconFile={icon}",
            str(HERE / "windows" / "policywright.iss"),
        ],
        check=True,
    )
    return dist / f"Policywright-{version}-setup.exe"


def build_dmg(dist: Path, version: str) -> Path:
    out = dist / f"Policywright-{version}.dmg"
    subprocess.run(
        ["sh", str(HERE / "macos" / "make-dmg.sh"), str(dist / "Policywright.app"), str(out)],
        check=True,
    )
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where packages go")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="scratch folder")
    parser.add_argument("--no-deb", action="store_true", help="Linux: skip the .deb")
    parser.add_argument(
        "--fast",
        action="store_true",
        help="Linux: quicker, larger compression (zstd .deb, gzip -1 tarball), as the tests use",
    )
    parser.add_argument(
        "--full",
        action="store_true",
        help="leave nothing out (no exclusions): only to measure what the exclusions save",
    )
    args = parser.parse_args(argv)
    dist, work = args.dist.resolve(), args.work.resolve()
    dist.mkdir(parents=True, exist_ok=True)
    work.mkdir(parents=True, exist_ok=True)
    version = read_version()
    started = time.monotonic()
    made: list[Path] = []

    icon_dir = work / "icons"
    _step("Icons from resources/icons/*.svg", lambda: icons.write_icons(icon_dir))
    _step(
        "One-folder bundle (PyInstaller)",
        lambda: run_pyinstaller(dist, work, icon_dir, lean=not args.full),
    )
    bundle = dist / f"policywright-{version}"
    made.append(bundle)

    if sys.platform.startswith("linux"):
        import linux_package

        top = f"policywright-{version}"
        tarball = dist / f"{top}-linux-{platform.machine()}.tar.gz"
        made.append(
            _step("tar.gz", lambda: linux_package.make_tarball(bundle, tarball, top, args.fast))
        )
        if not args.no_deb:
            made.append(
                _step(
                    ".deb (dpkg-deb)",
                    lambda: linux_package.make_deb(
                        bundle, icon_dir, work / "deb", dist, version, args.fast
                    ),
                )
            )
    elif sys.platform == "win32":
        setup = _step(
            "Installer (Inno Setup)",
            lambda: build_windows_installer(bundle, dist, icon_dir / "policywright.ico", version),
        )
        if setup is not None:
            made.append(setup)
    elif sys.platform == "darwin":
        made.append(dist / "Policywright.app")
        made.append(_step(".dmg (hdiutil)", lambda: build_dmg(dist, version)))

    print(f"\nPolicywright {version} built in {time.monotonic() - started:.0f} s:")
    for path in made:
        print(f"  {path}  ({size_mib(path):.1f} MiB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
