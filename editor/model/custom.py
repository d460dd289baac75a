"""Free-text sections for what no form covers, placed where the user wants them."""

from __future__ import annotations

from pydantic import Field

from editor.model.base import LabeledEnum, Model, new_id
from editor.model.imported import ImportReview


class PolicySection(LabeledEnum):
    """The built-in sections of the composed policy, in their default order.

    Custom sections are placed relative to these; composition owns which of them appear.
    """

    SUMMARY = "summary", "At a glance"
    WHO_WE_ARE = "who_we_are", "Who we are"
    DATA_COLLECTED = "data_collected", "What we collect"
    HOW_WE_USE = "how_we_use", "How we use it"
    LAWFUL_BASIS = "lawful_basis", "Our legal reasons"
    COOKIES = "cookies", "Cookies"
    SHARING = "sharing", "Who we share it with"
    TRANSFERS = "transfers", "Where your data is stored"
    RETENTION = "retention", "How long we keep it"
    VISIBILITY = "visibility", "What others can see"
    APPS = "apps", "Our apps"
    SECURITY = "security", "Security"
    RIGHTS = "rights", "Your rights"
    CALIFORNIA = "california", "Notice to California residents"
    US_STATES = "us_states", "Your rights in US states"
    CHILDREN = "children", "Children"
    TRACKING = "tracking", "Do Not Track"
    AUTOMATED_DECISIONS = "automated_decisions", "Automated decisions"
    CHANGES = "changes", "Changes to this policy"
    CONTACT = "contact", "Contact us"


class Placement(LabeledEnum):
    BEFORE = "before", "Before"
    AFTER = "after", "After"


class CustomSection(Model):
    """A titled block of the user's own text.

    The body is plain text: blank lines separate paragraphs and lines starting with "- " become
    a bulleted list. It is never interpreted as markup.
    """

    id: str = Field(default_factory=new_id)
    title: str = ""
    body: str = ""
    placement: Placement = Placement.AFTER
    anchor: PolicySection = PolicySection.CONTACT
    # Set on text copied from an old policy until the owner keeps it or finds it covered by
    # the answers; such a section is published as it is, and the review lists it.
    review: ImportReview | None = None
