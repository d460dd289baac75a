"""Accepting a scan report: only what was chosen, nothing twice, the input left alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.catalog.apply import apply_service, with_service
from editor.catalog.loader import Catalog
from editor.catalog.scan import scan_file
from editor.catalog.scan_apply import scan_additions, with_scan_additions
from editor.model import CookieCategory, Project
from tests.catalog.test_scan import CAFE, write


def test_only_chosen_services_and_cookies_are_added(tmp_path: Path, catalog: Catalog) -> None:
    report = scan_file(write(tmp_path, CAFE), catalog)
    assert {"google-analytics-4", "stripe", "hotjar"} <= set(report.found_ids())
    unknown = [c for c in report.unidentified_cookies if c.name == "uid"]
    assert unknown

    additions = scan_additions(Project(), report, catalog, service_ids=["stripe"], cookies=unknown)
    assert additions.names() == ["Stripe", "cookie uid"]
    project = with_scan_additions(Project(), additions)
    assert [r.service_id for r in project.recipients] == ["stripe"]
    uid = next(c for c in project.cookies.cookies if c.name == "uid")
    assert uid.category is CookieCategory.UNCLASSIFIED
    assert project.cookies.uses_cookies is True


def test_a_cookie_the_scan_saw_is_added_even_where_the_catalog_calls_it_optional(
    tmp_path: Path, catalog: Catalog
) -> None:
    report = scan_file(write(tmp_path, CAFE), catalog)
    php = catalog.get("php-net")
    assert php is not None and not php.is_recipient
    assert not next(c for c in php.cookies if c.name == "PHPSESSID").added_by_default
    additions = scan_additions(Project(), report, catalog, service_ids=["php-net"])
    project = with_scan_additions(Project(), additions)
    [cookie] = project.cookies.cookies
    assert (cookie.name, cookie.service_id, cookie.category) == (
        "PHPSESSID",
        "php-net",
        CookieCategory.FUNCTIONAL,
    )
    assert cookie.lifetime.kind is not None and project.recipients == []


def test_services_already_in_the_project_add_nothing(tmp_path: Path, catalog: Catalog) -> None:
    report = scan_file(write(tmp_path, CAFE), catalog)
    ga = catalog.get("google-analytics-4")
    assert ga is not None
    project = with_service(Project(), apply_service(Project(), ga))
    additions = scan_additions(project, report, catalog)
    assert "Google Analytics 4" not in additions.names()
    # A cookie seen twice, or one the project lists already, is added once at most.
    seen = [c for c in report.unidentified_cookies] * 2
    again = scan_additions(project, report, catalog, service_ids=[], cookies=seen)
    assert len(again.cookies) == len({(c.name, c.storage_type) for c in seen})
    assert (
        with_scan_additions(project, scan_additions(project, report, catalog, service_ids=[]))
        == project
    )


def test_scanning_reports_progress_and_can_be_stopped(tmp_path: Path, catalog: Catalog) -> None:
    path = write(tmp_path, CAFE)
    size = path.stat().st_size
    seen: list[tuple[int, int]] = []
    scan_file(path, catalog, progress=lambda done, total: seen.append((done, total)))
    assert seen and seen[-1] == (size, size)

    class StopScanError(Exception):
        pass

    def stop(_done: int, _total: int) -> None:
        raise StopScanError

    with pytest.raises(StopScanError):
        scan_file(path, catalog, progress=stop)
