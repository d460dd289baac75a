"""Apps and software: device permissions and what contacts the network."""

from __future__ import annotations

from functools import partial

from editor.model import Project, PropertyKind
from editor.ui.questions import Column, Group, Holds, ListQuestion, PageSpec, Question


def _has_mobile_app(project: Project) -> bool:
    return bool(project.scope.has_kind(PropertyKind.MOBILE_APP))


_STORE_QUESTIONS = (
    ListQuestion(
        "app_stores.data_uses",
        "Which of your data does the app send off the phone?",
        item_name="data",
        # No title field: the item is one of the data categories, named by its reference, and
        # a duplicate must not rename what it points at.
        title_path="",
        columns=(
            Column("category_id", "Data"),
            Column("collected_by_app", "Sent by the app", width=120),
            Column("linked_to_user", "Linked to the person", width=150),
        ),
        detail=(
            Question("category_id", "Which of your data?"),
            Question(
                "collected_by_app",
                "Does the app (or code in it) send it off the phone?",
                hint="Data you get another way, such as an email to you, does not count.",
            ),
            Question(
                "store_types",
                "Which of the stores' types is it?",
                hint="Needed when the kind of data could be several (a name, an email...).",
                optional=True,
            ),
            Question("linked_to_user", "Is it linked to the person's account, device or identity?"),
            Question(
                "used_for_tracking",
                "Is it combined with other companies' data for advertising, or sold?",
                hint="Leave it open when your policy already says you never sell or share data.",
                optional=True,
            ),
            Question(
                "processed_ephemerally",
                "Is it only used in memory for one request, and never kept?",
            ),
        ),
        optional=True,
        table_rows=4,
        empty_text="Nothing listed yet: the stores' forms will ask for it.",
    ),
    ListQuestion(
        "app_stores.purposes",
        "Which of the stores' purposes are your purposes?",
        item_name="purpose",
        title_path="",
        columns=(
            Column("purpose_id", "Your purpose"),
            Column("store_purposes", "The stores' purposes"),
        ),
        detail=(
            Question("purpose_id", "Which of your purposes?"),
            Question("store_purposes", "Which of the stores' purposes is it?"),
        ),
        optional=True,
        table_rows=4,
        empty_text="Nothing listed yet.",
    ),
    Question(
        "app_stores.asks_tracking_permission",
        "Does the iPhone app ask before tracking (Apple's App Tracking Transparency)?",
        optional=True,
    ),
    Question(
        "app_stores.deletion_request_url",
        "Where can people ask for their data to be deleted?",
        placeholder="https://example.com/delete-my-account",
        optional=True,
    ),
)

# Every list here is optional (software without permissions is common) and short, so the table
# stays small above its detail form.
_AppList = partial(ListQuestion, optional=True, table_rows=3)

PAGE = PageSpec(
    key="apps",
    title="Apps and software",
    intro="For mobile apps and desktop software: what they ask for and what they send.",
    policy_sections=("apps",),
    entries=(
        Question(
            "apps.works_offline",
            "Does your software work without sending anything over the network?",
            optional=True,
        ),
        _AppList(
            "apps.permissions",
            "Which device permissions do your apps ask for?",
            item_name="permission",
            title_path="permission",
            columns=(
                Column("permission", "Permission", width=160),
                Column("reason", "Why"),
                Column("optional", "Optional", width=90),
            ),
            detail=(
                Question("permission", "Permission", placeholder="Camera"),
                Question(
                    "feature",
                    "Which feature uses it?",
                    placeholder="Receipt scanner",
                    optional=True,
                ),
                Question("reason", "Why do you need it?", placeholder="to scan receipts"),
                Question(
                    "optional",
                    "Does the app work without it?",
                    why="The policy tells people whether they need to allow it.",
                ),
                Question(
                    "leaves_device",
                    "Is what it reads sent from the device?",
                    hint="To you or to anyone else, e.g. a photo uploaded to your server.",
                    why=(
                        "The policy says whether the data stays on the person's device; data "
                        "that leaves it is personal data you process."
                    ),
                ),
                Question(
                    "when_granted",
                    "When is it granted?",
                    why=(
                        "A permission granted at install cannot be refused; one the app asks "
                        "for when it needs it can. The policy says which."
                    ),
                ),
            ),
            empty_text="No permissions listed.",
        ),
        _AppList(
            "apps.network_features",
            "Which features contact the internet?",
            item_name="feature",
            title_path="feature",
            columns=(
                Column("feature", "Feature", width=160),
                Column("data_sent", "What is sent"),
                Column("destination", "Where to", width=160),
            ),
            detail=(
                Question("feature", "Feature", placeholder="Update check"),
                Question("data_sent", "What is sent?", placeholder="the app's version number"),
                Question("destination", "Where to?", placeholder="our update server"),
                Question(
                    "provider",
                    "Who runs that server, if not you?",
                    placeholder="GitHub",
                    hint="Leave it empty when it is your own server.",
                    optional=True,
                ),
                Question(
                    "provider_policy_url",
                    "Their privacy policy",
                    placeholder="https://docs.github.com/site-policy/privacy-policies",
                    why="The policy shows the address itself, so it survives in print and email.",
                    optional=True,
                ),
                Question(
                    "on_by_default",
                    "Is it on before people choose it?",
                    why=(
                        "The policy says whether the feature works from the start or only "
                        "once someone switches it on."
                    ),
                ),
                Question(
                    "can_switch_off",
                    "Can people switch it off?",
                    followups=(
                        Question(
                            "how_to_switch_off",
                            "Where?",
                            placeholder="Settings › Privacy › Check for updates",
                        ),
                    ),
                ),
                Question(
                    "in_every_build",
                    "Do all versions of your software have it?",
                    hint="Builds for other systems, or the versions sold in app stores.",
                    followups=(
                        Question(
                            "builds",
                            "Which versions have it?",
                            placeholder="the Windows installer, not the Microsoft Store version",
                        ),
                    ),
                    followups_when=(False,),
                ),
            ),
            empty_text="No network features listed.",
        ),
        _AppList(
            "apps.user_exports",
            "What can people export or send you from your software themselves?",
            hint="A debug log, a support bundle, a crash report they choose to send.",
            item_name="export",
            columns=(
                Column("name", "What", width=160),
                Column("contents", "What is in it"),
                Column("stays_on_device", "Stays on the device", width=150),
            ),
            detail=(
                Question("name", "What is it called?", placeholder="Debug log"),
                Question(
                    "contents",
                    "What is in it?",
                    placeholder="the app's settings and its recent error messages",
                ),
                Question(
                    "stays_on_device",
                    "Does it stay on the device unless the person sends it?",
                    why="The policy tells people that nothing leaves their device until they "
                    "choose to send it.",
                    followups=(
                        Question(
                            "sent_to",
                            "Where does it go when they send it?",
                            placeholder="our support address",
                            optional=True,
                        ),
                    ),
                ),
            ),
            empty_text="Nothing listed.",
        ),
        Question("apps.statement", "Anything else about your apps?", lines=2, optional=True),
        Group(
            "For the App Store and Google Play",
            _STORE_QUESTIONS,
            intro="The stores' privacy forms ask what a policy does not. Export their answers "
            "from File › Export As; what you leave open here is left out there.",
            when=Holds(_has_mobile_app),
        ),
    ),
)
