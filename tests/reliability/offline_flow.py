"""The whole headless flow, as steps that run in this process or as separate commands.

New project from a sample, an edit through the model (with an autosave copy), a scan of a small
HAR file with --apply, the checks, every export format, publish, another edit, diff, and the
update notice in every format. The project lives in a folder whose name has spaces and
non-ASCII letters.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

from editor.model import Cookie, CookieCategory, Recipient
from editor.storage import load_project, save_project
from editor.storage.recovery import RecoveryStore

ROOT = Path(__file__).resolve().parents[2]
FORMATS = ("html", "md", "docx", "pdf", "txt")
EDIT_SCRIPT = (
    "import sys; from tests.reliability.offline_flow import edit_project; "
    "edit_project(sys.argv[1], int(sys.argv[2]))"
)


def small_har() -> dict[str, object]:
    """A browser recording of a café's site that uses Google Analytics."""

    def entry(url: str, cookies: tuple[str, ...] = ()) -> dict[str, object]:
        return {
            "startedDateTime": "2026-11-22T10:00:00.000Z",
            "request": {
                "method": "GET",
                "url": url,
                "cookies": [{"name": n, "value": "1"} for n in cookies],
                "headers": [],
            },
            "response": {"status": 200, "cookies": [], "headers": []},
        }

    return {
        "log": {
            "version": "1.2",
            "creator": {"name": "Firefox", "version": "140"},
            "pages": [{"id": "page_1", "title": "https://www.café-example.com/"}],
            "entries": [
                entry("https://www.café-example.com/"),
                entry("https://www.googletagmanager.com/gtag/js?id=G-X1"),
                entry("https://region1.google-analytics.com/g/collect?v=2", ("_ga", "_ga_X1")),
            ],
        }
    }


def edit_project(path: Path | str, round_: int) -> None:
    """Change answers through the model, keep an autosave copy, and save."""
    path = Path(path)
    project = load_project(path)
    project.organisation.legal_name = f"Café Ünïcode Ltd (round {round_})"
    project.cookies.cookies.append(
        Cookie(name=f"pref_{round_}", category=CookieCategory.FUNCTIONAL, purpose="Remembers")
    )
    project.recipients.append(Recipient(name=f"Bäckerei {round_}", country="DE"))
    RecoveryStore().write(project, path, session_id="offline", title="offline flow")
    save_project(project, path)


@dataclass(frozen=True)
class Step:
    """One step: a ``policywright`` command (``args``) or a model edit (``edit`` round)."""

    name: str
    args: tuple[str, ...] = ()
    edit: int = 0
    exit_codes: frozenset[int] = frozenset({0})

    def command(self, project: Path) -> list[str]:
        """The step as a process, for running under strace."""
        if self.edit:
            return [sys.executable, "-c", EDIT_SCRIPT, str(project), str(self.edit)]
        return [sys.executable, "-m", "editor", *self.args]


def flow(folder: Path) -> tuple[Path, list[Step]]:
    """The project path and the steps, with the HAR file written into ``folder``."""
    work = folder / "Café Ünïcode work"
    work.mkdir(parents=True, exist_ok=True)
    project = work / "Mon café policy.policy"
    recording = work / "site recording.har"
    recording.write_text(json.dumps(small_har()), "utf-8")
    out = work / "site files"
    p = str(project)
    steps = [
        Step("new", ("new", "--template", "cafe", "--force", p)),
        Step("edit", edit=1),
        Step("scan", ("scan", str(recording), "--project", p, "--apply")),
        Step("check", ("check", p), exit_codes=frozenset({0, 1})),
        Step("export", ("export", p, "-f", ",".join(FORMATS), "-o", str(out))),
        Step("publish", ("publish", p, "--label", "2027-01", "--date", "2027-01-01")),
        Step("edit again", edit=2),
        Step("diff", ("diff", p)),
        Step("notice", ("notice", p, "--to", "draft", "-f", ",".join(FORMATS), "-o", str(out))),
        Step("check json", ("check", p, "--format", "json"), exit_codes=frozenset({0, 1})),
    ]
    return project, steps


def outcome_problems(project: Path) -> list[str]:
    """What the finished flow should have left on disk, as a list of what is missing."""
    problems = []
    out = project.parent / "site files"
    for fmt in FORMATS:
        for target in (out / f"{project.stem}.{fmt}", out / f"{project.stem}-notice.{fmt}"):
            if not target.is_file() or target.stat().st_size == 0:
                problems.append(f"no {fmt} file at {target}")
    loaded = load_project(project)
    if [v.label for v in loaded.published] != ["2027-01"]:
        problems.append(f"published versions: {[v.label for v in loaded.published]}")
    if "round 2" not in loaded.organisation.legal_name:
        problems.append("the second edit was not saved")
    if not any(r.service_id == "google-analytics-4" for r in loaded.recipients):
        problems.append("scan --apply did not add Google Analytics")
    return problems
