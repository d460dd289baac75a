"""Structural deltas rebuild the newer project exactly, stay small, and refuse what does not fit."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from editor.storage.delta import DeltaError, apply_delta, diff

scalars = st.none() | st.booleans() | st.integers(-5, 5) | st.text(max_size=4)
keys = st.sampled_from(["a", "b", "c", "x/y", "t~1", "id"])


def _json(depth: int = 3) -> st.SearchStrategy[Any]:
    if depth == 0:
        return scalars
    inner = _json(depth - 1)
    return (
        scalars
        | st.lists(inner, max_size=3)
        | st.dictionaries(keys, inner, max_size=3)
        | _keyed_list(inner)
    )


def _keyed_list(inner: st.SearchStrategy[Any]) -> st.SearchStrategy[list[dict[str, Any]]]:
    item = st.fixed_dictionaries(
        {"id": st.sampled_from(["p", "q", "r", "s", "a/b", ""])},
        optional={"name": st.text(max_size=3), "v": inner},
    )
    return st.lists(item, max_size=4, unique_by=lambda i: i["id"])


documents = st.dictionaries(keys, _json(), max_size=4)


@settings(max_examples=400, deadline=None)
@given(documents, documents)
def test_apply_of_diff_gives_the_newer_document(old: dict[str, Any], new: dict[str, Any]) -> None:
    before = copy.deepcopy(old)
    edits = diff(old, new)
    json.dumps(edits)  # every delta can be saved
    assert apply_delta(old, edits) == new
    assert old == before  # nothing was changed in place


@settings(max_examples=200, deadline=None)
@given(documents)
def test_identical_documents_have_an_empty_delta(doc: dict[str, Any]) -> None:
    assert diff(doc, copy.deepcopy(doc)) == []


def test_items_are_addressed_by_id_not_position() -> None:
    old = {"recipients": [{"id": "a", "name": "A"}, {"id": "b", "name": "B", "country": "IE"}]}
    new = {"recipients": [{"id": "b", "name": "B", "country": "US"}, {"id": "a", "name": "A"}]}
    edits = diff(old, new)
    assert {"op": "set", "path": "/recipients/b/country", "value": "US"} in edits
    assert {"op": "order", "path": "/recipients", "ids": ["b", "a"]} in edits
    assert apply_delta(old, edits) == new


def test_adding_and_removing_items_stores_only_those_items() -> None:
    old = {"cookies": [{"id": str(n), "name": f"c{n}"} for n in range(100)]}
    new = copy.deepcopy(old)
    del new["cookies"][10]
    new["cookies"].insert(50, {"id": "new", "name": "_ga"})
    edits = diff(old, new)
    assert edits == [
        {"op": "remove", "path": "/cookies/10"},
        {"op": "add", "path": "/cookies", "index": 50, "value": {"id": "new", "name": "_ga"}},
    ]
    assert apply_delta(old, edits) == new


def test_a_list_that_grew_at_the_end_stores_the_new_entries() -> None:
    old = {"history": [{"summary": "one"}, {"summary": "two"}]}
    new = {"history": [{"summary": "one"}, {"summary": "two"}, {"summary": "three"}]}
    assert diff(old, new) == [
        {"op": "add", "path": "/history", "index": 2, "value": {"summary": "three"}}
    ]


def test_values_that_compare_equal_in_python_but_differ_in_json_are_kept() -> None:
    assert apply_delta({"a": 1}, diff({"a": 1}, {"a": True})) == {"a": True}
    assert type(apply_delta({"a": 1}, diff({"a": 1}, {"a": 1.0}))["a"]) is float


def test_applying_copies_values_so_later_edits_cannot_reach_the_delta() -> None:
    edits = diff({}, {"a": {"b": [1]}})
    doc = apply_delta({}, edits)
    doc["a"]["b"].append(2)
    assert edits == [{"op": "set", "path": "/a", "value": {"b": [1]}}]


@pytest.mark.parametrize(
    "edit",
    [
        {"op": "set", "path": "no-slash", "value": 1},
        {"op": "set", "path": "/missing/deeper", "value": 1},
        {"op": "unset", "path": "/absent"},
        {"op": "remove", "path": "/items/zz"},
        {"op": "add", "path": "/plain", "value": 1},
        {"op": "order", "path": "/items", "ids": ["p"]},
        {"op": "explode", "path": "/plain"},
        "not an edit",
    ],
)
def test_a_delta_that_does_not_fit_is_refused(edit: Any) -> None:
    base = {"items": [{"id": "p"}, {"id": "q"}], "plain": 3}
    with pytest.raises(DeltaError):
        apply_delta(base, [edit])
