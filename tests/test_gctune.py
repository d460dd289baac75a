"""The collector is paused for composing (export command, preview job) and found as it was."""

from __future__ import annotations

import gc
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

import editor.compose
from editor.cli import main
from editor.gctune import collection_paused
from editor.samples import sample_paths, start_project


@pytest.fixture
def collector_on() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


@pytest.fixture
def seen_by_compose(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Whether collection was enabled at each compose call."""
    seen: list[bool] = []
    real = editor.compose.compose

    def compose(*args: object, **kwargs: object) -> object:
        seen.append(gc.isenabled())
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(editor.compose, "compose", compose)
    return seen


@pytest.mark.usefixtures("collector_on")
def test_paused_inside_and_enabled_again_after_even_on_error() -> None:
    with collection_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(RuntimeError), collection_paused():
        raise RuntimeError
    assert gc.isenabled()


@pytest.mark.usefixtures("collector_on")
def test_a_pause_already_on_is_left_on() -> None:
    gc.disable()  # as the editor's start-up does until its window shows
    with collection_paused():
        pass
    assert not gc.isenabled()


@pytest.mark.usefixtures("collector_on")
@pytest.mark.parametrize("command", ["export", "check"])
def test_headless_commands_compose_with_collection_paused(
    command: str, tmp_path: Path, seen_by_compose: list[bool]
) -> None:
    project = tmp_path / "cafe.policy"
    shutil.copy(sample_paths()["cafe"], project)
    extra = ["-f", "md"] if command == "export" else []
    main([command, str(project), *extra])
    assert seen_by_compose == [False]
    assert gc.isenabled()


@pytest.mark.usefixtures("collector_on")
def test_the_preview_and_checks_jobs_compose_with_collection_paused(
    seen_by_compose: list[bool],
) -> None:
    pytest.importorskip("PySide6")
    from editor.ui.analysis import check_pages, compose_preview

    project = start_project("cafe")
    assert compose_preview(1, project).units
    check_pages(1, project, [])
    assert seen_by_compose == [False, False]
    assert gc.isenabled()
