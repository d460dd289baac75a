"""How a change to each kind of answer is told, and the walk that applies those rules.

Every field of the model has a rule in ``editor.versions.rules``: free text, a yes/no answer, a
choice, a number, a list of choices, references to other items, a list of items matched by id,
or a nested group. A rule turns an old and a new value into ``Change`` objects, in words, and
judges which of them are material.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import Enum
from typing import Any, Literal

from pydantic import BaseModel

from editor.model import LabeledEnum, PolicySection, Project
from editor.model.fieldpath import FieldPath
from editor.versions.change import Change, ChangeKind
from editor.versions.words import NOT_ANSWERED, choice, number, quoted, sentence, yes_no

Judge = Callable[[Any, Any, "Place"], bool]
Target = Literal["purposes", "data_categories", "recipients"]


@dataclass(frozen=True)
class Pair:
    """The two projects being compared, how their items correspond, and the rules to use."""

    old: Project
    new: Project
    rules: Mapping[tuple[type, str], Rule]
    id_maps: Mapping[str, Mapping[str, str]] = field(default_factory=dict)  # old id → new id

    def same_item(self, target: Target, old_id: str) -> str:
        return self.id_maps.get(target, {}).get(old_id, old_id)

    def item_words(self, target: Target, item_id: str, *, new: bool, detail: bool = False) -> str:
        """The name of a purpose, data category or recipient, as the user wrote it."""
        project = self.new if new else self.old
        for item in getattr(project, target):
            if item.id == item_id:
                name = item_name(item) or "(no name)"
                basis = getattr(item, "lawful_basis", None)
                if detail and basis is not None:
                    return f"{name} ({choice(basis)})"
                return name
        return "an item that no longer exists"


@dataclass(frozen=True)
class Place:
    """Where in the project a rule is being applied, and how to say so."""

    pair: Pair
    section: PolicySection
    prefix: str = ""  # "recipient Stripe: ", or "" where labels say it all
    name: str = ""  # the item the field belongs to, e.g. "Stripe"
    path: FieldPath = ()
    old_parent: Any = None
    new_parent: Any = None

    def change(
        self, kind: ChangeKind, text: str, material: bool = False, *, wording: bool = False
    ) -> Change:
        return Change(self.section, kind, sentence(text), material, self.path, wording)


class Rule:
    """How changes to one field are told. ``section`` overrides the section of its owner."""

    section: PolicySection | None = None

    def compare(self, old: Any, new: Any, at: Place) -> Iterator[Change]:
        raise NotImplementedError


def compare_model(old: BaseModel, new: BaseModel, at: Place) -> Iterator[Change]:
    """Every change between two values of the same model, field by field in model order."""
    for name in type(new).model_fields:
        before, after = getattr(old, name), getattr(new, name)
        if before == after:
            continue
        rule = at.pair.rules.get((type(new), name)) or fallback_rule(name, after)
        here = replace(
            at,
            section=rule.section or at.section,
            path=(*at.path, name),
            old_parent=old,
            new_parent=new,
        )
        yield from rule.compare(before, after, here)


@dataclass(frozen=True)
class Ignore(Rule):
    """Bookkeeping that is not part of the policy's content (ids, dates set on publishing)."""

    def compare(self, old: Any, new: Any, at: Place) -> Iterator[Change]:
        return iter(())


@dataclass(frozen=True)
class Section(Rule):
    """A top-level group of answers; its fields' labels say what they are."""

    section: PolicySection | None = None

    def compare(self, old: Any, new: Any, at: Place) -> Iterator[Change]:
        return compare_model(old, new, at)


@dataclass(frozen=True)
class Nested(Rule):
    """A group inside another, such as an address: its changes are told under its label."""

    label: str
    section: PolicySection | None = None

    def compare(self, old: Any, new: Any, at: Place) -> Iterator[Change]:
        base = at.prefix.removesuffix(": ")
        prefix = f"{base} {self.label}: " if base else f"{self.label}: "
        return compare_model(old, new, replace(at, prefix=prefix))


@dataclass(frozen=True)
class Text(Rule):
    """Free text. Never material: rewording does not change what happens to data."""

    label: str
    section: PolicySection | None = None

    def compare(self, old: Any, new: Any, at: Place) -> Iterator[Change]:
        what = at.prefix + self.label
        if not old.strip():
            shown = quoted(new)
            yield at.change(
                ChangeKind.ADDED, f"{what} added: {shown}" if shown else f"{what} added"
            )
        elif not new.strip():
            yield at.change(ChangeKind.REMOVED, f"{what} removed")
        else:
            before, after = quoted(old), quoted(new)
            if before and after and before != after:
                yield at.change(ChangeKind.CHANGED, f"{what} changed from {before} to {after}")
            else:
                yield at.change(ChangeKind.CHANGED, f"{what} reworded", wording=True)


