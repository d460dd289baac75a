"""The window's parts do not reach through the window (``editor.ui.window``).

No module under ``editor/ui`` imports ``MainWindow`` except the window itself and the module that
builds it, not even for the type checker, so the main window is in no import cycle; and the main
window offers every member of the interface its parts are built against.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from editor.model import Project
from editor.ui.window import EditorWindow
from tests.ui.fault_helpers import Windows

UI = Path(__file__).resolve().parents[2] / "editor" / "ui"
WINDOW_MODULE = "editor.ui.mainwindow"
MAY_IMPORT_THE_WINDOW = {"editor.ui.mainwindow", "editor.ui.app"}  # it, and who builds it


def module_name(path: Path) -> str:
    parts = path.relative_to(UI.parents[1]).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported_modules(source: str, module: str, is_package: bool = False) -> set[str]:
    """Every module ``source`` imports anywhere (top level, functions, ``TYPE_CHECKING``), with
    ``from a import b`` counted as both ``a`` and ``a.b``, relative imports resolved."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                package = module.split(".") if is_package else module.split(".")[:-1]
                anchor = package[: len(package) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return found


def ui_import_graph() -> dict[str, set[str]]:
    """Module → the editor/ui modules it imports."""
    files = {module_name(p): p for p in UI.rglob("*.py")}
    return {
        name: imported_modules(path.read_text("utf-8"), name, path.name == "__init__.py")
        & (files.keys() - {name})
        for name, path in files.items()
    }


def cycle_of(graph: dict[str, set[str]], start: str) -> set[str]:
    """The modules on an import cycle through ``start`` (those it reaches that reach it back)."""

    def reach(origin: str, edges: dict[str, set[str]]) -> set[str]:
        seen, todo = set(), [origin]
        while todo:
            for nxt in edges.get(todo.pop(), set()):
                if nxt not in seen:
                    seen.add(nxt)
                    todo.append(nxt)
        return seen

    reversed_edges: dict[str, set[str]] = {}
    for source, targets in graph.items():
        for target in targets:
            reversed_edges.setdefault(target, set()).add(source)
    return reach(start, graph) & reach(start, reversed_edges)


def test_only_the_builder_imports_the_main_window() -> None:
    importers = {
        name
        for name, imports in ui_import_graph().items()
        if WINDOW_MODULE in imports and name not in MAY_IMPORT_THE_WINDOW
    }
    assert not importers, (
        f"{sorted(importers)} import {WINDOW_MODULE}: take an editor.ui.window.EditorWindow and "
        "the parts you use in the constructor instead"
    )


def test_the_main_window_is_in_no_import_cycle() -> None:
    assert cycle_of(ui_import_graph(), WINDOW_MODULE) == set()


@pytest.mark.parametrize(
    "source",
    [
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    from editor.ui.mainwindow import MainWindow\n",
        "def f():\n    from editor.ui import mainwindow\n",
        "import editor.ui.mainwindow\n",
        "from .mainwindow import MainWindow\n",
        "from . import mainwindow\n",
    ],
)
def test_the_import_finder_sees_every_way_of_importing_the_window(source: str) -> None:
    """The rule above can fail: each of these spellings counts as importing the window."""
    assert WINDOW_MODULE in imported_modules(source, "editor.ui.files")


def test_a_cycle_is_found_and_a_chain_is_not() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a", "d"}, "d": set()}
    assert cycle_of(graph, "a") == {"a", "b", "c"}
    assert cycle_of(graph, "d") == set()


def test_the_main_window_offers_every_member_of_the_interface(windows: Windows) -> None:
    window = windows.open(Project())
    members = {
        name
        for name in (*EditorWindow.__annotations__, *vars(EditorWindow))
        if not name.startswith("_")
    }
    assert {"session", "settings", "navigator", "show_page", "statusBar"} <= members
    missing = sorted(name for name in members if not hasattr(window, name))
    assert not missing, f"MainWindow lacks {missing}"
    assert window.widget() is window
