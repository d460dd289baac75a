"""What changed between two versions of a policy, grouped by section, in the user's words."""

from __future__ import annotations

from editor.model import PolicySection, Project
from editor.versions.change import Comparison, Side
from editor.versions.errors import NoPublishedVersionsError
from editor.versions.fields import Items, Pair, Place, compare_model, match_items
from editor.versions.rules import RULES
from editor.versions.snapshots import DRAFT, find_version, latest, snapshot

# Lists whose items other answers point to by id (a category's purposes, a recipient's data).
_REFERENCED = ("purposes", "data_categories", "recipients")


def compare(
    old: Project, new: Project, *, before: Side | None = None, after: Side | None = None
) -> Comparison:
    """Every change from ``old`` to ``new``; empty for projects with the same answers.

    Published versions and the dates and labels set on publishing are not compared.
    """
    pair = Pair(old, new, RULES, _id_maps(old, new))
    changes = tuple(compare_model(old, new, Place(pair, PolicySection.SUMMARY)))
    return Comparison(changes, before, after)


def compare_versions(
    project: Project, from_label: str | None = None, to_label: str = DRAFT
) -> Comparison:
    """Compare two published versions, or one and the draft (``DRAFT``).

    ``from_label`` defaults to the latest published version. Raises NoPublishedVersionsError or
    UnknownVersionError.
    """
    last = latest(project)
    if last is None:
        raise NoPublishedVersionsError()
    old, before = _side(project, from_label or last.label)
    new, after = _side(project, to_label)
    return compare(old, new, before=before, after=after)


def _side(project: Project, label: str) -> tuple[Project, Side]:
    if label.strip().casefold() == DRAFT:
        draft = project.model_copy(update={"published": []})
        return draft, Side(DRAFT, project.policy.effective_date, is_draft=True)
    version = find_version(project, label)
    return snapshot(project, version.label), Side(version.label, version.effective_date)


def _id_maps(old: Project, new: Project) -> dict[str, dict[str, str]]:
    """For each referenced list, which old item id became which new one."""
    maps: dict[str, dict[str, str]] = {}
    for target in _REFERENCED:
        rule = RULES[(Project, target)]
        assert isinstance(rule, Items)
        old_items, new_items = getattr(old, target), getattr(new, target)
        maps[target] = {
            old_items[i].id: new_items[j].id
            for i, j in match_items(old_items, new_items, rule.name)
            if i is not None and j is not None
        }
    return maps
