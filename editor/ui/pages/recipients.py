"""Third parties: the services and companies that receive personal data from you."""

from __future__ import annotations

from typing import Any

from editor.model import RecipientRole, ServiceKind, TransferSafeguard
from editor.ui.pages.address import address_questions
from editor.ui.questions import Column, Group, ListAction, ListQuestion, PageSpec, Question, When


# The catalog's commands load with their first use, not with the page.
def _add_from_catalog(editor: Any) -> None:
    from editor.ui.catalogactions import add_from_list

    add_from_list(editor)


def _save_to_catalog(editor: Any) -> None:
    from editor.ui.catalogactions import save_recipient_row

    save_recipient_row(editor)


def _remove(editor: Any, row: int) -> None:
    from editor.ui.catalogactions import remove_recipient_row

    remove_recipient_row(editor, row)


SELF_HOSTED = RecipientRole.SELF_HOSTED

PAGE = PageSpec(
    key="recipients",
    title="Third parties",
    intro=(
        "List the companies and services that receive personal data from you: payment "
        "providers, email tools, hosting, analytics, accountants, delivery partners."
    ),
    policy_sections=("sharing",),
    entries=(
        Question(
            "disclosures.discloses_to_others",
            "Does anyone outside your organisation receive personal data from you?",
            hint="Service providers count: hosting, email, payments, your accountant.",
            why=(
                "If no one does, the policy says so (California requires the statement); if "
                "someone does, list them below."
            ),
        ),
        ListQuestion(
            "recipients",
            "Who receives personal data from you?",
            item_name="third party",
            columns=(
                Column("name", "Name", width=170),
                Column("kind", "What they do", width=200),
                Column("role", "Role", width=170),
                Column("country", "Country"),
            ),
            detail=(
                Question("name", "Name", placeholder="Stripe"),
                Question(
                    "legal_entity",
                    "Legal entity",
                    placeholder="Stripe Payments Europe, Ltd.",
                    hint="The company your contract is with, if you know it.",
                    optional=True,
                ),
                Question("kind", "What do they do for you?"),
                Question(
                    "role",
                    "Do they work on your behalf, or use the data for their own purposes?",
                    why=(
                        "A processor only acts on your instructions (a hosting company); an "
                        "independent controller decides for itself (a bank, an advertising "
                        "network). The policy describes them differently. If you do not "
                        "know yet, say so: the policy then names them without saying what "
                        "they may do, and Check reminds you to find out. A tool you run on "
                        "your own servers (self-hosted analytics, your own mail server) is "
                        "named as such, not as someone who receives data."
                    ),
                ),
                Question(
                    "purpose",
                    "Why do they get the data?",
                    placeholder="to take card payments for online orders",
                ),
                Question("purpose_ids", "For which of your purposes?", optional=True),
                Question("data_category_ids", "Which data do they get?", optional=True),
                Question(
                    "data_shared",
                    "Or describe the data in words",
                    placeholder="your name, card details and the amount",
                    optional=True,
                ),
                Question(
                    "returns",
                    "What do they send back to you about a payment?",
                    hint="Never the full card number; the policy lists what you get.",
                    optional=True,
                    when=When("kind", ServiceKind.PAYMENTS),
                ),
                Question(
                    "country",
                    "Where do they process the data?",
                    why=(
                        "Data sent outside the EU/EEA or UK needs a safeguard such as an "
                        "adequacy decision or standard contractual clauses (GDPR Chapter V)."
                    ),
                ),
                Question(
                    "city",
                    "In which city or region?",
                    placeholder="Dublin",
                    optional=True,
                ),
                Question(
                    "transfer_safeguard",
                    "How is a transfer abroad protected?",
                    when=When("role", None, *(r for r in RecipientRole if r is not SELF_HOSTED)),
                ),
                Question(
                    "safeguard_details",
                    "Details of the safeguard",
                    optional=True,
                    when=When(
                        "transfer_safeguard",
                        TransferSafeguard.SCC,
                        TransferSafeguard.UK_IDTA,
                        TransferSafeguard.BCR,
                        TransferSafeguard.DEROGATION,
                        TransferSafeguard.OTHER,
                    ),
                ),
                Group(
                    "Their registered address",
                    intro="Printed beside their name, for readers who want to write to them.",
                    entries=address_questions("legal_address"),
                ),
                Question(
                    "policy_url",
                    "Their privacy policy",
                    placeholder="https://stripe.com/privacy",
                    optional=True,
                ),
                Question(
                    "opt_out_url",
                    "Where can people opt out of them?",
                    placeholder="https://tools.google.com/dlpage/gaoptout",
                    optional=True,
                ),
            ),
            empty_text=(
                "No third parties yet. Use “From catalog” for well-known services, or "
                "“Add third party” for anyone else."
            ),
            actions=(
                ListAction(
                    "From ca&talog…",
                    _add_from_catalog,
                    "Add a well-known service with its cookies, filled in from the catalog",
                ),
                ListAction(
                    "Sa&ve to my catalog…",
                    _save_to_catalog,
                    "Keep the selected third party and its cookies in your own catalog, "
                    "to add it to other projects",
                    needs_item=True,
                ),
            ),
            remove_item=_remove,
        ),
        Question(
            "disclosures.subprocessor_list_url",
            "Do you keep a page that lists all your service providers?",
            placeholder="https://example.com/subprocessors",
            hint="Many online services keep a “subprocessors” page for their customers.",
            why="The policy links to it below the service providers it lists.",
            optional=True,
        ),
    ),
)
