"""Shared fixtures for the import tests: the catalog, and the reference policies in every format.

The reference policies and their fact files live in the shared folder beside the checkout
(``../shared``), not in the repository. The web page and the Word document of each are made
here from its text, independently of the importer's own text reader: a line that the fact
file lists as a section is a heading, a line starting with a bullet is a list item, and every
other line is a paragraph.
"""

from __future__ import annotations

import html
import os
import re
from pathlib import Path

import pytest

from editor.catalog import Catalog, builtin_catalog

ROOT = Path(__file__).resolve().parents[2]
REFERENCES = ("actipro", "ingen-software", "resultra", "saas-analytics")
_BULLET = re.compile(r"^\s*(?:[-•*]\s+)")


def shared_dir() -> Path | None:
    candidates = [os.environ.get("POLICYWRIGHT_SHARED", ""), ROOT.parent / "shared",
                  ROOT.parent.parent / "shared"]  # fmt: skip
    for candidate in candidates:
        if candidate and (Path(candidate) / "reference-policies").is_dir():
            return Path(candidate)
    return None


def need_shared() -> Path:
    found = shared_dir()
    if found is None:
        pytest.skip(
            "the reference policies (../shared/reference-policies) are not beside this checkout"
        )
    return found


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    return builtin_catalog()


def section_lines(name: str) -> set[str]:
    """The lines of a reference policy that its fact file names as sections."""
    import yaml

    facts = yaml.safe_load((need_shared() / "eval" / f"{name}.yaml").read_text("utf-8"))
    return {s.strip() for s in facts["sections"]}


def _lines(name: str) -> list[tuple[str, str]]:
    """(kind, text) for each non-blank line: heading, item or paragraph."""
    text = (need_shared() / "reference-policies" / f"{name}.txt").read_text("utf-8")
    headings = section_lines(name)
    found: list[tuple[str, str]] = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        if line in headings:
            found.append(("heading", line))
        elif _BULLET.match(raw):
            found.append(("item", _BULLET.sub("", raw)))
        elif raw.startswith("    ") and found and found[-1][0] == "item":
            found[-1] = ("item", found[-1][1] + " " + line)  # an indented line goes on
        else:
            found.append(("paragraph", line))
    return found


def as_html(name: str) -> bytes:
    """The reference policy as a web page, with the furniture a real page has around it."""
    body: list[str] = []
    in_list = False
    for kind, text in _lines(name):
        if kind == "item" and not in_list:
            body.append("<ul>")
            in_list = True
        elif kind != "item" and in_list:
            body.append("</ul>")
            in_list = False
        tag = {"heading": "h2", "item": "li", "paragraph": "p"}[kind]
        body.append(f"<{tag}>{html.escape(text)}</{tag}>")
    if in_list:
        body.append("</ul>")
    page = (
        "<!doctype html><html><head><meta charset='utf-8'><title>Privacy</title>"
        "<script>window.track('x')</script><style>body{font:1em serif}</style></head><body>"
        "<nav><a href='/'>Home</a> <a href='/shop'>Shop</a></nav><main>"
        + "\n".join(body)
        + "</main><footer><script>cookieBanner()</script></footer></body></html>"
    )
    return page.encode("utf-8")


def as_docx(name: str, path: Path) -> Path:
    """The reference policy as a Word document with heading and list styles."""
    from docx import Document

    document = Document()
    for kind, text in _lines(name):
        if kind == "heading":
            document.add_heading(text, level=2)
        elif kind == "item":
            document.add_paragraph(text, style="List Bullet")
        else:
            document.add_paragraph(text)
    document.save(str(path))
    return path
