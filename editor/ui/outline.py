"""The editor's pages in navigator order, by key and title only.

The window shows its navigator before the page specs are loaded (they need the model, which
takes most of the start-up time), so the order and the titles are also written here. A test
holds ``editor.ui.pages.PAGES`` to the same keys, titles and order.
"""

from __future__ import annotations

from typing import NamedTuple


class Section(NamedTuple):
    """One step of the navigator: a page's key and its title (English source text)."""

    key: str
    title: str


OUTLINE: tuple[Section, ...] = (
    Section("organisation", "Your business"),
    Section("jurisdictions", "Where your customers are"),
    Section("scope", "What the policy covers"),
    Section("data", "Data you collect"),
    Section("purposes", "Purposes and lawful basis"),
    Section("cookies", "Cookies"),
    Section("recipients", "Third parties"),
    Section("sharing", "Sharing and sale"),
    Section("location", "Data location and transfers"),
    Section("retention", "How long you keep data"),
    Section("visibility", "What others can see"),
    Section("apps", "Apps and software"),
    Section("security", "Security"),
    Section("rights", "People's rights"),
    Section("children", "Children"),
    Section("tracking", "Do Not Track"),
    Section("automated", "Automated decisions"),
    Section("changes", "Changes to this policy"),
    Section("contact", "Contact"),
    Section("custom", "Your own sections"),
    Section("policy", "Policy details"),
)

KEYS = frozenset(section.key for section in OUTLINE)
