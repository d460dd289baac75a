"""What the bundle leaves out: Python modules, Qt libraries, plugins and translations.

The spec applies these rules; the tests read the same lists to check the built bundle, so what
is excluded is written down once. PyInstaller's Qt hooks already collect only the Qt modules
that the editor imports, with their plugins; these rules remove what those hooks add but the
editor never loads, and keep the modules a careless import could drag in out for good.
"""

from __future__ import annotations

from fnmatch import fnmatch
from pathlib import Path, PurePosixPath

# Qt modules the editor uses (DESIGN.md: widgets, SVG icons, the PDF writer, printing), bundled
# whether or not the code that imports them is reached by PyInstaller's import scan.
QT_MODULES = (
    "PySide6.QtCore",
    "PySide6.QtGui",
    "PySide6.QtWidgets",
    "PySide6.QtSvg",
    "PySide6.QtPrintSupport",
)

# The import names of the other run-time dependencies in pyproject.toml. Composition and the
# exporters import them lazily or from modules the scan may not reach; the bundle carries them
# all so that it can do whatever the installed package can. A test keeps this list in step
# with pyproject.toml.
RUNTIME_IMPORTS = (
    "pydantic",
    "docx",
    "jinja2",
    "markdown_it",
    "platformdirs",
    "babel",
    "lxml",  # python-docx's too; the importer reads web pages with it
    "pypdf",  # the importer's PDF reader
    "openpyxl",  # the record of processing activities as a workbook
)

# Python modules (and everything under them) that must never be bundled.
EXCLUDED_MODULES = (
    # Qt modules the editor does not use: the window is QtWidgets, the preview is HTML in
    # QTextBrowser, the PDF comes from QtGui's writer. No network at run time, ever.
    "PySide6.QtNetwork",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebEngineQuick",
    "PySide6.QtWebChannel",
    "PySide6.QtWebSockets",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickControls2",
    "PySide6.QtQuickWidgets",
    "PySide6.Qt3DCore",
    "PySide6.Qt3DRender",
    "PySide6.QtMultimedia",
    "PySide6.QtMultimediaWidgets",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtDesigner",
    "PySide6.QtUiTools",
    "PySide6.QtHelp",
    "PySide6.QtDBus",
    "PySide6.QtConcurrent",
    "PySide6.QtXml",
    # Standard-library and tooling parts nothing at run time needs.
    "tkinter",
    "unittest",
    "pydoc",
    "doctest",
    "lib2to3",
    "ensurepip",
    "venv",
    "idlelib",
    "xmlrpc",
    "setuptools",
    "pkg_resources",
    "pip",
    # Test and build tools installed in the same environment.
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "mypy",
    "PyInstaller",
    # TLS: the program never opens a network connection (DESIGN.md), so no OpenSSL either.
    "ssl",
    "_ssl",
    # OpenSSL's hashes (4.6 MB of libcrypto): hashlib falls back to Python's own md5, sha1,
    # sha2, sha3 and blake2, which is all that anything here asks of it.
    "_hashlib",
)

# Qt shared libraries that must not be in the bundle, whoever pulls them in.
EXCLUDED_QT_LIBRARIES = (
    "libQt6Network*",
    "libQt6WebEngine*",
    "libQt6Qml*",
    "libQt6Quick*",
    "libQt63D*",
    "libQt6Multimedia*",
    "libQt6Pdf*",
    "libQt6Designer*",
    "libQt6OpenGLWidgets*",
    "libQt6EglFS*",
    "libQt6VirtualKeyboard*",
)

# Qt plugins the editor never loads, as paths under Qt's plugins folder. Kept on purpose:
# platforms xcb and wayland (the desktop), offscreen (headless export and tests), the
# xcb GL integrations, compose and ibus input (dead keys and input methods), the SVG icon
# engine, the common image formats, the GTK and portal platform themes, CUPS printing.
EXCLUDED_QT_PLUGINS = (
    "platforms/libqeglfs.so",
    "platforms/libqlinuxfb.so",
    "platforms/libqminimal.so",
    "platforms/libqminimalegl.so",
    "platforms/libqvnc.so",
    "platforms/libqvkkhrdisplay.so",
    "egldeviceintegrations/*",
    "generic/*",
    "platforminputcontexts/libqtvirtualkeyboardplugin.so",
    # The GTK 3 theme would drag the build machine's whole GTK stack (about 30 MB) into the
    # bundle; the XDG portal theme still gives native file dialogs where a portal runs.
    "platformthemes/libqgtk3.so",
    "imageformats/libqpdf.so",
    "imageformats/libqtga.so",
    "imageformats/libqwbmp.so",
    "imageformats/libqtiff.so",
    "networkinformation/*",
    "tls/*",
    "qmltooling/*",
    "sqldrivers/*",
    "designer/*",
)

