"""The cookie banner's configuration for CookieConsent v3 (orestbida/cookieconsent), from the
policy's cookie answers: the same categories, the same cookies in the same tables.

The keys are those of the library's own type declarations (types/index.d.ts of
vanilla-cookieconsent 3.1): ``categories`` (``enabled``, ``readOnly``, ``services``,
``autoClear``), ``mode`` and ``language.translations.<lang>`` with ``consentModal`` and
``preferencesModal.sections`` (``linkedCategory``, ``cookieTable`` with ``headers`` and
``body``). The library inserts titles, descriptions and labels as HTML, so every answer is
escaped here.
"""

from __future__ import annotations

import html
import json
import re
from typing import Any

from editor.export.textclean import xml_text
from editor.model import ConsentMechanism, Cookie, CookieCategory, Project, StorageType
from editor.records.unanswered import Unanswered
from editor.versions import words

# The library's category names are free; these are the ones its documentation uses.
CATEGORY_KEYS = {
    CookieCategory.STRICTLY_NECESSARY: "necessary",
    CookieCategory.FUNCTIONAL: "functional",
    CookieCategory.ANALYTICS: "analytics",
    CookieCategory.MARKETING: "marketing",
    CookieCategory.UNCLASSIFIED: "unclassified",
}
_DESCRIPTIONS = {
    CookieCategory.STRICTLY_NECESSARY: "Needed for the site to work. They cannot be switched off.",
    CookieCategory.FUNCTIONAL: "Remember your choices, such as your language.",
    CookieCategory.ANALYTICS: "Tell us how the site is used, so that we can improve it.",
    CookieCategory.MARKETING: "Used to show you advertising and measure it.",
    CookieCategory.UNCLASSIFIED: "Cookies we have not described yet. They are off until you "
    "switch them on.",
}
_MODES = {ConsentMechanism.BANNER_OPT_IN: "opt-in", ConsentMechanism.BANNER_NOTICE: "opt-out"}
HEADERS = {"name": "Name", "provider": "Set by", "purpose": "Purpose", "duration": "Lasts"}


def _text(value: str) -> str:
    return html.escape(xml_text(" ".join(value.split())))


def _cookie_row(cookie: Cookie) -> dict[str, str]:
    lifetime = words.lifetime(cookie.lifetime)
    return {
        "name": _text(cookie.name),
        "provider": _text(cookie.provider),
        "purpose": _text(cookie.purpose),
        "duration": "" if lifetime == words.NOT_ANSWERED else _text(words.sentence(lifetime)),
    }


