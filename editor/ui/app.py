"""Start the editor window.

Placeholder until the editor window lands (issue 4): it reports what it would open.
"""

from __future__ import annotations

from pathlib import Path

from editor.samples import sample_paths


def run_editor(project: Path | None) -> int:
    target = project if project is not None else next(iter(sample_paths().values()))
    print(f"The editor window is not built yet; it would open {target}.")
    return 0
