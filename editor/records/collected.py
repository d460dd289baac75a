"""The data an app collects, as both app stores see it: what each store form starts from.

A data category counts when the project says the app sends it off the phone
(``AppDataUse.collected_by_app``); its store types come from its kind or the answer that picks
them, and its store purposes from the answers about each of its purposes. A category with one
of these unanswered is left out, and the question added to the list of what is missing.
"""

from __future__ import annotations

from dataclasses import dataclass

from editor.model import DataCategory, Project
from editor.model.fieldpath import FieldPath
from editor.model.stores import AppDataUse, StoreDataType, StorePurpose
from editor.records.store_types import CANDIDATES
from editor.records.unanswered import Unanswered


@dataclass(frozen=True, slots=True)
class Collected:
    """One data category the app collects, with its store types and purposes decided."""

    index: int  # in project.data_categories
    category: DataCategory
    use: AppDataUse
    at: FieldPath  # the address of ``use``, for the questions each store adds
    types: tuple[StoreDataType, ...]
    purposes: tuple[StorePurpose, ...]

    @property
    def name(self) -> str:
        return category_name(self.category)


def category_name(category: DataCategory) -> str:
    name = " ".join(category.name.split())
    return f"“{name}”" if name else "a data category without a name"


def collected(project: Project, missing: list[Unanswered], store: str) -> list[Collected]:
    stores = project.app_stores
    found: list[Collected] = []
    for i, category in enumerate(project.data_categories):
        use = stores.data_use(category.id)
        at: FieldPath = (
            ("app_stores", "data_uses", stores.data_uses.index(use))
            if use is not None
            else ("app_stores", "data_uses")
        )
        name = category_name(category)
        if use is None or use.collected_by_app is None:
            missing.append(Unanswered.at(at, f"Does the app send {name} off the phone?"))
            continue
        if not use.collected_by_app:
            continue
        complete = True
        types = _types(category, use)
        if not types:
            complete = False
            missing.append(
                Unanswered.at((*at, "store_types"), f"Which of {store}'s data types {name} is.")
            )
        purposes: list[StorePurpose] = []
        for pid in category.purpose_ids:
            purpose = project.purpose(pid)
            if purpose is None:
                continue
            answer = stores.purpose(pid)
            if answer is None or not answer.store_purposes:
                complete = False
                title = " ".join(purpose.name.split()) or "a purpose without a name"
                missing.append(
                    Unanswered.at(
                        ("app_stores", "purposes"),
                        f"Which of {store}'s purposes “{title}” is"
                        f" (purposes[{project.purposes.index(purpose)}]).",
                    )
                )
                continue
            purposes.extend(p for p in answer.store_purposes if p not in purposes)
        if not purposes and complete:
            complete = False
            missing.append(
                Unanswered.at(("data_categories", i, "purpose_ids"), f"Why {name} is used.")
            )
        if complete:
            found.append(Collected(i, category, use, at, types, tuple(purposes)))
    return found


def _types(category: DataCategory, use: AppDataUse) -> tuple[StoreDataType, ...]:
    if use.store_types:
        return tuple(dict.fromkeys(use.store_types))
    candidates = CANDIDATES.get(category.kind) if category.kind is not None else None
    return candidates if candidates is not None and len(candidates) == 1 else ()
