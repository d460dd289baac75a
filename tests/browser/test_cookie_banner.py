"""The cookie banner configuration runs in the CookieConsent library's own code in Chromium and
shows exactly the policy's cookie categories and cookies (``check_banner.mjs``)."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from editor.records.cookieconsent import CATEGORY_KEYS, consent_config, cookieconsent_js
from editor.samples import sample_paths
from editor.storage import load_project
from tests.browser.test_exported_pages import HERE, _tools

HARNESS = HERE / "check_banner.mjs"


@pytest.mark.slow
@pytest.mark.parametrize("sample", ["saas", "online-shop"])
def test_the_banner_shows_the_policys_categories_and_cookies(tmp_path: Path, sample: str) -> None:
    node, chromium = _tools()
    if not (HERE / "node_modules" / "vanilla-cookieconsent").is_dir():
        pytest.fail("the npm module vanilla-cookieconsent is missing: run scripts/setup.sh test")
    project = load_project(sample_paths()[sample])
    config, _ = consent_config(project)
    script = tmp_path / "cookieconsent-config.js"
    script.write_bytes(cookieconsent_js(config))
    run = subprocess.run(
        [node, str(HARNESS), str(script)],
        capture_output=True, text=True, timeout=300, cwd=HERE,
        env={**os.environ, "CHROMIUM": chromium}, check=False,
    )  # fmt: skip
    assert run.returncode == 0, f"check_banner.mjs failed:\n{run.stderr[-3000:]}"
    shown = json.loads(run.stdout)
    assert shown["errors"] == [] and shown["requests"] == []
    in_use = project.cookies.categories_in_use()
    assert shown["categories"] == [CATEGORY_KEYS[c] for c in in_use]
    assert [t["value"] for t in shown["toggles"]] == [CATEGORY_KEYS[c] for c in in_use]
    necessary = [t for t in shown["toggles"] if t["value"] == "necessary"]
    assert all(t["checked"] and t["disabled"] for t in necessary)
    for category in in_use:
        assert category.label in shown["sections"]
    # Each company that sets cookies in a category is a service people can switch on or off.
    services = {(c.category, c.provider.strip()) for c in project.cookies.cookies
                if c.provider.strip()}  # fmt: skip
    assert len(shown["services"]) == len(services) > 0
    named = [c.name for category in in_use for c in project.cookies.cookies
             if c.category is category]  # fmt: skip
    assert [name for name in shown["cookies"] if name] == named