@dataclass(frozen=True)
class Flag(Rule):
    """A yes/no answer; material when it turns to ``material_when`` (e.g. selling turned on)."""

    label: str
    material_when: bool | None = None
    section: PolicySection | None = None

    def compare(self, old: Any, new: Any, at: Place) -> Iterator[Change]:
        material = self.material_when is not None and new is self.material_when
        text = f"{at.prefix}{self.label}: {yes_no(new)} (was {yes_no(old)})"
        yield at.change(ChangeKind.CHANGED, text, material)


@dataclass(frozen=True)
class Choice(Rule):
    """One choice from a list (an enum)."""

    label: str
    material: Judge | None = None
    section: PolicySection | None = None

    def compare(self, old: Any, new: Any, at: Place) -> Iterator[Change]:
        material = self.material is not None and self.material(old, new, at)
        text = f"{at.prefix}{self.label} changed from {_word(old)} to {_word(new)}"
        yield at.change(_kind(old, new), text, material)


@dataclass(frozen=True)
class Number(Rule):
    """A whole number such as days to answer a request; material when it moves the wrong way."""

    label: str
    unit: str = ""
    material_when: Literal["up", "down"] | None = None
    section: PolicySection | None = None

    def compare(self, old: Any, new: Any, at: Place) -> Iterator[Change]:
        material = False
        if old is not None and new is not None and self.material_when is not None:
            material = new > old if self.material_when == "up" else new < old
        text = f"{at.prefix}{self.label} changed from {number(old, self.unit)} to "
        yield at.change(_kind(old, new), text + number(new, self.unit), material)


@dataclass(frozen=True)
class Described(Rule):
    """A value told as a whole, such as a retention period or a country."""

    label: str
    describe: Callable[[Any], str]
    material: Judge | None = None
    template: str = "{what} changed from {old} to {new}"
    reworded: str = "{what}: details changed"
    section: PolicySection | None = None

    def compare(self, old: Any, new: Any, at: Place) -> Iterator[Change]:
        before, after = self.describe(old), self.describe(new)
        what = at.prefix + self.label
        if before == after:
            # Same in short (e.g. "7 years"), different in the details or the explanation.
            text = self.reworded.format(what=what, name=at.name)
            yield at.change(ChangeKind.CHANGED, text, wording=True)
            return
        material = self.material is not None and self.material(old, new, at)
        text = self.template.format(what=what, name=at.name, old=before, new=after)
        kind = ChangeKind.CHANGED
        if before == NOT_ANSWERED:
            kind = ChangeKind.ADDED
        elif after == NOT_ANSWERED:
            kind = ChangeKind.REMOVED
        yield at.change(kind, text, material)


@dataclass(frozen=True)
class Values(Rule):
    """A list of choices or codes; order does not matter, additions and removals do.

    The templates use ``{prefix}``, ``{name}`` (the item it belongs to) and ``{item}``.
    """

    added: str
    removed: str
    words: Callable[[Any], str] = lambda value: _word(value, short=False)
    material_added: bool = False
    material_removed: bool = False
    section: PolicySection | None = None

    def compare(self, old: Any, new: Any, at: Place) -> Iterator[Change]:
        for value in new:
            if value not in old:
                text = self.added.format(prefix=at.prefix, name=at.name, item=self.words(value))
                yield at.change(ChangeKind.ADDED, text, self.material_added)
        for value in old:
            if value not in new:
                text = self.removed.format(prefix=at.prefix, name=at.name, item=self.words(value))
                yield at.change(ChangeKind.REMOVED, text, self.material_removed)


@dataclass(frozen=True)
class Refs(Rule):
    """A list of ids of purposes, data categories or recipients, told by their names."""

    target: Target
    added: str
    removed: str
    material_added: bool = False
    section: PolicySection | None = None

    def compare(self, old: Any, new: Any, at: Place) -> Iterator[Change]:
        pair = at.pair
        old_mapped = {pair.same_item(self.target, i) for i in old}
        for item_id in new:
            if item_id not in old_mapped:
                item = pair.item_words(self.target, item_id, new=True, detail=True)
                text = self.added.format(prefix=at.prefix, name=at.name, item=item)
                yield at.change(ChangeKind.ADDED, text, self.material_added)
        for item_id in old:
            if pair.same_item(self.target, item_id) not in new:
                item = pair.item_words(self.target, item_id, new=False)
                text = self.removed.format(prefix=at.prefix, name=at.name, item=item)
                yield at.change(ChangeKind.REMOVED, text)


