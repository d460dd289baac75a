"""Cookies and similar technologies, and how people consent to them."""

from __future__ import annotations

from typing import Any

from editor.model import LifetimeKind
from editor.ui.questions import Column, ListAction, ListQuestion, PageSpec, Question, When


def _add_from_catalog(editor: Any) -> None:
    from editor.ui.catalogactions import add_from_list  # loads with its first use

    add_from_list(editor)


COOKIE_DETAIL = (
    Question(
        "name", "Cookie name", placeholder="_ga", hint="The exact name, or a pattern like _ga_*."
    ),
    Question("provider", "Who sets it?", placeholder="Google Analytics"),
    Question("party", "Is it yours or a third party's?"),
    Question("storage_type", "What kind of storage is it?"),
    Question("category", "What category is it in?"),
    Question("purpose", "What does it do?", placeholder="tells visits apart for our statistics"),
    Question("lifetime.kind", "How long does it last?"),
    Question(
        "lifetime.period",
        "For how long?",
        when=When("lifetime.kind", LifetimeKind.PERIOD),
    ),
    Question(
        "lifetime.event",
        "Until what happens?",
        placeholder="you log out",
        when=When("lifetime.kind", LifetimeKind.UNTIL_EVENT),
    ),
    Question(
        "recipient_id",
        "Which third party receives its data?",
        hint="Third parties are listed on the “Third parties” page.",
        optional=True,
    ),
)

PAGE = PageSpec(
    key="cookies",
    title="Cookies",
    intro=(
        "Cookies and similar technologies (local storage, pixels, app SDKs) store or read "
        "information on people's devices. Most need consent first."
    ),
    policy_sections=("cookies",),
    entries=(
        Question(
            "cookies.uses_cookies",
            "Do your websites or apps use cookies or similar technologies?",
            hint="Analytics, embedded videos, chat widgets and shop platforms usually do.",
            why=(
                "The ePrivacy rules require consent before storing anything on a device that "
                "is not strictly necessary, and your policy must say what is stored and why."
            ),
            followups=(
                ListQuestion(
                    "cookies.cookies",
                    "Which cookies do you use?",
                    hint="Your cookie banner tool or the browser's developer tools list them.",
                    item_name="cookie",
                    title_path="name",
                    columns=(
                        Column("name", "Name", width=150),
                        Column("provider", "Provider", width=150),
                        Column("category", "Category", width=170),
                        Column("lifetime", "Lasts"),
                    ),
                    detail=COOKIE_DETAIL,
                    optional=True,
                    empty_text=(
                        "No cookies listed. Use “From catalog” to add a service's cookies, "
                        "“Add cookie”, or describe categories below."
                    ),
                    actions=(
                        ListAction(
                            "From ca&talog…",
                            _add_from_catalog,
                            "Add a well-known service's cookies, and the service as a third "
                            "party, filled in from the catalog",
                        ),
                    ),
                ),
                ListQuestion(
                    "cookies.category_uses",
                    "Or describe them by category",
                    hint="If you prefer not to list each cookie by name.",
                    item_name="category",
                    title_path="description",
                    columns=(
                        Column("category", "Category", width=200),
                        Column("description", "What they do"),
                    ),
                    detail=(
                        Question("category", "Category"),
                        Question(
                            "description",
                            "What do these cookies do?",
                            placeholder="keep you logged in and remember your basket",
                            lines=2,
                        ),
                    ),
                    optional=True,
                    table_rows=3,
                    empty_text="No categories described.",
                ),
                Question(
                    "cookies.consent",
                    "How do people agree to cookies?",
                    why=(
                        "In the EU and UK, optional cookies may only be set after people opt "
                        "in; a notice that they can opt out is not enough."
                    ),
                ),
                Question(
                    "cookies.consent_details",
                    "Anything to add about consent?",
                    lines=2,
                    optional=True,
                ),
                Question(
                    "cookies.how_to_manage",
                    "How can people change their choice or delete cookies?",
                    placeholder="use the “Cookie settings” link at the bottom of every page",
                    lines=2,
                ),
                Question(
                    "cookies.cookie_policy_url",
                    "Do you have a separate cookie policy? Its address:",
                    placeholder="https://example.com/cookies",
                    optional=True,
                ),
            ),
        ),
    ),
)
