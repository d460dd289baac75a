"""Fixtures for the checks' tests."""

from __future__ import annotations

import pytest
from complete_project import complete_project

from editor.model import Project


@pytest.fixture
def complete() -> Project:
    return complete_project()
