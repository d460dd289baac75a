"""Take the README's screenshots: ``xvfb-run -a .venv/bin/python tests/ui/make_screenshots.py``.

Opens the editor as a first-time user sees it (the café sample, fresh settings), waits for the
preview and the section marks, and saves the main window and a list-editor page to ``docs/``.
Not a test; it lives beside the UI tests because it drives the window the same way.
"""

from __future__ import annotations

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

from PySide6.QtCore import QThread  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

from editor.ui.app import create_app, open_first_project  # noqa: E402
from editor.ui.settings import Settings  # noqa: E402


def settle(app, window, seconds: float = 30) -> None:  # type: ignore[no-untyped-def]
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        app.processEvents()
        if (
            window.analyser.idle
            and window.preview.doc.done
            and window.navigator.status("organisation")
        ):
            break
        QThread.msleep(5)
    for _ in range(20):  # let paint events and any animations finish
        app.processEvents()
        QThread.msleep(10)


def main() -> None:
    app = create_app()
    from editor.ui.listeditor import ListEditor
    from editor.ui.mainwindow import MainWindow
    from editor.ui.session import Session

    window = MainWindow(Session(loading=True), Settings())
    window.resize(1360, 860)
    window.show()
    QTest.qWaitForWindowExposed(window)
    open_first_project(window, None)  # as the editor does once its window is on screen
    settle(app, window)
    out = ROOT / "docs"
    window.grab().save(str(out / "screenshot.png"))

    window.show_page("recipients")
    editor = window.current_page().findChildren(ListEditor)[0]
    editor.select_row(1)
    editor.table.setFocus()
    settle(app, window)
    window.grab().save(str(out / "screenshot-list-editor.png"))
    window.session.undo_stack.setClean()
    window.close()
    print(f"saved {out / 'screenshot.png'} and {out / 'screenshot-list-editor.png'}")


if __name__ == "__main__":
    main()
