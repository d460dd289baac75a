"""Each sample's exported page in a real browser: contents links, accessibility, no network.

The pages are opened in Debian's Chromium through ``check_pages.mjs`` (playwright-core drives
it; axe-core checks accessibility), all in one browser session. ``scripts/setup.sh test``
installs Chromium, Node.js and the npm modules; without them this test fails and says so.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from editor.compose import compose
from editor.export import EXPORTERS
from editor.samples import sample_paths
from editor.storage import load_project
from tests.compose.hostile import hostile_project

HERE = Path(__file__).resolve().parent
HARNESS = HERE / "check_pages.mjs"
TODAY = dt.date(2026, 9, 1)
SETUP_HINT = "run scripts/setup.sh test (it installs Chromium, Node.js and the browser tools)"


def _tools() -> tuple[str, str]:
    node = shutil.which("node")
    chromium = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    missing = []
    if node is None:
        missing.append("Node.js (node) is not installed")
    if not Path(chromium).exists():
        missing.append(f"Chromium is not at {chromium}")
    for module in ("playwright-core", "axe-core"):
        if not (HERE / "node_modules" / module).is_dir():
            missing.append(f"the npm module {module} is missing from tests/browser/node_modules")
    if missing:
        pytest.fail("The browser test cannot run: " + "; ".join(missing) + f". {SETUP_HINT}.")
    assert node is not None
    return node, chromium


def _export_pages(folder: Path) -> dict[Path, int]:
    """Every sample's page, and one with hostile answers; each with its number of sections."""
    projects = {name: load_project(path) for name, path in sample_paths().items()}
    projects["hostile saas"] = hostile_project(projects["saas"])
    pages = {}
    for name, project in projects.items():
        document = compose(project, today=TODAY)
        page = folder / f"{name}.html"
        page.write_bytes(EXPORTERS["html"](document, None))
        pages[page] = len(document.sections)
    return pages


def _problems(result: dict[str, Any], sections: int) -> list[str]:
    name = Path(result["file"]).name
    found = []
    if result["tocLinks"] != sections:
        found.append(f"{name}: {result['tocLinks']} contents links for {sections} sections")
    found += [
        f"{name}: contents link {t['href']}: {t['reason']}" for t in result["toc"] if not t["ok"]
    ]
    for scheme, violations in result["axe"].items():
        found += [
            f"{name} ({scheme}): axe {v['id']} ({v['impact']}): {v['help']} at {v['nodes']}"
            for v in violations
        ]
    found += [f"{name}: requested {url}" for url in result["requests"]]
    return found


@pytest.mark.slow
def test_pages_work_in_chromium_with_no_accessibility_violations(tmp_path: Path) -> None:
    node, chromium = _tools()
    pages = _export_pages(tmp_path)
    run = subprocess.run(
        [node, str(HARNESS), *map(str, pages)],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=HERE,
        env={**os.environ, "CHROMIUM": chromium},
        check=False,
    )
    assert run.returncode == 0, f"check_pages.mjs failed:\n{run.stderr[-3000:]}"
    results = json.loads(run.stdout)
    assert [Path(r["file"]) for r in results] == list(pages)
    problems = [p for r in results for p in _problems(r, pages[Path(r["file"])])]
    assert not problems, "\n".join(problems)
