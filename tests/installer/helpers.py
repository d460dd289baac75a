"""What the installer tests share: where things are, the installer's own modules, a build.

The installer's modules (icons, bundle_rules, linux_package, linux_deps) are scripts beside
installer/build.py, not a package; putting their folder on sys.path here lets the tests import
them by name, as build.py does.
"""

from __future__ import annotations

import importlib.util
import sys
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

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
