"""``export --format json``: the document tree with each block's provenance."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from editor.cli import main
from editor.compose import compose
from editor.document import Paragraph, inline_text
from editor.export import EXPORTERS
from editor.model import Project
from editor.samples import sample_paths
from editor.storage import load_project
from tests.compose.test_provenance import every_block

TODAY = dt.date(2026, 9, 1)


def _blocks(nodes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    found = []
    for node in nodes:
        if node["type"] == "section":
            found += _blocks(node["children"])
        else:
            found.append(node)
            for item in node.get("items", []):
                found.append(item)
                found += _blocks(item["children"])
    return found


def _tree(project: Project) -> dict[str, Any]:
    tree: dict[str, Any] = json.loads(EXPORTERS["json"](compose(project, today=TODAY), None))
    return tree


def test_the_tree_holds_the_same_words_as_the_document() -> None:
    project = load_project(sample_paths()["saas"])
    doc = compose(project, today=TODAY)
    tree = _tree(project)
    assert tree["schema"] == 1 and tree["title"] == doc.title
    words = " ".join(b["text"] for b in _blocks(tree["preamble"] + tree["sections"]) if "text" in b)
    expected = " ".join(
        inline_text(b.children) for _, b in every_block(doc) if isinstance(b, Paragraph)
    )
    assert words == expected and "This policy is from Tallyhive B.V." in words
    assert [s["key"] for s in tree["sections"]] == [s.key for s in doc.sections]


def test_every_block_in_the_tree_says_where_it_comes_from() -> None:
    tree = _tree(load_project(sample_paths()["saas"]))
    blocks = _blocks(tree["preamble"] + tree["sections"])
    assert blocks
    for block in blocks:
        source = block["source"]
        assert set(source) == {"answers", "laws", "explains"}
        assert source["answers"] or source["laws"] or source["explains"], block
    laws = {w["law"] for b in blocks for w in b["source"]["laws"]}
    assert {"gdpr", "ccpa"} <= laws
    tables = [b for b in blocks if b["type"] == "table"]
    assert all(isinstance(c["text"], str) for t in tables for row in t["rows"] for c in row)


def test_a_link_keeps_its_address() -> None:
    project = Project.model_validate({"contact": {"email": "privacy@ferngrove.ie"}})
    text = json.dumps(_tree(project))
    assert '"url": "mailto:privacy@ferngrove.ie"' in text


def test_export_json_on_the_command_line(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    project = tmp_path / "cafe.policy"
    shutil.copy(sample_paths()["cafe"], project)
    assert main(["export", str(project), "--format", "json", "-o", "-"]) == 0
    tree = json.loads(capsysbinary.readouterr().out.decode("utf-8"))
    assert tree["sections"][0]["children"][0]["source"]["answers"]
    assert main(["export", str(project), "-f", "json"]) == 0
    assert json.loads(project.with_suffix(".json").read_text("utf-8"))["schema"] == 1
