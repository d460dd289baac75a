"""Taking in a newer catalog offline: from a release file or the database's CSV, what changes,
where it is installed, and the project's values the new facts contradict."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest

from editor import paths
from editor.catalog import builtin_catalog
from editor.catalog.loader import (
    Catalog,
    builtin_catalog_dir,
    current_catalog_dir,
    current_catalog_info,
    load_builtin,
)
from editor.catalog.update import (
    CatalogUpdateError,
    accept,
    changes,
    changes_text,
    install,
    is_stale,
    project_differences,
    release_from_dir,
    stage,
)
from editor.cli import main
from editor.model import Project, Recipient
from editor.model.cookies import Cookie, CookieLifetime, LifetimeKind
from editor.model.recipients import TransferSafeguard
from editor.storage import load_project, save_project

SHARED_CSV = Path("/work/shared/data/open-cookie-database/cookies-facts.csv")
needs_csv = pytest.mark.skipif(not SHARED_CSV.is_file(), reason="no shared copy of the database")


@pytest.fixture
def user_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A user data folder of the test's own, and a catalog cache that forgets what it read."""
    folder = tmp_path / "user-data"
    monkeypatch.setattr(paths, "user_data_dir", lambda: folder)
    builtin_catalog.cache_clear()
    yield folder
    builtin_catalog.cache_clear()


def changed_csv(tmp_path: Path, platform: str, name: str, retention: str) -> Path:
    rows = list(csv.reader(io.StringIO(SHARED_CSV.read_text(encoding="utf-8"))))
    hits = [r for r in rows if r[1] == platform and r[3] == name]
    assert len(hits) == 1
    hits[0][5] = retention
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    path = tmp_path / "newer.csv"
    path.write_text(out.getvalue(), encoding="utf-8")
    return path


def release_file(tmp_path: Path, change: dict[str, object] | None = None, **info: object) -> Path:
    """The shipped catalog as a release file, with ``change`` applied to the Stripe entry."""
    release = release_from_dir(builtin_catalog_dir())
    services = [{**e, **change} if change and e["id"] == "stripe" else e for e in release.services]
    data = release.model_copy(
        update={"services": services, "catalog": {**release.catalog, **info}}
    ).model_dump(mode="json")
    path = tmp_path / "release.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@needs_csv
def test_a_newer_csv_with_a_changed_row_shows_the_changed_lifetime(tmp_path: Path) -> None:
    staged = stage(
        changed_csv(tmp_path, "Adform", "TPC", "30 days"), current_dir=builtin_catalog_dir()
    )
    found = changes(builtin_catalog(), staged.catalog)
    assert (found.added, found.removed) == ((), ())
    [change] = found.changed
    assert (change.service_id, change.fact, change.old, change.new) == (
        "adform",
        "cookie TPC lifetime",
        "14 days",
        "30 days",
    )
    assert "Adform, cookie TPC lifetime: 14 days → 30 days" in changes_text(found)
    # The hand-written part and the catalog's date stay; the source names the copy.
    assert staged.catalog.info.date == builtin_catalog().info.date
    assert "newer.csv" in staged.catalog.info.sources["OCD"].title


def test_a_release_file_shows_a_changed_safeguard_and_new_services(tmp_path: Path) -> None:
    path = release_file(tmp_path, {"transfer_safeguard": "scc", "name": "Stripe"})
    staged = stage(path)
    found = changes(builtin_catalog(), staged.catalog)
    assert [(c.service_id, c.fact, c.new) for c in found.changed] == [
        ("stripe", "transfer safeguard", TransferSafeguard.SCC.label)
    ]


def test_what_is_not_a_catalog_is_refused_with_a_plain_message(tmp_path: Path) -> None:
    broken = tmp_path / "x.json"
    broken.write_text('{"format": "something else"}', encoding="utf-8")
    with pytest.raises(CatalogUpdateError, match="not a Policywright catalog release"):
        stage(broken)
    other = tmp_path / "x.csv"
    other.write_text("name,value\na,b\n", encoding="utf-8")
    with pytest.raises(CatalogUpdateError, match="not the Open Cookie Database"):
        stage(other)
    bad_entry = release_file(tmp_path, {"privacy_url": "not a url"})
    with pytest.raises(CatalogUpdateError, match="does not hold a valid catalog"):
        stage(bad_entry)


