"""``policywright scan``: what a browser recording of your site shows, against the catalog."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from editor.catalog import (
    Catalog,
    CatalogError,
    ScanInputError,
    ScanReport,
    load_catalog,
    scan_additions,
    scan_file,
    with_scan_additions,
)
from editor.cli.common import (
    EXIT_OK,
    EXIT_USAGE,
    CommandError,
    load_or_fail,
    save_or_fail,
)
from editor.model import Project

DESCRIPTION = (
    "Read what your browser recorded of your own site and match it against the built-in\n"
    "catalog of services (and your personal catalog). Nothing is sent anywhere.\n\n"
    "RECORDING is a HAR file (browser developer tools > Network > Save all as HAR), a\n"
    "Netscape cookies.txt file, or a JSON list of cookies from a cookie-export extension.\n\n"
    "With --project, the report also lists what the project names but the recording did not\n"
    "show; with --apply, the services found are added to the project (a backup of the old\n"
    "file is kept as NAME.policy.bak)."
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("recording", type=Path, help="a .har file or a cookie export")
    parser.add_argument("--project", type=Path, metavar="P.policy", help="compare with a project")
    parser.add_argument(
        "--site",
        action="append",
        default=[],
        metavar="HOST",
        help="your site's own host (repeatable); default: the first page in the HAR",
    )
    parser.add_argument(
        "--apply", action="store_true", help="add the services found to the --project file"
    )
    parser.add_argument(
        "--include-unidentified",
        action="store_true",
        help="with --apply, also add unidentified cookies as 'not yet classified'",
    )
    parser.add_argument("--format", choices=("text", "json"), default="text")


def run(args: argparse.Namespace) -> int:
    if args.apply and args.project is None:
        raise CommandError("--apply needs --project: the project to add the services to")
    project = load_or_fail(args.project) if args.project else None
    try:
        catalog = load_catalog()
        report = scan_file(args.recording, catalog, project=project, site_hosts=args.site or None)
    except (ScanInputError, CatalogError) as exc:
        raise CommandError(str(exc), EXIT_USAGE) from exc
    if args.format == "json":
        print(json.dumps(report.model_dump(mode="json"), indent=2, ensure_ascii=False))
    else:
        print(describe(report))
    if args.apply and project is not None:
        updated, added = _apply(project, report, catalog, args.include_unidentified)
        if added:
            save_or_fail(updated, args.project)
        if args.format == "text":
            print(f"\nAdded to {args.project}: {', '.join(added) if added else 'nothing new'}.")
    return EXIT_OK


def _apply(
    project: Project, report: ScanReport, catalog: Catalog, include_unidentified: bool
) -> tuple[Project, list[str]]:
    cookies = report.unidentified_cookies if include_unidentified else []
    additions = scan_additions(project, report, catalog, cookies=cookies)
    return with_scan_additions(project, additions), additions.names()


def describe(report: ScanReport) -> str:
    """The report in plain words for a terminal."""
    lines = [
        f"Scanned {report.source}: {_requests(report.requests)}"
        + (f"; your site: {', '.join(report.site_hosts)}" if report.site_hosts else "")
    ]
    lines.append("")
    if report.found:
        lines.append(f"Services found ({len(report.found)}):")
        for found in report.found:
            proof = "; ".join(
                f"{e.kind} {e.value}" + (f" ({_requests(e.count)})" if e.kind == "host" else "")
                for e in found.evidence[:3]
            )
            lines.append(f"  {found.name:<28} {proof}")
    else:
        lines.append("No known services found.")
    if report.unidentified_hosts or report.unidentified_cookies:
        lines += ["", "Not identified (describe these yourself, or add them to your catalog):"]
        lines += [f"  host   {h.host} ({_requests(h.count)})" for h in report.unidentified_hosts]
        for cookie in report.unidentified_cookies:
            party = cookie.party.label.split(" (")[0].lower() if cookie.party else "party unknown"
            where = f" on {cookie.domain}" if cookie.domain else ""
            lines.append(f"  {cookie.storage_type.label.lower():<6} {cookie.name}{where} ({party})")
    if report.ambiguous:
        lines += ["", "Seen, but could belong to several services:"]
        lines += [f"  {a.kind} {a.value}: {', '.join(a.service_ids)}" for a in report.ambiguous]
    if report.unseen_recipients or report.unseen_cookies:
        lines += ["", "In your project but not seen in this recording (still in use?):"]
        lines += [f"  recipient {i.name}" for i in report.unseen_recipients]
        lines += [f"  cookie    {i.name}" for i in report.unseen_cookies]
    if report.not_checkable:
        names = ", ".join(i.name for i in report.not_checkable)
        lines += ["", f"Work on your servers, so a browser recording cannot show them: {names}"]
    return "\n".join(lines)


def _requests(count: int) -> str:
    return f"{count} request" if count == 1 else f"{count:,} requests"
