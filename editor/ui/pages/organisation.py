"""Your business: who publishes the policy (the controller) and its representatives."""

from __future__ import annotations

from editor.ui.pages.address import address_questions
from editor.ui.questions import Group, PageSpec, Question


def _contact_point(prefix: str, who: str) -> tuple[Question, ...]:
    return (
        Question(f"{prefix}.name", f"Name of the {who}", placeholder="Jane Murphy"),
        Question(f"{prefix}.email", "Email address", placeholder="dpo@example.com"),
        Question(f"{prefix}.phone", "Phone number", optional=True),
        Question(f"{prefix}.address.street", "Street address", optional=True),
        Question(f"{prefix}.address.locality", "Town or city", optional=True),
        Question(f"{prefix}.address.country", "Country", optional=True),
    )


PAGE = PageSpec(
    key="organisation",
    title="Your business",
    intro=(
        "Tell us who you are. Your policy opens by saying who is responsible for the "
        "personal data people share with you."
    ),
    policy_sections=("who_we_are",),
    entries=(
        Question(
            "organisation.kind",
            "What kind of organisation are you?",
            hint="This changes how the policy introduces you.",
        ),
        Question(
            "organisation.legal_name",
            "What is your business's legal name?",
            hint="As registered, or your own name if you trade as a person.",
            placeholder="Bean & Leaf Café Limited",
            why=(
                "Privacy laws require you to say who the controller is: the person or company "
                "that decides how personal data is used (GDPR Art. 13(1)(a))."
            ),
        ),
        Question(
            "organisation.trading_name",
            "Do you trade under another name?",
            hint="Your brand or shop name. Leave it empty if it is the same.",
            placeholder="Bean & Leaf",
            optional=True,
        ),
        Question(
            "organisation.description",
            "What does your business do, in one sentence?",
            placeholder="a neighbourhood café that also takes orders online",
            lines=2,
            hint="Finish the sentence “We are …”.",
        ),
        Question(
            "organisation.registration_number",
            "Company registration number",
            hint="If you are a registered company.",
            optional=True,
        ),
        Question(
            "organisation.website",
            "Your website",
            placeholder="https://example.com",
            optional=True,
        ),
        Question(
            "organisation.country",
            "In which country is your business established?",
            why=(
                "Where you are established decides which laws apply to you, for example the "
                "GDPR for a business in the EU, even if your customers are elsewhere."
            ),
        ),
        Group(
            "Postal address",
            intro="People may write to you about their data; some laws require an address.",
            entries=address_questions("organisation.address"),
        ),
        Group(
            "Data protection officer and representatives",
            entries=(
                Question(
                    "organisation.has_dpo",
                    "Have you appointed a data protection officer (DPO)?",
                    hint="Most small businesses do not need one.",
                    why=(
                        "A DPO is required for public bodies and for businesses whose core "
                        "work is large-scale monitoring or sensitive data (GDPR Art. 37). If you "
                        "have one, the policy must give their contact details."
                    ),
                    followups=_contact_point("organisation.dpo", "data protection officer"),
                ),
                Question(
                    "organisation.has_eu_representative",
                    "Do you have a representative in the EU?",
                    hint="Only for businesses outside the EU that serve people in it.",
                    why=(
                        "A business outside the EU that offers goods or services to people in "
                        "the EU usually has to name a representative there (GDPR Art. 27)."
                    ),
                    followups=_contact_point("organisation.eu_representative", "representative"),
                ),
                Question(
                    "organisation.has_uk_representative",
                    "Do you have a representative in the UK?",
                    hint="Only for businesses outside the UK that serve people in it.",
                    followups=_contact_point("organisation.uk_representative", "representative"),
                ),
            ),
        ),
    ),
)