# Qt's own translations: only the base ones (Qt's standard dialogs and buttons), and only in
# the bundle's languages (see ``policy_languages``).
KEPT_QT_TRANSLATIONS = ("qtbase_*.qm",)

# System libraries taken from the system rather than bundled. The CUPS client must match the
# machine's CUPS service anyway, and with it go the TLS and Kerberos libraries only it needs
# (about 10 MB). Without libcups, Qt's print plugin does not load and only PDF export is
# offered; the .deb recommends libcups2.
SYSTEM_LIBRARIES = (
    "libcups.so.*",
    "libgnutls.so.*",
    "libavahi-*",
    "libkrb5.so.*",
    "libkrb5support.so.*",
    "libgssapi_krb5.so.*",
    "libk5crypto.so.*",
    "libcom_err.so.*",
    "libkeyutils.so.*",
    "libp11-kit.so.*",
    "libtasn1.so.*",
    "libnettle.so.*",
    "libhogweed.so.*",
    "libgmp.so.*",
    "libidn2.so.*",
    "libunistring.so.*",
)

# Folders under templates/ that hold page templates rather than a language's wording.
NOT_LANGUAGES = frozenset({"html", "docx", "css", "common"})


def _qt_relative(dest: str) -> PurePosixPath | None:
    """The part of a bundle path under PySide6's Qt folder, or None if it is not Qt's."""
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    if len(parts) >= 2 and parts[0] == "PySide6" and parts[1] == "Qt":
        return PurePosixPath(*parts[2:])
    return None


def policy_languages(templates: Path, translations: Path | None = None) -> frozenset[str]:
    """The languages the bundle can write a policy (or show its window) in, English always."""
    found = {"en"}
    if templates.is_dir():
        found |= {d.name for d in templates.iterdir() if d.is_dir() and d.name not in NOT_LANGUAGES}
    if translations is not None and translations.is_dir():
        found |= {f.stem.split("_")[-1] for f in translations.glob("*.qm")}
    return frozenset(name.replace("-", "_").split("_")[0].lower() for name in found)


def keep_file(dest: str, languages: frozenset[str] = frozenset({"en"})) -> bool:
    """Whether a binary or data file, by its path inside the bundle, belongs in it.

    Babel's locale data (30 MB for every language on Earth) and Qt's translations are kept
    for ``languages`` only (babel's ``root``, which every locale inherits from, too).
    """
    path = PurePosixPath(dest.replace("\\", "/"))
    if any(fnmatch(path.name, pattern) for pattern in (*EXCLUDED_QT_LIBRARIES, *SYSTEM_LIBRARIES)):
        return False
    if path.parts[:2] == ("babel", "locale-data") and path.suffix == ".dat":
        return path.stem == "root" or path.stem.split("_")[0].lower() in languages
    qt = _qt_relative(dest)
    if qt is None or not qt.parts:
        return True
    if qt.parts[0] == "plugins":
        plugin = PurePosixPath(*qt.parts[1:]).as_posix()
        return not any(fnmatch(plugin, pattern) for pattern in EXCLUDED_QT_PLUGINS)
    if qt.parts[0] == "translations":
        language = qt.stem.split("_", 1)[-1].split("_")[0].lower()
        kept = any(fnmatch(qt.name, pattern) for pattern in KEPT_QT_TRANSLATIONS)
        return kept and language in languages
    return True


def keep_qt_hook_file(source: str, dest_dir: str) -> bool:
    """``keep_file`` for a (source, destination folder) pair as a PyInstaller hook lists it."""
    return keep_file(f"{dest_dir}/{PurePosixPath(source.replace(chr(92), '/')).name}")
