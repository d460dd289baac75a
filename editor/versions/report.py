"""A comparison written out for people (plain text, Markdown) or programs (JSON)."""

from __future__ import annotations

import json
import re
from typing import Any

from editor.model import Project
from editor.model.fieldpath import format_path
from editor.versions.change import Change, Comparison, Side
from editor.versions.words import day

MATERIAL_MARK = "!"
MINOR_MARK = "-"

# Characters that are markup wherever they are; "&" and "<" only before an entity or a tag.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]~])|&(?=#?[A-Za-z0-9]+;)|<(?=[A-Za-z/!?])")


def markdown_escape(text: str) -> str:
    """``text`` as Markdown that shows exactly that text: markup characters are escaped.

    Only what Markdown would really read as markup is escaped, so a notice stays readable when
    it is pasted into an email as it is.
    """
    escaped = _MARKDOWN_SPECIAL.sub(lambda m: "\\" + m.group(0), " ".join(text.split()))
    # Text starting like a list item, heading, quote or underline would become one.
    if re.match(r"\d+[.)]", escaped):
        return re.sub(r"^(\d+)([.)])", r"\1\\\2", escaped)
    if escaped[:1] in ("-", "+", "=", "#", ">"):
        return "\\" + escaped
    return escaped


def heading(comparison: Comparison, project: Project | None = None) -> str:
    """ "Changes from version 2026-03 (effective 1 March 2026) to the draft"."""
    return f"Changes from {_side(comparison.before, project)} to {_side(comparison.after, project)}"


def as_text(comparison: Comparison, project: Project | None = None) -> str:
    lines = [heading(comparison, project), ""]
    if comparison.is_empty:
        lines.append("No changes.")
        return "\n".join(lines) + "\n"
    for section in comparison.sections:
        lines.append(section.label)
        for change in comparison.in_section(section):
            mark = MATERIAL_MARK if change.material else MINOR_MARK
            lines.append(f"  {mark} {change.text}")
        lines.append("")
    lines.append(_totals(comparison) + f" Material changes are marked {MATERIAL_MARK}.")
    return "\n".join(lines) + "\n"


def as_markdown(comparison: Comparison, project: Project | None = None) -> str:
    lines = [f"# {markdown_escape(heading(comparison, project))}", ""]
    if comparison.is_empty:
        lines.append("No changes.")
        return "\n".join(lines) + "\n"
    for section in comparison.sections:
        lines += [f"## {markdown_escape(section.label)}", ""]
        lines += [f"- {_markdown_item(change)}" for change in comparison.in_section(section)]
        lines.append("")
    lines.append(_totals(comparison) + " Material changes are in bold.")
    return "\n".join(lines) + "\n"


def as_json(comparison: Comparison) -> str:
    data: dict[str, Any] = {
        "from": _side_json(comparison.before),
        "to": _side_json(comparison.after),
        "total": len(comparison.changes),
        "material": len(comparison.material),
        "changes": [_change_json(change) for change in comparison.changes],
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def _markdown_item(change: Change) -> str:
    text = markdown_escape(change.text)
    return f"**{text}** (material)" if change.material else text


def _totals(comparison: Comparison) -> str:
    total = len(comparison.changes)
    material = len(comparison.material)
    return f"{total} change{'s' if total != 1 else ''}, {material} material."


def _side(side: Side | None, project: Project | None) -> str:
    if side is None:
        return "one version"
    if side.is_draft:
        return "the draft"
    return f"version {side.label} (effective {day(side.effective_date, project)})"


def _side_json(side: Side | None) -> dict[str, Any] | None:
    if side is None:
        return None
    return {
        "label": side.label,
        "draft": side.is_draft,
        "effective_date": side.effective_date.isoformat() if side.effective_date else None,
    }


def _change_json(change: Change) -> dict[str, Any]:
    return {
        "section": change.section.value,
        "section_title": change.section.label,
        "kind": change.kind.value,
        "material": change.material,
        "text": change.text,
        "path": format_path(change.path),
    }
