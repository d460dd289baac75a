"""Screenshots of versions in the editor: ``xvfb-run -a .venv/bin/python
tests/ui/make_versions_screenshots.py [FOLDER]`` (default: docs/).

Opens the online-shop sample (three published versions) as if it were March 2027, so the
yearly reminder shows; selects two versions in the Versions panel, and saves the window with
the comparison in words and side by side, the publish dialog, and a published version opened
read-only. Not a test; it drives the window the way the tests do.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
_HOME = Path(tempfile.mkdtemp(prefix="policywright-shots-"))
for _var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[_var] = str(_HOME / _var.lower())
os.environ.setdefault("QT_QPA_PLATFORM", "xcb")

from PySide6.QtCore import QSettings, Qt, QThread  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from editor.ui.app import create_app  # noqa: E402
from editor.ui.settings import Settings  # noqa: E402

TODAY = dt.date(2027, 3, 8)


def settle(app: QApplication, seconds: float = 1.0) -> None:
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        app.processEvents()
        QThread.msleep(10)


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs"
    out.mkdir(parents=True, exist_ok=True)
    app = create_app()
    from editor.samples import sample_paths
    from editor.storage import load_project
    from editor.ui.mainwindow import MainWindow
    from editor.ui.publishdialog import PublishDialog
    from editor.ui.session import Session

    path = sample_paths()["online-shop"]
    settings = Settings(QSettings(str(_HOME / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(Session(load_project(path), path), settings)
    window.versions.today = lambda: TODAY
    window.resize(1500, 860)  # comparing side by side: a wide window, as a user would
    window.show()
    QTest.qWaitForWindowExposed(window)
    deadline = time.perf_counter() + 30
    while not window.versions.review_checked and time.perf_counter() < deadline:
        settle(app, 0.05)
    window.show_page("recipients")
    window.versions.show_panel("2025-02", "2026-02")
    window.resizeDocks([window.versions.dock], [620], Qt.Orientation.Horizontal)
    settle(app)

    def save(widget: QWidget, name: str) -> None:
        widget.grab().save(str(out / name))
        print(f"saved {out / name}")

    save(window, "screenshot-versions.png")
    window.versions.panel.comparison.setCurrentIndex(1)
    settle(app)
    save(window, "screenshot-versions-side-by-side.png")

    dialog = PublishDialog(window.session.project, TODAY, window)
    dialog.show()
    QTest.qWaitForWindowExposed(dialog)
    settle(app)
    save(dialog, "screenshot-publish.png")
    dialog.close()

    viewer = window.versions.view_version("2024-04")
    assert viewer is not None
    QTest.qWaitForWindowExposed(viewer)
    settle(app, 2)
    save(viewer, "screenshot-version-viewer.png")
    viewer.close()

    window.session.undo_stack.setClean()
    window.close()


if __name__ == "__main__":
    main()
