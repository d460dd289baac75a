"""Data location and transfers: where data is stored, and transfers abroad."""

from __future__ import annotations

from editor.ui.questions import Column, ListQuestion, PageSpec, Question

PAGE = PageSpec(
    key="location",
    title="Data location and transfers",
    intro=(
        "Where is personal data stored, and does any of it leave the country? Transfers by "
        "your third parties are covered on their page; add any others here."
    ),
    policy_sections=("transfers",),
    entries=(
        Question(
            "data_location.storage_countries",
            "In which countries is the data stored?",
            hint="Where your servers, hosting or cloud storage are.",
        ),
        Question(
            "data_location.hosting_description",
            "Describe your hosting in a sentence",
            placeholder="on servers in Frankfurt run by Hetzner",
            optional=True,
        ),
        ListQuestion(
            "data_location.transfers",
            "Other transfers abroad",
            hint="For example to your own office or staff in another country.",
            item_name="transfer",
            title_path="description",
            columns=(
                Column("country", "Country", width=180),
                Column("description", "Who receives it"),
                Column("safeguard", "Safeguard", width=220),
            ),
            detail=(
                Question("country", "To which country?"),
                Question(
                    "description",
                    "Who or what receives the data there?",
                    placeholder="our support team in Canada",
                ),
                Question("safeguard", "How is the transfer protected?"),
                Question("details", "Details", lines=2, optional=True),
            ),
            optional=True,
            table_rows=3,
            empty_text="No other transfers.",
        ),
        Question(
            "data_location.safeguard_copy",
            "How can people get a copy of the safeguards?",
            placeholder="email us and we will send you a copy",
            optional=True,
            why="The GDPR gives people the right to know how to obtain a copy (Art. 13(1)(f)).",
        ),
    ),
)
