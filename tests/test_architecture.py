"""The layering in DESIGN.md holds: imports point down, and only the UI loads Qt."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

EDITOR = Path(__file__).resolve().parents[1] / "editor"

# What each headless package may import from the rest of the editor (besides itself).
ALLOWED = {
    "model": set(),
    "storage": {"model", "errors", "paths"},
    "catalog": {"model", "errors", "paths", "storage"},
    "document": set(),
    "compose": {"model", "document", "errors", "paths", "catalog"},
    "export": {"document", "errors", "paths"},
    "checks": {"model", "compose", "document", "errors", "paths", "catalog", "records"},
    "versions": {"model", "storage", "errors", "paths", "compose", "document"},
    "importer": {"model", "errors", "paths", "catalog"},
    "records": {"model", "versions", "export", "document", "errors", "paths"},
}


def _editor_imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"))
    found = set()
    for node in ast.walk(tree):
        names = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
        for name in names:
            parts = name.split(".")
            if parts[0] == "editor" and len(parts) > 1:
                found.add(parts[1])
    return found


@pytest.mark.parametrize("package", sorted(ALLOWED))
def test_imports_point_down(package: str) -> None:
    folder = EDITOR / package
    assert folder.is_dir(), f"editor/{package} is in ALLOWED but does not exist"
    for module in folder.rglob("*.py"):
        wrong = _editor_imports(module) - ALLOWED[package] - {package}
        assert not wrong, f"{module.relative_to(EDITOR)} imports {sorted(wrong)}"


def test_headless_packages_do_not_load_qt() -> None:
    modules = ["editor.model", "editor.storage", "editor.cli", "editor.samples"]
    for name in (
        "catalog",
        "document",
        "compose",
        "export",
        "checks",
        "versions",
        "importer",
        "records",
    ):
        if (EDITOR / name).is_dir():
            modules.append(f"editor.{name}")
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "loaded = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(','.join(loaded))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "", f"Qt loaded by headless code: {result.stdout}"