def consent_config(project: Project) -> tuple[dict[str, Any] | None, tuple[Unanswered, ...]]:
    """The configuration for ``CookieConsent.run``; None when the policy says the site uses no
    cookies (no banner is needed), or has not said whether it does."""
    settings = project.cookies
    missing: list[Unanswered] = []
    if settings.uses_cookies is None:
        missing.append(Unanswered.at(("cookies", "uses_cookies"), "Does your site use cookies?"))
        return None, tuple(missing)
    if not settings.uses_cookies:
        return None, ()
    in_use = settings.categories_in_use()
    if not in_use:
        missing.append(
            Unanswered.at(("cookies", "cookies"), "Which cookies the site sets, by category.")
        )
    categories: dict[str, Any] = {}
    sections: list[dict[str, Any]] = [
        {
            "title": "Your choices",
            "description": "Choose which cookies we may use. You can change your mind at any time.",
        }
    ]
    for category in in_use:
        key = CATEGORY_KEYS[category]
        cookies = [c for c in settings.cookies if c.category is category]
        entry: dict[str, Any] = {}
        if category is CookieCategory.STRICTLY_NECESSARY:
            entry = {"enabled": True, "readOnly": True}
        exact = [c.name.strip() for c in cookies
                 if c.storage_type is StorageType.COOKIE and c.name.strip()
                 and "*" not in c.name]  # fmt: skip
        if exact and category is not CookieCategory.STRICTLY_NECESSARY:
            # Cleared when someone says no; names with a wildcard would need a RegExp, which a
            # JSON configuration cannot hold, so they are left to the library's default.
            entry["autoClear"] = {"cookies": [{"name": n} for n in dict.fromkeys(exact)]}
        providers = dict.fromkeys(c.provider.strip() for c in cookies if c.provider.strip())
        if providers:
            entry["services"] = _services(providers)
        categories[key] = entry
        described = [u.description for u in settings.category_uses if u.category is category]
        section: dict[str, Any] = {
            "title": _text(category.label),
            "description": _text(" ".join(d for d in described if d.strip()))
            or _DESCRIPTIONS[category],
            "linkedCategory": key,
        }
        if cookies:
            section["cookieTable"] = {
                "caption": f"{_text(category.label)} cookies",
                "headers": HEADERS,
                "body": [_cookie_row(c) for c in cookies],
            }
        sections.append(section)
    consent_modal: dict[str, Any] = {
        "title": "We use cookies",
        "description": "Some cookies are needed for the site to work; others need your consent.",
        "acceptAllBtn": "Accept all",
        "acceptNecessaryBtn": "Reject all",
        "showPreferencesBtn": "Manage preferences",
    }
    url = settings.cookie_policy_url.strip()
    if url.startswith(("https://", "http://")):
        consent_modal["footer"] = f'<a href="{html.escape(url)}">Cookie policy</a>'
    else:
        missing.append(
            Unanswered.at(
                ("cookies", "cookie_policy_url"),
                "The address of your cookie policy, for the banner's link to it.",
            )
        )
    config: dict[str, Any] = {
        "categories": categories,
        "language": {
            "default": "en",
            "translations": {
                "en": {
                    "consentModal": consent_modal,
                    "preferencesModal": {
                        "title": "Cookie preferences",
                        "acceptAllBtn": "Accept all",
                        "acceptNecessaryBtn": "Reject all",
                        "savePreferencesBtn": "Save preferences",
                        "closeIconLabel": "Close",
                        "sections": sections,
                    },
                }
            },
        },
    }
    mode = _MODES.get(settings.consent) if settings.consent is not None else None
    optional = any(c.needs_consent for c in in_use)
    if mode is not None:
        config["mode"] = mode
    elif optional:
        missing.append(
            Unanswered.at(
                ("cookies", "consent"),
                "Does the banner ask before optional cookies are set, or only inform?"
                " (until answered, the library asks first)",
            )
        )
    return config, tuple(missing)


def _services(providers: dict[str, None]) -> dict[str, dict[str, str]]:
    """One service per provider, keyed by a name made of its letters (unique in the category)."""
    services: dict[str, dict[str, str]] = {}
    for n, provider in enumerate(providers, start=1):
        key = re.sub(r"[^a-z0-9]+", "-", provider.lower()).strip("-") or "service"
        while key in services:
            key = f"{key}-{n}"
        services[key] = {"label": _text(provider)}
    return services


def cookieconsent_js(config: dict[str, Any] | None) -> bytes:
    """A script to load after the library's cookieconsent.umd.js: it runs the banner."""
    head = (
        "// Cookie banner configuration for CookieConsent v3\n"
        "// (https://github.com/orestbida/cookieconsent), written by Policywright from the\n"
        "// cookies your privacy policy lists. Load the library's cookieconsent.umd.js and\n"
        "// cookieconsent.css first, then this file.\n"
    )
    if config is None:
        return (
            head + "// Your policy says the site uses no cookies: no banner is needed.\n"
        ).encode()
    # "<" escaped, so that the script may also be pasted inside a <script> element.
    body = json.dumps(config, indent=2, ensure_ascii=False).replace("<", "\\u003c")
    return f"{head}CookieConsent.run({body});\n".encode()
