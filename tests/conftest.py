"""Test configuration shared by every test.

Qt runs offscreen and every per-user folder (settings, recovery copies, personal catalog) points
into a throwaway directory, so the suite needs no display and never touches a real user's files.
These are set at import time, before anything can load Qt or read the folders.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
_USER_HOME = Path(tempfile.mkdtemp(prefix="policywright-tests-"))
for _var, _sub in (
    ("XDG_DATA_HOME", "data"),
    ("XDG_CONFIG_HOME", "config"),
    ("XDG_CACHE_HOME", "cache"),
    ("XDG_STATE_HOME", "state"),
):
    os.environ[_var] = str(_USER_HOME / _sub)

import pytest  # noqa: E402

from editor.model import Project  # noqa: E402
from editor.samples import sample_paths  # noqa: E402
from editor.storage import load_project  # noqa: E402

SAMPLE_NAMES = sorted(sample_paths())


@pytest.fixture(params=SAMPLE_NAMES)
def sample_name(request: pytest.FixtureRequest) -> str:
    """Each shipped sample's name, one test per sample."""
    return str(request.param)


@pytest.fixture
def sample_project(sample_name: str) -> Project:
    return load_project(sample_paths()[sample_name])


@pytest.fixture
def running_as_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0
