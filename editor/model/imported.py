"""What was read from the business's old policy, and the answers proposed from it.

An import keeps the old policy's text and every answer recognised in it as a *proposal*: the
value, and the sentence it came from. Nothing becomes an answer until the owner accepts it in
the review (or asks the command line to accept everything); an accepted proposal stays here,
with the fields it filled, so the editor can say which answers came from the old policy.
"""

from __future__ import annotations

import datetime as dt

from pydantic import Field, field_validator

from editor.model.base import LONGEST_TEXT, LabeledEnum, Model, new_id


class ImportReview(LabeledEnum):
    """Where a section of the user's own text stands after an import."""

    # Text copied from the old policy that the owner has not looked at yet: it is published as
    # it was, and the review lists it until it is kept or found covered by the answers.
    TO_REVIEW = "to_review", "Imported — to review"


class ProposalKind(LabeledEnum):
    """The kinds of answers an import recognises in an old policy."""

    ORGANISATION_NAME = "organisation_name", "Name of the business"
    EMAIL = "email", "Email address"
    PHONE = "phone", "Phone number"
    POSTAL_ADDRESS = "postal_address", "Postal address"
    WEBSITE = "website", "Web address"
    LAST_UPDATED = "last_updated", "Date last updated"
    EFFECTIVE_DATE = "effective_date", "Date the policy takes effect"
    SERVICE = "service", "Third-party service"
    COOKIE = "cookie", "Cookie"
    RETENTION = "retention", "How long data is kept"
    REGION = "region", "Where customers are"
    LAWFUL_BASIS = "lawful_basis", "Legal reason for using data"
    DOES_NOT_SELL = "does_not_sell", "We do not sell personal information"
    NO_COOKIES = "no_cookies", "We do not use cookies"


class ProposalStatus(LabeledEnum):
    OPEN = "open", "To review"
    ACCEPTED = "accepted", "Accepted"
    REJECTED = "rejected", "Rejected"


class Proposal(Model):
    """One answer recognised in the old policy, waiting for the owner's decision."""

    id: str = Field(default_factory=new_id)
    kind: ProposalKind | None = None
    # The value in its stored form: an email, an ISO date, a catalog service id, a cookie
    # name, a region, a lawful basis; "" for statements ("we do not sell").
    value: str = ""
    # The parts of a value that has several: an address's street and postcode, a period's
    # amount and unit and what is kept, the purpose a lawful basis is named for.
    details: dict[str, str] = Field(default_factory=dict)
    # The sentence of the old policy it was read from, as it stood there. A proposal without
    # one is a defect: every answer must be traceable to what the old policy said.
    sentence: str = ""
    start: int | None = Field(default=None, ge=0, le=LONGEST_TEXT)  # where it starts in `text`
    section_id: str = ""  # the imported section it sat in (a custom section's id)
    section_title: str = ""  # that section's heading in the old policy
    status: ProposalStatus = ProposalStatus.OPEN
    # The answers accepting it filled, so that the policy can show which answers came from the
    # old policy: a field path ("contact.email"), or a list and an item's id for an item it
    # added ("recipients#3f2a9c01"), which stays right when items are reordered.
    answers: list[str] = Field(default_factory=list)

    @field_validator("details")
    @classmethod
    def _keys_a_file_can_hold(cls, details: dict[str, str]) -> dict[str, str]:
        # Pydantic writes a lone surrogate in a key as U+FFFD (values keep their escape), so a
        # key holding one would change on the first save: it is that character from the start.
        return {
            k.encode("utf-8", "surrogatepass").decode("utf-8", "replace"): v
            for k, v in details.items()
        }


class ImportedPolicy(Model):
    """The old policy an import started from: its text and what was proposed from it."""

    source_name: str = ""  # the file's name, e.g. "privacy.html"
    source_format: str = ""  # html, docx, md, txt or pdf
    imported_on: dt.date | None = None
    text: str = ""  # the old policy as plain text, for showing each proposal in its place
    proposals: list[Proposal] = Field(default_factory=list)

    def open_proposals(self) -> list[Proposal]:
        return [p for p in self.proposals if p.status is ProposalStatus.OPEN]

    def proposal(self, proposal_id: str) -> Proposal | None:
        return next((p for p in self.proposals if p.id == proposal_id), None)
