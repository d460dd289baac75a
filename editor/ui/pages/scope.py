"""What the policy covers: websites, apps, shops and services."""

from __future__ import annotations

from editor.model import PropertyKind
from editor.ui.questions import Column, ListQuestion, PageSpec, Question, When

PAGE = PageSpec(
    key="scope",
    title="What the policy covers",
    intro=(
        "List the websites, apps, shops and services this policy is for, so readers know "
        "where it applies."
    ),
    policy_sections=("who_we_are",),
    entries=(
        ListQuestion(
            "scope.properties",
            "Which websites, apps and services does this policy cover?",
            item_name="service",
            columns=(
                Column("kind", "Kind", width=200),
                Column("name", "Name"),
                Column("url", "Web address", width=220),
            ),
            detail=(
                Question("kind", "What is it?"),
                Question("name", "What is it called?", placeholder="Our online shop"),
                Question(
                    "url",
                    "Web address",
                    placeholder="https://shop.example.com",
                    optional=True,
                ),
                Question(
                    "platforms",
                    "On which platforms?",
                    placeholder="iOS and Android",
                    optional=True,
                    when=When("kind", PropertyKind.MOBILE_APP, PropertyKind.DESKTOP_APP),
                ),
                Question(
                    "differences",
                    "Does it handle personal data differently from the rest?",
                    placeholder="the free version shows ads from AdMob",
                    hint="Leave it empty when it works like everything else listed.",
                    lines=2,
                    optional=True,
                ),
            ),
            empty_text="Nothing listed yet. Use “Add service” for your website, shop or app.",
        ),
        Question(
            "scope.covers_everything",
            "Does this policy cover everything you offer, not only what is listed?",
            hint="“All our apps, including …”: then a new app is covered before you list it.",
            why="The policy says whether the list is complete or gives examples.",
            optional=True,
        ),
        Question(
            "scope.not_covered",
            "Is there anything this policy does not cover?",
            placeholder="websites we link to, which have their own policies",
            lines=2,
            optional=True,
        ),
    ),
)