@dataclass(frozen=True)
class Ref(Rule):
    """One id of a recipient (or other item), told by its name."""

    label: str
    target: Target
    section: PolicySection | None = None

    def compare(self, old: Any, new: Any, at: Place) -> Iterator[Change]:
        pair = at.pair
        if old and pair.same_item(self.target, old) == new:
            return
        before = pair.item_words(self.target, old, new=False) if old else "none"
        after = pair.item_words(self.target, new, new=True) if new else "none"
        text = f"{at.prefix}{self.label} changed from {before} to {after}"
        yield at.change(_kind(old or None, new or None), text)


@dataclass(frozen=True)
class Items(Rule):
    """A list of items with ids (recipients, cookies, purposes...), matched by id, then name."""

    noun: str
    name: Callable[[Any], str]
    summary: Callable[[Any], str] | None = None
    material_added: Callable[[Any], bool] = lambda item: True
    material_removed: Callable[[Any], bool] = lambda item: False
    section_of: Callable[[Any], PolicySection] | None = None
    section: PolicySection | None = None

    def compare(self, old: Any, new: Any, at: Place) -> Iterator[Change]:
        for old_at, new_at in match_items(old, new, self.name):
            if new_at is None:
                assert old_at is not None
                here = self._place(at, old[old_at], old_at)
                text = f"Removed {self.noun}: {here.name}"
                yield here.change(ChangeKind.REMOVED, text, self.material_removed(old[old_at]))
            elif old_at is None:
                item = new[new_at]
                here = self._place(at, item, new_at)
                details = self.summary(item) if self.summary else ""
                text = f"Added {self.noun}: {here.name}" + (f" ({details})" if details else "")
                yield here.change(ChangeKind.ADDED, text, self.material_added(item))
            else:
                here = self._place(at, new[new_at], new_at)
                here = replace(here, prefix=f"{self.noun} {here.name}: ")
                yield from compare_model(old[old_at], new[new_at], here)

    def _place(self, at: Place, item: Any, index: int) -> Place:
        here = replace(at, path=(*at.path, index), name=self.name(item) or "(no name)")
        if self.section_of is not None:
            here = replace(here, section=self.section_of(item))
        return here


def match_items(
    old: Sequence[Any], new: Sequence[Any], name: Callable[[Any], str]
) -> list[tuple[int | None, int | None]]:
    """Pairs of (old index, new index): by id, then by name; None on the side it is missing.

    Matching by name catches an item deleted and added again (say, re-picked from the catalog),
    which is the same recipient to a reader. The result follows the new order, then the removed.
    """
    new_by_id: dict[str, int] = {}
    for j, item in enumerate(new):
        new_by_id.setdefault(item.id, j)
    matched: dict[int, int] = {}  # new index → old index
    unmatched_old = []
    for i, item in enumerate(old):
        same = new_by_id.get(item.id)
        if same is not None and same not in matched:
            matched[same] = i
        else:
            unmatched_old.append(i)
    free_by_name: dict[str, list[int]] = {}
    for j, item in enumerate(new):
        if j not in matched and (key := _name_key(name(item))):
            free_by_name.setdefault(key, []).append(j)
    removed = []
    for i in unmatched_old:
        candidates = free_by_name.get(_name_key(name(old[i])))
        if candidates:
            matched[candidates.pop(0)] = i
        else:
            removed.append(i)
    pairs: list[tuple[int | None, int | None]] = [(matched.get(j), j) for j in range(len(new))]
    pairs += [(i, None) for i in removed]
    return pairs


def item_name(item: Any) -> str:
    for attribute in ("name", "title", "what", "permission", "feature", "legal_entity"):
        value = getattr(item, attribute, "")
        if isinstance(value, str) and value.strip():
            return value.strip()
    return ""


def fallback_rule(name: str, value: Any) -> Rule:
    """A plain rule for a field with no entry in the table (a test insists there is none)."""
    label = name.replace("_", " ")
    if isinstance(value, bool):
        return Flag(label)
    if isinstance(value, Enum):
        return Choice(label)
    if isinstance(value, int):
        return Number(label)
    if isinstance(value, str):
        return Text(label)
    if isinstance(value, BaseModel):
        return Nested(label)
    return Described(label, describe=_word)


def _name_key(name: str) -> str:
    return " ".join(name.split()).casefold()


def _word(value: Any, *, short: bool = True) -> str:
    if value is None:
        return NOT_ANSWERED
    if isinstance(value, LabeledEnum):
        return choice(value, short=short)
    if isinstance(value, bool):
        return yes_no(value)
    return str(value)


def _kind(old: Any, new: Any) -> ChangeKind:
    if old is None:
        return ChangeKind.ADDED
    if new is None:
        return ChangeKind.REMOVED
    return ChangeKind.CHANGED
