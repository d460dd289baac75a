"""``policywright [PROJECT]``: open the editor window."""

from __future__ import annotations

import argparse
from pathlib import Path


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "project",
        nargs="?",
        type=Path,
        help="a project file to open; without one, the most recent project or a sample opens",
    )


def run(args: argparse.Namespace) -> int:
    # Imported here so that headless commands never load Qt.
    from editor.gctune import pause_collection
    from editor.ui.qtcompat import skip_feature_scan

    pause_collection()  # until the window shows (run_editor resumes it)
    skip_feature_scan()  # before the editor's modules are imported
    from editor.ui.app import run_editor

    return run_editor(args.project)
