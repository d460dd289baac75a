"""The offline scanner on HAR files and cookie exports built here, in the tests."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor.catalog import scan_input
from editor.catalog.apply import apply_service, with_service
from editor.catalog.loader import Catalog
from editor.catalog.scan import ScanInputError, ScanReport, scan_file
from editor.model import Cookie, Party, Project, Recipient, StorageType

SITE = "https://www.cafe-example.com/"


def req(
    url: str, cookies: tuple[str, ...] = (), set_cookie: str = "", body: str = ""
) -> dict[str, Any]:
    headers = [{"name": "Set-Cookie", "value": set_cookie}] if set_cookie else []
    return {
        "startedDateTime": "2026-11-22T10:00:00.000Z",
        "request": {
            "method": "GET",
            "url": url,
            "httpVersion": "HTTP/2",
            "cookies": [{"name": n, "value": "v"} for n in cookies],
            "headers": [{"name": "accept", "value": "*/*"}],
        },
        "response": {
            "status": 200,
            "cookies": [],
            "headers": headers,
            "content": {"size": len(body), "mimeType": "text/html", "text": body},
        },
    }


def har(*entries: dict[str, Any], title: str = SITE, pages_last: bool = False) -> dict[str, Any]:
    pages = [{"id": "page_1", "title": title}] if title else []
    log: dict[str, Any] = {"version": "1.2", "creator": {"name": "Firefox", "version": "140"}}
    if pages_last:
        log["entries"], log["pages"] = list(entries), pages
    else:
        log["pages"], log["entries"] = pages, list(entries)
    return {"log": log}


def write(tmp_path: Path, data: Any, name: str = "site.har", indent: int | None = 2) -> Path:
    path = tmp_path / name
    if isinstance(data, bytes):
        path.write_bytes(data)
    elif isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_text(json.dumps(data, indent=indent), encoding="utf-8")
    return path


def evidence(report: ScanReport, service_id: str) -> set[tuple[str, str]]:
    found = next(f for f in report.found if f.service_id == service_id)
    return {(e.kind, e.value) for e in found.evidence}


CAFE = har(
    req(SITE, cookies=("_ga", "_ga_Q1W2E3R4", "PHPSESSID")),
    req("https://region1.google-analytics.com/g/collect?v=2&tid=G-Q1W2E3R4"),
    req("https://www.googletagmanager.com/gtm.js?id=GTM-ABC123"),
    req("https://js.stripe.com/v3/", cookies=("__stripe_mid",)),
    req("https://static.hotjar.com/c/hotjar-123.js"),
    req("https://cdn.pixels.unknown-ads.net/p.gif", cookies=("uid",)),
    req("https://cdn.pixels.unknown-ads.net/p2.gif"),
    req("https://img.cafe-example.com/logo.png"),
    req("data:image/png;base64,iVBORw0KGgo="),
)


def test_finds_services_by_subdomain_hosts_and_wildcard_cookies(
    tmp_path: Path, catalog: Catalog
) -> None:
    report = scan_file(write(tmp_path, CAFE), catalog)
    assert report.input_kind == "har"
    assert report.requests == 8  # the data: URL never left the browser
    assert set(report.found_ids()) == {
        "google-analytics-4",
        "google-tag-manager",
        "stripe",
        "hotjar",
        "php-net",  # PHPSESSID: the site runs PHP (a cookie the Open Cookie Database knows)
    }
    # "uid" is also an Adform cookie, but Adform sets it on its own hosts, not this one.
    assert "adform" not in report.found_ids()
    assert evidence(report, "google-analytics-4") == {
        ("cookie", "_ga"),
        ("cookie", "_ga_Q1W2E3R4"),  # matched by the wildcard _ga_*
        ("host", "region1.google-analytics.com"),  # a subdomain of *.google-analytics.com
    }
    ga = next(f for f in report.found if f.service_id == "google-analytics-4")
    wildcard = next(e for e in ga.evidence if e.value == "_ga_Q1W2E3R4")
    assert wildcard.pattern == "_ga_*"
    assert evidence(report, "stripe") == {("host", "js.stripe.com"), ("cookie", "__stripe_mid")}


def test_reports_unknown_third_parties_but_not_the_site_itself(
    tmp_path: Path, catalog: Catalog
) -> None:
    report = scan_file(write(tmp_path, CAFE), catalog)
    assert report.site_hosts == ["www.cafe-example.com"]
    assert [(h.host, h.count) for h in report.unidentified_hosts] == [
        ("cdn.pixels.unknown-ads.net", 2)
    ]
    cookies = {(c.name, c.party) for c in report.unidentified_cookies}
    # PHPSESSID is known (PHP's session cookie); "uid" on an unknown ad host is not.
    assert cookies == {("uid", Party.THIRD_PARTY)}


def test_site_hosts_given_by_the_caller(tmp_path: Path, catalog: Catalog) -> None:
    report = scan_file(
        write(tmp_path, CAFE), catalog, site_hosts=["cafe-example.com", "unknown-ads.net"]
    )
    assert report.unidentified_hosts == []


def test_site_host_from_first_request_when_pages_have_no_url(
    tmp_path: Path, catalog: Catalog
) -> None:
    data = har(req(SITE), req("https://tracker.example.net/x"), title="Café Example – Home")
    report = scan_file(write(tmp_path, data), catalog)
    assert report.site_hosts == ["www.cafe-example.com"]
    assert [h.host for h in report.unidentified_hosts] == ["tracker.example.net"]


def test_pages_after_entries(tmp_path: Path, catalog: Catalog) -> None:
    data = har(req("https://cdn.example.net/a.js"), req(SITE), pages_last=True)
    report = scan_file(write(tmp_path, data), catalog)
    assert report.site_hosts == ["www.cafe-example.com"]
    assert [h.host for h in report.unidentified_hosts] == ["cdn.example.net"]


def test_cookies_from_set_cookie_headers(tmp_path: Path, catalog: Catalog) -> None:
    data = har(
        req(SITE),
        req(
            "https://ct.pinterest.com/v3/",
            set_cookie="_pinterest_ct_ua=x; Domain=.pinterest.com; Path=/",
        ),
    )
    report = scan_file(write(tmp_path, data), catalog)
    assert ("cookie", "_pinterest_ct_ua") in evidence(report, "pinterest-tag")


def test_a_shared_cookie_alone_is_ambiguous(tmp_path: Path, catalog: Catalog) -> None:
    report = scan_file(write(tmp_path, har(req(SITE, cookies=("MUID",)))), catalog)
    assert report.found == []
    assert [(a.value, set(a.service_ids)) for a in report.ambiguous] == [
        ("MUID", {"microsoft-clarity", "microsoft-advertising"})
    ]
    assert report.unidentified_cookies == []  # known, just not attributable


def test_a_shared_cookie_counts_for_the_service_found_otherwise(
    tmp_path: Path, catalog: Catalog
) -> None:
    data = har(req(SITE, cookies=("MUID",)), req("https://bat.bing.com/bat.js"))
    report = scan_file(write(tmp_path, data), catalog)
    assert report.found_ids() == ["microsoft-advertising"]
    muid = next(e for e in report.found[0].evidence if e.value == "MUID")
    assert muid.shared
    assert report.ambiguous == []


def test_most_specific_pattern_wins(tmp_path: Path, catalog: Catalog) -> None:
    data = har(
        req(SITE),
        req("https://www.google.com/recaptcha/api.js"),
        req("https://www.googletagmanager.com/gtag/js?id=AW-123456"),
        req("https://fonts.gstatic.com/s/roboto.woff2"),
    )
    report = scan_file(write(tmp_path, data), catalog)
    assert set(report.found_ids()) == {"google-recaptcha", "google-ads", "google-fonts"}


def test_site_paths_count_only_on_the_site(tmp_path: Path, catalog: Catalog) -> None:
    data = har(
        req(SITE),
        req("https://www.cafe-example.com/wp-content/themes/cafe/style.css"),
        req("https://another-blog.example.org/wp-content/uploads/photo.jpg"),
    )
    report = scan_file(write(tmp_path, data), catalog)
    assert report.found_ids() == ["wordpress"]
    assert [h.host for h in report.unidentified_hosts] == ["another-blog.example.org"]


def test_project_items_not_seen_are_reported(tmp_path: Path, catalog: Catalog) -> None:
    project = Project()
    for service_id in ("google-analytics-4", "meta-pixel", "amazon-ses"):
        found = catalog.get(service_id)
        assert found is not None
        project = with_service(project, apply_service(project, found))
    project.recipients.append(Recipient(name="Our accountant"))  # not from the catalog
    project.cookies.cookies += [
        Cookie(name="PHPSESSID"),
        Cookie(name="cart_token"),
        Cookie(name="_ga_<container-id>"),  # written by hand, matched like _ga_*
        Cookie(name="theme", storage_type=StorageType.LOCAL_STORAGE),  # a HAR cannot show it
    ]
    report = scan_file(write(tmp_path, CAFE), catalog, project=project)
    assert [r.service_id for r in report.unseen_recipients] == ["meta-pixel"]
    assert [r.service_id for r in report.not_checkable] == ["amazon-ses"]
    assert sorted(c.name for c in report.unseen_cookies) == ["_fbc", "_fbp", "cart_token", "fr"]


COOKIES_TXT = """# Netscape HTTP Cookie File
# This file was generated by a browser extension.

