"""Which Debian packages the bundle needs from the system, read from the bundle itself.

PyInstaller bundles most shared libraries but deliberately leaves out the C library, OpenGL,
EGL, libxcb and a few more, and bundle_rules.py leaves CUPS to the system. Rather than keep a
hand-written Depends line in step with that, this reads each bundled ELF file's DT_NEEDED
entries, finds the ones the bundle does not carry, and asks dpkg which package owns each.
Libraries needed only by optional plugins (printing, Wayland) become Recommends: without them
the plugin does not load and the editor still runs.
"""

from __future__ import annotations

import re
import struct
import subprocess
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

# Bundle paths whose system libraries are optional: the editor runs without these plugins.
OPTIONAL_PARTS = (
    "/plugins/printsupport/",
    "/plugins/platforms/libqwayland",
    "/plugins/wayland-",
    "/plugins/platforminputcontexts/",
    "libQt6WaylandClient.so",
    "libQt6WlShellIntegration.so",
)
_SHT_DYNAMIC = 6
_DT_NEEDED = 1


def needed_libraries(path: Path) -> list[str]:
    """The DT_NEEDED sonames of an ELF file; empty for anything that is not 64-bit ELF."""
    data = path.read_bytes()
    if data[:4] != b"\x7fELF" or data[4] != 2:
        return []
    order = "<" if data[5] == 1 else ">"
    shoff = struct.unpack_from(order + "Q", data, 0x28)[0]
    shentsize, shnum = struct.unpack_from(order + "HH", data, 0x3A)
    sections = [
        struct.unpack_from(order + "IIQQQQIIQQ", data, shoff + i * shentsize) for i in range(shnum)
    ]
    names: list[str] = []
    for section in sections:
        if section[1] != _SHT_DYNAMIC:
            continue
        strtab = sections[section[6]]  # sh_link: the section holding the strings
        str_offset = strtab[4]
        for entry in range(section[5] // 16):
            tag, value = struct.unpack_from(order + "qQ", data, section[4] + entry * 16)
            if tag == _DT_NEEDED:
                end = data.index(b"\0", str_offset + value)
                names.append(data[str_offset + value : end].decode())
    return names


def _elf_files(bundle: Path) -> list[Path]:
    found = []
    for path in sorted(bundle.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def system_libraries(bundle: Path) -> dict[str, set[str]]:
    """Sonames the bundle needs but does not carry, each with the bundle files that need it."""
    carried = {p.name for p in bundle.rglob("*")}
    wanted: dict[str, set[str]] = defaultdict(set)
    for path in _elf_files(bundle):
        for soname in needed_libraries(path):
            if soname not in carried:
                wanted[soname].add("/" + path.relative_to(bundle).as_posix())
    return dict(wanted)


def _ldconfig_paths() -> dict[str, str]:
    """Where the dynamic linker finds each soname, 64-bit entries first."""
    output = subprocess.run(
        ["/sbin/ldconfig", "-p"], capture_output=True, text=True, check=True
    ).stdout
    paths: dict[str, str] = {}
    for wide in (True, False):
        for line in output.splitlines():
            match = re.match(r"\s*(\S+) \(([^)]*)\) => (\S+)", line)
            if match and any(t in match.group(2) for t in ("x86-64", "AArch64", "64bit")) == wide:
                paths.setdefault(match.group(1), match.group(3))
    return paths


def owning_package(library: str) -> str | None:
    """The Debian package that owns a library file, trying both sides of the merged /usr."""
    candidates = [library]
    if library.startswith("/usr/lib/"):
        candidates.append(library[len("/usr") :])
    elif library.startswith("/lib/"):
        candidates.append("/usr" + library)
    for candidate in candidates:
        for path in {candidate, str(Path(candidate).resolve())}:
            result = subprocess.run(
                ["dpkg-query", "--search", path], capture_output=True, text=True, check=False
            )
            if result.returncode == 0:
                return result.stdout.split(":", 1)[0].strip()
    return None


@dataclass(frozen=True)
class Requirements:
    """What the .deb declares: packages it cannot run without, and ones that add features."""

    depends: tuple[str, ...]
    recommends: tuple[str, ...]
    unresolved: tuple[str, ...]  # sonames no installed package provides (build machine lacks it)


def package_requirements(bundle: Path) -> Requirements:
    locations = _ldconfig_paths()
    depends: set[str] = set()
    recommends: set[str] = set()
    unresolved: list[str] = []
    for soname, users in sorted(system_libraries(bundle).items()):
        location = locations.get(soname)
        package = owning_package(location) if location else None
        if package is None:
            unresolved.append(soname)
            continue
        optional = all(any(part in user for part in OPTIONAL_PARTS) for user in users)
        (recommends if optional else depends).add(package)
    return Requirements(
        depends=tuple(sorted(depends)),
        recommends=tuple(sorted(recommends - depends)),
        unresolved=tuple(unresolved),
    )
