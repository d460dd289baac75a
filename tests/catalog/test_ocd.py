"""Catalog entries made from the Open Cookie Database: reading its facts, our purposes, the
shipped file being what the generator makes, and the scanner knowing the database's cookies."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from editor.catalog import ocd
from editor.catalog.loader import (
    GENERATED_FILE,
    Catalog,
    builtin_catalog_dir,
    load_builtin,
)
from editor.catalog.scan import scan_requests
from editor.catalog.scan_input import Request
from editor.catalog.schema import UNKNOWN, CatalogEntry, CookieFact, EntryFact
from editor.model.cookies import CookieCategory, LifetimeKind, Party
from editor.model.recipients import ServiceKind, TransferSafeguard

SHARED_CSV = Path("/work/shared/data/open-cookie-database/cookies-facts.csv")
HEADER = ",".join(ocd.COLUMNS)


def csv_text(*rows: str) -> str:
    return "\n".join([HEADER, *rows]) + "\n"


@pytest.mark.parametrize(
    ("text", "kind", "amount", "unit"),
    [
        ("1 year", LifetimeKind.PERIOD, 1, "years"),
        ("13 Months", LifetimeKind.PERIOD, 13, "months"),
        ("30 mins", LifetimeKind.PERIOD, 30, "minutes"),
        ("1 Day", LifetimeKind.PERIOD, 1, "days"),
        (" 2 weeks ", LifetimeKind.PERIOD, 2, "weeks"),
        ("Session", LifetimeKind.SESSION, None, None),
        ("End of session (browser)", LifetimeKind.SESSION, None, None),
        ("forever", LifetimeKind.PERSISTENT, None, None),
    ],
)
def test_plain_retention_periods_are_read(
    text: str, kind: LifetimeKind, amount: int | None, unit: str | None
) -> None:
    lifetime, note = ocd.parse_retention(text)
    assert note == ""
    assert lifetime.kind is kind
    assert lifetime.period.amount == amount
    assert (lifetime.period.unit.value if lifetime.period.unit else None) == unit


def test_seconds_are_kept_exact_rather_than_rounded_up_to_a_minute() -> None:
    lifetime, note = ocd.parse_retention("10 seconds")
    assert (lifetime.kind, lifetime.event, note) == (
        LifetimeKind.UNTIL_EVENT,
        "10 seconds pass",
        "",
    )


@pytest.mark.parametrize(
    "text", ["Varies", "", "1 hour or longer", "6 months by default, modifiable", "0 days", "Awin"]
)
def test_qualified_or_odd_retention_stays_unknown_with_the_database_words(text: str) -> None:
    lifetime, note = ocd.parse_retention(text)
    assert lifetime.kind is LifetimeKind.UNKNOWN
    assert note and (repr(text) in note if text else "no retention" in note)


def test_categories_map_with_a_note_where_they_differ() -> None:
    assert ocd.cookie_category("Marketing") == (CookieCategory.MARKETING, "")
    assert ocd.cookie_category("Necessary") == (CookieCategory.STRICTLY_NECESSARY, "")
    category, note = ocd.cookie_category("Security")
    assert category is CookieCategory.STRICTLY_NECESSARY and "security" in note
    assert ocd.cookie_category("Tracking")[0] is None


def test_domains_give_hosts() -> None:
    assert ocd.domain_hosts("adform.net (3rd party)") == ["adform.net"]
    assert ocd.domain_hosts(".bing.com (3rd party) or .microsoft.com (3rd party)") == [
        "bing.com",
        "microsoft.com",
    ]
    assert ocd.domain_hosts("") == []
    assert ocd.domain_hosts("ads-[account].adhese.com") == []
    assert ocd.domain_hosts("id5-sync") == []


EDITORIAL = """
checked = "2026-12-07"
self_hosted = ["PHP.net"]
[existing]
"Hand" = "hand"
[same_as]
"Adform Two" = "Adform"
[names]
"PHP.net" = "PHP"
[kinds]
advertising = ["Adform"]
other = ["PHP.net"]
[purposes.kind]
advertising = "to show ads"
other = "to run our website"
[data_categories]
advertising = ["online_identifiers"]
other = ["online_identifiers"]
[[cookie_names]]
match = "sess"
purpose = "Keeps your visit together"
categories = ["functional"]
[cookie_purposes.kind.advertising]
marketing = "Recognises your browser for {name}"
[cookie_purposes.default]
functional = "Makes {name} work"
marketing = "Marketing for {name}"
"""


def hand_entry(make_entry: Any) -> CatalogEntry:
    data = make_entry(id="hand", name="Hand", hosts=["hand.example"])
    data["cookies"][0] |= {"name": "known", "party": "third_party"}
    return CatalogEntry.model_validate(data)


def built(make_entry: Any, *rows: str) -> ocd.OcdCatalog:
    handwritten = Catalog(
        info=load_builtin(builtin_catalog_dir(), generated=False).info,
        entries=(hand_entry(make_entry),),
    )
    return ocd.build(
        ocd.read_rows(csv_text(*rows)), ocd.Editorial.from_toml(EDITORIAL), handwritten, "abc"
    )


def test_a_platform_becomes_an_entry_with_unknowns_explained(make_entry: Any) -> None:
    result = built(
        make_entry,
        "1,Adform,Marketing,uid,adform.net (3rd party),60 days,Adform,https://adform.com/privacy,0",
        "2,Adform Two,Marketing,C,,Varies,Adform,https://adform.com/privacy,1",
    )
    [entry] = result.services
    assert (entry.id, entry.name, entry.kind) == ("adform", "Adform", ServiceKind.ADVERTISING)
    assert entry.aliases == ["Adform Two"]
    assert entry.sources == ["OCD"] and entry.purpose == "to show ads"
    assert entry.privacy_url == "https://adform.com/privacy"
    assert entry.hosts == ["adform.net", "*.adform.net"]
    assert entry.legal_entity is None and "'Adform'" in entry.uncertain[EntryFact.LEGAL_ENTITY]
    assert entry.role is None and entry.transfer_safeguard is TransferSafeguard.UNKNOWN
    assert {EntryFact.ROLE, EntryFact.DATA_LOCATIONS} <= set(entry.uncertain)
    uid, wild = entry.cookies
    assert (uid.name, uid.party, uid.purpose) == (
        "uid",
        Party.THIRD_PARTY,
        "Recognises your browser for Adform",
    )
    assert uid.lifetime.period.amount == 60 and uid.sources == ["OCD"]
    assert not uid.added_by_default  # the database says what may be set, not what a site sets
    assert wild.name == "C*" and wild.party == UNKNOWN
    assert set(wild.uncertain) == {CookieFact.PARTY, CookieFact.LIFETIME}


def test_hand_written_entries_get_only_the_cookies_they_lack(make_entry: Any) -> None:
    result = built(
        make_entry,
        "1,Hand,Functional,known,,1 year,Hand,,0",
        "2,Hand,Functional,extra_sess,,session,Hand,,0",
    )
    assert result.services == []
    [extra] = result.supplements["hand"]
    assert (extra.name, extra.purpose) == ("extra_sess", "Keeps your visit together")


def test_self_hosted_software_is_no_recipient_and_its_cookies_are_first_party(
    make_entry: Any,
) -> None:
    result = built(make_entry, "1,PHP.net,Functional,PHPSESSID,,session,PHP.net,,0")
    [entry] = result.services
    assert (entry.id, entry.name, entry.is_recipient) == ("php-net", "PHP", False)
    assert entry.transfer_safeguard is TransferSafeguard.NOT_NEEDED
    assert entry.cookies[0].party is Party.FIRST_PARTY
    assert entry.cookies[0].purpose == "Keeps your visit together"


def test_a_host_of_a_hand_written_entry_is_never_taken(make_entry: Any) -> None:
    result = built(make_entry, "1,Adform,Marketing,uid,hand.example,60 days,Adform,,0")
    [entry] = result.services
    assert entry.hosts == [] and EntryFact.HOSTS in entry.uncertain


def test_a_platform_without_a_kind_is_an_error(make_entry: Any) -> None:
    with pytest.raises(ValueError, match="no kind"):
        built(make_entry, "1,Nobody,Marketing,x_id,,1 day,Nobody,,0")


def test_a_csv_without_the_database_columns_is_refused() -> None:
    with pytest.raises(ocd.OcdError, match="not the Open Cookie Database"):
        ocd.read_rows("name,value\na,b\n")


def test_every_platform_of_the_shipped_editorial_file_has_a_kind_and_wording() -> None:
    editorial = ocd.load_editorial()
    for kind in set(editorial.kinds.values()):
        assert kind in editorial.kind_purposes, kind
        assert kind in editorial.data_categories, kind
    for platform in editorial.self_hosted:
        assert platform in editorial.kinds, platform


@pytest.mark.skipif(not SHARED_CSV.is_file(), reason="the shared copy of the database is absent")
def test_the_shipped_file_is_what_the_generator_makes_from_the_database() -> None:
    directory = builtin_catalog_dir()
    handwritten = load_builtin(directory, generated=False)
    shipped = json.loads((directory / GENERATED_FILE).read_text(encoding="utf-8"))
    rows = ocd.read_rows(SHARED_CSV.read_text(encoding="utf-8"))
    rebuilt = ocd.build(rows, ocd.load_editorial(), handwritten, shipped["commit"])
    assert rebuilt.to_json() == shipped, "re-run scripts/build_catalog.py"


def test_the_ocd_source_names_the_commit(catalog: Catalog) -> None:
    shipped = json.loads((builtin_catalog_dir() / GENERATED_FILE).read_text(encoding="utf-8"))
    assert shipped["commit"] in catalog.info.sources["OCD"].url
    assert catalog.info.sources["OCD"].license == "Apache-2.0"


def test_scanner_knows_database_cookies_without_a_hand_written_entry(catalog: Catalog) -> None:
    site = "https://www.bakery-example.com/"
    requests = [
        Request(site, cookies=(("_pk_id.1.a1b2", ""), ("PHPSESSID", ""))),
        Request("https://ib.adnxs.com/getuid", cookies=(("uuid2", ""),)),
        Request("https://cdn.unknown-ads.example/p.gif", cookies=(("uuid2", ""),)),
    ]
    report = scan_requests(requests, catalog)
    found = set(report.found_ids())
    assert {"php-net", "xandr"} <= found
    # _pk_id is both Matomo Cloud's and self-hosted Matomo's: the scanner says it could be either.
    assert any(
        {"matomo-cloud", "matomo-self-hosted"} <= set(a.service_ids) for a in report.ambiguous
    )
    xandr = next(f for f in report.found if f.service_id == "xandr")
    # Only the uuid2 set on Xandr's own host counts; the other is someone else's.
    assert [e.value for e in xandr.evidence if e.kind == "cookie"] == ["uuid2"]
    assert [e.count for e in xandr.evidence if e.kind == "cookie"] == [1]


def test_the_readme_states_the_catalog_counts(catalog: Catalog) -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    stated = {
        (int(s), int(c.replace(",", "")))
        for s, c in re.findall(r"(\d+) services and ([\d,]+)\s+cookies", readme)
    }
    assert stated == {(len(catalog), catalog.cookie_count)}


def test_the_attribution_ships_with_the_data() -> None:
    resources = builtin_catalog_dir().parent
    notice = (resources / "NOTICE").read_text(encoding="utf-8")
    shipped = json.loads((builtin_catalog_dir() / GENERATED_FILE).read_text(encoding="utf-8"))
    assert "Open Cookie Database" in notice and shipped["commit"] in notice
    assert "Apache License" in notice
    licence = (resources / "licenses" / "Apache-2.0.txt").read_text(encoding="utf-8")
    assert "Apache License" in licence and "Version 2.0" in licence


# A site using 40 services of every kind, as its recording shows them: (service, request URL).
FORTY = [
    ("google-analytics-4", "https://region1.google-analytics.com/g/collect?v=2"),
    ("hotjar", "https://static.hotjar.com/c/hotjar-1.js"),
    ("amplitude", "https://cdn.amplitude.com/libs/amplitude.js"),
    ("fathom", "https://cdn.usefathom.com/script.js"),
    ("meta-pixel", "https://connect.facebook.net/en_US/fbevents.js"),
    ("microsoft-advertising", "https://bat.bing.com/bat.js"),
    ("google-ads", "https://www.googleadservices.com/pagead/conversion.js"),
    ("linkedin-insight-tag", "https://snap.licdn.com/li.lms-analytics/insight.min.js"),
    ("adform", "https://track.adform.net/serving/scripts/trackpoint.js"),
    ("xandr", "https://ib.adnxs.com/getuid"),
    ("taboola", "https://cdn.taboola.com/libtrc/unip/1/tfa.js"),
    ("the-tradedesk", "https://match.adsrvr.org/track/cmf/generic"),
    ("google-tag-manager", "https://www.googletagmanager.com/gtm.js?id=GTM-X"),
    ("netlify", "https://shop.netlify.app/app.js"),
    ("sentry", "https://o1.ingest.us.sentry.io/api/1/envelope/"),
    ("klaviyo", "https://static.klaviyo.com/onsite/js/klaviyo.js"),
    ("mailchimp", "https://cafe.us1.list-manage.com/subscribe/post"),
    ("calendly", "https://assets.calendly.com/assets/external/widget.js"),
    ("cloudflare", "https://cdnjs.cloudflare.com/ajax/libs/x.js"),
    ("cookiebot", "https://consent.cookiebot.com/uc.js"),
    ("usercentrics", "https://app.usercentrics.eu/browser-ui/latest/loader.js"),
    ("crisp", "https://client.crisp.chat/l.js"),
    ("intercom", "https://widget.intercom.io/widget/abc"),
    ("zendesk", "https://static.zdassets.com/ekr/snippet.js"),
    ("disqus", "https://cafe.disqus.com/embed.js"),
    ("google-fonts", "https://fonts.googleapis.com/css2?family=Inter"),
    ("typeform", "https://embed.typeform.com/next/embed.js"),
    ("google-maps", "https://maps.googleapis.com/maps/api/js"),
    ("google-recaptcha", "https://www.google.com/recaptcha/api.js"),
    ("hubspot", "https://js.hs-scripts.com/1.js"),
    ("instagram-embeds", "https://www.instagram.com/embed.js"),
    ("codepen", "https://codepen.io/assets/embed/ei.js"),
    ("stripe", "https://js.stripe.com/v3/"),
    ("paypal", "https://www.paypal.com/sdk/js?client-id=x"),
    ("shopify", "https://cdn.shopify.com/s/files/1/x.js"),
    ("wix", "https://static.parastorage.com/services/x.js"),
    ("youtube", "https://www.youtube.com/embed/abc"),
    ("vimeo", "https://player.vimeo.com/video/1"),
    ("trustpilot", "https://widget.trustpilot.com/bootstrap/v5/tp.widget.bootstrap.min.js"),
    ("yandex-metrica", "https://mc.yandex.ru/metrika/tag.js"),
]


def test_a_recording_of_forty_services_of_every_kind_finds_them_all(catalog: Catalog) -> None:
    assert len(FORTY) == 40
    assert len({catalog.get(sid).kind for sid, _ in FORTY if catalog.get(sid)}) >= 15
    site = "https://www.bakery-example.com/"
    requests = [Request(site, cookies=(("PHPSESSID", ""),))]
    requests += [Request(url, cookies=()) for _, url in FORTY]
    found = set(scan_requests(requests, catalog).found_ids())
    assert [sid for sid, _ in FORTY if sid not in found] == []
    assert "php-net" in found  # the site's own software, by its cookie