.cafe-example.com\tTRUE\t/\tFALSE\t1790000000\t_ga\tGA1.1.123.456
.cafe-example.com\tTRUE\t/\tFALSE\t1790000000\t_ga_Q1W2E3R4\tGS1.1
#HttpOnly_www.cafe-example.com\tFALSE\t/\tTRUE\t0\tsessionid\tabc
.doubleclick.net\tTRUE\t/\tTRUE\t1790000000\tIDE\tAHWq
.unknown-ads.net\tTRUE\t/\tFALSE\t1790000000\tzz_track\t1
"""


def test_netscape_cookie_file(tmp_path: Path, catalog: Catalog) -> None:
    report = scan_file(
        write(tmp_path, COOKIES_TXT, "cookies.txt"), catalog, site_hosts=["www.cafe-example.com"]
    )
    assert report.input_kind == "cookies_txt"
    assert set(report.found_ids()) == {"google-analytics-4", "google-ads"}
    assert {(c.name, c.domain, c.party) for c in report.unidentified_cookies} == {
        ("sessionid", "www.cafe-example.com", Party.FIRST_PARTY),
        ("zz_track", "unknown-ads.net", Party.THIRD_PARTY),
    }


def test_json_cookie_export(tmp_path: Path, catalog: Catalog) -> None:
    export = [
        {"domain": ".cafe-example.com", "name": "_fbp", "value": "fb.1", "hostOnly": False},
        {"domain": "www.cafe-example.com", "name": "intercom-id-abc123", "value": "x"},
        {"domain": "www.cafe-example.com", "name": "mystery", "value": "x"},
    ]
    report = scan_file(write(tmp_path, export, "cookies.json"), catalog)
    assert report.input_kind == "cookie_json"
    assert set(report.found_ids()) == {"meta-pixel", "intercom"}
    assert [(c.name, c.party) for c in report.unidentified_cookies] == [("mystery", None)]


def test_storage_state_with_local_storage(tmp_path: Path, catalog: Catalog) -> None:
    state = {
        "cookies": [{"name": "_clck", "domain": ".cafe-example.com", "value": "x"}],
        "origins": [
            {
                "origin": "https://www.cafe-example.com",
                "localStorage": [
                    {"name": "exceptionless:queue-1", "value": "{}"},
                    {"name": "theme", "value": "dark"},
                ],
            }
        ],
    }
    project = Project()
    project.cookies.cookies = [Cookie(name="basket", storage_type=StorageType.LOCAL_STORAGE)]
    report = scan_file(write(tmp_path, state, "state.json"), catalog, project=project)
    assert report.input_kind == "storage_state"
    assert set(report.found_ids()) == {"microsoft-clarity", "exceptionless"}
    assert ("storage", "exceptionless:queue-1") in evidence(report, "exceptionless")
    assert [(c.name, c.storage_type) for c in report.unidentified_cookies] == [
        ("theme", StorageType.LOCAL_STORAGE)
    ]
    assert [c.name for c in report.unseen_cookies] == ["basket"]  # local storage was recorded


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (json.dumps(CAFE)[:-200], "damaged or incomplete"),
        (
            '{"log": {"entries": [{"request": {"url": "https://a.example.com/"}} {}]}}',
            "damaged or incomplete",
        ),
        ('{"log": {"entries": []}} trailing', "damaged or incomplete"),
        ("", "empty"),
        ("   \n", "empty"),
        ('{"something": "else"}', "neither a HAR file"),
        ("[1, 2, 3]", "not a cookie export"),
        ('[{"name": "a"', "not valid JSON"),
        ("<html><body>Not what you think</body></html>", "line 1 is not a cookie line"),
        ("# only comments\n\n", "contains no cookies"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe", "neither a HAR file nor a cookie export"),
        (
            b'{"log": {"entries": [{"request": {"url": "https://a.example.com/\xff\xfe"}}]}}',
            "not text",
        ),
    ],
)
def test_malformed_input_gets_one_clear_error(
    tmp_path: Path, catalog: Catalog, content: str | bytes, message: str
) -> None:
    path = write(tmp_path, content, "input.har")
    with pytest.raises(ScanInputError, match=message) as info:
        scan_file(path, catalog)
    assert str(info.value).startswith("input.har: ")
    assert "Traceback" not in info.value.message


def test_missing_file(tmp_path: Path, catalog: Catalog) -> None:
    with pytest.raises(ScanInputError, match="there is no such file"):
        scan_file(tmp_path / "nope.har", catalog)


def big_har(entries: int, body_size: int) -> dict[str, Any]:
    body = "é<div>" * (body_size // 6)  # non-ASCII so that chunks split UTF-8 sequences
    items = [req(SITE, cookies=("_ga",), body=body)]
    for i in range(entries):
        host = ["static.hotjar.com", f"cdn{i % 7}.unknown.example.net", "js.stripe.com"][i % 3]
        items.append(req(f"https://{host}/r{i}?x={i}", cookies=(f"c{i % 5}",), body=body))
    return har(*items)


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(chunk=st.integers(min_value=1, max_value=5000), indent=st.sampled_from([None, 1, 4]))
def test_streaming_gives_the_same_result_whatever_the_chunk_size(
    tmp_path: Path,
    catalog: Catalog,
    monkeypatch: pytest.MonkeyPatch,
    chunk: int,
    indent: int | None,
) -> None:
    path = write(tmp_path, big_har(30, 3000), indent=indent)
    expected = scan_file(path, catalog)
    monkeypatch.setattr(scan_input, "CHUNK", chunk)
    assert scan_file(path, catalog) == expected
    assert set(expected.found_ids()) == {"google-analytics-4", "hotjar", "stripe"}
    assert len(expected.unidentified_hosts) == 7


def test_large_entries_are_read_whole(
    tmp_path: Path, catalog: Catalog, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Entries far larger than a chunk (a big response body) must still be decoded.
    monkeypatch.setattr(scan_input, "CHUNK", 1024)
    path = write(tmp_path, big_har(3, 2_000_000), indent=None)
    report = scan_file(path, catalog)
    assert report.requests == 4
