"""Sharing and sale: when data may be disclosed beyond the listed third parties."""

from __future__ import annotations

from editor.model import Law, Project, Region
from editor.ui.questions import Column, Group, Holds, ListQuestion, PageSpec, Question, When


def texas_sale_notices_matter(project: Project) -> bool:
    """Selling personal data to Texans: the TDPSA's NOTICE lines may be needed, and even a small
    business (outside the TDPSA) needs consent to sell sensitive data (§541.107)."""
    j = project.jurisdictions
    serves_texas = Region.TEXAS in j.regions or j.law_overrides.get(Law.TX_DPSA) is True
    return bool(project.disclosures.sells_personal_information) and serves_texas


PAGE = PageSpec(
    key="sharing",
    title="Sharing and sale",
    intro="Besides your service providers, when might you share personal data?",
    policy_sections=("sharing", "california", "us_states"),
    entries=(
        Group(
            "When you may disclose data",
            entries=(
                Question(
                    "disclosures.legal_requests",
                    "To comply with the law, a court order or a request from the police?",
                    followups=(
                        Question(
                            "disclosures.tells_people_of_requests",
                            "Do you tell people when an authority asks for their data?",
                            hint="Unless the law forbids you to.",
                            optional=True,
                        ),
                    ),
                ),
                Question(
                    "disclosures.protect_rights",
                    "To protect your rights, property or safety, or those of others?",
                ),
                Question(
                    "disclosures.business_transfer",
                    "If your business is sold or merged?",
                    followups=(
                        Question(
                            "disclosures.buyer_keeps_policy",
                            "Must a new owner keep to this policy?",
                            hint="For the data they receive, unless people agree otherwise.",
                        ),
                    ),
                ),
                Question(
                    "disclosures.with_consent",
                    "Whenever the person asks you to, or agrees?",
                ),
                Question(
                    "disclosures.group_companies",
                    "With other companies in your group?",
                    optional=True,
                    followups=(
                        Question(
                            "disclosures.group_details",
                            "Which companies, and why?",
                            lines=2,
                        ),
                    ),
                ),
                ListQuestion(
                    "disclosures.other_occasions",
                    "Any other occasion?",
                    hint="Each one is its own sentence in the policy.",
                    item_name="occasion",
                    title_path="description",
                    columns=(Column("description", "When"),),
                    detail=(
                        Question(
                            "description",
                            "When else may you share data?",
                            placeholder="with social services if someone is at serious risk",
                            lines=2,
                        ),
                    ),
                    optional=True,
                    table_rows=3,
                    empty_text="No other occasions.",
                ),
                Question(
                    "disclosures.warrant_canary_url",
                    "Do you publish a warrant canary?",
                    placeholder="https://example.com/canary",
                    hint="A page saying you have had no secret request for data, updated "
                    "regularly.",
                    optional=True,
                ),
                Question(
                    "disclosures.government_requests",
                    "Anything to say about requests from governments?",
                    placeholder="We have never received a government request for data.",
                    lines=2,
                    optional=True,
                ),
            ),
        ),
        Group(
            "Selling and sharing for advertising",
            entries=(
                Question(
                    "disclosures.sells_personal_information",
                    "Do you sell personal information?",
                    hint="Exchanging data for money or anything of value counts as selling.",
                    why=(
                        "California's privacy law requires you to say whether you sell personal "
                        "information or share it for cross-context advertising, and if so to "
                        "offer a “Do Not Sell or Share” link."
                    ),
                ),
                Question(
                    "disclosures.shares_for_targeted_ads",
                    "Do you share personal information for targeted advertising?",
                    hint="For example advertising pixels that follow people across sites.",
                ),
                Question(
                    "disclosures.sale_details",
                    "Describe what you sell or share, and with whom",
                    lines=3,
                    optional=True,
                ),
                Question(
                    "disclosures.do_not_sell_url",
                    "Address of your “Do Not Sell or Share My Personal Information” page",
                    placeholder="https://example.com/do-not-sell",
                    optional=True,
                    when=When("disclosures.sells_personal_information", True),
                ),
                Question(
                    "disclosures.sells_data_of_under_16s",
                    "Do you know that you sell or share data of people under 16?",
                    optional=True,
                    when=When("disclosures.sells_personal_information", True),
                    followups=(
                        Question(
                            "disclosures.under_16_opt_in",
                            "How do they (or a parent, under 13) opt in?",
                            lines=2,
                        ),
                    ),
                ),
                Question(
                    "disclosures.sells_sensitive_data",
                    "Do you sell sensitive personal data?",
                    hint="For example health, precise location, biometric or children's data.",
                    why="Texas requires the notice “We may sell your sensitive personal data.”",
                    when=Holds(texas_sale_notices_matter),
                ),
                Question(
                    "disclosures.sells_biometric_data",
                    "Do you sell biometric personal data?",
                    hint="Fingerprints, face or voice prints and similar.",
                    why="Texas requires the notice “We may sell your biometric personal data.”",
                    optional=True,
                    when=Holds(texas_sale_notices_matter),
                ),
                Question(
                    "disclosures.uses_sensitive_beyond_permitted",
                    "Do you use sensitive information beyond what is needed to provide your "
                    "service?",
                    optional=True,
                    followups=(
                        Question(
                            "disclosures.limit_use_url",
                            "Address of your “Limit the Use of My Sensitive Personal "
                            "Information” page",
                            placeholder="https://example.com/limit-use",
                            optional=True,
                        ),
                    ),
                ),
            ),
        ),
        Group(
            "Artificial intelligence",
            entries=(
                Question(
                    "disclosures.trains_language_models",
                    "Do you use personal data to train large language models?",
                    hint="The AI models behind chatbots and writing assistants, your own or "
                    "someone else's.",
                    why=(
                        "Connecticut's privacy law asks the policy to say whether you collect, "
                        "use or sell personal data to train large language models."
                    ),
                    optional=True,
                ),
            ),
        ),
    ),
)
