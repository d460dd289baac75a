"""The bundled program, run as a user would run it from the tarball: headless, offscreen."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import bundle_rules
import linux_deps
import pytest

from editor import __version__
from editor.samples import sample_names, sample_paths
from tests.installer.helpers import ROOT, Built

pytestmark = pytest.mark.slow

# The bundle measured 129 MiB when this was written (241 MiB with no exclusions); this
# catches a dependency that drags half a desktop in.
SIZE_BUDGET_MIB = 150
FORMATS = ("html", "md", "docx", "pdf")


def _run(executable: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **env}
    return subprocess.run(
        [str(executable), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=environment,
        check=False,
    )


def _internal(built: Built) -> Path:
    return built.bundle / "_internal"


def test_bundle_reports_the_package_version(built: Built) -> None:
    result = _run(built.executable, "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"policywright {__version__}"


def test_bundle_and_tarball_carry_the_version_in_their_names(built: Built) -> None:
    top = f"policywright-{__version__}"
    assert built.bundle.name == top
    assert built.tarball.name.startswith(f"{top}-linux-")
    with tarfile.open(built.tarball) as archive:
        members = {m.name: m for m in archive.getmembers()}
    assert {name.split("/")[0] for name in members} == {top}
    program = members[f"{top}/policywright"]
    assert program.isfile() and program.mode & 0o111 and program.uid == 0
    assert any(m.issym() for m in members.values()), "symlinks in the bundle were not kept"


def test_tarball_unpacks_into_a_working_program(built: Built, tmp_path: Path) -> None:
    with tarfile.open(built.tarball) as archive:
        if hasattr(tarfile, "tar_filter"):  # Python 3.11.4 and later
            archive.extraction_filter = tarfile.tar_filter
        archive.extractall(tmp_path)
    program = tmp_path / f"policywright-{__version__}" / "policywright"
    result = _run(program, "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"policywright {__version__}"


def test_bundle_starts_a_project_from_a_sample(built: Built, tmp_path: Path) -> None:
    out = tmp_path / "my-cafe.policy"
    result = _run(built.executable, "new", "--template", "cafe", str(out))
    assert result.returncode == 0, result.stderr
    assert out.read_bytes() == sample_paths()["cafe"].read_bytes()


def test_bundle_carries_every_template_and_resource(built: Built) -> None:
    for folder in ("templates", "resources"):
        for source in sorted((ROOT / folder).rglob("*")):
            if not source.is_file() or source.suffix == ".bak":
                continue
            copy = _internal(built) / source.relative_to(ROOT)
            assert copy.is_file(), f"{source.relative_to(ROOT)} is missing from the bundle"
            assert copy.read_bytes() == source.read_bytes()
    assert not list(_internal(built).rglob("*.bak"))


def test_bundle_leaves_out_what_the_editor_never_loads(built: Built) -> None:
    files = [p.relative_to(_internal(built)).as_posix() for p in _internal(built).rglob("*")]
    names = [Path(f).name for f in files]
    for forbidden in ("QtNetwork", "QtWebEngine", "QtQml", "QtQuick", "Qt3D", "QtMultimedia"):
        assert not [n for n in names if forbidden in n], f"{forbidden} was bundled"
    for library in ("libgtk-3.so", "libssl.so", "libcrypto.so", "libcups.so", "libgnutls.so"):
        assert not [n for n in names if n.startswith(library)], f"{library} was bundled"
    for module in ("tkinter", "pytest", "hypothesis", "mypy", "PyInstaller"):
        assert not [f for f in files if f.split("/")[0] in (module, f"_{module}")]
    plugins = [f.split("Qt/plugins/")[1] for f in files if "Qt/plugins/" in f and f.endswith(".so")]
    assert "platforms/libqxcb.so" in plugins and "platforms/libqwayland.so" in plugins
    assert "platformthemes/libqgtk3.so" not in plugins
    languages = bundle_rules.policy_languages(ROOT / "templates", ROOT / "resources/translations")
    for name in (Path(f) for f in files if f.startswith("babel/locale-data/")):
        if name.suffix == ".dat":
            assert name.stem == "root" or name.stem.split("_")[0] in languages, name
    for name in (Path(f).name for f in files if "Qt/translations/" in f):
        assert name.startswith("qtbase_") and name[7:].split("_")[0].split(".")[0] in languages


def test_bundle_stays_within_its_size_budget(built: Built) -> None:
    size = sum(p.lstat().st_size for p in built.bundle.rglob("*") if not p.is_dir()) / 2**20
    assert size < SIZE_BUDGET_MIB, f"the bundle grew to {size:.0f} MiB"


def test_bundled_qt_starts_a_window_draws_the_icon_and_writes_a_pdf(built: Built) -> None:
    result = _run(built.executable, POLICYWRIGHT_BUNDLE_SELF_TEST="1")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["platform"] == "offscreen"
    assert report["window_shown"] and report["icon_pixels"]
    assert {"svg", "png", "jpeg", "ico"} <= set(report["image_formats"])
    assert report["pdf_starts"] == "%PDF-" and report["pdf_bytes"] > 1000


def test_bundle_needs_only_libraries_that_debian_packages_provide(built: Built) -> None:
    needs = linux_deps.package_requirements(built.bundle)
    assert needs.unresolved == ()
    assert "libc6" in needs.depends


def _pdf_pages(data: bytes) -> int:
    return data.count(b"/Type /Page\n") + data.count(b"/Type /Page>") + data.count(b"/Type/Page")


@pytest.mark.parametrize("sample", sample_names())
def test_bundle_exports_every_format_like_the_installed_package(
    built: Built, tmp_path: Path, sample: str
) -> None:
    project = tmp_path / f"{sample}.policy"
    project.write_bytes(sample_paths()[sample].read_bytes())
    bundled, installed = tmp_path / "bundled", tmp_path / "installed"
    args = ["export", str(project), "--format", ",".join(FORMATS)]
    result = _run(built.executable, *args, "--output", str(bundled))
    assert result.returncode == 0, result.stderr
    reference = subprocess.run(
        [sys.executable, "-m", "editor", *args, "--output", str(installed)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert reference.returncode == 0, reference.stderr
    for fmt in FORMATS:
        ours, theirs = bundled / f"{sample}.{fmt}", installed / f"{sample}.{fmt}"
        assert ours.is_file() and ours.stat().st_size > 0, f"no {fmt} from the bundle"
        if fmt in ("html", "md"):
            assert ours.read_bytes() == theirs.read_bytes(), f"{fmt} differs from the package's"
    with (
        zipfile.ZipFile(bundled / f"{sample}.docx") as ours_zip,
        zipfile.ZipFile(installed / f"{sample}.docx") as theirs_zip,
    ):
        document = "word/document.xml"
        assert ours_zip.read(document) == theirs_zip.read(document)
    ours_pdf = (bundled / f"{sample}.pdf").read_bytes()
    theirs_pdf = (installed / f"{sample}.pdf").read_bytes()
    assert ours_pdf.startswith(b"%PDF-") and ours_pdf.rstrip().endswith(b"%%EOF")
    assert _pdf_pages(ours_pdf) == _pdf_pages(theirs_pdf) > 0
