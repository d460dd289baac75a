"""Screenshots of the Problems panel and of the page "Where your customers are".

``xvfb-run -a .venv/bin/python tests/ui/make_findings_screenshots.py [OUT_DIR]`` (default
``docs/``). Not a test: it drives the window as ``make_screenshots.py`` does, with the app sample
missing two answers, so the panel, the sections' counts and the status bar have something to say.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
_HOME = Path(tempfile.mkdtemp(prefix="policywright-shots-"))
for _var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[_var] = str(_HOME / _var.lower())
os.environ.setdefault("QT_QPA_PLATFORM", "xcb")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

from tests.ui.make_screenshots import settle  # noqa: E402


def main() -> None:
    from editor.model import Law, Region
    from editor.samples import start_project
    from editor.ui.app import create_app
    from editor.ui.mainwindow import MainWindow
    from editor.ui.session import Session
    from editor.ui.settings import Settings

    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs"
    app = create_app()
    project = start_project("mobile-app")
    project.contact.email = ""
    project.policy.effective_date = None
    session = Session(project)
    session.origin = "mobile-app"
    window = MainWindow(session, Settings())
    window.resize(1360, 900)
    window.show()
    QTest.qWaitForWindowExposed(window)
    settle(app, window)
    window.resizeDocks([window.checks_view.dock], [240], Qt.Orientation.Vertical)
    window.show_page("contact")
    window.checks_view.panel.select_first()
    settle(app, window)
    window.grab().save(str(out / "screenshot-problems.png"))

    regions = [*project.jurisdictions.regions, Region.CALIFORNIA, Region.AUSTRALIA]
    window.session.set_field(("jurisdictions", "regions"), regions)
    window.session.set_field(("jurisdictions", "law_overrides"), {Law.LGPD: True})
    window.show_page("jurisdictions")
    settle(app, window)
    window.current_page().widget().grab().save(str(out / "screenshot-laws.png"))
    window.session.undo_stack.setClean()
    window.close()
    print(f"saved {out / 'screenshot-problems.png'} and {out / 'screenshot-laws.png'}")


if __name__ == "__main__":
    main()
