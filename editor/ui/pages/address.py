"""The questions of a postal address, asked the same way wherever one is asked for."""

from __future__ import annotations

from editor.ui.questions import Question


def address_questions(prefix: str) -> tuple[Question, ...]:
    """Street, town, region, postcode and country of the address at ``prefix``, all optional."""
    return (
        Question(f"{prefix}.street", "Street address", optional=True),
        Question(f"{prefix}.locality", "Town or city", optional=True),
        Question(f"{prefix}.region", "County, state or region", optional=True),
        Question(f"{prefix}.postal_code", "Postcode", optional=True),
        Question(f"{prefix}.country", "Country", optional=True),
    )
