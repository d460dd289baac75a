"""The address of one field inside a project, used by undo commands, checks and the UI focus.

A path is a tuple of attribute names and list indexes, written as text like
``data_categories[2].retention.rule`` in findings, tests and the CLI's JSON output.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

FieldPath = tuple[str | int, ...]

_TOKEN = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]|(\.)")


@lru_cache(maxsize=4096)  # a few hundred distinct paths, parsed thousands of times per edit
def parse_path(text: str) -> FieldPath:
    """Turn ``a.b[2].c`` into ``("a", "b", 2, "c")``; raise ValueError on anything else."""
    parts: list[str | int] = []
    pos = 0
    expect_name = True
    while pos < len(text):
        match = _TOKEN.match(text, pos)
        if match is None:
            raise ValueError(f"not a field path: {text!r}")
        name, index, dot = match.groups()
        if name is not None:
            if not expect_name:
                raise ValueError(f"not a field path: {text!r}")
            parts.append(name)
            expect_name = False
        elif index is not None:
            if expect_name:
                raise ValueError(f"not a field path: {text!r}")
            parts.append(int(index))
        elif dot is not None:
            if expect_name:
                raise ValueError(f"not a field path: {text!r}")
            expect_name = True
        pos = match.end()
    if expect_name and parts:
        raise ValueError(f"not a field path: {text!r}")
    return tuple(parts)


def format_path(path: FieldPath) -> str:
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else part
    return out


def get_value(root: Any, path: FieldPath) -> Any:
    """The value at ``path``; raises LookupError if the path does not exist."""
    node = root
    for part in path:
        node = _step(node, part)
    return node


def set_value(root: Any, path: FieldPath, value: Any) -> Any:
    """Set the value at ``path`` (validated by the model) and return the previous value."""
    if not path:
        raise ValueError("cannot replace the root")
    parent = get_value(root, path[:-1])
    last = path[-1]
    old = _step(parent, last)
    if isinstance(last, int):
        if not isinstance(parent, list):
            raise LookupError(f"{format_path(path)}: not a list")
        parent[last] = value
    else:
        setattr(parent, last, value)
    return old


def _step(node: Any, part: str | int) -> Any:
    if isinstance(part, int):
        if not isinstance(node, list) or not -len(node) <= part < len(node):
            raise LookupError(f"no item {part}")
        return node[part]
    # A pydantic model, recognised by its class's field table: this module stays free of
    # pydantic, so the editor window can show before the model is loaded.
    fields = getattr(type(node), "model_fields", None)
    if fields is not None:
        if part not in fields:
            raise LookupError(f"no field {part!r} in {type(node).__name__}")
        return getattr(node, part)
    if isinstance(node, dict):
        return node[part]
    raise LookupError(f"cannot look up {part!r} in {type(node).__name__}")