def test_an_installed_update_is_used_until_the_program_ships_a_later_catalog(
    tmp_path: Path, user_data: Path
) -> None:
    shipped = current_catalog_info()
    assert current_catalog_dir() == builtin_catalog_dir()
    staged = stage(release_file(tmp_path, {"transfer_safeguard": "scc"}))
    where = install(staged)
    assert where == user_data / "catalog-update"
    assert current_catalog_dir() == where
    assert builtin_catalog().get("stripe").transfer_safeguard is TransferSafeguard.SCC  # type: ignore[union-attr]
    # A second update replaces the first whole.
    older = dt.date.fromordinal(shipped.date.toordinal() - 1).isoformat()
    install(stage(release_file(tmp_path, date=older)))
    assert current_catalog_dir() == builtin_catalog_dir()  # the shipped one is later


def test_a_damaged_update_falls_back_to_the_shipped_catalog(
    tmp_path: Path, user_data: Path
) -> None:
    install(stage(release_file(tmp_path)))
    (user_data / "catalog-update" / "services" / "stripe.json").write_text("{", encoding="utf-8")
    assert len(builtin_catalog()) == len(load_builtin(builtin_catalog_dir()))


def test_project_values_that_differ_from_the_new_facts_are_listed_and_accepted(
    catalog: Catalog,
) -> None:
    stripe = catalog.get("stripe")
    assert stripe is not None and stripe.legal_entity is not None
    recipient = Recipient(
        name="Stripe",
        service_id="stripe",
        legal_entity=stripe.legal_entity.name,
        country="XX",
        transfer_safeguard=stripe.transfer_safeguard,
        policy_url=stripe.privacy_url or "",
    )
    listed = next(c for c in stripe.cookies if c.lifetime.kind is LifetimeKind.PERIOD)
    cookie = Cookie(
        name=listed.name,
        service_id="stripe",
        lifetime=CookieLifetime(kind=LifetimeKind.SESSION),
    )
    project = Project(recipients=[recipient], cookies={"cookies": [cookie]})
    differences = project_differences(project, catalog)
    assert [(d.kind, d.field, d.project_value, d.catalog_value) for d in differences] == [
        ("recipient", "country", "XX", stripe.country),
        ("cookie", "lifetime", "until the browser is closed", differences[1].catalog_value),
    ]
    updated = accept(project, differences[:1])
    assert updated.recipients[0].country == stripe.country
    assert updated.cookies.cookies[0].lifetime.kind is LifetimeKind.SESSION  # not accepted
    assert project.recipients[0].country == "XX"  # the input is left alone
    both = accept(project, differences)
    assert both.cookies.cookies[0].lifetime == listed.lifetime
    assert project_differences(both, catalog) == []


def test_an_unknown_catalog_fact_never_overwrites_the_users_answer(catalog: Catalog) -> None:
    adform = catalog.get("adform")
    assert adform is not None and adform.legal_entity is None and not adform.data_locations
    mine = Recipient(name="Adform", service_id="adform", country="DK", legal_entity="Adform A/S")
    project = Project(recipients=[mine])
    # Only the privacy page is a fact the catalog knows; entity and country stay the user's.
    assert [d.field for d in project_differences(project, catalog)] == ["policy_url"]


def test_a_catalog_is_stale_after_a_year() -> None:
    info = builtin_catalog().info
    assert not is_stale(info, info.date + dt.timedelta(days=365))
    assert is_stale(info, info.date + dt.timedelta(days=366))


def test_cli_lists_and_shows_services(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["catalog", "list", "--kind", "payments", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {"stripe", "paypal", "adyen"} <= {r["id"] for r in rows}
    assert main(["catalog", "show", "matomo-self-hosted"]) == 0
    out = capsys.readouterr().out
    assert "_pk_id.*" in out and "runs on your own site" in out and "Open Cookie Database" in out
    assert main(["catalog", "show", "no-such-service"]) == 2


@needs_csv
def test_cli_update_from_a_csv_installs_and_accepts_into_a_project(
    tmp_path: Path, user_data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = changed_csv(tmp_path, "Adform", "TPC", "30 days")
    project_path = tmp_path / "p.policy"
    cookie = Cookie(
        name="TPC",
        service_id="adform",
        lifetime=CookieLifetime(kind=LifetimeKind.PERIOD, period={"amount": 14, "unit": "days"}),
    )
    save_project(Project(cookies={"cookies": [cookie]}), project_path)
    argv = ["catalog", "update", str(path), "--project", str(project_path)]
    assert main([*argv, "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "Adform, cookie TPC lifetime: 14 days → 30 days" in out
    assert "1. TPC, lifetime: 14 days → 30 days" in out
    assert not (user_data / "catalog-update").exists()
    assert main([*argv, "--accept", "1"]) == 0
    assert "Installed" in capsys.readouterr().out
    assert current_catalog_dir() == user_data / "catalog-update"
    saved = load_project(project_path).cookies.cookies[0]
    assert (saved.lifetime.period.amount, saved.lifetime.period.unit) == (30, "days")
    assert main([*argv, "--accept", "7"]) == 2
