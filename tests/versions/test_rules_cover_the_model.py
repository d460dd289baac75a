"""Every answer in the model has words for its changes, and changing any answer is reported."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from enum import Enum
from typing import Any, get_args

import pytest
from pydantic import BaseModel

import editor.model as m
from editor.model import Law, Project
from editor.model.fieldpath import FieldPath, format_path, get_value, set_value
from editor.samples import sample_names, start_project
from editor.versions import compare
from editor.versions.fields import Ignore
from editor.versions.rules import RULES

MODELS = [
    v
    for v in vars(m).values()
    if isinstance(v, type)
    and issubclass(v, m.Model)
    and v not in (m.PublishedVersion, m.SnapshotEdit)
]
# Groups that are always reached through a parent rule that tells them as a whole.
WHOLE_VALUES = {m.Duration, m.Retention, m.CookieLifetime, m.ChangeEntry}


def test_every_field_of_the_model_has_a_rule() -> None:
    missing = [
        f"{model.__name__}.{name}"
        for model in MODELS
        if model not in WHOLE_VALUES
        for name in model.model_fields
        if (model, name) not in RULES
    ]
    assert missing == [], "add these to editor/versions/rules.py: " + ", ".join(missing)


def test_no_rule_names_a_field_that_does_not_exist() -> None:
    stale = [f"{c.__name__}.{n}" for c, n in RULES if n not in c.model_fields]
    assert stale == []


def _leaves(node: BaseModel, path: FieldPath) -> Iterator[FieldPath]:
    for name in type(node).model_fields:
        rule = RULES.get((type(node), name))
        if isinstance(rule, Ignore):
            continue
        value = getattr(node, name)
        here = (*path, name)
        if isinstance(value, BaseModel) and type(value) not in WHOLE_VALUES:
            yield from _leaves(value, here)
        elif isinstance(value, list) and value and isinstance(value[0], BaseModel):
            for index, item in enumerate(value):
                yield from _leaves(item, (*here, index))
            yield here  # the list itself: an item removed
        else:
            yield here


def _other(value: Any, annotation: Any) -> Any:
    """A different value of the field's type."""
    if value is None:
        kinds = [a for a in get_args(annotation) if a is not type(None)]
        kind = kinds[0]
        if isinstance(kind, type) and issubclass(kind, Enum):
            return next(iter(kind))
        return {bool: True, int: 1, str: "x"}[kind]
    if isinstance(value, bool):
        return not value
    if isinstance(value, Enum):
        return next(member for member in type(value) if member is not value)
    if isinstance(value, int):
        return value + 1
    if isinstance(value, str):
        return value + " (edited)"
    if isinstance(value, dict):
        return {**value, Law.LGPD: not value.get(Law.LGPD, False)}
    if isinstance(value, list) and value:
        return value[1:]
    if isinstance(value, list):
        (item,) = get_args(annotation)
        if issubclass(item, BaseModel):
            return [item()]
        return [next(iter(item))] if issubclass(item, Enum) else ["FR"]
    if isinstance(value, m.Retention):
        # Another rule than the one it has (a sample may keep something indefinitely already).
        other = m.RetentionRule.INDEFINITELY
        if value.rule is other:
            other = m.RetentionRule.NOT_STORED
        return value.model_copy(update={"rule": other})
    if isinstance(value, m.CookieLifetime):
        kind = "persistent" if value.kind != "persistent" else "session"
        return m.CookieLifetime(kind=kind)
    raise AssertionError(f"no other value for {value!r}")


def _annotation(project: Project, path: FieldPath) -> Any:
    parent = get_value(project, path[:-1])
    name = path[-1]
    assert isinstance(name, str)
    return type(parent).model_fields[name].annotation


@pytest.mark.parametrize("sample", sample_names())
def test_changing_any_answer_of_a_sample_is_reported(sample: str) -> None:
    original = start_project(sample)
    silent = []
    checked = 0
    for path in _leaves(original, ()):
        changed = original.model_copy(deep=True)
        value = get_value(changed, path)
        set_value(changed, path, _other(value, _annotation(changed, path)))
        assert changed != original, format_path(path)
        checked += 1
        if compare(original, changed).is_empty:
            silent.append(format_path(path))
    assert silent == []
    assert checked > 150


def test_dates_outside_the_policy_metadata_do_not_exist() -> None:
    # compare ignores only the publishing dates; a new date field elsewhere needs a rule.
    dated = [
        f"{model.__name__}.{name}"
        for model in MODELS
        for name, field in model.model_fields.items()
        if "date" in str(field.annotation)
    ]
    assert sorted(dated) == [
        "ChangeEntry.date",
        "ImportedPolicy.imported_on",  # bookkeeping of an import, ignored by versions
        "PolicyInfo.effective_date",
        "PolicyInfo.last_updated",
    ]
    assert dt.date  # the annotation check above relies on datetime.date's name
