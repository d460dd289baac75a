"""Property: any project, however hostile its answers, survives save and load exactly."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings

from editor.model import Project
from editor.storage import dump_project, load_project, save_project
from tests.strategies import projects


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(projects())
def test_save_load_is_exact(project: Project) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "p.policy"
        save_project(project, path)
        loaded = load_project(path)
        assert loaded == project
        first = path.read_bytes()
        save_project(loaded, path)
        assert path.read_bytes() == first == dump_project(project)
