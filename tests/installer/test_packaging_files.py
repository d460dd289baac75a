"""The packaging files say the same things everywhere, and the platforms' own tools accept them.

These run without building anything: the desktop entry, MIME type and AppStream metainfo are
checked with the freedesktop.org tools, the Windows and macOS files by reading them (they
cannot be built on Linux), the generated icons by decoding them.
"""

from __future__ import annotations

import configparser
import importlib.metadata
import plistlib
import re
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import bundle_rules
import icons
import linux_package
import pytest

from editor import __version__
from tests.installer.helpers import INSTALLER, ROOT, load_build_script

LINUX = INSTALLER / "linux"
MIME_TYPE = "application/x-policywright-project"
UTI = "org.policywright.project"


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(LINUX / "policywright.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_version_comes_from_the_package() -> None:
    assert load_build_script().read_version() == __version__
    spec = (INSTALLER / "policywright.spec").read_text()
    assert 'editor" / "__init__.py"' in spec and "__version__" in spec


@pytest.mark.parametrize(
    ("python", "debian"),
    [("0.1.0", "0.1.0"), ("1.2rc1", "1.2~rc1"), ("2.0.0b3", "2.0.0~b3"), ("1.0.dev4", "1.0~dev4")],
)
def test_debian_version_sorts_prereleases_first(python: str, debian: str) -> None:
    assert linux_package.deb_version(python) == debian


def test_desktop_entry_opens_project_files() -> None:
    entry = _desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Exec"] == "policywright %f"
    assert entry["Icon"] == "policywright"
    assert MIME_TYPE in entry["MimeType"].split(";")
    assert entry["Terminal"] == "false"


def test_desktop_entry_passes_desktop_file_validate() -> None:
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        pytest.skip("desktop-file-validate is not installed (Debian: desktop-file-utils)")
    result = subprocess.run([tool, LINUX / "policywright.desktop"], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_mime_type_claims_policy_files(tmp_path: Path) -> None:
    """update-mime-database compiles our XML and maps *.policy to our type."""
    tree = ET.parse(LINUX / "policywright-mime.xml")
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    node = tree.getroot().find("m:mime-type", ns)
    assert node is not None and node.get("type") == MIME_TYPE
    glob = node.find("m:glob", ns)
    assert glob is not None and glob.get("pattern") == "*.policy"
    tool = shutil.which("update-mime-database")
    if tool is None:
        pytest.skip("update-mime-database is not installed (Debian: shared-mime-info)")
    (tmp_path / "packages").mkdir()
    shutil.copy(LINUX / "policywright-mime.xml", tmp_path / "packages" / "policywright.xml")
    subprocess.run([tool, str(tmp_path)], check=True, capture_output=True)
    assert f"{MIME_TYPE}:*.policy" in (tmp_path / "globs2").read_text()
    assert (tmp_path / "application" / "x-policywright-project.xml").is_file()


def test_metainfo_names_this_version_and_validates(tmp_path: Path) -> None:
    text = linux_package.metainfo_text(__version__)
    root = ET.fromstring(text)
    assert root.findtext("id") == linux_package.APP_ID
    release = root.find("releases/release")
    assert release is not None and release.get("version") == __version__
    assert re.fullmatch(r"\d{4}-\d\d-\d\d", release.get("date", ""))
    assert root.findtext("launchable") == "policywright.desktop"
    assert root.findtext("provides/mediatype") == MIME_TYPE
    tool = shutil.which("appstreamcli")
    if tool is None:
        pytest.skip("appstreamcli is not installed (Debian: appstream)")
    path = tmp_path / f"{linux_package.APP_ID}.metainfo.xml"
    path.write_text(text, "utf-8")
    result = subprocess.run(
        [tool, "validate", "--no-net", str(path)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_maintainer_scripts_are_valid_shell() -> None:
    for name in ("postinst", "postrm"):
        script = LINUX / name
        assert script.read_text().startswith("#!/bin/sh\n")
        subprocess.run(["sh", "-n", str(script)], check=True)
        assert "update-mime-database" in script.read_text()


def test_macos_plist_declares_the_project_document_type() -> None:
    info = plistlib.loads((INSTALLER / "macos" / "Info.plist").read_bytes())
    assert info["CFBundleIdentifier"] == linux_package.APP_ID
    (doc_type,) = info["CFBundleDocumentTypes"]
    assert doc_type["LSItemContentTypes"] == [UTI]
    assert doc_type["CFBundleTypeRole"] == "Editor"
    (exported,) = info["UTExportedTypeDeclarations"]
    assert exported["UTTypeIdentifier"] == UTI
    assert "public.json" in exported["UTTypeConformsTo"]
    tags = exported["UTTypeTagSpecification"]
    assert tags["public.filename-extension"] == ["policy"]
    assert tags["public.mime-type"] == [MIME_TYPE]
    spec = (INSTALLER / "policywright.spec").read_text()
    assert 'info["CFBundleShortVersionString"] = VERSION' in spec


def test_macos_dmg_script_is_valid_shell_using_hdiutil() -> None:
    script = INSTALLER / "macos" / "make-dmg.sh"
    subprocess.run(["sh", "-n", str(script)], check=True)
    text = script.read_text()
    assert "hdiutil create" in text and "-format UDZO" in text and "/Applications" in text


def test_windows_installer_is_per_user_with_association_and_clean_uninstall() -> None:
    text = (INSTALLER / "windows" / "policywright.iss").read_text()
    setup = dict(re.findall(r"^(\w+)=(.*)$", text, re.M))
    assert setup["PrivilegesRequired"] == "lowest"
    assert setup["DefaultDirName"] == r"{autopf}\{#AppName}"
    assert setup["ChangesAssociations"] == "yes"
    assert setup["AppVersion"] == "{#AppVersion}"
    assert r'Name: "{autoprograms}\{#AppName}"' in text
    registry = [line for line in text.splitlines() if line.startswith("Root:")]
    assert registry and all(line.startswith("Root: HKA;") for line in registry)
    assert r"Software\Classes\.policy\OpenWithProgids" in text
    assert '"%1"' in text
    # Whatever we add under Classes goes again on uninstall.
    owned = [line for line in registry if "uninsdelete" in line]
    assert any(r"Classes\{#ProgId}" in line and "uninsdeletekey" in line for line in owned)
    assert any(".policy" in line and "uninsdeletevalue" in line for line in owned)


def test_runtime_imports_cover_every_declared_dependency() -> None:
    """A dependency added to pyproject.toml is bundled even before code imports it."""
    modules_by_dist: dict[str, set[str]] = {}
    for module, dists in importlib.metadata.packages_distributions().items():
        for dist in dists:
            modules_by_dist.setdefault(dist.lower().replace("_", "-"), set()).add(module)
    bundled = set(bundle_rules.RUNTIME_IMPORTS) | {"PySide6", "shiboken6"}
    for requirement in importlib.metadata.requires("policywright") or []:
        if "extra ==" in requirement:
            continue
        name = re.match(r"[A-Za-z0-9_.-]+", requirement).group(0).lower().replace("_", "-")  # type: ignore[union-attr]
        assert modules_by_dist.get(name, set()) & bundled, f"{name} is not in RUNTIME_IMPORTS"


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
        ("PySide6/Qt/lib/libQt6Network.so.6", False),
        ("PySide6/Qt/lib/libQt6Widgets.so.6", True),
        ("PySide6/Qt/translations/qtbase_en.qm", True),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6/Qt/translations/qtdeclarative_en.qm", False),
        ("babel/locale-data/root.dat", True),
        ("babel/locale-data/en_GB.dat", True),
        ("babel/locale-data/de.dat", False),
        ("libcups.so.2", False),
        ("libxcb-cursor.so.0", True),
    ],
)
def test_bundle_rules_keep_what_the_editor_uses(dest: str, kept: bool) -> None:
    assert bundle_rules.keep_file(dest, frozenset({"en"})) is kept


def test_policy_languages_follow_the_template_folders(tmp_path: Path) -> None:
    for name in ("en", "de", "pt-BR", "html", "docx"):
        (tmp_path / name).mkdir()
    assert bundle_rules.policy_languages(tmp_path) == {"en", "de", "pt"}
    assert "en" in bundle_rules.policy_languages(ROOT / "templates")


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_icons_render_at_every_size_and_pack_for_windows_and_macos(tmp_path: Path) -> None:
    made = icons.write_icons(tmp_path)
    for size in icons.PNG_SIZES:
        assert _png_size((made["png"] / f"{size}.png").read_bytes()) == (size, size)
    ico = made["ico"].read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", ico)
    assert (reserved, kind, count) == (0, 1, len(icons.ICO_SIZES))
    for index, size in enumerate(icons.ICO_SIZES):
        width, *_rest, length, offset = struct.unpack_from("<BBBBHHII", ico, 6 + 16 * index)
        assert width == (0 if size == 256 else size)
        assert _png_size(ico[offset : offset + length]) == (size, size)
    icns = made["icns"].read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    position, kinds = 8, []
    while position < len(icns):
        kind_code, length = (
            icns[position : position + 4],
            struct.unpack(">I", icns[position + 4 : position + 8])[0],
        )
        kinds.append(kind_code)
        position += length
    assert kinds == [kind for kind, _ in icons.ICNS_TYPES]


def test_small_sizes_use_the_icon_redrawn_for_16_px() -> None:
    assert icons.source_for(16) == icons.SMALL_SVG
    assert icons.source_for(256) == icons.BIG_SVG
    for svg in (icons.SMALL_SVG, icons.BIG_SVG):
        ET.parse(svg)  # well-formed
