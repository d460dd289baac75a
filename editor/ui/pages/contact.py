"""Contact: how people reach you about privacy."""

from __future__ import annotations

from editor.ui.questions import Group, PageSpec, Question

PAGE = PageSpec(
    key="contact",
    title="Contact",
    intro="How can people reach you with a question or a request about their data?",
    policy_sections=("contact",),
    entries=(
        Question(
            "contact.email",
            "Email address for privacy questions",
            placeholder="privacy@example.com",
            why="Every privacy law asks you to give people a way to contact you.",
        ),
        Question("contact.phone", "Phone number", placeholder="+353 1 555 0142", optional=True),
        Question(
            "contact.web_form_url",
            "Contact form",
            placeholder="https://example.com/contact",
            optional=True,
        ),
        Question(
            "contact.contact_name",
            "Who answers?",
            placeholder="Our privacy team",
            hint="A person or a team, if you want to name one.",
            optional=True,
        ),
        Question(
            "contact.use_organisation_address",
            "Use the postal address from “Your business”",
            followups_when=(False,),
            followups=(
                Group(
                    "Postal address for privacy requests",
                    entries=(
                        Question("contact.postal_address.street", "Street address"),
                        Question("contact.postal_address.locality", "Town or city"),
                        Question(
                            "contact.postal_address.region",
                            "County, state or region",
                            optional=True,
                        ),
                        Question("contact.postal_address.postal_code", "Postcode", optional=True),
                        Question("contact.postal_address.country", "Country"),
                    ),
                ),
            ),
        ),
        Question("contact.notes", "Anything to add?", lines=2, optional=True),
    ),
)
