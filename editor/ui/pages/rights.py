"""Rights: what people can ask for, and how they ask."""

from __future__ import annotations

from editor.ui.questions import Group, PageSpec, Question, When

PAGE = PageSpec(
    key="rights",
    title="People's rights",
    intro=(
        "People can ask to see, correct or delete their data. The laws that apply to you "
        "decide which rights the policy lists; here you say how people use them."
    ),
    policy_sections=("rights", "california", "us_states"),
    entries=(
        Question(
            "rights.offer_to_everyone",
            "Do you offer the same rights to everyone, wherever they live?",
            hint="Many businesses do: it is simpler than checking where someone lives.",
        ),
        Question(
            "rights.rights",
            "Which rights do you offer beyond what the law requires?",
            optional=True,
        ),
        Question(
            "rights.request_methods",
            "How can people make a request?",
            why=(
                "California requires at least two ways, one of them a toll-free number "
                "unless you only operate online; everyone benefits from a clear route."
            ),
        ),
        Question(
            "rights.how_to_exercise",
            "Anything to add about making a request?",
            placeholder="email privacy@example.com with the subject “Data request”",
            lines=2,
            optional=True,
        ),
        Question(
            "rights.verification",
            "How do you check who is asking?",
            placeholder="we reply to the email address on your account",
            optional=True,
        ),
        Question(
            "rights.response_days",
            "Within how many days do you reply?",
            suffix="days",
            hint="The GDPR allows one month; the CCPA 45 days.",
        ),
        Question(
            "rights.request_fee",
            "Does using their rights cost people anything?",
            why=(
                "Requests are free under the GDPR and the CCPA, except clearly unfounded or "
                "excessive ones (GDPR Art. 12(5)). The policy says it is free only when you "
                "answer."
            ),
        ),
        Question(
            "rights.authorised_agents",
            "Do you accept requests made by someone on another person's behalf?",
            optional=True,
        ),
        Question(
            "rights.request_metrics_url",
            "Where do you publish figures about privacy requests?",
            hint="Only for businesses handling 10 million or more Californians' data.",
            placeholder="https://example.com/privacy-metrics",
            optional=True,
            when=When("jurisdictions.ccpa_10m_consumers", True),
        ),
        Question(
            "rights.appeal_process",
            "How can people appeal if you refuse a request?",
            why=(
                "Virginia, Colorado, Connecticut, Texas and Oregon require an appeal process, "
                "and the policy must say how to use it."
            ),
            lines=2,
            optional=True,
        ),
        Group(
            "Complaints",
            entries=(
                Question(
                    "rights.complaints_to_us",
                    "How do you handle complaints made to you?",
                    lines=2,
                    optional=True,
                ),
                Question(
                    "rights.complaint_authority_name",
                    "Which regulator can people complain to?",
                    placeholder="the Data Protection Commission",
                    why="People must be told they may complain to a supervisory authority.",
                ),
                Question(
                    "rights.complaint_authority_url",
                    "The regulator's website",
                    placeholder="https://www.dataprotection.ie",
                    optional=True,
                ),
            ),
        ),
    ),
)
