"""``policywright import``: start a project from the policy a business already has."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from editor.cli.common import (
    EXIT_OK,
    EXIT_USAGE,
    CommandError,
    new_project_path_or_fail,
    save_or_fail,
)

DESCRIPTION = (
    "Start a project from your current privacy policy: a web page (.html), a Word document\n"
    "(.docx), Markdown (.md), a PDF with text in it, or a text file.\n\n"
    "Every heading and paragraph is kept, in order, as a section marked 'imported - to\n"
    "review', so the new project's policy still says everything the old one said. What can be\n"
    "recognised (the business's name, email, phone, address, website, dates, the services and\n"
    "cookies named, retention periods, the laws and legal reasons named, 'we do not sell' and\n"
    "'we do not use cookies') is stored in the project as proposals, each with the sentence it\n"
    "came from, to accept or reject in the editor (File > Start from my current policy shows\n"
    "the same review for an imported project). Nothing is sent anywhere."
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("old", type=Path, metavar="OLD", help="the policy you have now")
    parser.add_argument("output", type=Path, metavar="NEW.policy", help="the project to create")
    parser.add_argument(
        "--accept-all",
        action="store_true",
        help="make every proposal an answer now, without reviewing them in the editor",
    )
    parser.add_argument(
        "--anyway", action="store_true", help="import a file that does not read like a policy"
    )
    parser.add_argument("--force", action="store_true", help="overwrite NEW if it exists")
    parser.add_argument("--format", choices=("text", "json"), default="text")


def run(args: argparse.Namespace) -> int:
    output: Path = args.output
    new_project_path_or_fail(output, force=args.force)
    from editor.catalog import CatalogError, load_catalog
    from editor.importer import PolicyImportError, accept_all, import_policy

    try:
        catalog = load_catalog()
        project = import_policy(args.old, catalog, anyway=args.anyway)
    except PolicyImportError as exc:
        raise CommandError(f"cannot import {args.old}: {exc.message}", EXIT_USAGE) from exc
    except CatalogError as exc:
        raise CommandError(str(exc), EXIT_USAGE) from exc
    if args.accept_all:
        project = accept_all(project, catalog)
    save_or_fail(project, output)
    if args.format == "json":
        print(json.dumps(_report(project, output), indent=2, ensure_ascii=False))
    else:
        print(describe_import(project, output, accepted=args.accept_all))
    return EXIT_OK


def _report(project: object, output: Path) -> dict[str, object]:
    from editor.model import Project

    assert isinstance(project, Project)
    imported = project.imported
    return {
        "project": str(output),
        "source": imported.source_name,
        "format": imported.source_format,
        "sections": [s.title for s in project.custom_sections],
        "proposals": [
            p.model_dump(
                mode="json",
                include={
                    "id",
                    "kind",
                    "value",
                    "details",
                    "sentence",
                    "section_title",
                    "status",
                    "answers",
                },
            )
            for p in imported.proposals
        ],
    }


def describe_import(project: object, output: Path, *, accepted: bool) -> str:
    """What the import kept and proposed, grouped by the old policy's sections."""
    from editor.importer import describe
    from editor.model import Project

    assert isinstance(project, Project)
    imported = project.imported
    sections = len(project.custom_sections)
    lines = [
        f"Imported {imported.source_name} into {output}: {sections} "
        + ("section" if sections == 1 else "sections")
        + " kept as your own text, marked 'imported - to review'."
    ]
    proposals = imported.proposals
    if not proposals:
        lines.append(
            "Nothing could be recognised as an answer; answer the questions in the editor."
        )
        return "\n".join(lines)
    verb = "Accepted as answers" if accepted else "Proposed as answers (review them in the editor)"
    lines += ["", f"{verb}: {len(proposals)}"]
    current = None
    for proposal in proposals:
        if proposal.section_title != current:
            current = proposal.section_title
            lines.append(f"  {current or '(before the first heading)'}")
        kind = proposal.kind.label if proposal.kind else "?"
        lines.append(f"    {kind}: {describe(proposal)}")
        lines.append(f"      “{_short(proposal.sentence)}”")
    return "\n".join(lines)


def _short(sentence: str, limit: int = 90) -> str:
    return sentence if len(sentence) <= limit else sentence[: limit - 1].rstrip() + "…"
