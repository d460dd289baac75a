"""Data you collect: each kind of personal data, from whom, how, why, and what you do not."""

from __future__ import annotations

from editor.model import DataKind, DataSource
from editor.ui.questions import Column, Group, Includes, ListQuestion, PageSpec, Question, When

_SENSITIVE = tuple(kind for kind in DataKind if kind.is_special_category)

PAGE = PageSpec(
    key="data",
    title="Data you collect",
    intro=(
        "List each kind of personal data you collect: anything that says something about a "
        "person who can be identified. Readers look for this section first."
    ),
    policy_sections=("data_collected",),
    entries=(
        ListQuestion(
            "data_categories",
            "What personal data do you collect?",
            hint="One row per kind of data, e.g. contact details, orders, newsletter sign-ups.",
            item_name="data category",
            columns=(
                Column("name", "Name"),
                Column("kind", "Kind", width=220),
                Column("subjects", "About whom", width=200),
            ),
            detail=(
                Question("name", "What do you call this data?", placeholder="Contact details"),
                Question("kind", "What kind of data is it?"),
                Question(
                    "examples",
                    "Which details exactly?",
                    placeholder="name, email address, phone number",
                    hint="A short list, as readers would recognise it.",
                ),
                Question("subjects", "Whose data is it?"),
                Question(
                    "sources",
                    "Where does it come from?",
                    why=(
                        "When you get data from someone other than the person, the law asks "
                        "you to say where from (GDPR Art. 14(2)(f))."
                    ),
                ),
                Question(
                    "source_details",
                    "Which other sources?",
                    placeholder="the delivery partner who takes your order",
                    hint="Who gives it to you, e.g. the agency that refers someone to you.",
                    when=Includes(
                        "sources",
                        DataSource.THIRD_PARTIES,
                        DataSource.PUBLIC_SOURCES,
                        DataSource.OTHER_USERS,
                        DataSource.ON_THEIR_BEHALF,
                    ),
                ),
                Question(
                    "purpose_ids",
                    "What do you use it for?",
                    hint="Purposes are listed on the “Purposes and lawful basis” page.",
                ),
                Question("collected_when", "When do you collect it?", optional=True),
                Question(
                    "only_if",
                    "Only in some cases? Only if …",
                    placeholder="you pay by PayPal",
                    hint="Leave it empty when you always collect it.",
                    optional=True,
                ),
                Question(
                    "lawful_basis",
                    "Does this data have a legal reason of its own?",
                    hint=(
                        "Only when it differs from its purposes' reasons, e.g. optional "
                        "profile details kept on consent. Leave it empty otherwise."
                    ),
                    optional=True,
                ),
                Question(
                    "special_condition",
                    "Besides the legal reason, what allows you to use this sensitive data?",
                    hint=(
                        "For criminal records choose “A law that allows it”, and name the law "
                        "below."
                    ),
                    why=(
                        "Health, beliefs, ethnicity and the other special categories need one of "
                        "the conditions in GDPR Art. 9(2) as well as a legal reason; criminal "
                        "records need a law that allows them (Art. 10; in the UK, a condition in "
                        "the Data Protection Act 2018, Schedule 1)."
                    ),
                    when=When("kind", *_SENSITIVE),
                ),
                Question(
                    "special_condition_details",
                    "Which law or paragraph, if any?",
                    placeholder="Data Protection Act 2018, Schedule 1, paragraph 18 (safeguarding)",
                    optional=True,
                    when=When("kind", *_SENSITIVE),
                ),
                Question(
                    "requirement",
                    "Must people give you this data?",
                    why=(
                        "People must be told whether they have to provide data and what "
                        "happens if they do not (GDPR Art. 13(2)(e))."
                    ),
                    optional=True,
                ),
                Question(
                    "if_not_provided",
                    "What happens if they do not?",
                    placeholder="we cannot take your order",
                    optional=True,
                ),
                Question(
                    "sold_or_shared",
                    "Do you sell this data, or share it for targeted advertising?",
                    hint="In the sense of California's privacy law (CCPA).",
                    optional=True,
                ),
            ),
            empty_text="No data listed yet. Use “Add data category” to describe what you collect.",
        ),
        Group(
            "What you do not collect",
            intro="Saying plainly what you never collect builds trust.",
            entries=(
                Question(
                    "not_collected.nothing",
                    "We collect no personal data at all",
                    why=(
                        "A program whose data stays on the device, or a site that keeps "
                        "nothing, gets a short policy that says so, with no list of data or "
                        "of rights over data you do not hold."
                    ),
                    optional=True,
                ),
                Question(
                    "not_collected.kinds",
                    "Which of these do you never collect?",
                    optional=True,
                ),
                Question(
                    "not_collected.statement",
                    "Anything else to say about what you do not collect?",
                    placeholder="We never ask for your date of birth.",
                    lines=2,
                    optional=True,
                ),
            ),
        ),
    ),
)
