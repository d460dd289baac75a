"""Where Policywright's own files are, and where it keeps the user's.

``templates/`` and ``resources/`` sit at the top of a checkout; a wheel carries them inside the
package as ``editor/_data/``; a PyInstaller bundle unpacks them beside the executable. This is
the one place that knows all three.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from platformdirs import PlatformDirs

APP_NAME = "Policywright"
_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def _data_root() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    candidates = []
    if bundle:
        candidates.append(Path(bundle))
    candidates += [_PACKAGE_DIR / "_data", _PACKAGE_DIR.parent]
    for root in candidates:
        if (root / "templates").is_dir() and (root / "resources").is_dir():
            return root
    raise RuntimeError(
        "Policywright's templates and resources are missing from this installation "
        f"(looked in {', '.join(str(c) for c in candidates)}). Please reinstall."
    )


def templates_dir() -> Path:
    return _data_root() / "templates"


def resources_dir() -> Path:
    return _data_root() / "resources"


def samples_dir() -> Path:
    return resources_dir() / "samples"


def _dirs() -> PlatformDirs:
    from platformdirs import PlatformDirs  # not needed to find the bundled resources

    return PlatformDirs(APP_NAME, appauthor=False)


def user_data_dir() -> Path:
    """Per-user data (recovery copies, personal catalog, crash reports)."""
    return Path(_dirs().user_data_dir)


def recovery_dir() -> Path:
    return user_data_dir() / "recovery"
