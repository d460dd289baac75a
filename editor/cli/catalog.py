"""``policywright catalog``: list and show the service catalog, and take in a newer one."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from editor.catalog import CatalogError, load_catalog
from editor.catalog.loader import Catalog
from editor.catalog.schema import CatalogEntry
from editor.catalog.update import (
    ProjectDifference,
    Staged,
    accept,
    changes,
    changes_text,
    install,
    lifetime_words,
    project_differences,
    stage,
)
from editor.cli.common import EXIT_OK, EXIT_USAGE, CommandError, load_or_fail, save_or_fail
from editor.model.recipients import ServiceKind

DESCRIPTION = (
    "The catalog of services the editor and the scanner know, for scripts and for updates.\n\n"
    "  policywright catalog list [--kind KIND] [--format json]\n"
    "  policywright catalog show ID [--format json]\n"
    "  policywright catalog update FILE [--project P.policy] [--accept all|1,3] [--dry-run]\n\n"
    "FILE is a catalog release file (.json) or a newer copy of the Open Cookie Database's\n"
    "CSV. `update` shows what changes, then installs it in your user data folder (nothing is\n"
    "downloaded). With --project it lists, numbered, the project's third parties and cookies\n"
    "whose values differ from the new facts; --accept writes the chosen ones into the project\n"
    "(a backup of the old file is kept as NAME.policy.bak)."
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="every service: id, kind, name, cookies")
    listing.add_argument("--kind", choices=[k.value for k in ServiceKind], help="only this kind")
    listing.add_argument("--format", choices=("text", "json"), default="text")
    show = actions.add_parser("show", help="one service with every fact and its sources")
    show.add_argument("id", help="the service's id, as `catalog list` prints it")
    show.add_argument("--format", choices=("text", "json"), default="text")
    update = actions.add_parser("update", help="take in a newer catalog from a file")
    update.add_argument("file", type=Path, help="a catalog release (.json) or the database's CSV")
    update.add_argument("--project", type=Path, metavar="P.policy", help="compare with a project")
    update.add_argument(
        "--accept",
        metavar="WHICH",
        help="with --project: 'all' or numbers (1,3) of the differences to write into it",
    )
    update.add_argument("--dry-run", action="store_true", help="show what changes; install nothing")


def run(args: argparse.Namespace) -> int:
    try:
        if args.action == "list":
            return _list(load_catalog(), args.kind, args.format)
        if args.action == "show":
            return _show(load_catalog(), args.id, args.format)
        return _update(args)
    except CatalogError as exc:
        raise CommandError(str(exc), EXIT_USAGE) from exc


def _list(catalog: Catalog, kind: str | None, fmt: str) -> int:
    entries = catalog.by_kind(ServiceKind(kind)) if kind else sorted(catalog, key=lambda e: e.id)
    if fmt == "json":
        rows = [
            {"id": e.id, "name": e.name, "kind": e.kind.value, "cookies": len(e.cookies)}
            for e in entries
        ]
        print(json.dumps(rows, indent=2, ensure_ascii=False))
        return EXIT_OK
    for entry in entries:
        print(f"{entry.id:<36} {entry.kind.value:<20} {entry.name} ({len(entry.cookies)} cookies)")
    print(f"\n{len(entries)} services; catalog {catalog.info.version} of {catalog.info.date}")
    return EXIT_OK


def _show(catalog: Catalog, service_id: str, fmt: str) -> int:
    entry = catalog.get(service_id)
    if entry is None:
        raise CommandError(f"no service {service_id!r} in the catalog; `catalog list` lists them")
    if fmt == "json":
        print(json.dumps(entry.model_dump(mode="json"), indent=2, ensure_ascii=False))
        return EXIT_OK
    print(describe_entry(entry, catalog))
    return EXIT_OK


def describe_entry(entry: CatalogEntry, catalog: Catalog) -> str:
    unknown = "not known"
    lines = [
        f"{entry.name} ({entry.id}): {entry.kind.label}",
        f"  purpose: {entry.purpose}",
        f"  legal entity: {entry.legal_entity.name if entry.legal_entity else unknown}",
        f"  role: {entry.role.label if entry.role else unknown}",
        f"  countries: {', '.join(entry.data_locations) or unknown}",
        f"  transfer safeguard: {entry.transfer_safeguard.label}",
        f"  privacy page: {entry.privacy_url or unknown}",
        f"  hosts: {', '.join(entry.hosts) or 'none'}",
        f"  last checked: {entry.last_checked}",
    ]
    if not entry.is_recipient:
        lines.append("  runs on your own site: no third party receives the data")
    lines.append(f"  cookies ({len(entry.cookies)}):")
    for cookie in entry.cookies:
        optional = "" if cookie.added_by_default else ", optional"
        category = cookie.cookie_category.label if cookie.cookie_category else unknown
        lines.append(
            f"    {cookie.name}: {cookie.purpose} ({category}, {lifetime_words(cookie.lifetime)}"
            f"{optional})"
        )
    for fact, note in entry.uncertain.items():
        lines.append(f"  uncertain, {fact.value.replace('_', ' ')}: {note}")
    sources = [
        catalog.info.sources[s].title if s in catalog.info.sources else s for s in entry.sources
    ]
    lines.append("  sources: " + "; ".join(sources))
    return "\n".join(lines)


def _chosen(which: str, differences: list[ProjectDifference]) -> list[ProjectDifference]:
    if which.strip().casefold() == "all":
        return differences
    chosen = []
    for part in which.split(","):
        try:
            number = int(part)
        except ValueError:
            raise CommandError(
                f"--accept takes 'all' or numbers such as 1,3, not {part!r}"
            ) from None
        if not 1 <= number <= len(differences):
            raise CommandError(f"--accept {number}: there are {len(differences)} differences")
        chosen.append(differences[number - 1])
    return chosen


def _update(args: argparse.Namespace) -> int:
    if args.accept and args.project is None:
        raise CommandError("--accept needs --project: the project to write the new facts into")
    project = load_or_fail(args.project) if args.project else None
    current = load_catalog()
    staged: Staged = stage(args.file)
    print(f"From {staged.source}:")
    print(changes_text(changes(current, staged.catalog)))
    if not args.dry_run:
        where = install(staged)
        print(f"\nInstalled as the catalog in use ({where}).")
    if project is None:
        return EXIT_OK
    differences = project_differences(project, staged.catalog)
    print(f"\n{args.project}: {len(differences)} values differ from the new catalog.")
    for number, diff in enumerate(differences, 1):
        print(
            f"  {number}. {diff.item_name}, {diff.label}: {diff.project_value} → "
            f"{diff.catalog_value}"
        )
    if args.accept:
        chosen = _chosen(args.accept, differences)
        if chosen:
            save_or_fail(accept(project, chosen), args.project)
        print(f"Written into {args.project}: {len(chosen)} of them.")
    return EXIT_OK
