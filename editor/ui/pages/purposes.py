"""Purposes and lawful basis: why data is used, and the legal reason for each use."""

from __future__ import annotations

from editor.model import LawfulBasis
from editor.ui.questions import Column, ListQuestion, PageSpec, Question, When

PAGE = PageSpec(
    key="purposes",
    title="Purposes and lawful basis",
    intro=(
        "Say why you use personal data, one purpose at a time, and the legal reason that "
        "allows each use. Data categories and third parties refer to these purposes."
    ),
    policy_sections=("how_we_use", "lawful_basis"),
    entries=(
        ListQuestion(
            "purposes",
            "Why do you use personal data?",
            hint="One row per purpose, e.g. “Take and deliver orders”, “Send our newsletter”.",
            item_name="purpose",
            columns=(
                Column("name", "Purpose"),
                Column("lawful_basis", "Lawful basis", width=200),
            ),
            detail=(
                Question("name", "What is the purpose?", placeholder="Send our newsletter"),
                Question(
                    "description",
                    "Describe it in a sentence or two",
                    placeholder="We email subscribers about new dishes and events, monthly.",
                    lines=2,
                    optional=True,
                ),
                Question(
                    "lawful_basis",
                    "What is the legal reason for it?",
                    why=(
                        "Under the GDPR every use of personal data needs one of six lawful "
                        "bases (Art. 6). Consent for newsletters; contract for orders; legal "
                        "obligation for tax records; legitimate interests for things like "
                        "security, balanced against people's rights."
                    ),
                ),
                Question(
                    "legitimate_interest",
                    "What is your legitimate interest?",
                    placeholder="keeping our website safe from fraud",
                    when=When("lawful_basis", LawfulBasis.LEGITIMATE_INTERESTS),
                    why="The policy must name the interest you rely on (GDPR Art. 13(1)(d)).",
                ),
                Question(
                    "balancing_test",
                    "Have you checked that this interest is not outweighed by people's rights?",
                    hint="The “balancing test”: what you gain against what it means for them.",
                    when=When("lawful_basis", LawfulBasis.LEGITIMATE_INTERESTS),
                    why=(
                        "Legitimate interests are a legal reason only when they are not "
                        "overridden by people's rights (GDPR Art. 6(1)(f)). The policy says "
                        "you checked only when you answer yes."
                    ),
                ),
                Question(
                    "legal_obligation",
                    "Which law requires it?",
                    placeholder="tax law",
                    when=When("lawful_basis", LawfulBasis.LEGAL_OBLIGATION),
                ),
                Question(
                    "withdraw_consent_how",
                    "How can people withdraw their consent?",
                    placeholder="click “unsubscribe” in any email",
                    when=When("lawful_basis", LawfulBasis.CONSENT),
                    why=(
                        "People must be told they can withdraw consent at any time "
                        "(GDPR Art. 13(2)(c))."
                    ),
                ),
                Question(
                    "direct_marketing",
                    "Is this direct marketing?",
                    hint="Newsletters, offers and ads sent to the person.",
                    why=(
                        "People can always object to direct marketing, and the policy must "
                        "tell them so (GDPR Art. 21(2)-(4))."
                    ),
                ),
            ),
            empty_text="No purposes yet. Use “Add purpose” for each reason you use data.",
        ),
        ListQuestion(
            "group_bases",
            "Is the legal reason different for some groups of people?",
            hint="E.g. the newsletter goes to donors on consent, to members as part of membership.",
            item_name="group",
            title_path="details",
            columns=(
                Column("subjects", "For whom"),
                Column("lawful_basis", "Legal reason", width=200),
            ),
            detail=(
                Question("subjects", "For whom is it different?"),
                Question("purpose_ids", "For which purposes?", optional=True),
                Question("lawful_basis", "What is the legal reason for them?"),
                Question(
                    "details",
                    "In a sentence, why",
                    placeholder="members hear about meetings as part of their membership",
                    optional=True,
                ),
            ),
            optional=True,
            table_rows=3,
            empty_text="The same reasons for everyone.",
        ),
    ),
)
