"""Linux packages of the bundle: a .tar.gz to unpack anywhere, and a .deb for /opt.

The .deb puts the bundle in /opt/policywright, a ``policywright`` command on the PATH, and
the desktop integration where freedesktop.org's specifications look for it: the menu entry,
hicolor icons, AppStream metainfo and the MIME type of project files.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tarfile
import time
from pathlib import Path

import linux_deps
from icons import PNG_SIZES

HERE = Path(__file__).resolve().parent
LINUX = HERE / "linux"
APP_ID = "org.policywright.Policywright"  # reverse-DNS id for AppStream; change with care
DEVELOPER_ID = "org.policywright"
MAINTAINER_EMAIL = "maintainers@policywright.invalid"
MIME_TYPE = "application/x-policywright-project"
INSTALL_DIR = "opt/policywright"
# Always needed though no bundled library links them: fontconfig's configuration (which also
# brings a font), read by the bundled libfontconfig, without which Qt draws no text.
EXTRA_DEPENDS = ("fontconfig-config",)


def deb_version(version: str) -> str:
    """A Python version as Debian orders it: ``1.0rc1`` becomes ``1.0~rc1``, before ``1.0``."""
    return re.sub(r"\.?(a|b|rc|dev)(\d*)", r"~\1\2", version)


def deb_architecture() -> str:
    return subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()


def _build_date() -> str:
    stamp = int(os.environ.get("SOURCE_DATE_EPOCH", time.time()))
    return time.strftime("%Y-%m-%d", time.gmtime(stamp))


def make_tarball(bundle: Path, out: Path, top: str, fast: bool = False) -> Path:
    """Pack the bundle folder as ``top/`` in a .tar.gz, owned by root, symlinks kept."""

    def owned_by_root(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = "root"
        return info

    with tarfile.open(out, "w:gz", compresslevel=1 if fast else 6) as archive:
        archive.add(bundle, arcname=top, filter=owned_by_root)
    return out


def _fill(template: Path, values: dict[str, str]) -> str:
    text = template.read_text("utf-8")
    for key, value in values.items():
        text = text.replace(f"@{key}@", value)
    leftover = re.findall(r"@[A-Z_]+@", text)
    if leftover:
        raise ValueError(f"{template.name}: no value for {', '.join(sorted(set(leftover)))}")
    return text


def metainfo_text(version: str) -> str:
    """The AppStream metainfo for this version, released on the build date."""
    values = {
        "APP_ID": APP_ID,
        "DEVELOPER_ID": DEVELOPER_ID,
        "VERSION": version,
        "DATE": _build_date(),
    }
    return _fill(LINUX / "metainfo.xml.in", values)


def _write(path: Path, text: str | bytes, mode: int = 0o644) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, "utf-8")
    path.chmod(mode)


def _normalise_modes(root: Path) -> None:
    """Folders 755, files 644 or 755 if executable: what dpkg and lintian expect."""
    for path in [root, *root.rglob("*")]:
        if path.is_symlink():
            continue
        if path.is_dir():
            path.chmod(0o755)
        else:
            path.chmod(0o755 if path.stat().st_mode & 0o111 else 0o644)


def stage_deb_tree(bundle: Path, icons: Path, stage: Path, version: str) -> None:
    """Lay out the files of the .deb under ``stage`` (without DEBIAN/)."""
    if stage.exists():
        shutil.rmtree(stage)
    shutil.copytree(bundle, stage / INSTALL_DIR, symlinks=True)
    launcher = stage / "usr" / "bin" / "policywright"
    launcher.parent.mkdir(parents=True)
    launcher.symlink_to(f"/{INSTALL_DIR}/policywright")
    share = stage / "usr" / "share"
    _write(
        share / "applications" / "policywright.desktop",
        (LINUX / "policywright.desktop").read_text(),
    )
    _write(
        share / "mime" / "packages" / "policywright.xml",
        (LINUX / "policywright-mime.xml").read_text(),
    )
    metainfo = metainfo_text(version)
    _write(share / "metainfo" / f"{APP_ID}.metainfo.xml", metainfo)
    hicolor = share / "icons" / "hicolor"
    mime_icon = MIME_TYPE.replace("/", "-")
    for size in PNG_SIZES:
        png = (icons / "png" / f"{size}.png").read_bytes()
        _write(hicolor / f"{size}x{size}" / "apps" / "policywright.png", png)
        _write(hicolor / f"{size}x{size}" / "mimetypes" / f"{mime_icon}.png", png)
    svg = (HERE.parent / "resources" / "icons" / "policywright.svg").read_bytes()
    _write(hicolor / "scalable" / "apps" / "policywright.svg", svg)
    _write(hicolor / "scalable" / "mimetypes" / f"{mime_icon}.svg", svg)
    _write(share / "doc" / "policywright" / "copyright", (LINUX / "copyright").read_text())
    _normalise_modes(stage)


def _installed_size_kib(stage: Path) -> int:
    total = sum(p.lstat().st_size for p in stage.rglob("*") if not p.is_dir())
    return (total + 1023) // 1024


def _libc_requirement() -> str:
    version = subprocess.run(
        ["dpkg-query", "--showformat=${Version}", "--show", "libc6"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    upstream = re.match(r"(?:\d+:)?([\d.]+)", version)
    return f"libc6 (>= {upstream.group(1)})" if upstream else "libc6"


def make_deb(
    bundle: Path, icons: Path, stage: Path, out_dir: Path, version: str, fast: bool = False
) -> Path:
    """Build ``policywright_<version>_<arch>.deb`` from the bundle; returns its path.

    xz makes the smallest package (about 38 MB) but takes a minute and a half here; ``fast``
    uses zstd (about 51 MB, seconds). Both install wherever the bundle runs: it needs glibc
    2.36 (Debian 12, Ubuntu 24.04 and later), and dpkg there reads zstd.
    """
    stage_deb_tree(bundle, icons, stage, version)
    needs = linux_deps.package_requirements(stage / INSTALL_DIR)
    if needs.unresolved:
        raise RuntimeError(
            "the bundle needs libraries that no installed package provides: "
            + ", ".join(needs.unresolved)
        )
    depends = [_libc_requirement() if p == "libc6" else p for p in needs.depends]
    depends += [p for p in EXTRA_DEPENDS if p not in depends]
    arch = deb_architecture()
    control = _fill(
        LINUX / "control.in",
        {
            "VERSION": deb_version(version),
            "ARCH": arch,
            "MAINTAINER_EMAIL": MAINTAINER_EMAIL,
            "INSTALLED_SIZE": str(_installed_size_kib(stage)),
            "DEPENDS": ", ".join(depends),
            "RECOMMENDS": ", ".join(needs.recommends),
        },
    )
    control = re.sub(r"^Recommends: \n", "", control, flags=re.M)  # an empty field is invalid
    debian = stage / "DEBIAN"
    _write(debian / "control", control)
    for script in ("postinst", "postrm"):
        _write(debian / script, (LINUX / script).read_text(), mode=0o755)
    debian.chmod(0o755)
    out = out_dir / f"policywright_{deb_version(version)}_{arch}.deb"
    subprocess.run(
        ["dpkg-deb", "--build", "--root-owner-group", "-Zzstd" if fast else "-Zxz", stage, out],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return out
