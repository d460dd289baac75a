"""Export benchmark: compose and each exporter, in process and as whole commands.

Run from the checkout: ``.venv/bin/python bench/export.py [--runs N]``. It prints the median
time of composing and exporting a typical sample (saas) and a large synthetic project (200
recipients, 1,000 cookies, 50 custom sections, over 20,000 words), then times a whole
``policywright export --format docx`` process on the large project against Debian's pandoc
converting the same policy's Markdown to DOCX and to HTML, side by side in one run.

Targets: compose + HTML + Markdown + DOCX of a typical sample under 100 ms in one process;
DOCX of the large project under 0.3 s in process; the whole export command faster than pandoc.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import large_project  # noqa: E402

from editor.compose import compose  # noqa: E402
from editor.document import Document, word_count  # noqa: E402
from editor.export import EXPORTERS  # noqa: E402
from editor.model import Project  # noqa: E402
from editor.samples import start_project  # noqa: E402
from editor.storage import save_project  # noqa: E402

TODAY = dt.date(2026, 9, 1)


def median_time(action: Callable[[], object], runs: int) -> float:
    action()  # warm up: templates compiled, modules imported, reference document read
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def in_process(label: str, project: Project, runs: int, with_pdf: bool) -> None:
    document: Document = compose(project, today=TODAY)
    print(f"\n{label}: {word_count(document):,} words")
    rows = [("compose", median_time(lambda: compose(project, today=TODAY), runs))]
    for fmt in ("html", "md", "docx", "txt") + (("pdf",) if with_pdf else ()):
        rows.append((fmt, median_time(lambda f=fmt: EXPORTERS[f](document, None), runs)))

    def pipeline() -> None:
        doc = compose(project, today=TODAY)
        for fmt in ("html", "md", "docx"):
            EXPORTERS[fmt](doc, None)

    rows.append(("compose + html + md + docx", median_time(pipeline, runs)))
    for name, seconds in rows:
        print(f"  {name:<28} {seconds * 1000:8.1f} ms")


def process_times(command: list[str], runs: int) -> float:
    subprocess.run(command, check=True, capture_output=True)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def against_pandoc(project: Project, runs: int) -> None:
    pandoc = shutil.which("pandoc")
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        source = tmp / "large.policy"
        save_project(project, source)
        markdown = tmp / "large.md"
        markdown.write_bytes(EXPORTERS["md"](compose(project, today=TODAY), None))
        ours = [sys.executable, "-m", "editor", "export", str(source), "-f", "docx"]
        ours += ["-o", str(tmp / "ours.docx")]
        print("\nWhole process on the large project (median of", runs, "runs):")
        mine = process_times(ours, runs)
        print(f"  policywright export --format docx   {mine:6.2f} s")
        if pandoc is None:
            print("  pandoc is not installed (apt-get install pandoc); no comparison")
            return
        to_docx = process_times([pandoc, str(markdown), "-o", str(tmp / "p.docx")], runs)
        to_html = process_times([pandoc, str(markdown), "-s", "-o", str(tmp / "p.html")], runs)
        print(f"  pandoc large.md -o large.docx       {to_docx:6.2f} s")
        print(f"  pandoc large.md -s -o large.html    {to_html:6.2f} s")
        print(f"  ratio policywright docx / pandoc docx  {mine / to_docx:5.2f}")
        print(f"  ratio policywright docx / pandoc html  {mine / to_html:5.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--no-pdf", action="store_true", help="skip the Qt PDF exporter")
    args = parser.parse_args()
    in_process("Typical sample (saas)", start_project("saas"), args.runs, not args.no_pdf)
    large = large_project()
    in_process("Large synthetic project", large, max(3, args.runs // 2), False)
    against_pandoc(large, max(3, args.runs // 2))


if __name__ == "__main__":
    main()
