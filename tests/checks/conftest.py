"""Fixtures for the checks' tests."""

from __future__ import annotations

import pytest

from editor.model import Project
from tests.checks.complete_project import complete_project


@pytest.fixture
def complete() -> Project:
    return complete_project()
