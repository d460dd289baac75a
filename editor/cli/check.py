"""``policywright check``: list what a project still needs for the laws that apply to it."""

from __future__ import annotations

import argparse
import json
import textwrap
from pathlib import Path

from editor.checks import Finding, Severity, count_by_severity, run_checks
from editor.checks.plain_language import GRADE_PHRASES, ReadabilityReport, document_readability
from editor.cli.common import EXIT_FINDINGS, EXIT_OK, CommandError, load_or_fail
from editor.model import Law, decide_laws

_LAW_IDS = ", ".join(law.value for law in Law)
DESCRIPTION = f"""\
Check a project against the privacy laws that apply to it (or those named with --law) and
list what is missing, with the field to fix and the legal citation.

Severities: error = a disclosure the law requires is missing; warning = a likely gap or a
risky answer; info = advice. Exit status: 0 no errors, 1 errors found, 2 the project cannot
be read or the arguments are wrong.

Laws: {_LAW_IDS} (or "all").

JSON output (--format json) is one object:
  project   the path as given
  laws      ids of the laws checked
  chosen    true when the laws came from --law, false when from the project's answers
  summary   {{"error": N, "warning": N, "info": N}}
  findings  a list, most serious first, each with:
    rule        rule id, e.g. "gdpr.lawful-basis-per-purpose"
    severity    "error", "warning" or "info"
    laws        ids of the laws that ask for it, or ["general"]
    section     the editor page to fix it on, e.g. "lawful_basis"
    path        the field, e.g. "purposes[2].lawful_basis"
    message     one sentence in plain words
    citation    e.g. "GDPR/UK GDPR Art. 13(1)(c), 6(1)"
    confidence  "confirmed", "likely" or "unconfirmed": how sure we are the law asks it
  readability  how easy the policy is to read (Flesch reading ease, 0-100, higher is
               easier; 60 or more is plain English):
    overall    the score of the whole policy, or null when it has no text yet
    grade      "easy" (70+), "plain" (60-70), "fairly hard" (50-60) or "hard" (under 50)
    hardest    the key of the section with the lowest score, or null
    sections   a list in reading order, each with:
      key        the section, e.g. "transfers", or "custom:<id>" for your own sections
      title      its heading
      score, grade, words, sentences
      page       the editor page whose answers write it, e.g. "transfers"
    A section under 50 is also listed as advice (rule "general.plain-language").
Keys are only ever added, never renamed or removed."""

_HEADINGS = {Severity.ERROR: "Errors", Severity.WARNING: "Warnings", Severity.INFO: "Advice"}
_WIDTH = 88


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("project", type=Path, metavar="PROJECT", help="the .policy file to check")
    parser.add_argument(
        "--format", choices=("text", "json"), default="text", help="output format (text)"
    )
    parser.add_argument(
        "--law",
        metavar="LAWS",
        help="comma-separated laws to check instead of those that apply, e.g. gdpr,ccpa",
    )


def parse_laws(text: str) -> list[Law]:
    laws: list[Law] = []
    for part in (p.strip().lower() for p in text.split(",")):
        if not part:
            continue
        if part == "all":
            return list(Law)
        try:
            laws.append(Law(part))
        except ValueError:
            raise CommandError(f"unknown law {part!r}; choose from: {_LAW_IDS}, all") from None
    if not laws:
        raise CommandError(f"--law needs at least one law: {_LAW_IDS}, all")
    return laws


def run(args: argparse.Namespace) -> int:
    project = load_or_fail(args.project)
    chosen = parse_laws(args.law) if args.law is not None else None
    decisions = decide_laws(project)
    laws = chosen if chosen is not None else [d.law for d in decisions if d.applies]
    from editor.compose import compose

    # Composed once: the plain-language rule and the readability summary both read it.
    document = compose(project)
    findings = run_checks(project, laws, document=document)
    readability = document_readability(document)
    if args.format == "json":
        result = _as_json(args.project, laws, chosen is not None, findings)
        result["readability"] = readability.to_json()
        print(json.dumps(result, indent=2))
    else:
        reasons = {d.law: d.reason for d in decisions}
        text = _as_text(args.project, laws, chosen is not None, reasons, findings)
        print(text + "\n\n" + _readability_text(readability))
    has_errors = any(f.severity is Severity.ERROR for f in findings)
    return EXIT_FINDINGS if has_errors else EXIT_OK


def _as_json(
    path: Path, laws: list[Law], chosen: bool, findings: list[Finding]
) -> dict[str, object]:
    counts = count_by_severity(findings)
    return {
        "project": str(path),
        "laws": [law.value for law in laws],
        "chosen": chosen,
        "summary": {severity.value: counts[severity] for severity in Severity},
        "findings": [f.to_json() for f in findings],
    }


def _as_text(
    path: Path,
    laws: list[Law],
    chosen: bool,
    reasons: dict[Law, str],
    findings: list[Finding],
) -> str:
    lines = [f"Checked {path}"]
    if not laws:
        lines.append("No privacy law applies from your answers; general checks only.")
    elif chosen:
        lines.append("Laws (chosen with --law): " + ", ".join(law.label for law in laws))
    else:
        lines.append("Laws that apply:")
        lines += [f"  {law.label}: {reasons[law]}" for law in laws]
    for severity in Severity:
        group = [f for f in findings if f.severity is severity]
        if not group:
            continue
        lines += ["", f"{_HEADINGS[severity]} ({len(group)})"]
        for finding in group:
            lines += textwrap.wrap(
                finding.message, _WIDTH, initial_indent="  - ", subsequent_indent="    "
            )
            # A finding about a whole section (readability) has no field: name its page.
            where = f"field: {finding.path_text}" if finding.path else f"page: {finding.section}"
            lines.append(f"    {where}")
            detail = f"    {finding.citation} [{finding.rule_id}"
            if finding.confidence.value != "confirmed":
                detail += f", {finding.confidence.value}"
            lines.append(detail + "]")
    counts = count_by_severity(findings)
    lines += [
        "",
        f"{_plural(counts[Severity.ERROR], 'error')}, "
        f"{_plural(counts[Severity.WARNING], 'warning')}, "
        f"{counts[Severity.INFO]} advice.",
    ]
    return "\n".join(lines)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _readability_text(report: ReadabilityReport) -> str:
    """ "Readability: 68 (plain English); hardest section: Your rights 57"."""
    hardest = report.hardest
    if report.overall is None or report.grade is None or hardest is None:
        return "Readability: no text to score yet."
    line = f"Readability: {report.overall:.0f} ({GRADE_PHRASES[report.grade]})"
    if len(report.sections) > 1:
        line += f"; hardest section: {hardest.title} {hardest.score:.0f}"
    return line
