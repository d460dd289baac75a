"""Structural deltas between two saved projects, so that published versions are stored small.

A delta is a list of edits (plain dicts, the saved form of ``editor.model.SnapshotEdit``) that
turns one project dict (as saved: defaults left out) into another. Lists whose items all carry
a distinct ``id`` are compared item by item and addressed by id; other lists that only grew at
the end get their new entries; any other change of a list or value replaces it whole.
``apply_delta(old, diff(old, new)) == new`` for any two JSON dicts.

It lives in storage, not in ``editor.versions``, because migrating an older file has to
upgrade every published snapshot with the same step as the draft (see ``migrate.py``).
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

Edit = dict[str, Any]


class DeltaError(ValueError):
    """A delta does not fit the document it is applied to (a damaged or hand-edited file)."""


def diff(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[Edit]:
    """The edits that turn ``old`` into ``new``; empty when they are equal."""
    return list(_diff_dicts(old, new, ""))


def apply_delta(base: Mapping[str, Any], edits: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """A new dict: ``base`` with ``edits`` applied. ``base`` and the edits are not modified."""
    doc: dict[str, Any] = copy.deepcopy(dict(base))
    apply_in_place(doc, edits)
    return doc


def apply_in_place(doc: dict[str, Any], edits: Iterable[Mapping[str, Any]]) -> None:
    """Apply ``edits`` to ``doc`` itself (values are copied in, so the edits stay untouched).

    On a DeltaError ``doc`` may be half-changed; rebuild it from scratch.
    """
    for edit in edits:
        _apply_one(doc, edit)


# --- computing a delta --------------------------------------------------------------------------


def _diff_dicts(old: Mapping[str, Any], new: Mapping[str, Any], path: str) -> Iterator[Edit]:
    for key in old:
        here = f"{path}/{_escape(key)}"
        if key not in new:
            yield {"op": "unset", "path": here}
        else:
            yield from _diff_values(old[key], new[key], here)
    for key in new:
        if key not in old:
            yield {"op": "set", "path": f"{path}/{_escape(key)}", "value": new[key]}


def _diff_values(old: Any, new: Any, path: str) -> Iterator[Edit]:
    if isinstance(old, dict) and isinstance(new, dict):
        yield from _diff_dicts(old, new, path)
    elif _is_keyed_list(old) and _is_keyed_list(new) and old != new:
        yield from _diff_keyed_lists(old, new, path)
    elif _is_extended(old, new):
        # A list that only grew at the end, like the change history: store the new entries.
        for index in range(len(old), len(new)):
            yield {"op": "add", "path": path, "index": index, "value": new[index]}
    elif old != new or type(old) is not type(new):  # 1 == 1.0 == True, but not in a file
        yield {"op": "set", "path": path, "value": new}


def _is_extended(old: Any, new: Any) -> bool:
    return (
        isinstance(old, list)
        and isinstance(new, list)
        and 0 < len(old) < len(new)
        and new[: len(old)] == old
    )


def _is_keyed_list(value: Any) -> bool:
    """A list of items that all have a distinct string id (an empty list qualifies)."""
    if not isinstance(value, list):
        return False
    ids = [item.get("id") if isinstance(item, dict) else None for item in value]
    return all(isinstance(i, str) for i in ids) and len(set(ids)) == len(ids)


def _diff_keyed_lists(old: list[Any], new: list[Any], path: str) -> Iterator[Edit]:
    old_by_id = {item["id"]: item for item in old}
    new_ids = [item["id"] for item in new]
    in_new = set(new_ids)
    kept = [i for i in old_by_id if i in in_new]
    for item_id in old_by_id:
        if item_id not in in_new:
            yield {"op": "remove", "path": f"{path}/{_escape(item_id)}"}
    for item in new:
        if item["id"] in old_by_id:
            yield from _diff_dicts(old_by_id[item["id"]], item, f"{path}/{_escape(item['id'])}")
    kept_in_new_order = [i for i in new_ids if i in old_by_id]
    if kept != kept_in_new_order:
        yield {"op": "order", "path": path, "ids": kept_in_new_order}
    # Kept items are now in their final relative order, so inserting each new item at its final
    # position, from the front, builds the new list exactly.
    for index, item in enumerate(new):
        if item["id"] not in old_by_id:
            yield {"op": "add", "path": path, "index": index, "value": item}


# --- applying a delta ---------------------------------------------------------------------------


def _apply_one(doc: dict[str, Any], edit: Mapping[str, Any]) -> None:
    if not isinstance(edit, Mapping):
        raise DeltaError("a step of a version delta is not an object")
    op = edit.get("op")
    path = edit.get("path")
    if not isinstance(path, str) or not path.startswith("/"):
        raise DeltaError(f"bad path in a version delta: {path!r}")
    parts = [_unescape(p) for p in path[1:].split("/")]
    if op in ("add", "order"):
        target = _walk(doc, parts, path)
        if not isinstance(target, list):
            raise DeltaError(f"{path} is not a list")
        if op == "add":
            index = edit.get("index")
            position = index if isinstance(index, int) else len(target)
            target.insert(position, copy.deepcopy(edit.get("value")))
        else:
            _reorder(target, edit.get("ids") or [], path)
        return
    parent = _walk(doc, parts[:-1], path)
    last = parts[-1]
    if isinstance(parent, list):
        position = _item_index(parent, last, path)
        if op == "remove":
            del parent[position]
        elif op == "set":
            parent[position] = copy.deepcopy(edit.get("value"))
        else:
            raise DeltaError(f"cannot {op} a list item at {path}")
    elif isinstance(parent, dict):
        if op == "set":
            parent[last] = copy.deepcopy(edit.get("value"))
        elif op == "unset":
            if last not in parent:
                raise DeltaError(f"nothing to remove at {path}")
            del parent[last]
        else:
            raise DeltaError(f"cannot {op} at {path}")
    else:
        raise DeltaError(f"{path} does not lead anywhere")


def _walk(doc: Any, parts: list[str], path: str) -> Any:
    node = doc
    for part in parts:
        if isinstance(node, dict):
            if part not in node:
                raise DeltaError(f"nothing at {path}")
            node = node[part]
        elif isinstance(node, list):
            node = node[_item_index(node, part, path)]
        else:
            raise DeltaError(f"{path} does not lead anywhere")
    return node


def _item_index(items: list[Any], item_id: str, path: str) -> int:
    for position, item in enumerate(items):
        if isinstance(item, dict) and item.get("id") == item_id:
            return position
    raise DeltaError(f"no item {item_id!r} for {path}")


def _reorder(items: list[Any], ids: list[Any], path: str) -> None:
    rank = {item_id: n for n, item_id in enumerate(ids)}
    if any(not isinstance(item, dict) or item.get("id") not in rank for item in items):
        raise DeltaError(f"the order at {path} does not name every item")
    items.sort(key=lambda item: rank[item["id"]])


def _escape(key: str) -> str:
    return key.replace("~", "~0").replace("/", "~1")


def _unescape(part: str) -> str:
    return part.replace("~1", "/").replace("~0", "~")
